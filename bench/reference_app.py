"""The reference app: Streamlit's floor. One dataframe and one Plotly bar chart of 11 rows.

The toggle is there only so the benchmark can time one interaction on the floor too.
"""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

st.title("Reference")
frame = pd.DataFrame({"name": [f"Row {i}" for i in range(1, 12)], "value": list(range(11, 0, -1))})
if st.toggle("Reverse"):
    frame = frame.iloc[::-1]
st.dataframe(frame, hide_index=True)
st.plotly_chart(go.Figure(go.Bar(x=frame["value"], y=frame["name"], orientation="h")))
