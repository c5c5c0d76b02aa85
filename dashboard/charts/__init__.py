"""Plotly figure builders. Pure: data in, `go.Figure` out, no Streamlit.

Colours come from the theme's `chartCategoricalColors` in
`.streamlit/config.toml` (Okabe–Ito, safe for colour-blind readers). Every
builder has a twin `*_table` that returns the same numbers as a DataFrame,
shown under the chart as its text alternative.

One figure is drawn at every width, from a 390 px phone to a projector, and in
the light and the dark theme, so:
- the title sits on its own band at the top, wrapped to lines short enough for a
  narrow column; the legend lies flat on the band below it, above the plot, so it
  never meets the axis title or the tick labels, and the plot gives way to it as
  it wraps onto more rows on a phone;
- long names on category axes wrap onto lines of even length, and each bar row is
  tall enough for its label;
- every text colour is `THEME_TEXT`, which Streamlit turns into a strong text
  colour of the theme in use.

The builders live by subject: `style` (the shared frame), `scores`, `time`, `counts` and
`progress` (Check in). This package's names are the public ones.
"""

from dashboard.charts.counts import (
    VERDICT_TITLE,
    icon_array,
    verdict_counts,
    verdict_counts_table,
)
from dashboard.charts.progress import (
    progress_chart,
)
from dashboard.charts.scores import (
    PROFILE_LABEL_CHARS,
    PROFILE_TITLE,
    SCORE_TITLE,
    profile_chart,
    profile_table,
    score_breakdown,
    score_breakdown_table,
    too_few_scores,
)
from dashboard.charts.style import (
    AXIS_BELOW,
    CHAR,
    CONFIG,
    DOCTOR_SYMBOLS,
    FALLBACK,
    LABEL_CHARS,
    LEGEND_GAP,
    LEGEND_ITEM,
    LEGEND_ITEM_GAP,
    LEGEND_ROW,
    LONGEST,
    MARGIN,
    MINOR_TIME_TICKS,
    NUMBER_AXIS,
    ONE_MINUTE,
    PHONE_WIDTH,
    THEME_TEXT,
    TIME_TICKS,
    TITLE_CHARS,
    TITLE_LINE,
    TITLE_TOP,
    _label_width,
    _lines,
    _score_text,
    _wrap,
    legend_rows,
    palette,
    style_figure,
)
from dashboard.charts.time import (
    COST_TITLE,
    TIMELINE_TITLE,
    _onset_words,
    cost_onset_table,
    cost_vs_onset,
    plotted_and_missing,
    timeline,
    timeline_table,
    too_few_points,
)

__all__ = [
    "AXIS_BELOW",
    "CHAR",
    "CONFIG",
    "COST_TITLE",
    "DOCTOR_SYMBOLS",
    "FALLBACK",
    "LABEL_CHARS",
    "LEGEND_GAP",
    "LEGEND_ITEM",
    "LEGEND_ITEM_GAP",
    "LEGEND_ROW",
    "LONGEST",
    "MARGIN",
    "MINOR_TIME_TICKS",
    "NUMBER_AXIS",
    "ONE_MINUTE",
    "PHONE_WIDTH",
    "PROFILE_LABEL_CHARS",
    "PROFILE_TITLE",
    "SCORE_TITLE",
    "THEME_TEXT",
    "TIMELINE_TITLE",
    "TIME_TICKS",
    "TITLE_CHARS",
    "TITLE_LINE",
    "TITLE_TOP",
    "VERDICT_TITLE",
    "_label_width",
    "_lines",
    "_onset_words",
    "_score_text",
    "_wrap",
    "cost_onset_table",
    "cost_vs_onset",
    "icon_array",
    "legend_rows",
    "palette",
    "plotted_and_missing",
    "profile_chart",
    "profile_table",
    "progress_chart",
    "score_breakdown",
    "score_breakdown_table",
    "style_figure",
    "timeline",
    "timeline_table",
    "too_few_points",
    "too_few_scores",
    "verdict_counts",
    "verdict_counts_table",
]
