"""The article's guidance: its words, option by option, each claim beside what guidelines say.

The article's quotes stay as published, in English; where the data has our translation of a
quote, it is shown under it, labelled as ours."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, guidance, ui
from dashboard.data import Quote
from dashboard.guidance import ClaimView
from dashboard.i18n import _
from dashboard.text import escape_markdown

ds = ui.dataset()
person = ui.current_view()  # the person's answers, kept for the links to Compare
views = guidance.claim_views(ds)

st.title(_("The article's guidance"))
st.markdown(
    _(
        "*{title}* is a popular article on back pain. "
        "Here are its words, exactly as written, next to what medical guidelines say."
    ).format(title=escape_markdown(ds.article.title))
)

st.header(_("In short"))
st.markdown(" ".join(guidance.summary(ds)))
ui.chart(
    ui.verdict_chart(),
    alt=_(
        "Bar chart of how many of the article's claims the evidence agrees with. "
        "The table below has the same numbers."
    ),
    table=lambda: charts.verdict_counts_table([v.verdict for v in views]),
    key="verdict_table",
    show_label=_("Show the chart"),
)


def quote_markdown(quote: Quote) -> str:
    """The quote as published, with where it is in the article, and our translation (plain
    text, like the quote) when there is one."""
    lines = [
        f"> “{escape_markdown(quote.text)}”",
        ">",
        "> — " + _("the article, paragraph {number}").format(number=quote.paragraph),
    ]
    if quote.translation is not None:  # None in English
        lines += [">", "> " + escape_markdown(_("Our translation: {text}").format(text=quote.translation))]
    return "\n".join(lines)


def sources_caption(source_ids: tuple[str, ...]) -> str:
    if not source_ids:
        return _("Sources: none found")
    return _("Sources: {ids}").format(ids=", ".join(source_ids))


def claim_card(view: ClaimView, show_quote: bool = True) -> None:
    quote = quote_markdown(view.quote) + "\n\n" if show_quote else ""
    with st.container(border=True):
        st.markdown(
            f"**{view.claim}**\n\n{quote}{ui.claim_badge(view.verdict)}\n\n"
            + _("**What guidelines and reviews say:** {text}").format(text=view.evidence)
            + "\n\n"
            + _("**Why this verdict:** {text}").format(text=view.reason)
        )
        st.caption(sources_caption(view.source_ids))


# Only the open tab is drawn (on_change="rerun" makes tabs lazy), so the page stays light.
tabs = st.tabs(
    [_("By option"), _("Claim check"), _("Causes and prevention"), _("The whole article")],
    key="guidance_tab",
    on_change="rerun",
)


def show_by_option() -> None:
    for option_id, quotes, claims in guidance.option_sections(ds):
        option = ds.option(option_id)
        st.subheader(option.name)
        for quote in quotes:
            st.markdown(quote_markdown(quote))
        for view in claims:
            claim_card(view, show_quote=False)
        ui.page_link(
            "../pages/compare.py",
            # The option's name is data: lower-cased as a name inside a sentence, as before.
            _("Compare {option} with other options").format(option=option.name.lower()),
            ":material/view_column:",
            replace(person, options=(option_id,)),
            "compare",
        )
    st.subheader(_("General advice"))
    for view in guidance.general_claims(ds):
        claim_card(view)


def show_claim_check() -> None:
    st.markdown(_("Every piece of advice in the article, in the article's order."))
    for view in sorted(views, key=lambda v: (v.quote.paragraph, ds.quotes.index(v.quote))):
        st.markdown(f"##### {view.topic_label}")
        claim_card(view)


def show_causes() -> None:
    st.markdown(_("The article names five causes of back pain:"))
    st.markdown(quote_markdown(ds.quote("q_causes")))
    for cause in ds.causes:
        with st.container(border=True):
            st.subheader(cause.name)
            st.markdown(
                f"{ui.claim_badge(cause.verdict)}\n\n"
                + _("**What the evidence says:** {text}").format(text=cause.evidence_says)
                + "\n\n"
                + _("**What you can do:** {text}").format(text=cause.what_helps)
            )
            st.caption(sources_caption(cause.source_ids))


def show_whole_article() -> None:
    st.caption(_("The full article, in its own order, exactly as written. Paragraph numbers are ours."))
    for number, paragraph in enumerate(ds.article.paragraphs, start=1):
        st.markdown(f"**{number}.** {escape_markdown(paragraph)}")


for tab, show in zip(tabs, (show_by_option, show_claim_check, show_causes, show_whole_article), strict=True):
    if tab.open:
        with tab:
            show()

ui.footer(ds)
