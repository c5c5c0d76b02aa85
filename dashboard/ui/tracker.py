"""The parts of "I'll try this" and the check-in page: the plan, the readiness check, the
check-in form, the history and the reminders. Nothing here is stored on the server: what a
person records goes into their view, and so into their link and the files they download."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, checkin, i18n, plan, progress, vocab
from dashboard.checkin import SAVED as SAVED  # what a save says first (tests read it here)
from dashboard.content import QUESTIONS_FOR_DOCTOR, try_it, warning_summary
from dashboard.data import Dataset, Option, PainCourse, WarningSign
from dashboard.i18n import N_, _, format_date
from dashboard.progress import Progress
from dashboard.safety import highest_level
from dashboard.ui.cards import verdict_badge
from dashboard.ui.forms import call_link, sign_boxes
from dashboard.ui.loaders import kept_for_session
from dashboard.ui.parts import chart
from dashboard.ui.sharing import copy_button, in_language, share_link_key
from dashboard.ui.state import bind, keep, page_link, saved_view
from dashboard.view import MAX_PLAN, View

PLAN_KEY = "plan_options"


def _set_plan(view: View, ids: Any) -> View:
    chosen = tuple(ids)[:MAX_PLAN]
    planned = view.planned if (view.planned and chosen) else (dt.date.today() if chosen else None)
    return replace(view, plan=chosen, planned=planned)


def plan_picker(ds: Dataset, view: View, candidates: Sequence[str], label: str | None = None) -> None:
    """Pick one or two options to try; the plan and the check-ins are on the Check in page.
    `label` (in words already) is "I'll try these" unless told."""
    # Options the person's health answers move to "ask a doctor first" say so in the list.
    asks = {o.id for o in ds.options if ds.cautions_for(o.id, view.situation.health)}
    ask = _("{name} (ask a doctor first)")
    names = {o.id: ask.format(name=o.name) if o.id in asks else o.name for o in ds.options}
    st.multiselect(
        _("I'll try these") if label is None else label,
        list(dict.fromkeys([*view.plan, *candidates])),
        format_func=names.__getitem__,
        max_selections=MAX_PLAN,
        placeholder=_("Pick one or two options"),
        help=_(
            "You get a plan from the data: how to use it, when people felt a change, "
            "what to watch for, and when to check in."
        ),
        **bind(PLAN_KEY, list(view.plan), _set_plan),
    )


def try_this(ds: Dataset, view: View, candidates: Sequence[str]) -> None:
    """ "I'll try this" on Find and Compare."""
    st.header(_("I'll try this"))
    st.markdown(_("Chosen what to try? Pick one or two, and get a plan and a place to check in after."))
    plan_picker(ds, view, candidates)
    current = saved_view()
    if current.plan:
        page_link(
            "../pages/checkin.py",
            _("See my plan and check in"),
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
        questions = [f"- {_(q)}" for q in QUESTIONS_FOR_DOCTOR]
        st.markdown("\n".join([_("**Questions to take to your doctor:**"), *questions]))
    elif result.level == "better":
        st.success(result.message, icon=":material/trending_down:")
    else:
        st.info(result.message, icon=":material/event_available:")
    if result.earlier_line:
        st.warning(result.earlier_line, icon=":material/history:")


def show_plan(ds: Dataset, the_plan: plan.Plan) -> None:
    """The plan, one option at a time, then the signs that mean stop, then what comes next."""
    st.header(_("Your plan: {names}").format(names=the_plan.names))
    st.caption(
        _("Made on {day}, for {stage}. From the data, with its sources.").format(
            day=checkin.day_words(the_plan.made), stage=the_plan.stage_words
        )
    )
    stage_ds = ds
    for item in the_plan.options:
        option = stage_ds.option(item.option_id)
        with st.container(border=True):
            st.subheader(item.name, anchor=False)
            st.markdown(verdict_badge(option.guideline_verdict, option.facts_stage))
            st.markdown("\n".join(f"{n}. {step}" for n, step in enumerate(plan_steps(option, item), start=1)))
            st.markdown(_("**When people in studies felt a change:** {when}").format(when=item.when))
    stop_signs(ds)
    dates = ", ".join(format_date(d, "day_month_words") for d in the_plan.check_dates)
    check = _("**Check in:** on {dates}, or any day.").format(dates=dates)
    review = _("**If it has not helped by {day}:** {why}").format(
        day=checkin.day_words(the_plan.review_by), why=the_plan.review_why
    )
    st.markdown(f"{check}\n\n{review}\n\n" + "\n".join(f"- {step}" for step in the_plan.next_steps))


def plan_steps(option: Option, item: plan.OptionPlan) -> list[str]:
    """One option's plan as numbered steps (PEMAT item 22): a doctor first where the label
    says so for this person, how to start, how to use it, and when the label says to stop."""
    steps = [_("**Ask a doctor first:** {reason}").format(reason=reason) for reason in item.cautions]
    steps += [
        _("**Start:** {how}").format(how=try_it(option).short),
        _("**How to use it:** {how}").format(how=item.how),
    ]
    if item.limit:
        steps.append(_("**When to stop and ask a doctor:** {limit}").format(limit=item.limit))
    steps.append(_("**Check in** on the days below, and stop if a sign in the list below appears."))
    return steps


def stop_signs(ds: Dataset) -> None:
    """The signs that mean stop and get help (the plan's `stop_signs`: every emergency and
    urgent sign), one list a level under its action, not a run of signs joined by semicolons
    (PEMAT item 8). Side by side on a wide screen."""
    st.markdown(_("**Stop and get help if any of these happen.**"))
    for group in warning_summary(_signs_now(ds)):
        if group.level == "soon":
            continue
        st.markdown(_("**{action}** If you have:").format(action=group.what_to_do))
        half = (len(group.symptoms) + 1) // 2
        for column, symptoms in zip(
            st.columns(2), (group.symptoms[:half], group.symptoms[half:]), strict=True
        ):
            column.markdown("\n".join(f"- {symptom}" for symptom in symptoms))


def readiness() -> None:
    """Four yes-or-no questions before starting. A "no" gets a next step, never a block."""
    with st.expander(_("Before you start: four quick questions")):
        answers: dict[str, bool | None] = {}
        for key, question, _tip in plan.READINESS:
            choice = st.segmented_control(
                _(question), list(YES_NO), format_func=_in_words(YES_NO), key=f"ready_{key}"
            )
            answers[key] = None if choice is None else choice == "yes"
        tips = plan.readiness_tips(answers)
        if tips:
            st.info(
                _("**Next steps that may help:**") + "\n" + "\n".join(f"- {_(t)}" for t in tips),
                icon=":material/lightbulb:",
            )
        elif all(v is True for v in answers.values()):
            st.success(_("You are ready to start. Check in as you go."), icon=":material/check_circle:")


FORM = "checkin_form"
SAID = f"{FORM}_said"  # (saved, its words made when shown: a callback runs before the language is set)
SAID_COUNT = f"{FORM}_said_count"
WARN = f"{FORM}_warn"  # "Any warning signs now?": "no", "yes" or not yet answered
WARN_CHOICES = {"no": N_("No"), "yes": N_("Yes, show the list")}
YES_NO = {"yes": N_("Yes"), "no": N_("No")}  # the readiness questions' answers


def _in_words(labels: Mapping[str, str]) -> Callable[[str], str]:
    """A widget's `format_func`: each code's label, translated now, in this run."""
    return {code: _(label) for code, label in labels.items()}.__getitem__


def _sign_key(sign_id: str) -> str:
    return f"{FORM}_sign_{sign_id}"


def _signs_now(ds: Dataset) -> Sequence[WarningSign]:
    return ds.signs_for(saved_view().situation.health)


def _missing(ds: Dataset) -> tuple[str, ...]:
    """What the form still needs before it can save (checkin.MISSING's keys). Nothing typed is cleared."""
    state = st.session_state
    missing: list[str] = []
    if state.get(f"{FORM}_helped") is None:
        missing.append("helped")
    warn = state.get(WARN)
    if warn is None:
        missing.append("warn")
    elif warn == "yes" and not any(state.get(_sign_key(s.id)) for s in _signs_now(ds)):
        missing.append("tick")
    return tuple(missing)


def _save(ds: Dataset) -> None:
    state = st.session_state
    missing = _missing(ds)
    if missing:
        state[SAID] = (False, partial(checkin.not_saved, missing))
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
    state[SAID] = (added.saved, partial(checkin.said, added, warned=entry.warning is not None))
    if added.saved:
        keep(replace(view, checkins=added.checkins, planned=view.planned or entry.day))


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
        f'<div class="relief-said {kind}" data-n="{number}" lang="{i18n.html_lang()}">'
        f'<span aria-hidden="true">{words}</span>'
        f'<span class="relief-sr-only" role="status" data-said="{words}"></span></div>'
    )
    if saved:
        copy_button(share_link_key("checkin"))


def _warning_signs(ds: Dataset) -> None:
    """ "Any warning signs now?": No, or Yes with the signs as Step 1 on Find shows them, as
    tick boxes grouped by level under each level's action (usability-2 C4)."""
    choice = st.radio(
        _("Any warning signs now?"),
        list(WARN_CHOICES),
        format_func=_in_words(WARN_CHOICES),
        index=None,
        horizontal=True,
        key=WARN,
        help=_("If any applies, get medical help. The check-in keeps only how serious it was, not which."),
    )
    if choice == "yes":
        st.caption(_("Tick any that apply. This check does not diagnose. It only says how soon to get help."))
        sign_boxes(
            _signs_now(ds),
            lambda where, sign: where.checkbox(sign.symptom, wrap=True, key=_sign_key(sign.id)),
            group_key="checkin_sign_level",
        )


def checkin_form(ds: Dataset) -> None:
    """Record how it is going today (or on another day). One check-in a day. Not an st.form:
    "Yes, show the list" draws the warning signs at once, and a ticked one says what to do."""
    st.header(_("Add a check-in"))
    with st.container(border=True, key=FORM):
        st.date_input(
            _("Date of this check-in"),
            value=dt.date.today(),
            max_value=dt.date.today(),
            key=f"{FORM}_day",
            # US English: month first (12/04/2026 is December 4); US Spanish: day first (CLDR es_US).
            format="DD/MM/YYYY" if i18n.language() == "es" else "MM/DD/YYYY",
        )
        st.select_slider(
            _("Pain now: 0 is none, 10 is the worst"), options=list(range(11)), value=5, key=f"{FORM}_pain"
        )
        st.select_slider(
            _("How much can you do: 0 is nothing, 10 is all you usually do"),
            options=list(range(11)),
            value=5,
            key=f"{FORM}_able",
        )
        st.radio(
            _("Did it help?"),
            checkin.HELPED,
            format_func=_in_words(checkin.HELPED_LABELS),
            index=None,  # a quick Save never records "yes" unasked
            horizontal=True,
            key=f"{FORM}_helped",
        )
        st.radio(
            _("Side effects"),
            checkin.SIDE_EFFECTS,
            format_func=_in_words(checkin.SIDE_EFFECT_LABELS),
            horizontal=True,
            key=f"{FORM}_side",
        )
        _warning_signs(ds)
        st.button(_("Save this check-in"), on_click=_save, args=(ds,), type="primary", key=f"{FORM}_save")
        said = st.session_state.pop(SAID, None)
        if said is not None:
            _said_box(said[0], said[1]())


def history(view: View, ds: Dataset, stage: str, review_by: dt.date | None = None) -> None:
    """The check-ins so far, as a chart of pain beside the average in studies and of how much
    the person can do, with how to act on it, and as a table."""
    st.header(_("Your check-ins ({count})").format(count=len(view.checkins)))
    if not view.checkins:
        st.caption(_("Your check-ins will show here, beside the average course in studies."))
        return
    start = view.planned or view.checkins[0].day
    course = [p for p in ds.pain_course if p.stage == stage]
    source = ds.sources[course[0].source_ids[0]] if course else None
    stage_words = _(vocab.STAGE_WORDS[stage])
    chart(
        _progress_chart(view.checkins, course, start, stage_words),
        alt=_(
            "Line charts of your pain over time beside the average in studies, and of how much you "
            "can do. The table below has the same data."
        ),
        caption=progress.chart_caption(
            stage_words, review_by, f"{source.citation} ({source.year})" if source else ""
        ),
        table=checkin.history_table(view.checkins),
        table_label=_("Your check-ins as a table"),
        key="checkin_table",
    )
    st.download_button(
        _("Download your check-ins (CSV)"),
        # Built when clicked: the file (pain scores, warning signs) is not kept on the server
        # before the person asks for it, at a web address made from its contents.
        in_language(lambda: checkin.history_table(view.checkins).to_csv(index=False).encode("utf-8")),
        file_name=_("back-pain-check-ins.csv"),
        mime="text/csv",
        icon=":material/download:",
    )
    st.button(_("Remove the last check-in"), on_click=_remove_last, icon=":material/undo:")


def _progress_chart(
    checkins: Sequence[checkin.CheckIn], course: Sequence[PainCourse], start: dt.date, label: str
) -> go.Figure:
    """The progress chart, built once for each set of check-ins and kept in this session only:
    the check-ins are the person's own, so no cache shared by sessions holds them."""
    return kept_for_session(
        "progress_chart",
        (tuple(checkins), tuple(course), start, label, i18n.language()),
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
        _("Add reminders to your calendar (.ics)"),
        in_language(
            lambda: checkin.reminders(
                link, start, dt.datetime.now(dt.UTC), limits=limits, today=dt.date.today(), review_days=review
            )
        ),
        file_name=_("back-pain-check-ins.ics"),
        mime="text/calendar",
        icon=":material/event:",
        help=_(
            "Reminders 1, 2 and 4 weeks from today, on your plan's review day, and on the day a "
            "label's limit is reached, each with an alert at 9:00. Each holds your check-in link, with "
            "your scores, so your calendar holds them too."
        ),
    )
