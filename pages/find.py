"""Find my options: a safety check, your situation, what matters to you, then the options that fit."""

import streamlit as st

from dashboard import charts, matching, safety, scoring, situation, ui, vocab
from dashboard.text import cost_range, hours_range

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
        st.success(safety.ALL_CLEAR_MESSAGE, icon=":material/check_circle:")

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
        help="Leave empty for no limit. Options that cost more than this are left out.",
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

current = situation.Situation(
    severity=str(severity),
    duration=str(duration),
    doctor=str(doctor),
    medication=str(medication),
    budget=None if budget is None else int(budget),
    need=str(need),
    article_only=bool(article_only),
)
ui.remember(current)

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
matches = matching.match(ds.options, current)
ranked = matching.rank(matches, weights)
excluded = [m for m in matches if not m.fits]

with alert:
    if level != "emergency" and ranked:
        st.markdown(
            f"**Best fit for you now: {ranked[0].option.name}.** "
            f"It suits {current.severity} pain that has lasted {vocab.DURATION_LABELS[current.duration].lower()}. "
            "Change your answers in Step 2. The full list is below."
        )


def show_results() -> None:
    st.header(f"Options that fit you ({len(ranked)})")
    if not ranked:
        st.info(
            "No option fits all your answers. Try a higher budget, or say you are open to seeing a doctor."
        )
    for place, r in enumerate(ranked, start=1):
        o = r.option
        caveats = "".join(f"\n\n:orange[:material/info:] {caveat}" for caveat in r.match.caveats)
        st.container(border=True).markdown(
            f"### {place}. {o.name}\n\n{o.summary}\n\n{ui.verdict_badge(o.guideline_verdict)}\n\n"
            f"- **Cost:** {cost_range(o)}\n"
            f"- **Starts to help:** {hours_range(o.onset_hours_low, o.onset_hours_high)}\n"
            f"- **Doctor:** {vocab.DOCTOR_LABELS[o.doctor_needed]}\n"
            f"- **Why it fits:** {r.match.why}{caveats}\n\n"
            f":gray[Score {r.score:.1f} out of 5, from what matters to you.]"
        )
    if ranked:
        top = [r.option.id for r in ranked[:3]]
        st.page_link(
            "../pages/compare.py",
            label=f"Compare the top {len(top)} side by side",
            icon=":material/view_column:",
            query_params=ui.with_situation({"options": ",".join(top)}, current),
        )
        ui.chart(
            ui.score_chart(tuple(current.to_query().items()), tuple(weights.items())),
            alt="Bar chart of how each option's score is made up. The same numbers are in the table below.",
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
        ui.share_link("", view_query)


if level == "emergency":
    with st.expander("See options anyway"):
        show_results()
else:
    show_results()

ui.footer(ds)
