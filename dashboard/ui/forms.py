"""Find's three forms: the safety check, the situation and what matters.

Each form draws its widgets bound to the view (see `state.bind`) and returns
what the person answered, so the page stays a description of its screen.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import streamlit as st

from dashboard import i18n, matching, safety, scoring, situation, vocab
from dashboard.data import Dataset, WarningSign
from dashboard.i18n import N_, _
from dashboard.text import join_words
from dashboard.ui.loaders import dataset
from dashboard.ui.state import bind, keep, saved_view
from dashboard.ui.style import HEADING_FOCUS_SCRIPT
from dashboard.view import View

SAFETY_KEY = "safety_step"
HEALTH_KEY = "health_open"
MATTERS_KEY = "matters_open"
SIGN_ICONS = {"emergency": ":material/emergency:", "urgent": ":material/call:", "soon": ":material/event:"}


FOCUS_STEP_2 = "focus_step_2"

# Each warning level's heading over its tick boxes: one whole sentence per level.
LEVEL_HEADINGS = {
    "emergency": N_("Get emergency help now if you have:"),
    "urgent": N_("Contact a doctor today if you have:"),
    "soon": N_("Book a visit with your doctor if you have:"),
}
# Why Fast relief counts for more in the order, for the needs that raise it (matching.NEED_SPEED).
NEED_RAISES_SPEED = {
    "today": N_("You need relief today, so Fast relief counts as very important in the order."),
    "week": N_("You need relief this week, so Fast relief counts as important in the order."),
}


def _none_apply() -> None:
    """ "None of these apply": clear any ticks, close the list and move on to Step 2, where
    focus goes (usability-2 R4): the page does not depend on where the browser scrolls."""
    keep(replace(saved_view(), signs=frozenset(), no_signs=True))
    st.session_state[SAFETY_KEY] = False
    st.session_state[FOCUS_STEP_2] = st.session_state.get(FOCUS_STEP_2, 0) + 1


def _sign(sign_id: str) -> Callable[[View, Any], View]:
    def change(view: View, ticked: Any) -> View:
        signs = view.signs | {sign_id} if ticked else view.signs - {sign_id}
        return replace(view, signs=frozenset(signs), no_signs=False)

    return change


def _feedback(where: Any, sign: WarningSign) -> None:
    """What a ticked sign means, right under it, so it can't be missed below the fold."""
    text = f"**{sign.what_to_do}**"
    if sign.level == "emergency":
        where.error(call_link(text), icon=SIGN_ICONS["emergency"])
    elif sign.level == "urgent":
        where.warning(text, icon=SIGN_ICONS["urgent"])
    else:
        where.info(text, icon=SIGN_ICONS["soon"])


def sign_boxes(signs: Sequence[WarningSign], box: Callable[[Any, WarningSign], bool], group_key: str) -> None:
    """The warning signs as tick boxes, grouped by level, most serious first, each level under
    its own action ("Get emergency help now if you have:"). A ticked box says what to do right
    under it. Find's Step 1 and the check-in both draw them here; `box` draws one tick box
    where it is told and says whether it is ticked.

    Each level is a container keyed `<group_key>_<level>`: style.A11Y_SCRIPT makes it a group
    named by its action for screen readers (Streamlit has no way to give one a role)."""
    for level, at_level in safety.by_level(signs).items():
        if not at_level:
            continue
        with st.container(key=f"{group_key}_{level}"):
            st.markdown(f"**{_(LEVEL_HEADINGS[level])}**")
            halves = st.columns(2)  # side by side on a wide screen, one list on a phone
            for i, sign in enumerate(at_level):
                column = halves[i * 2 // len(at_level)]
                if box(column, sign):
                    _feedback(column, sign)


def hidden_heading(text: str) -> None:
    """A level-2 heading that screen readers find when they move by headings, but that is not
    drawn: for a step whose visible title is an expander's summary. Our own fixed words only."""
    st.html(f'<h2 class="relief-sr-only" lang="{i18n.html_lang()}">{html.escape(text)}</h2>')


def _focus_script(heading: str, nonce: int) -> str:
    """A few lines of our own script that move focus to the heading with this text (our own
    fixed words) once it is drawn. `nonce` makes each use a new element, so it runs again."""
    return HEADING_FOCUS_SCRIPT.replace("HEADING_TEXT", json.dumps(heading)).replace("NONCE", str(nonce))


def call_link(text: str) -> str:
    """ "Call 911" as a link a phone can dial with one tap (where a translation words it
    otherwise, the number alone is the link)."""
    words = _("Call 911")
    if words in text:
        return text.replace(words, f"[{words}](tel:911)", 1)
    return re.sub(r"(?<![\d\[])911(?![\d\]])", "[911](tel:911)", text, count=1)


def safety_check(ds: Dataset, view: View) -> str | None:
    """Step 1, the warning-sign check. Returns the most urgent level ticked, or None.

    Not a fragment: a tick changes the answer at the top and which options show, and a
    fragment run first, then the page's, left "None of these apply" scrolled past Step 2."""
    signs_here = ds.signs_for(view.situation.health)
    done = view.no_signs and not view.signs
    title = (
        _("**Step 1. Safety check:** you said none of these apply (open to change)")
        if done
        else _("**Step 1. Safety check:** do any of these apply to you?")
    )
    hidden_heading(_("Step 1. Safety check"))  # an expander's summary is not a heading
    box = st.expander(title, expanded=not done, key=SAFETY_KEY, on_change="rerun")
    if box.open is False:  # closed: its 26 tick boxes are drawn only when it is opened again
        for sign in signs_here:  # but what a ticked sign means stays in view
            if sign.id in view.signs:
                _feedback(st, sign)
        return safety.highest_level(signs_here, view.signs)
    with box:
        st.caption(_("Tick any that apply. This check does not diagnose. It only says how soon to get help."))
        if not view.signs:  # above the list too: a quick "no" needs no scrolling past 26 boxes
            st.button(
                _("None of these apply"), icon=":material/check:", on_click=_none_apply, key="no_signs_top"
            )
        sign_boxes(
            signs_here,
            lambda where, sign: where.checkbox(
                sign.symptom, wrap=True, **bind(f"sign_{sign.id}", sign.id in view.signs, _sign(sign.id))
            ),
            group_key="sign_level",
        )
        if not view.signs:
            st.button(_("None of these apply"), icon=":material/check:", on_click=_none_apply, key="no_signs")
    return safety.highest_level(signs_here, view.signs)


def safety_alert(level: str | None) -> Any:
    """The answer to the safety check, at the top of the page. With no sign ticked it returns
    an empty slot, filled with the all-clear once the duration is known."""
    if level == "emergency":
        st.error(call_link(f"**{_(safety.EMERGENCY_MESSAGE)}**"), icon=SIGN_ICONS["emergency"])
    elif level == "urgent":
        st.warning(f"**{_(safety.URGENT_MESSAGE)}**", icon=SIGN_ICONS["urgent"])
    elif level == "soon":
        st.info(_(safety.SOON_MESSAGE), icon=SIGN_ICONS["soon"])
    else:
        return st.empty()
    return None


def _confirm() -> None:
    view = saved_view()
    keep(replace(view, situation=view.situation.confirmed()))


def typical_answers(view: View) -> None:
    """Until the person has given or confirmed their answers, say which ones are only the
    usual answers, and invite them to change or confirm them."""
    typical = view.situation.typical()
    if not typical:
        return
    st.info(
        _(
            "**Based on typical answers** for {answers}. Change any of them in Step 2 so the options fit you."
        ).format(answers=join_words(typical, last="and")),
        icon=":material/tune:",
    )
    st.button(_("These answers fit me"), on_click=_confirm, key="confirm_answers", icon=":material/check:")


def _situation_field(name: str) -> Callable[[View, Any], View]:
    def change(view: View, value: Any) -> View:
        return replace(view, situation=view.situation.answer(**{name: value}))

    return change


def _choice(
    label: str, name: str, view: View, options: tuple[str, ...], words: dict[str, str], help: str
) -> None:
    st.segmented_control(
        _(label),
        options,
        format_func=lambda value: _(words[value]),
        required=True,
        help=_(help),
        **bind(name, getattr(view.situation, name), _situation_field(name)),
    )


def _health(condition: str) -> Callable[[View, Any], View]:
    def change(current: View, ticked: Any) -> View:
        health = current.situation.health | {condition} if ticked else current.situation.health - {condition}
        return with_signs_for(current.with_situation(health=frozenset(health)), current)

    return change


def with_signs_for(view: View, before: View) -> View:
    """After a health answer changed which warning signs apply (pregnancy adds some): a new
    sign means "None of these apply" no longer holds, so Step 1 opens again to ask; a ticked
    sign that no longer applies is dropped, so Step 1 can still be answered."""
    ds = dataset()
    now = {s.id for s in ds.signs_for(view.situation.health)}
    then = {s.id for s in ds.signs_for(before.situation.health)}
    if not now - then and view.signs <= now:
        return view
    if now - then:
        st.session_state[SAFETY_KEY] = True  # open Step 1 on this run
    return replace(view, signs=view.signs & frozenset(now), no_signs=view.no_signs and not now - then)


def situation_form(view: View, ds: Dataset | None = None) -> None:
    """Step 2: the person's situation. Every answer goes straight into the view. With `ds`,
    each ticked health answer says which options it sends to "ask a doctor first"."""
    with st.container(border=True):
        heading = _("Step 2. Your situation")
        st.header(heading)
        nonce = st.session_state.pop(FOCUS_STEP_2, None)
        if nonce is not None:  # just after "None of these apply"
            st.html(_focus_script(heading, nonce), unsafe_allow_javascript=True)
        _choice(
            N_("How bad is the pain?"),
            "severity",
            view,
            vocab.SEVERITIES,
            vocab.SEVERITY_LABELS,
            N_(
                "Mild: you can do most things. Moderate: it gets in the way. Severe: it stops you doing things."
            ),
        )
        _choice(
            N_("How long have you had it?"),
            "duration",
            view,
            vocab.DURATIONS,
            vocab.DURATION_LABELS,
            N_("Guidelines give different advice for new pain and for pain that has lasted over 12 weeks."),
        )
        _choice(
            N_("Are you willing to see a doctor?"),
            "doctor",
            view,
            situation.DOCTOR_CHOICES,
            {"yes": N_("Yes"), "no": N_("No")},
            N_("Some options need a prescription from a doctor."),
        )
        _choice(
            N_("How do you feel about medicines?"),
            "medication",
            view,
            situation.MEDICATION_CHOICES,
            {"ok": N_("Medicines are fine"), "avoid": N_("I'd rather avoid them")},
            N_("If you'd rather avoid them, we leave out pills and prescriptions."),
        )
        st.number_input(
            _("Most you can spend a month (US dollars)"),
            min_value=0,
            max_value=situation.MAX_BUDGET,
            step=10,
            placeholder=_("No limit"),
            help=_(
                "Leave empty for no limit. Options whose cost to try them (a month, a course or one-off) "
                "is more than this are left out."
            ),
            **bind(
                "budget",
                view.situation.budget,
                lambda v, value: replace(
                    v, situation=v.situation.answer(budget=None if value is None else int(value))
                ),
            ),
        )
        _choice(
            N_("How soon do you need relief?"),
            "need",
            view,
            situation.NEEDS,
            situation.NEED_LABELS,
            N_("Slow options stay on the list, with a note."),
        )
        st.toggle(
            _("Only the options the article names"),
            help=_(
                "The article names aspirin, acetaminophen, prescription medicines, massage and water therapy."
            ),
            **bind(
                "article_only",
                view.situation.article_only,
                lambda v, value: replace(v, situation=v.situation.answer(article_only=bool(value))),
            ),
        )
        if view.situation.typical():  # also here, where the answers are (usability-2 R7)
            st.button(
                _("These answers fit me"),
                on_click=_confirm,
                key="confirm_answers_end",
                icon=":material/check:",
            )
        health = st.expander(
            _("Your health (optional): some labels say to ask a doctor first"),
            key=HEALTH_KEY,
            on_change="rerun",
        )
        if health.open:  # drawn only when opened: most people never open it
            with health:
                st.caption(
                    _(
                        "Tick any that apply. Options whose label says to ask a doctor first move to their own "
                        "list. These answers are not part of the share link, and we store nothing. The handout "
                        "prints them."
                    )
                )
                for c in vocab.HEALTH_CONDITIONS:
                    st.checkbox(
                        _(vocab.HEALTH_LABELS[c]),
                        **bind(f"health_{c}", c in view.situation.health, _health(c)),
                    )
                    if ds is not None and c in view.situation.health:
                        _health_effect(ds, c)


def _health_effect(ds: Dataset, condition: str) -> None:
    """Right under a ticked health answer: what it changed (usability-2 R6)."""
    named = [o.name for o in ds.options if ds.cautions_for(o.id, {condition})]
    if named:
        st.caption(
            _("Ask a doctor before you try {options}: their labels say so.").format(
                options=join_words(named, last="or")
            )
        )
    else:
        st.caption(_("No option's label names this, so it changes nothing here."))


def _weight(attribute: str) -> Callable[[View, Any], View]:
    def change(view: View, level: Any) -> View:
        return view.with_weights(view.weight_map | {attribute: int(level)})

    return change


def weights_form(view: View) -> None:
    """Step 3: what matters to the person. It changes the order, never which options fit."""
    hidden_heading(_("Step 3. What matters to you?"))
    box = st.expander(
        _("**Step 3. What matters to you?** (changes the order, not which options fit)"),
        key=MATTERS_KEY,
        on_change="rerun",
    )
    if box.open:  # drawn only when opened; the sliders' values live in the view meanwhile
        with box:
            for a in scoring.ATTRIBUTES:
                st.select_slider(
                    _(scoring.ATTRIBUTE_LABELS[a]),
                    options=matching.WEIGHT_LEVELS,
                    format_func=lambda level: _(matching.WEIGHT_LABELS[level]),
                    help=_(scoring.SCALE_RULES[a]),
                    **bind(f"weight_{a}", view.weight_map[a], _weight(a)),
                )
            raised = view.ranking_weights["speed"] - view.weight_map["speed"]
            why = NEED_RAISES_SPEED.get(view.situation.need)
            if raised > 0 and why is not None:
                st.caption(_(why))
