"""Links and sharing: the full address of a view, the share box with its copy button, what
the link holds about local prices, and the handout button (which prints the same link)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TypeVar
from urllib.parse import urlencode, urlsplit

import streamlit as st

from dashboard import i18n
from dashboard import pack as packs
from dashboard.data import Dataset
from dashboard.handout import build_handout, typed_texts, unprintable
from dashboard.i18n import _
from dashboard.ui.parts import plain
from dashboard.view import View

T = TypeVar("T")


def view_link(path: str, query: Mapping[str, str]) -> str:
    """The full address of `path` with this query, on the host the person is using."""
    base = "http://localhost:8501"
    try:
        url = st.context.url
    except Exception:  # no browser session, e.g. in AppTest
        url = None
    if url:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
    link = f"{base}/{path.lstrip('/')}"
    return link + ("?" + urlencode(dict(query), safe=",:") if query else "")


def share_link(path: str, query: Mapping[str, str], holds: str = "", view: View | None = None) -> str:
    """A full link that reopens this view, in a plain text box that is easy to copy on a
    phone, with a button that copies it and says so. No code block: that would fetch a
    syntax highlighter (1.6 MB) to show one line.

    `holds` says above the box what the link holds; with `view`, the sentence on a coach's
    local prices follows it (held, or too big for a link)."""
    if holds:
        plain(_(holds) + (pack_share_note(view) if view is not None else ""), small=True)
    link = view_link(path, query)
    key = share_link_key(path)
    # The box always shows this view's link, even after someone types in it. Set only when it
    # differs: a widget set to its own value may fire a rerun with the old link.
    if st.session_state.get(key) != link:
        st.session_state[key] = link
    st.text_input(
        _("Link to this view"),
        help=_("Copy it to share or to come back later."),
        key=key,
    )
    copy_button(key)
    return link


def in_language(build: Callable[[], T]) -> Callable[[], T]:
    """`build`, run in this run's language. A download's data is built when it is clicked, by
    the server outside any run of the script, where no language is set."""
    lang = i18n.language()

    def run() -> T:
        with i18n.using(lang):
            return build()

    return run


def handout_button(ds: Dataset, view: View, key: str, link: str) -> None:
    """Offer the take-home PDF for this view: its situation, order and options, and the way
    back: `link`, the same link as the page's share box, printed as text and a QR code."""
    st.download_button(
        _("Download the handout (PDF)"),
        # Built only when clicked, so reruns stay fast.
        in_language(partial(build_handout, ds, view, dt.date.today(), link)),
        file_name=_("back-pain-options.pdf"),
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        key=f"handout_{key}",
        help=_("A short summary, two or three pages, to keep or show your doctor."),
    )
    if view.situation.health:  # they stay off the link, but the paper is for the doctor
        st.caption(_("Your health answers are printed on the handout. They are never put in the link."))
    unprintable_note(typed_texts(view))


def unprintable_note(texts: Iterable[str]) -> None:
    """Say which typed letters the handout can't print (its font has no shape for them).
    Nothing when every letter prints."""
    missing = unprintable(texts)
    if missing:
        shown = " ".join(missing[:20]) + (" …" if len(missing) > 20 else "")
        # The letters are someone's own text: plain text, never Markdown.
        plain(
            _(
                "The handout can't print these letters: {letters}. In the PDF they show as blanks. "
                "You can write them with the letters A to Z instead."
            ).format(letters=shown),
            small=True,
        )


def pack_share_note(view: View) -> str:
    """What a share link says about the local prices: held, too big for a link, or nothing."""
    if view.pack is None:
        return ""
    if packs.link_value(view.pack) is None:
        return " " + _(
            "The local prices are too big for a link, so it does not hold them. "
            "Share the pack file from the Local prices page as well."
        )
    # The name is the coach's own text: the caller draws it as plain text.
    return " " + _("It also holds the local prices set by {coach}.").format(coach=view.pack.set_by)


def share_link_key(path: str) -> str:
    """The widget key of a page's share link box: `share_link_find`, `share_link_compare`, ..."""
    return f"share_link_{path.strip('/') or 'find'}"


def copy_button(source_key: str) -> None:
    """A button that copies the text of the text box with this key, then says "Copied"."""
    if not re.fullmatch(r"[a-z_]+", source_key):
        raise ValueError(f"not a widget key of ours: {source_key!r}")
    words = {
        "COPY_WORDS": html.escape(_("Copy the link")),
        "COPIED_WORDS": html.escape(_("Copied"), quote=True),
        "SELECTED_WORDS": html.escape(_("The link is selected. Now copy it."), quote=True),
        "PAGE_LANG": i18n.html_lang(),
        "SOURCE_KEY": source_key,
    }
    markup = _COPY_HTML
    for slot, value in words.items():
        markup = markup.replace(slot, value)
    st.html(markup, unsafe_allow_javascript=True)


# The copy button: static markup and a few lines of script of our own (no third-party code,
# nothing fetched). Only the widget key, a fixed slug of ours, and our own words are put into it: the link is
# read from the text box in the page, never written into HTML. Clicking into the box selects
# the whole link, ready to copy from the phone's menu. The button's words are ours, in this
# run's language, escaped, on the button itself: the script, set up once a page, reads them there.
_COPY_HTML = """
<style>
.relief-copy button {
  font: inherit; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
  border-radius: 0.5rem; min-height: 2.5rem; padding: 0.25rem 0.75rem;
}
.relief-copy button:hover { border-color: currentColor; }
.relief-copy button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.relief-copy span { margin-left: 0.6rem; }
</style>
<div class="relief-copy" lang="PAGE_LANG">
<button type="button" data-copy-from="SOURCE_KEY" data-copied="COPIED_WORDS" data-selected="SELECTED_WORDS">COPY_WORDS</button><span role="status" aria-live="polite"></span>
</div>
<script>
if (!window.reliefCopyReady) {
  window.reliefCopyReady = true;
  const boxFor = (key) => document.querySelector(".st-key-" + key + " input");
  const selectAll = (box) => box.setSelectionRange(0, box.value.length);
  document.addEventListener("click", async (event) => {
    const button = event.target.closest && event.target.closest("button[data-copy-from]");
    if (button) {
      const box = boxFor(button.dataset.copyFrom);
      if (!box) return;
      let done = false;
      try {
        await navigator.clipboard.writeText(box.value);
        done = true;
      } catch (e) {
        box.focus();
        selectAll(box);
        try { done = document.execCommand("copy"); } catch (e2) { done = false; }
      }
      button.nextElementSibling.textContent = done ? button.dataset.copied : button.dataset.selected;
      return;
    }
    const box = event.target.closest && event.target.closest("input");
    const holder = box && box.closest("[class*='st-key-']");
    const key = holder && [...holder.classList].find((c) => c.startsWith("st-key-"));
    if (key && document.querySelector('button[data-copy-from="' + key.slice(7) + '"]')) selectAll(box);
  });
}
</script>
"""
