"""The one Streamlit package in `dashboard/`. Everything else in `dashboard/` is pure.

- `state`: the person's view for this run, kept for the session and written to the link.
- `forms`: Find's safety check, situation and what-matters forms, bound to the view.
- `cards`: cards and badges as Markdown text (pure, unit-tested).
- `loaders`: the cached dataset and the figures every session shares.
- `parts`: a chart with its table, the footer and notices.
- `sharing`: links, the share box and the handout button.
- `sections`, `tracker`, `pack_editor`: the larger parts of Compare, Coach mode, Check in and Local prices.
"""

from dashboard.ui.cards import claim_badge, verdict_badge
from dashboard.ui.loaders import (
    DATA_DIR_ENV,
    answer,
    compare_charts,
    dataset,
    icon_array,
    pack_key,
    priced,
    score_chart,
    verdict_chart,
)
from dashboard.ui.parts import chart, footer, notices, option_card, pack_note, plain
from dashboard.ui.sharing import handout_button, share_link, view_link
from dashboard.ui.state import bind, current_view, fair_turn, keep, page_link, publish, saved_view

__all__ = [
    "DATA_DIR_ENV",
    "answer",
    "bind",
    "chart",
    "claim_badge",
    "compare_charts",
    "current_view",
    "dataset",
    "fair_turn",
    "footer",
    "handout_button",
    "icon_array",
    "keep",
    "notices",
    "option_card",
    "pack_key",
    "pack_note",
    "page_link",
    "plain",
    "priced",
    "publish",
    "saved_view",
    "score_chart",
    "share_link",
    "verdict_badge",
    "verdict_chart",
    "view_link",
]
