"""The article's guidance: its words, option by option, each claim beside what guidelines say."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, guidance, ui
from dashboard.guidance import ClaimView
from dashboard.text import escape_markdown

ds = ui.dataset()
person = ui.current_view()  # the person's answers, kept for the links to Compare
views = guidance.claim_views(ds)

st.title("The article's guidance")
st.markdown(
    f"*{escape_markdown(ds.article.title)}* is a popular article on back pain. "
    "Here are its words, exactly as written, next to what medical guidelines say."
)

st.header("In short")
st.markdown(" ".join(guidance.summary(ds)))
ui.chart(
    ui.verdict_chart(),
    alt="Bar chart of how many of the article's claims the evidence agrees with. The table below has the same numbers.",
    table=lambda: charts.verdict_counts_table([v.verdict for v in views]),
    key="verdict_table",
    show_label="Show the chart",
)


def quote_markdown(quote_text: str, paragraph: int) -> str:
    return f"> “{escape_markdown(quote_text)}”\n>\n> — the article, paragraph {paragraph}"


def quote_block(quote_text: str, paragraph: int) -> None:
    st.markdown(quote_markdown(quote_text, paragraph))


def claim_card(view: ClaimView, show_quote: bool = True) -> None:
    quote = quote_markdown(view.quote.text, view.quote.paragraph) + "\n\n" if show_quote else ""
    with st.container(border=True):
        st.markdown(
            f"**{view.claim}**\n\n{quote}{ui.claim_badge(view.verdict)}\n\n"
            f"**What guidelines and reviews say:** {view.evidence}\n\n"
            f"**Why this verdict:** {view.reason}"
        )
        st.caption("Sources: " + (", ".join(view.source_ids) or "none found"))


# Only the open tab is drawn (on_change="rerun" makes tabs lazy), so the page stays light.
tabs = st.tabs(
    ["By option", "Claim check", "Causes and prevention", "The whole article"],
    key="guidance_tab",
    on_change="rerun",
)


def show_by_option() -> None:
    for option_id, quotes, claims in guidance.option_sections(ds):
        option = ds.option(option_id)
        st.subheader(option.name)
        for quote in quotes:
            quote_block(quote.text, quote.paragraph)
        for view in claims:
            claim_card(view, show_quote=False)
        ui.page_link(
            "../pages/compare.py",
            f"Compare {option.name.lower()} with other options",
            ":material/view_column:",
            replace(person, options=(option_id,)),
            "compare",
        )
    st.subheader("General advice")
    for view in guidance.general_claims(ds):
        claim_card(view)


def show_claim_check() -> None:
    st.markdown("Every piece of advice in the article, in the article's order.")
    for view in sorted(views, key=lambda v: (v.quote.paragraph, ds.quotes.index(v.quote))):
        st.markdown(f"##### {view.topic_label}")
        claim_card(view)


def show_causes() -> None:
    st.markdown("The article names five causes of back pain:")
    quote_block(ds.quote("q_causes").text, ds.quote("q_causes").paragraph)
    for cause in ds.causes:
        with st.container(border=True):
            st.subheader(cause.name)
            st.markdown(
                f"{ui.claim_badge(cause.verdict)}\n\n**What the evidence says:** {cause.evidence_says}\n\n"
                f"**What you can do:** {cause.what_helps}"
            )
            st.caption("Sources: " + (", ".join(cause.source_ids) or "none found"))


def show_whole_article() -> None:
    st.caption("The full article, in its own order, exactly as written. Paragraph numbers are ours.")
    for number, paragraph in enumerate(ds.article.paragraphs, start=1):
        st.markdown(f"**{number}.** {escape_markdown(paragraph)}")


for tab, show in zip(tabs, (show_by_option, show_claim_check, show_causes, show_whole_article), strict=True):
    if tab.open:
        with tab:
            show()

ui.footer(ds)
