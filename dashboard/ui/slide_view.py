"""Coach mode's parts: the slide controls, one slide in large type, the coach's notes, and
the coach's tools (the options on the slides, and what the handout prints).

A slide is drawn so that the client never sees two slides mixed: its title and its text are
two elements side by side, and CSS shows the text only under its own title. The score chart
is drawn on every slide, out of sight, so Plotly's code and the figure are ready when the
chart slide shows (it once showed the old slide's facts under an empty chart box first).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import replace

import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, checkin, compare, i18n, vocab
from dashboard.data import Dataset
from dashboard.i18n import N_, _
from dashboard.pack import Pack
from dashboard.slides import Slide
from dashboard.ui.cards import VERDICT_COLOURS
from dashboard.ui.loaders import compare_charts, pack_key, with_pack
from dashboard.ui.parts import chart, plain_facts
from dashboard.ui.state import bind
from dashboard.view import View

PRESENTING_KEY = "presenting"
MOVED_KEY = "presenting_moved"  # how many times the switch has changed: the focus script's nonce
SCORES_ALT = N_("Bar chart of each option's 0 to 5 scores. The table below has the same data.")
LARGE_SCREEN = 960  # px of height: from here on, a projector's chart (a 1920x1080 screen is one)

# Static CSS written by us for Coach mode; never built from data or user input. Type scales
# with the screen's height, so a slide fits a 1280x800 laptop and fills a 1920x1080 projector.
SLIDE_CSS = f"""
<style>
.st-key-slide {{ --slide-x: clamp(1rem, 2.5vw, 2.5rem); position: relative;
  padding: clamp(0.75rem, 2vh, 1.75rem) var(--slide-x); }}
.st-key-slide:focus, .st-key-slide:focus-visible {{ outline: none; }}
.st-key-slide h1 {{ font-size: clamp(1.9rem, 5.2vh, 4rem) !important; line-height: 1.15; padding-top: 0; }}
.st-key-slide [data-testid="stHeaderActionElements"] {{ display: none; }}
.st-key-slide p, .st-key-slide li {{ font-size: clamp(1.05rem, 2.6vh, 2.1rem) !important; line-height: 1.4; }}
.st-key-slide li {{ margin-bottom: 0.3rem; }}
@media (min-height: {LARGE_SCREEN}px) {{
  .st-key-slide h1 {{ font-size: clamp(3rem, 6vh, 4.5rem) !important; }}
  .st-key-slide p, .st-key-slide li {{ font-size: clamp(1.6rem, 3vh, 2.4rem) !important; }}
}}
.relief-slide p {{ margin: 0 0 0.6em 0; }}
.relief-slide ul, .relief-slide ol {{ margin: 0 0 0.6em 0; padding-left: 1.6em; }}
.relief-slide-facts {{ column-count: 2; column-gap: 2.5rem; }}
.relief-slide-facts p {{ break-inside: avoid; }}
.relief-slide .relief-badge {{ display: inline-block; padding: 0.1em 0.5em; border-radius: 0.4em;
  border: 1px solid var(--badge); background: color-mix(in srgb, var(--badge) 14%, transparent);
  font-size: 0.85em; }}
.relief-badge-green {{ --badge: #21c354; }} .relief-badge-blue {{ --badge: #1c83e1; }}
.relief-badge-orange {{ --badge: #ffa421; }} .relief-badge-red {{ --badge: #ff2b2b; }}
.relief-badge-gray {{ --badge: #a3a8b8; }}
.st-key-slide [data-testid="stExpander"] summary p {{ font-size: 1rem !important; }}
/* Drawn on every slide, seen only on its own (the rules per deck are in `only_under`). */
.st-key-slide_chart, .st-key-slide_progress {{ position: absolute; left: var(--slide-x);
  right: var(--slide-x); height: 0; overflow: hidden; visibility: hidden; pointer-events: none; }}
.st-key-slide_focus {{ display: none; }}
@media (min-height: {LARGE_SCREEN}px) {{ .st-key-slide_chart_small {{ display: none; }} }}
@media (max-height: {LARGE_SCREEN - 0.02}px) {{ .st-key-slide_chart_large {{ display: none; }} }}
</style>
"""
# While presenting, the client sees only the slide and the small controls, and no focus frame.
PRESENTING_CSS = """
<style>
[data-testid="stHeader"], .st-key-language_bar { display: none; }
[data-testid="stMainBlockContainer"] { padding-top: 1rem; padding-bottom: 1rem; }
[data-testid="stMain"]:focus, [data-testid="stMain"]:focus-visible { outline: none; }
</style>
"""
# After the switch changes, focus moves from it to the slide: the arrow keys then work at
# once (Streamlit ignores key shortcuts while focus is in an input). Our own static script;
# the number only makes each one new, so that it runs.
FOCUS_SCRIPT = """<script>
/* NONCE */
requestAnimationFrame(() => {
  const slide = document.querySelector('.st-key-slide');
  if (!slide) return;
  slide.setAttribute('tabindex', '-1');
  slide.focus({preventScroll: true});
});
</script>"""


def _switched() -> None:
    st.session_state[MOVED_KEY] = st.session_state.get(MOVED_KEY, 0) + 1


def only_under(number: int, count: int, parts: dict[str, int]) -> str:
    """The CSS that shows a slide's text only under its own title (`#slide-N`), and each part
    in `parts` (a block's key: its slide's number) only when that slide's title and text both
    show. While a move is half drawn, the client sees the new title alone, never mixed."""
    rules = [
        f'.st-key-slide:has(h1#slide-{n}) .relief-slide:not([data-slide="{n}"]) {{ visibility: hidden; }}'
        for n in range(1, count + 1)
    ]
    rules += [
        f'.st-key-slide:has(h1#slide-{n}):has(.relief-slide[data-slide="{n}"]) .st-key-{key} '
        "{ position: static; height: auto; overflow: visible; visibility: visible; pointer-events: auto; }"
        for key, n in parts.items()
    ]
    return "<style>\n" + "\n".join(rules) + "\n</style>"


DRAWN_ALWAYS = {"chart": "slide_chart", "progress": "slide_progress"}  # a slide's kind: its part's key


def drawn_on_every_slide(deck: Sequence[Slide]) -> dict[str, int]:
    """The parts every slide draws out of sight (a block's key), and the slide each shows on."""
    return {DRAWN_ALWAYS[s.kind]: n for n, s in enumerate(deck, 1) if s.kind in DRAWN_ALWAYS}


def slide_controls(number: int, count: int, move: Callable[[int], None], parts: dict[str, int]) -> bool:
    """Previous and next (the arrow keys work too), where we are, and the presenting switch.
    Returns True while presenting. `parts` are the slide parts drawn out of sight (`only_under`)."""
    back, where, forward, mode = st.columns([2, 3, 2, 2], vertical_alignment="center")
    back.button(
        _("Previous"),
        shortcut="ArrowLeft",
        on_click=move,
        args=(-1,),
        disabled=number == 1,
        width="stretch",
    )
    where.markdown(
        _("**Slide {number} of {count}**").format(number=number, count=count), text_alignment="center"
    )
    forward.button(
        _("Next"),
        shortcut="ArrowRight",
        on_click=move,
        args=(1,),
        disabled=number == count,
        width="stretch",
        type="primary",
    )
    presenting = mode.toggle(
        _("Presenting"),
        key=PRESENTING_KEY,
        on_change=_switched,
        help=_(
            "Hides the menu, the coach's tools and the footer, so the client sees only the slide. Use ← → to move."
        ),
    )
    st.html(SLIDE_CSS + only_under(number, count, parts) + (PRESENTING_CSS if presenting else ""))
    return presenting


def move_focus_to_slide() -> None:
    """Once after the presenting switch changes: focus on the slide (see FOCUS_SCRIPT)."""
    moved = st.session_state.get(MOVED_KEY, 0)
    if moved and st.session_state.get("presenting_focused") != moved:
        st.session_state["presenting_focused"] = moved
        with st.container(key="slide_focus"):
            st.html(FOCUS_SCRIPT.replace("NONCE", str(moved)), unsafe_allow_javascript=True)


# ------------------------------------------------------------------ one slide


def _escaped(lines: Sequence[str], tag: str) -> str:
    return "".join(f"<{tag}>{html.escape(line)}</{tag}>" for line in lines)


def slide_html(ds: Dataset, slide: Slide, number: int) -> str:
    """A slide's text as one block of escaped HTML (a fact may hold a coach's own words), so
    that it changes all at once. `data-slide` ties it to its title's `#slide-N`."""
    parts: list[str] = []
    if slide.kind == "option" and slide.option_id:
        o = ds.option(slide.option_id)
        says = _(vocab.VERDICT_LABELS[o.guideline_verdict])
        label = (
            _("Guidelines: {verdict} {stage}").format(verdict=says, stage=_(vocab.STAGE_SHORT[o.facts_stage]))
            if o.facts_stage
            else _("Guidelines: {verdict}").format(verdict=says)
        )
        parts.append(
            f'<p><span class="relief-badge relief-badge-{VERDICT_COLOURS[o.guideline_verdict]}">'
            f"{html.escape(label)}</span></p>"
        )
    if slide.steps:
        parts.append(f"<ol>{_escaped(slide.steps, 'li')}</ol>")
    if slide.lines_title:
        parts.append(f"<p><strong>{html.escape(slide.lines_title)}</strong></p>")
    bulleted = slide.kind not in ("title", "option", "chart")
    parts.append(f"<ul>{_escaped(slide.lines, 'li')}</ul>" if bulleted else _escaped(slide.lines, "p"))
    if slide.facts:
        facts = "".join(
            f"<p><strong>{html.escape(label)}:</strong> {html.escape(text)}</p>"
            for label, text in slide.facts
        )
        parts.append(f'<div class="relief-slide-facts">{facts}</div>')
    return (
        f'<div class="relief-slide relief-slide-{slide.kind}" data-slide="{number}" lang="{i18n.html_lang()}">'
        f"{''.join(parts)}</div>"
    )


SLIDE_PLOT = {"small": 160, "large": 260}  # px: the plot area on a laptop and on a projector
SLIDE_TEXT = {"small": 15, "large": 22}  # px: every label of the chart


@st.cache_resource(show_spinner=False, max_entries=64)
def _slide_profile(
    option_ids: tuple[str, ...], duration: str, size: str, lang: str, pack: str, _pack: Pack | None
) -> go.Figure:
    # `lang` is in the key: the figure's labels and hover text are in that language.
    ds = with_pack(pack, _pack).for_duration(duration)
    return charts.profile_chart(
        [ds.option(i) for i in option_ids], plot=SLIDE_PLOT[size], text=SLIDE_TEXT[size]
    )


def slide_body(
    ds: Dataset, slide: Slide, number: int, shown: Sequence[str], view: View, *, early: bool = True
) -> None:
    """One slide in large type. With `early`, the score chart is drawn on this slide too, out
    of sight (`only_under`), so it is ready before the chart slide: Coach mode asks for it once
    the coach is presenting or past the first slide, so a first visit still fetches no chart
    code. `ds` is read for the person's duration of pain."""
    with st.container(key="slide", border=True):
        st.title(slide.title, anchor=f"slide-{number}")
        st.html(slide_html(ds, slide, number))
        if early or slide.kind == "chart":
            _score_chart(shown, view)
        if slide.kind == "progress":
            with st.container(key="slide_progress"):
                course = [p for p in ds.pain_course if p.stage == ds.stage]
                start = view.planned or view.checkins[0].day
                chart(
                    charts.progress_chart(view.checkins, course, start, _(vocab.STAGE_WORDS[ds.stage])),
                    alt=_("Line chart of the client's pain over time beside the average in studies."),
                    table=checkin.history_table(view.checkins),
                    key="present_progress_table",
                )


def _score_chart(shown: Sequence[str], view: View) -> None:
    """The chart slide's chart, in a laptop's size and a projector's (CSS shows the one that
    fits the screen's height), with its table."""
    duration, pack = view.situation.duration, view.pack
    with st.container(key="slide_chart"):
        for size in SLIDE_PLOT:
            with st.container(key=f"slide_chart_{size}"):
                st.plotly_chart(
                    _slide_profile(tuple(shown), duration, size, i18n.language(), pack_key(pack), pack),
                    config={"displayModeBar": False},
                    alt=_(SCORES_ALT),
                )
        box = st.expander(_("The chart as a table"), key="present_chart_table", on_change="rerun")
        if box.open:
            box.table(
                compare_charts(tuple(shown), duration, pack_key(pack), pack)["profile"][1], hide_index=True
            )


def coach_notes(slide: Slide) -> None:
    """What the coach can say about this slide, never on it (it would crowd the slide)."""
    if slide.notes:
        box = st.expander(_("Notes for you (not on the slide)"), key="slide_notes", on_change="rerun")
        if box.open:
            plain_facts(list(slide.notes), box)


# ------------------------------------------------------------------ the coach's tools


def present_picker(ds: Dataset, shown: Sequence[str]) -> None:
    """Coach mode's own picker: the options on the slides. A change starts the slides again."""
    names = {o.id: o.name for o in ds.options}
    st.multiselect(
        _("Options on the slides"),
        ds.option_ids,
        format_func=names.__getitem__,
        max_selections=compare.MAX_OPTIONS,
        placeholder=_("Choose options"),
        help=_(
            "Choose 1 to 4. Leave it empty to show the first three from Find my options. "
            "A change starts the slides again."
        ),
        **bind("present_options", list(shown), lambda v, ids: _new_options(v, tuple(ids), tuple(shown))),
    )


NAME_LIMIT = 80
AGREED_LIMIT = 200


def _new_options(view: View, ids: tuple[str, ...], shown: tuple[str, ...]) -> View:
    """New options on the slides start them again; the same options change nothing."""
    return view if ids == shown else replace(view, options=ids, slide=1)


def coach_details(view: View) -> None:
    """Optional words for the handout: names, what was agreed and the next session. Kept for
    this session only: never in a link."""
    left, right = st.columns(2)
    left.text_input(
        _("Your name and contact (on the handout)"),
        max_chars=NAME_LIMIT,
        placeholder=_("For example: Dan Reyes, 555-0100"),
        **bind("coach_name", view.coach, lambda v, text: replace(v, coach=str(text or "").strip())),
    )
    right.text_input(
        _("Client's first name (on the handout)"),
        max_chars=NAME_LIMIT,
        **bind("client_name", view.client, lambda v, text: replace(v, client=str(text or "").strip())),
    )
    left, right = st.columns([3, 1])
    left.text_area(
        _("What we agreed (on the handout, optional)"),
        max_chars=AGREED_LIMIT,
        height=80,
        placeholder=_("For example: a short walk each morning, and heat in the evening for a week."),
        **bind("coach_agreed", view.agreed, lambda v, text: replace(v, agreed=str(text or "").strip())),
    )
    right.date_input(
        _("Next session (optional)"),
        format="MM/DD/YYYY",
        **bind("coach_next_session", view.next_session, _next_session),
    )
    st.caption(
        _("These are printed on the handout only. They are never put in a link, and we store nothing.")
    )


def _next_session(view: View, day: object) -> View:
    return replace(view, next_session=day if isinstance(day, dt.date) else None)
