"""Find's three forms: the safety check, the situation and what matters.

Each form draws its widgets bound to the view (see `state.bind`) and returns
what the person answered, so the page stays a description of its screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard import matching, safety, scoring, situation, vocab
from dashboard.data import Dataset
from dashboard.ui.state import bind
from dashboard.view import View


def safety_check(ds: Dataset) -> str | None:
    """The warning-sign check. Returns the most urgent level ticked, or None."""
    title = "**Step 1. Safety check:** do any of these apply to you?"
    with st.expander(title, expanded=True):
        st.caption("Tick any that apply. This check does not diagnose. It only says how soon to get help.")
        ticked: list[str] = []
        for group, signs in safety.by_level(ds.warning_signs).items():
            st.markdown(f"**{vocab.WARNING_LEVEL_LABELS[group]} if you have:**")
            halves = st.columns(2)  # side by side on a wide screen, one list on a phone
            for i, sign in enumerate(signs):
                if halves[i * 2 // len(signs)].checkbox(sign.symptom, key=f"sign_{sign.id}", wrap=True):
                    ticked.append(sign.id)
    return safety.highest_level(ds.warning_signs, ticked)


def safety_alert(level: str | None) -> Any:
    """The answer to the safety check, at the top of the page. With no sign ticked it returns
    an empty slot, filled with the all-clear once the duration is known."""
    if level == "emergency":
        st.error(f"**{safety.EMERGENCY_MESSAGE}**", icon=":material/emergency:")
    elif level == "urgent":
        st.warning(f"**{safety.URGENT_MESSAGE}**", icon=":material/call:")
    elif level == "soon":
        st.info(safety.SOON_MESSAGE, icon=":material/event:")
    else:
        return st.empty()
    return None


def _situation_field(name: str) -> Callable[[View, Any], View]:
    def change(view: View, value: Any) -> View:
        return view.with_situation(**{name: value})

    return change


def _choice(
    label: str, name: str, view: View, options: tuple[str, ...], words: dict[str, str], help: str
) -> None:
    st.segmented_control(
        label,
        options,
        format_func=words.__getitem__,
        required=True,
        help=help,
        **bind(name, getattr(view.situation, name), _situation_field(name)),
    )


def _health(condition: str) -> Callable[[View, Any], View]:
    def change(current: View, ticked: Any) -> View:
        health = current.situation.health | {condition} if ticked else current.situation.health - {condition}
        return current.with_situation(health=frozenset(health))

    return change


def situation_form(view: View) -> None:
    """Step 2: the person's situation. Every answer goes straight into the view."""
    with st.container(border=True):
        st.header("Step 2. Your situation")
        _choice(
            "How bad is the pain?",
            "severity",
            view,
            vocab.SEVERITIES,
            vocab.SEVERITY_LABELS,
            "Mild: you can do most things. Moderate: it gets in the way. Severe: it stops you doing things.",
        )
        _choice(
            "How long have you had it?",
            "duration",
            view,
            vocab.DURATIONS,
            vocab.DURATION_LABELS,
            "Guidelines give different advice for new pain and for pain that has lasted over 12 weeks.",
        )
        _choice(
            "Are you willing to see a doctor?",
            "doctor",
            view,
            situation.DOCTOR_CHOICES,
            {"yes": "Yes", "no": "No"},
            "Some options need a prescription from a doctor.",
        )
        _choice(
            "How do you feel about medicines?",
            "medication",
            view,
            situation.MEDICATION_CHOICES,
            {"ok": "Medicines are fine", "avoid": "I'd rather avoid them"},
            "If you'd rather avoid them, we leave out pills and prescriptions.",
        )
        st.number_input(
            "Most you can spend a month (US dollars)",
            min_value=0,
            max_value=situation.MAX_BUDGET,
            step=10,
            placeholder="No limit",
            help="Leave empty for no limit. Options whose cost to try them (a month, a course or one-off) "
            "is more than this are left out.",
            **bind(
                "budget",
                view.situation.budget,
                lambda v, value: v.with_situation(budget=None if value is None else int(value)),
            ),
        )
        _choice(
            "How soon do you need relief?",
            "need",
            view,
            situation.NEEDS,
            situation.NEED_LABELS,
            "Slow options stay on the list, with a note.",
        )
        st.toggle(
            "Only the options the article names",
            help="The article names aspirin, acetaminophen, prescription medicines, massage and water therapy.",
            **bind(
                "article_only",
                view.situation.article_only,
                lambda v, value: v.with_situation(article_only=bool(value)),
            ),
        )
        with st.expander("Your health (optional): some labels say to ask a doctor first"):
            st.caption(
                "Tick any that apply. Options whose label says to ask a doctor first move to their own list. "
                "These answers stay on this screen: they are not part of the share link, and we store nothing."
            )
            for c in vocab.HEALTH_CONDITIONS:
                st.checkbox(
                    vocab.HEALTH_LABELS[c], **bind(f"health_{c}", c in view.situation.health, _health(c))
                )


def _weight(attribute: str) -> Callable[[View, Any], View]:
    def change(view: View, level: Any) -> View:
        return view.with_weights(view.weight_map | {attribute: int(level)})

    return change


def weights_form(view: View) -> None:
    """Step 3: what matters to the person. It changes the order, never which options fit."""
    with st.expander("**Step 3. What matters to you?** (changes the order, not which options fit)"):
        for a in scoring.ATTRIBUTES:
            st.select_slider(
                scoring.ATTRIBUTE_LABELS[a],
                options=matching.WEIGHT_LEVELS,
                format_func=matching.WEIGHT_LABELS.__getitem__,
                help=scoring.SCALE_RULES[a],
                **bind(f"weight_{a}", view.weight_map[a], _weight(a)),
            )
