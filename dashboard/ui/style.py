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
/* Links, page links among them, get the same clear ring when focused by keyboard
   (usability-2 K5): Streamlit's own is a faint tint. */
a:focus-visible,
[data-testid="stPageLink-NavLink"]:focus-visible,
[data-testid="stSidebarNavLink"]:focus-visible {
  outline: 2px solid currentColor !important;
  outline-offset: 2px;
  border-radius: 0.25rem;
}
/* A heading for screen readers only (ui.forms.hidden_heading): its element takes no room. */
.relief-sr-only,
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > .relief-sr-only:only-child) {
  position: absolute !important;
  width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
/* What saving a check-in did (ui.tracker), in a status region of our own. */
.relief-said {
  padding: 0.75rem 1rem; border-radius: 0.5rem; border-left: 0.3rem solid;
  margin: 0;
}
.relief-said-ok { background: rgba(33, 195, 84, 0.12); border-color: rgb(33, 195, 84); }
.relief-said-ask { background: rgba(255, 189, 69, 0.18); border-color: rgb(255, 189, 69); }
/* The chosen answer of a segmented control: the theme's text colour, bold, on the primary
   tint. The primary blue itself was 3.8:1 on that tint in the dark theme. */
button[data-variant="segmented_control"][aria-checked="true"] {
  color: inherit !important;
  font-weight: 700;
}
/* A check mark on the chosen answer, so it never looks like the focus halo (usability-2 K3).
   Empty alternative text: screen readers already hear "checked". */
button[data-variant="segmented_control"][aria-checked="true"] p::before {
  content: "\\2713\\00a0" / "";
}
/* Less blank band above the title on a phone (usability-2 R12). */
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-top: 4rem; }
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


# What screen readers read, tidied as the page draws (usability-2 K1, K4):
# - Material icons beside words are decorative: "check_circle icon" was read in every badge.
# - A slider was named twice (its own label, then its group's, which is the same).
# - Each warning level of ui.forms.sign_boxes is a group named by its action.
# - A status region of ours (ui.tracker._said_box) gets its words a moment after it is drawn,
#   so that screen readers read them out.
A11Y_SCRIPT = """
<script>
if (!window.reliefA11yReady) {
  window.reliefA11yReady = true;
  const tidy = () => {
    const icons = document.querySelectorAll(
      '[data-testid="stIconMaterial"]:not([aria-hidden]), span[role="img"][translate="no"]:not([aria-hidden])'
    );
    for (const icon of icons) icon.setAttribute("aria-hidden", "true");
    for (const input of document.querySelectorAll('[data-testid="stSlider"] input[aria-labelledby]')) {
      if (input.getAttribute("aria-label")) input.removeAttribute("aria-labelledby");
    }
    for (const group of document.querySelectorAll('[class*="sign_level_"]:not([role="group"])')) {
      const label = group.querySelector('[data-testid="stMarkdownContainer"]');
      if (!label) continue;
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", label.textContent.trim().replace(/:$/, ""));
    }
    for (const status of document.querySelectorAll('[role="status"][data-said]:not([data-read])')) {
      status.setAttribute("data-read", "");
      setTimeout(() => { status.textContent = status.dataset.said; }, 150);
    }
  };
  new MutationObserver(tidy).observe(document.body, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["aria-labelledby", "aria-hidden"],
  });
  tidy();
}
</script>
"""


# Focus moves to the level-2 heading with this text once it is drawn (ui.forms._focus_script
# puts in the heading, our own words in this run's language, and a nonce).
HEADING_FOCUS_SCRIPT = """
<script>
/* NONCE */
(() => {
  let tries = 0;
  const go = () => {
    const heading = [...document.querySelectorAll('[data-testid="stMain"] h2')]
      .find((h) => h.textContent.trim() === HEADING_TEXT);
    if (!heading) {
      if (tries++ < 100) setTimeout(go, 50);
      return;
    }
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    heading.scrollIntoView({block: "start"});
  };
  go();
})();
</script>
"""


def base_style() -> None:
    st.html(BASE_CSS)
    st.html(MENU_SCRIPT, unsafe_allow_javascript=True)
    st.html(A11Y_SCRIPT, unsafe_allow_javascript=True)
