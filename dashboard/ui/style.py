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
/* The chosen answer of a segmented control: the theme's text colour, bold, on the primary
   tint. The primary blue itself was 3.8:1 on that tint in the dark theme. */
button[data-variant="segmented_control"][aria-checked="true"] {
  color: inherit !important;
  font-weight: 700;
}
</style>
"""

# On a phone the menu opens over the page; close it once a page is picked.
MENU_SCRIPT = """
<script>
if (!window.reliefMenuReady) {
  window.reliefMenuReady = true;
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest('[data-testid="stSidebarNavLink"]');
    if (!link || window.innerWidth > 640) return;
    setTimeout(() => {
      const close = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      if (close) close.click();
    }, 0);
  }, true);
}
</script>
"""


def base_style() -> None:
    st.html(BASE_CSS)
    st.html(MENU_SCRIPT, unsafe_allow_javascript=True)
