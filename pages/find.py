"""Find my options: a safety check, your situation, what matters to you, then the options that fit."""

import streamlit as st

from dashboard import charts, matching, safety, scoring, situation, ui, vocab
from dashboard.text import cost_range, onset_short

ds = ui.dataset()
start, url_notices = ui.situation_from_url()
start_weights, weight_notices = matching.parse_weights(st.query_params.get("weights"))

st.title("Find my options")
st.markdown("Answer a few questions. We show which back pain relief options fit you, and why.")
alert = st.container()  # filled after the safety check, so its message sits at the top
ui.notices(url_notices + weight_notices)

# ----------------------------------------------------------- safety check
with st.expander("**Step 1. Safety check:** do any of these apply to you?", expanded=True):
    st.caption("Tick any that apply. This check does not diagnose. It only says how soon to get help.")
    ticked: list[str] = []
    for group, signs in safety.by_level(ds.warning_signs).items():
        st.markdown(f"**{vocab.WARNING_LEVEL_LABELS[group]} if you have:**")
        halves = st.columns(2)  # side by side on a wide screen, one list on a phone
        for i, sign in enumerate(signs):
            if halves[i * 2 // len(signs)].checkbox(sign.symptom, key=f"sign_{sign.id}", wrap=True):
                ticked.append(sign.id)
level = safety.highest_level(ds.warning_signs, ticked)
with alert:
    if level == "emergency":
        st.error(f"**{safety.EMERGENCY_MESSAGE}**", icon=":material/emergency:")
    elif level == "urgent":
        st.warning(f"**{safety.URGENT_MESSAGE}**", icon=":material/call:")
    elif level == "soon":
        st.info(safety.SOON_MESSAGE, icon=":material/event:")
    else:
        # Filled after Step 2, so the all-clear fits how long the pain has lasted.
        all_clear = st.empty()

# ---------------------------------------------------------- your situation
for name, value in (
    ("severity", start.severity),
    ("duration", start.duration),
    ("doctor", start.doctor),
    ("medication", start.medication),
    ("budget", start.budget),
    ("need", start.need),
    ("article_only", start.article_only),
):
    st.session_state.setdefault(name, value)

with st.container(border=True):
    st.header("Step 2. Your situation")
    severity = st.segmented_control(
        "How bad is the pain?",
        vocab.SEVERITIES,
        format_func=vocab.SEVERITY_LABELS.__getitem__,
        key="severity",
        required=True,
        help="Mild: you can do most things. Moderate: it gets in the way. Severe: it stops you doing things.",
    )
    duration = st.segmented_control(
        "How long have you had it?",
        vocab.DURATIONS,
        format_func=vocab.DURATION_LABELS.__getitem__,
        key="duration",
        required=True,
        help="Guidelines give different advice for new pain and for pain that has lasted over 12 weeks.",
    )
    doctor = st.segmented_control(
        "Are you willing to see a doctor?",
        situation.DOCTOR_CHOICES,
        format_func={"yes": "Yes", "no": "No"}.__getitem__,
        key="doctor",
        required=True,
        help="Some options need a prescription from a doctor.",
    )
    medication = st.segmented_control(
        "How do you feel about medicines?",
        situation.MEDICATION_CHOICES,
        format_func={"ok": "Medicines are fine", "avoid": "I'd rather avoid them"}.__getitem__,
        key="medication",
        required=True,
        help="If you'd rather avoid them, we leave out pills and prescriptions.",
    )
    budget = st.number_input(
        "Most you can spend a month (US dollars)",
        min_value=0,
        max_value=situation.MAX_BUDGET,
        step=10,
        key="budget",
        placeholder="No limit",
        help="Leave empty for no limit. Options whose cost to try them (a month, a course or one-off) is more than this are left out.",
    )
    need = st.segmented_control(
        "How soon do you need relief?",
        situation.NEEDS,
        format_func=situation.NEED_LABELS.__getitem__,
        key="need",
        required=True,
        help="Slow options stay on the list, with a note.",
    )
    article_only = st.toggle(
        "Only the options the article names",
        key="article_only",
        help="The article names aspirin, acetaminophen, prescription medicines, massage and water therapy.",
    )
    with st.expander("Your health (optional): some labels say to ask a doctor first"):
        st.caption(
            "Tick any that apply. Options whose label says to ask a doctor first move to their own list. "
            "These answers stay on this screen: they are not part of the share link, and we store nothing."
        )
        health = frozenset(
            c for c in vocab.HEALTH_CONDITIONS if st.checkbox(vocab.HEALTH_LABELS[c], key=f"health_{c}")
        )

current = situation.Situation(
    severity=str(severity),
    duration=str(duration),
    doctor=str(doctor),
    medication=str(medication),
    budget=None if budget is None else int(budget),
    need=str(need),
    article_only=bool(article_only),
    health=health,
)
ui.remember(current)
if level is None:
    all_clear.success(safety.all_clear(current.duration), icon=":material/check_circle:")

# ------------------------------------------------------- what matters to you
with st.expander("**Step 3. What matters to you?** (changes the order, not which options fit)"):
    for a in scoring.ATTRIBUTES:
        st.session_state.setdefault(f"weight_{a}", start_weights[a])
    weights = {
        a: st.select_slider(
            scoring.ATTRIBUTE_LABELS[a],
            options=matching.WEIGHT_LEVELS,
            format_func=matching.WEIGHT_LABELS.__getitem__,
            key=f"weight_{a}",
            help=scoring.SCALE_RULES[a],
        )
        for a in scoring.ATTRIBUTES
    }

# The link reopens this view: the situation, and what matters when it differs from the usual.
weights_query = matching.weights_to_query(weights)
view_query = current.to_query() | ({"weights": weights_query} if weights_query else {})
st.query_params.from_dict(view_query)

# ----------------------------------------------------------------- results
matches = matching.match(ds.options, current, ds.cautions)
ranked = matching.rank(matches, weights)
check_first = matching.ask_doctor_first(matches)
excluded = [m for m in matches if not m.fits]

with alert:
    if level != "emergency":
        first, *rest = matching.headline(ranked, current).lines()
        st.markdown(f"**{first}**" + "".join(f"\n\n{line}" for line in rest))
        st.caption("This is general guidance, not advice to choose one option. The full list is below.")


def show_card(place: str, r: matching.Ranked) -> None:
    o = r.option
    caveats = "".join(f"\n\n:orange[:material/info:] {caveat}" for caveat in r.match.caveats)
    if r.score is None:
        score = "Not scored: we know none of the things you said matter for this option."
    else:
        missing = [scoring.ATTRIBUTE_LABELS[a].lower() for a in scoring.ATTRIBUTES if a not in r.parts]
        unknown = f" Not known: {', '.join(missing)}." if missing and r.scored_on < r.weighed else ""
        score = f"Score {r.score:.1f} out of 5 on what matters to you, scored on {r.scored_on} of {r.weighed} factors.{unknown}"
    st.container(border=True).markdown(
        f"### {place}. {o.name}\n\n{o.summary}\n\n{ui.verdict_badge(o.guideline_verdict, o.facts_stage)}\n\n"
        f"- **Cost:** {cost_range(o)}\n"
        f"- **Starts to help:** {onset_short(o)}\n"
        f"- **Doctor:** {vocab.DOCTOR_LABELS[o.doctor_needed]}\n"
        f"- **Why it fits:** {r.match.why}{caveats}\n\n"
        f":gray[{score}]"
    )


def show_results() -> None:
    st.header(f"Options that fit you ({len(ranked) + len(check_first)})")
    st.caption(
        "Grouped by what guidelines say for pain that has lasted "
        f"{vocab.DURATION_LABELS[current.duration].lower()}. Within a group, the order follows what you "
        "said matters. Equal scores are shown as ties (=)."
    )
    if not ranked and not check_first:
        st.info(
            "No option fits all your answers. Try a higher budget, or say you are open to seeing a doctor."
        )
    for verdict, members in matching.grouped(ranked):
        st.subheader(vocab.GROUP_HEADINGS[verdict])
        for place, r in members:
            show_card(place, r)
    if check_first:
        st.subheader("Ask a doctor before you try these")
        st.caption("They fit your answers, but their label says to ask a doctor first, given your health.")
        st.markdown(
            "\n\n".join(
                f"**{m.option.name}** ({vocab.VERDICT_LABELS[m.option.guideline_verdict].lower()} in guidelines)\n"
                + "\n".join(f"- {reason}" for reason in m.ask_doctor)
                for m in check_first
            )
        )
    if ranked:
        top = [r.option.id for r in ranked[:3]]
        st.page_link(
            "../pages/compare.py",
            label=f"Compare the first {len(top)} side by side",
            icon=":material/view_column:",
            query_params=ui.with_situation({"options": ",".join(top)}, current),
        )
        ui.chart(
            ui.score_chart(tuple(current.to_query().items()), tuple(weights.items()), current.health),
            alt="Bar chart of how each option's score is made up. The same numbers are in the table below.",
            caption="Unknown factors are left out of an option's score, not counted as 0.",
            table=lambda: charts.score_breakdown_table(ranked),
            key="find_chart_table",
        )

    if excluded:
        st.header(f"Not a fit for you right now ({len(excluded)})")
        st.markdown(
            "\n\n".join(
                f"**{m.option.name}**\n" + "\n".join(f"- {reason}" for reason in m.reasons_out)
                for m in excluded
            )
        )
    st.page_link("../pages/guidance.py", label="What does the article say?", icon=":material/menu_book:")

    if ranked:
        st.header("Save or share")
        ui.handout_button(ds, current, [r.option.id for r in ranked[:3]], key="find")
        st.caption(
            "The link holds your answers about your pain and what matters to you. It never holds your health answers."
        )
        ui.share_link("", view_query)


if level == "emergency":
    with st.expander("See options anyway"):
        show_results()
else:
    show_results()

ui.footer(ds)
