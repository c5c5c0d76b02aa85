"""The parts of "I'll try this" and the check-in page: the plan, the readiness check, the
check-in form, the history and the reminders. Nothing here is stored on the server: what a
person records goes into their view, and so into their link and the files they download."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, checkin, plan, progress, vocab
from dashboard.content import QUESTIONS_FOR_DOCTOR, try_it, warning_summary
from dashboard.data import Dataset, Option, PainCourse, WarningSign
from dashboard.progress import Progress
from dashboard.safety import highest_level
from dashboard.ui.cards import verdict_badge
from dashboard.ui.forms import call_link, sign_boxes
from dashboard.ui.loaders import kept_for_session
from dashboard.ui.parts import chart
from dashboard.ui.sharing import copy_button, share_link_key
from dashboard.ui.state import bind, keep, page_link, saved_view
from dashboard.view import MAX_PLAN, View

PLAN_KEY = "plan_options"


def _set_plan(view: View, ids: Any) -> View:
    chosen = tuple(ids)[:MAX_PLAN]
    planned = view.planned if (view.planned and chosen) else (dt.date.today() if chosen else None)
    return replace(view, plan=chosen, planned=planned)


def plan_picker(ds: Dataset, view: View, candidates: Sequence[str], label: str = "I'll try these") -> None:
    """Pick one or two options to try; the plan and the check-ins are on the Check in page."""
    # Options the person's health answers move to "ask a doctor first" say so in the list.
    asks = {o.id for o in ds.options if ds.cautions_for(o.id, view.situation.health)}
    names = {o.id: o.name + (" (ask a doctor first)" if o.id in asks else "") for o in ds.options}
    st.multiselect(
        label,
        list(dict.fromkeys([*view.plan, *candidates])),
        format_func=names.__getitem__,
        max_selections=MAX_PLAN,
        placeholder="Pick one or two options",
        help="You get a plan from the data: how to use it, when people felt a change, "
        "what to watch for, and when to check in.",
        **bind(PLAN_KEY, list(view.plan), _set_plan),
    )


def try_this(ds: Dataset, view: View, candidates: Sequence[str]) -> None:
    """ "I'll try this" on Find and Compare."""
    st.header("I'll try this")
    st.markdown("Chosen what to try? Pick one or two, and get a plan and a place to check in after.")
    plan_picker(ds, view, candidates)
    current = saved_view()
    if current.plan:
        page_link(
            "../pages/checkin.py",
            "See my plan and check in",
            ":material/event_available:",
            current,
            "checkin",
        )


def status(result: Progress) -> None:
    """How it is going, at the top. A warning sign always comes first, with its own level's
    action: only an emergency is a red alarm, with a tap-to-call link."""
    for notice in result.notices:
        st.caption(notice)
    if result.level == "warning" and result.warning == "emergency":
        st.error(call_link(f"**{result.message}**"), icon=":material/emergency:")
    elif result.level == "warning":
        st.warning(f"**{result.message}**", icon=":material/call:")
    elif result.sends_to_doctor:
        st.warning(f"**{result.message}**", icon=":material/call:")
        st.markdown(
            "**Questions to take to your doctor:**\n" + "\n".join(f"- {q}" for q in QUESTIONS_FOR_DOCTOR)
        )
    elif result.level == "better":
        st.success(result.message, icon=":material/trending_down:")
    else:
        st.info(result.message, icon=":material/event_available:")
    if result.earlier_line:
        st.warning(result.earlier_line, icon=":material/history:")


def show_plan(ds: Dataset, the_plan: plan.Plan) -> None:
    """The plan, one option at a time, then the signs that mean stop, then what comes next."""
    st.header(f"Your plan: {the_plan.names}")
    st.caption(
        f"Made on {checkin.day_words(the_plan.made)}, for {the_plan.stage_words}. From the data, with its sources."
    )
    stage_ds = ds
    for item in the_plan.options:
        option = stage_ds.option(item.option_id)
        with st.container(border=True):
            st.subheader(item.name, anchor=False)
            st.markdown(verdict_badge(option.guideline_verdict, option.facts_stage))
            st.markdown("\n".join(f"{n}. {step}" for n, step in enumerate(plan_steps(option, item), start=1)))
            st.markdown(f"**When people in studies felt a change:** {item.when}")
    stop_signs(ds)
    dates = ", ".join(f"{d.day} {d:%B}" for d in the_plan.check_dates)
    st.markdown(
        f"**Check in:** on {dates}, or any day.\n\n"
        f"**If it has not helped by {checkin.day_words(the_plan.review_by)}:** {the_plan.review_why}\n\n"
        + "\n".join(f"- {step}" for step in the_plan.next_steps)
    )


def plan_steps(option: Option, item: plan.OptionPlan) -> list[str]:
    """One option's plan as numbered steps (PEMAT item 22): a doctor first where the label
    says so for this person, how to start, how to use it, and when the label says to stop."""
    steps = [f"**Ask a doctor first:** {reason}" for reason in item.cautions]
    steps += [f"**Start:** {try_it(option).short}", f"**How to use it:** {item.how}"]
    if item.limit:
        steps.append(f"**When to stop and ask a doctor:** {item.limit}")
    steps.append("**Check in** on the days below, and stop if a sign in the list below appears.")
    return steps


def stop_signs(ds: Dataset) -> None:
    """The signs that mean stop and get help (the plan's `stop_signs`: every emergency and
    urgent sign), one list a level under its action, not a run of signs joined by semicolons
    (PEMAT item 8). Side by side on a wide screen."""
    st.markdown("**Stop and get help if any of these happen.**")
    for group in warning_summary(_signs_now(ds)):
        if group.level == "soon":
            continue
        st.markdown(f"**{group.what_to_do}** If you have:")
        half = (len(group.symptoms) + 1) // 2
        for column, symptoms in zip(
            st.columns(2), (group.symptoms[:half], group.symptoms[half:]), strict=True
        ):
            column.markdown("\n".join(f"- {symptom}" for symptom in symptoms))


def readiness() -> None:
    """Four yes-or-no questions before starting. A "no" gets a next step, never a block."""
    with st.expander("Before you start: four quick questions"):
        answers: dict[str, bool | None] = {}
        for key, question, _ in plan.READINESS:
            choice = st.segmented_control(question, ["Yes", "No"], key=f"ready_{key}")
            answers[key] = None if choice is None else choice == "Yes"
        tips = plan.readiness_tips(answers)
        if tips:
            st.info(
                "**Next steps that may help:**\n" + "\n".join(f"- {t}" for t in tips),
                icon=":material/lightbulb:",
            )
        elif all(v is True for v in answers.values()):
            st.success("You are ready to start. Check in as you go.", icon=":material/check_circle:")


FORM = "checkin_form"
SAID = f"{FORM}_said"
SAID_COUNT = f"{FORM}_said_count"
WARN = f"{FORM}_warn"  # "Any warning signs now?": "no", "yes" or not yet answered
WARN_CHOICES = {"no": "No", "yes": "Yes, show the list"}


def _sign_key(sign_id: str) -> str:
    return f"{FORM}_sign_{sign_id}"


def _signs_now(ds: Dataset) -> Sequence[WarningSign]:
    return ds.signs_for(saved_view().situation.health)


def _missing(ds: Dataset) -> list[str]:
    """What the form still needs before it can save, in words. Nothing typed is cleared."""
    state = st.session_state
    missing = []
    if state.get(f"{FORM}_helped") is None:
        missing.append("pick an answer for “Did it help?”")
    warn = state.get(WARN)
    if warn is None:
        missing.append("answer “Any warning signs now?”")
    elif warn == "yes" and not any(state.get(_sign_key(s.id)) for s in _signs_now(ds)):
        missing.append("tick the warning sign that applies (or pick No)")
    return missing


def _save(ds: Dataset) -> None:
    state = st.session_state
    missing = _missing(ds)
    if missing:
        state[SAID] = (
            False,
            f"Not saved yet. Please {' and '.join(missing)}, then save again. "
            "What you entered is still here.",
        )
        return
    signs = _signs_now(ds)
    ticked = {s.id for s in signs if state.get(_sign_key(s.id))} if state[WARN] == "yes" else set()
    entry = checkin.CheckIn(
        day=state[f"{FORM}_day"],
        pain=int(state[f"{FORM}_pain"]),
        able=int(state[f"{FORM}_able"]),
        helped=state[f"{FORM}_helped"],
        side_effects=state[f"{FORM}_side"],
        warning=highest_level(signs, ticked),  # the most serious level ticked, never which sign
    )
    view = saved_view()
    added = checkin.add(view.checkins, entry)
    state[SAID] = _said(added, warned=entry.warning is not None)
    if added.saved:
        keep(replace(view, checkins=added.checkins, planned=view.planned or entry.day))


SAVED = "Saved. Your link has changed: copy it or bookmark this page again."


def _said(added: checkin.Added, warned: bool = False) -> tuple[bool, str]:
    """What saving did, in words: (saved, message). Nothing is replaced or left out unsaid,
    and a warning sign in what was not kept is said too."""
    if added.refused:
        return False, (
            f"Not saved. A link holds {checkin.MAX_CHECKINS} check-ins, and this date is before all of "
            "them. Pick a later date."
            + (" You ticked a warning sign: if it applies now, get medical help now." if warned else "")
        )
    words = [SAVED]
    if added.replaced is not None:
        words.append(f"This replaced your check-in for {checkin.day_words(added.replaced.day)}.")
    if added.dropped is not None:
        words.append(
            f"A link holds {checkin.MAX_CHECKINS} check-ins, so your oldest, "
            f"{checkin.day_words(added.dropped.day)}, was left out."
            + (" It said a warning sign applied." if added.dropped.warning else "")
        )
    return True, " ".join(words)


def _said_box(saved: bool, message: str) -> None:
    """What saving did, in a status region that screen readers announce (usability-2 C3, K6).
    After a save the link has changed, so the copy button (the share box's, at the foot of
    the page) sits right under it. Our own words only, escaped all the same."""
    kind = "relief-said-ok" if saved else "relief-said-ask"
    words = html.escape(message)
    # Shown at once; read from an empty status region that style.A11Y_SCRIPT fills a moment
    # later: a region that appears with its text already in it is often not read out.
    number = st.session_state[SAID_COUNT] = st.session_state.get(SAID_COUNT, 0) + 1
    st.html(
        f'<div class="relief-said {kind}" data-n="{number}"><span aria-hidden="true">{words}</span>'
        f'<span class="relief-sr-only" role="status" data-said="{words}"></span></div>'
    )
    if saved:
        copy_button(share_link_key("checkin"))


def _warning_signs(ds: Dataset) -> None:
    """ "Any warning signs now?": No, or Yes with the signs as Step 1 on Find shows them, as
    tick boxes grouped by level under each level's action (usability-2 C4)."""
    choice = st.radio(
        "Any warning signs now?",
        list(WARN_CHOICES),
        format_func=WARN_CHOICES.__getitem__,
        index=None,
        horizontal=True,
        key=WARN,
        help="If any applies, get medical help. The check-in keeps only how serious it was, not which.",
    )
    if choice == "yes":
        st.caption("Tick any that apply. This check does not diagnose. It only says how soon to get help.")
        sign_boxes(
            _signs_now(ds),
            lambda where, sign: where.checkbox(sign.symptom, wrap=True, key=_sign_key(sign.id)),
            group_key="checkin_sign_level",
        )


def checkin_form(ds: Dataset) -> None:
    """Record how it is going today (or on another day). One check-in a day. Not an st.form:
    "Yes, show the list" draws the warning signs at once, and a ticked one says what to do."""
    st.header("Add a check-in")
    with st.container(border=True, key=FORM):
        st.date_input(
            "Date of this check-in",
            value=dt.date.today(),
            max_value=dt.date.today(),
            key=f"{FORM}_day",
            format="MM/DD/YYYY",  # US order: 12/04/2026 is December 4
        )
        st.select_slider(
            "Pain now: 0 is none, 10 is the worst", options=list(range(11)), value=5, key=f"{FORM}_pain"
        )
        st.select_slider(
            "How much can you do: 0 is nothing, 10 is all you usually do",
            options=list(range(11)),
            value=5,
            key=f"{FORM}_able",
        )
        st.radio(
            "Did it help?",
            checkin.HELPED,
            format_func=checkin.HELPED_LABELS.__getitem__,
            index=None,  # a quick Save never records "yes" unasked
            horizontal=True,
            key=f"{FORM}_helped",
        )
        st.radio(
            "Side effects",
            checkin.SIDE_EFFECTS,
            format_func=checkin.SIDE_EFFECT_LABELS.__getitem__,
            horizontal=True,
            key=f"{FORM}_side",
        )
        _warning_signs(ds)
        st.button("Save this check-in", on_click=_save, args=(ds,), type="primary", key=f"{FORM}_save")
        said = st.session_state.pop(SAID, None)
        if said is not None:
            _said_box(*said)


def history(view: View, ds: Dataset, stage: str, review_by: dt.date | None = None) -> None:
    """The check-ins so far, as a chart of pain beside the average in studies and of how much
    the person can do, with how to act on it, and as a table."""
    st.header(f"Your check-ins ({len(view.checkins)})")
    if not view.checkins:
        st.caption("Your check-ins will show here, beside the average course in studies.")
        return
    start = view.planned or view.checkins[0].day
    course = [p for p in ds.pain_course if p.stage == stage]
    source = ds.sources[course[0].source_ids[0]] if course else None
    stage_words = vocab.STAGE_LABELS[stage].lower()
    chart(
        _progress_chart(view.checkins, course, start, stage_words),
        alt="Line charts of your pain over time beside the average in studies, and of how much you "
        "can do. The table below has the same data.",
        caption=progress.chart_caption(
            stage_words, review_by, f"{source.citation} ({source.year})" if source else ""
        ),
        table=checkin.history_table(view.checkins),
        table_label="Your check-ins as a table",
        key="checkin_table",
    )
    st.download_button(
        "Download your check-ins (CSV)",
        # Built when clicked: the file (pain scores, warning signs) is not kept on the server
        # before the person asks for it, at a web address made from its contents.
        lambda: checkin.history_table(view.checkins).to_csv(index=False).encode("utf-8"),
        file_name="back-pain-check-ins.csv",
        mime="text/csv",
        icon=":material/download:",
    )
    st.button("Remove the last check-in", on_click=_remove_last, icon=":material/undo:")


def _progress_chart(
    checkins: Sequence[checkin.CheckIn], course: Sequence[PainCourse], start: dt.date, label: str
) -> go.Figure:
    """The progress chart, built once for each set of check-ins and kept in this session only:
    the check-ins are the person's own, so no cache shared by sessions holds them."""
    return kept_for_session(
        "progress_chart",
        (tuple(checkins), tuple(course), start, label),
        lambda: charts.progress_chart(checkins, course, start, label, able=True),
    )


def _remove_last() -> None:
    view = saved_view()
    keep(replace(view, checkins=view.checkins[:-1]))


def reminders(view: View, link: str, the_plan: plan.Plan | None = None) -> None:
    """Calendar reminders 1, 2 and 4 weeks from today, on the plan's review day and on the day
    a label's limit is reached (none in the past), each with an alert at 9:00 and holding the
    check-in link. No account."""
    start = view.planned or dt.date.today()
    limits = the_plan.limits if the_plan else ()
    review = (the_plan.review_by - the_plan.made).days if the_plan else None
    st.download_button(
        "Add reminders to your calendar (.ics)",
        lambda: checkin.reminders(  # built when clicked
            link, start, dt.datetime.now(dt.UTC), limits=limits, today=dt.date.today(), review_days=review
        ),
        file_name="back-pain-check-ins.ics",
        mime="text/calendar",
        icon=":material/event:",
        help="Reminders 1, 2 and 4 weeks from today, on your plan's review day, and on the day a "
        "label's limit is reached, each with an alert at 9:00. Each holds your check-in link, with "
        "your scores, so your calendar holds them too.",
    )
