"""A bare Streamlit page: a title and one paragraph. The floor for the first visit.

What any Streamlit page costs a browser on its first visit (Streamlit's own bundle,
its fonts and the protobuf runtime), so the benchmark can say what is ours above it.
"""

import streamlit as st

st.title("Bare page")
st.markdown("One paragraph of text, and nothing else.")
