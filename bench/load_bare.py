"""A bare Streamlit page for the load benchmark (bench/load.py): a title and one paragraph.

What any Streamlit rerun costs a server, so the load table can say what the app's
pages cost above it. Kept apart from the other bench apps so the load figures do not
move when those change.
"""

import streamlit as st

st.title("Bare page")
st.markdown("One paragraph of text, and nothing else.")
