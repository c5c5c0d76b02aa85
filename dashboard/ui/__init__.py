"""The one Streamlit package in `dashboard/`. Everything else in `dashboard/` is pure.

- `state`: the person's view for this run, kept for the session and written to the link.
- `forms`: Find's safety check, situation and what-matters forms, bound to the view.
- `cards`: cards and badges as Markdown text (pure, unit-tested).
- `widgets`: cached loaders and the parts every page shares.
"""

from dashboard.ui.cards import claim_badge, verdict_badge
from dashboard.ui.state import bind, current_view, keep, page_link, publish, saved_view
from dashboard.ui.widgets import (
    DATA_DIR_ENV,
    chart,
    compare_charts,
    dataset,
    footer,
    handout_button,
    icon_array,
    notices,
    pack_key,
    pack_note,
    priced,
    score_chart,
    share_link,
    verdict_chart,
    view_link,
)

__all__ = [
    "DATA_DIR_ENV",
    "bind",
    "chart",
    "claim_badge",
    "compare_charts",
    "current_view",
    "dataset",
    "footer",
    "handout_button",
    "icon_array",
    "keep",
    "notices",
    "pack_key",
    "pack_note",
    "page_link",
    "priced",
    "publish",
    "saved_view",
    "score_chart",
    "share_link",
    "verdict_badge",
    "verdict_chart",
    "view_link",
]
