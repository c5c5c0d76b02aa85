"""Static CSS of ours for every page. Never built from data or from what a person types."""

from __future__ import annotations

import streamlit as st

BASE_CSS = """
<style>
/* Heading anchors only add Tab stops here: nobody links to a heading of this app. */
[data-testid="stHeaderActionElements"] { display: none; }
/* The checkbox's own focus ring sits on a hidden 1 px input: show one on the whole row. */
[data-testid="stCheckbox"] label:has(input:focus-visible) {
  outline: 2px solid currentColor;
  outline-offset: 3px;
  border-radius: 0.25rem;
}
</style>
"""


def base_style() -> None:
    st.html(BASE_CSS)
