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
/* Plain text from a person, a pack or a link (ui.parts.plain): drawn as escaped HTML, set
   like the Markdown around it. */
.relief-plain { margin: 0 0 0.5rem 0; }
ul.relief-plain { padding-left: 1.5rem; }
ul.relief-plain li { margin-bottom: 0.25rem; }
.relief-small { font-size: 0.875rem; opacity: 0.8; }
.relief-note { padding: 0.75rem 1rem; border-radius: 0.5rem; background: rgba(28, 131, 225, 0.12); }
.relief-table-wrap { overflow-x: auto; }
.relief-table { border-collapse: collapse; font-size: 0.875rem; width: 100%; }
.relief-table th, .relief-table td {
  text-align: left; vertical-align: top; padding: 0.35rem 0.6rem;
  border-bottom: 1px solid rgba(128, 128, 128, 0.35);
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
