"""The shared frame of every chart: colours, sizes that fit a phone, wrapping and titles."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import plotly.graph_objects as go

from dashboard.i18n import N_

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"
FALLBACK = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")

# The colour of all chart text. No single colour is 4.5:1 against both the light
# background (#FFFFFF) and the dark one (#0E1117), so it must follow the theme.
# Streamlit's own Plotly theme (st.plotly_chart's default, theme="streamlit") sends
# placeholder colours and swaps them in the browser for the theme in use: this one
# (its GRAY_90) becomes #262730 on light and #FAFAFA on dark. Left to that theme,
# axis text would be #808495, 3.7:1 on white. tests/test_chart_contrast.py holds the
# swap and the ratios.
THEME_TEXT = "#000037"

DOCTOR_SYMBOLS = {"no": "circle", "sometimes": "diamond", "yes": "square"}
ONE_MINUTE = 1 / 60
# Labelled times on the log axes, at least 1.1 decades apart so that they stay apart
# on a phone. Unlabelled minor ticks mark the steps in between. Marked here, translated
# where the axis is drawn.
TIME_TICKS = {
    1 / 60: N_("1 minute"),
    1.0: N_("1 hour"),
    24.0: N_("1 day"),
    672.0: N_("4 weeks"),
    8760.0: N_("1 year"),
}
MINOR_TIME_TICKS = (10 / 60, 6.0, 168.0, 2190.0)  # 10 minutes, 6 hours, 1 week, 3 months
LONGEST = 8760 * 1.5  # the time axes end at a year and a half

# Layout, in pixels, measured in Chromium. Streamlit draws titles at 16 px bold and
# axis and legend text at 12 px, about 5 px a character.
TITLE_CHARS = 32  # a title line this long fits a 240 px wide chart
LABEL_CHARS = 22  # names on category axes wrap to lines this long
CHAR = 5.3  # one character of 12 px text, a little generous
TITLE_TOP = 8  # above the title
TITLE_LINE = 22  # one line of title
LEGEND_GAP = 6  # between the title and the legend
LEGEND_ROW = 20  # one row of legend
LEGEND_ITEM = 40  # a legend entry's symbol and gaps, besides its text
LEGEND_ITEM_GAP = 5  # between legend entries
PHONE_WIDTH = 358  # a chart on a 390 px wide phone, inside the page's padding
AXIS_BELOW = 64  # tick labels and axis title under the plot
NUMBER_AXIS = 70  # a y axis of numbers and its title, beside the plot
MARGIN = 10


@cache
def palette() -> tuple[str, ...]:
    """The theme's categorical colours."""
    try:
        theme = tomllib.loads(CONFIG.read_text(encoding="utf-8")).get("theme", {})
        colours = tuple(theme.get("chartCategoricalColors", ()))
    except (OSError, tomllib.TOMLDecodeError):
        colours = ()
    return colours or FALLBACK


def _lines(words: Sequence[str], width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return lines


def _wrap(text: str, width: int = LABEL_CHARS) -> str:
    """Lines of at most `width` characters (a longer word keeps a line of its own), as even
    as that number of lines allows: "Heat wrap or<br>heating pad", not "...heating<br>pad".
    A `<br>` already in the text stays a line break."""
    out: list[str] = []
    for part in text.split("<br>"):
        words = part.split()
        lines = _lines(words, width)
        for narrower in range(width - 1, 0, -1):
            trial = _lines(words, narrower)
            if len(trial) > len(lines):
                break
            lines = trial
        out.extend(lines)
    return "<br>".join(out)


def _line_count(label: str) -> int:
    return label.count("<br>") + 1


def _title_height(title: str) -> int:
    return TITLE_TOP + TITLE_LINE * _line_count(title)


def _label_width(labels: Iterable[str]) -> int:
    """The width of the widest line of these category labels, and the gap to the plot."""
    longest = max((len(line) for label in labels for line in label.split("<br>")), default=0)
    return math.ceil(CHAR * longest) + 10


def legend_rows(labels: Sequence[str], width: float) -> int:
    """How many rows Plotly gives a flat legend of these labels over a plot this wide:
    one row if they all fit side by side, else a grid of columns as wide as the widest."""
    items = [LEGEND_ITEM + CHAR * len(label) for label in labels]
    if len(items) < 2:
        return 0  # Plotly shows no legend for a single trace
    if sum(items) + LEGEND_ITEM_GAP * (len(items) - 1) < width:
        return 1
    columns = int((width + LEGEND_ITEM_GAP) // (max(items) + LEGEND_ITEM_GAP))
    return math.ceil(len(items) / max(1, columns))


def _height(title: str, plot: int, legend: Sequence[str] = (), beside: int = NUMBER_AXIS) -> int:
    """Room for the title, the legend as it wraps on a phone, the plot and the x axis.
    `beside` is the width of the y axis's labels, which the legend does not reach over."""
    rows = legend_rows(legend, PHONE_WIDTH - 2 * MARGIN - beside)
    legend_px = LEGEND_GAP + LEGEND_ROW * rows if rows else 0
    return _title_height(_wrap(title, TITLE_CHARS)) + legend_px + plot + AXIS_BELOW + MARGIN


def _row_height(labels: Sequence[str]) -> int:
    """One bar row: room for its label's lines at 12 px, with space between neighbours."""
    return max(40, 16 * max((_line_count(label) for label in labels), default=1) + 16)


def style_figure(fig: go.Figure, title: str, height: int) -> go.Figure:
    """The frame every chart shares: the title (wrapped) on a band at the top, a flat legend
    under it and above the plot, and every text colour `THEME_TEXT`. `height` is the whole
    figure's; `_height` works it out so that the plot keeps its room on a phone."""
    text = _wrap(title, TITLE_CHARS)
    top = _title_height(text)
    fig.update_layout(
        title={
            "text": text,
            "font": {"color": THEME_TEXT},
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            # Plotly centres a title of several lines on its anchor: move it down to match.
            "y": 1 - (TITLE_TOP + (_line_count(text) - 1) * TITLE_LINE / 2) / height,
            "yanchor": "top",
            "yref": "container",
        },
        height=height,
        # The legend reserves its own rows under the title: the plot starts below it.
        margin={"l": MARGIN, "r": MARGIN, "t": top + LEGEND_GAP, "b": MARGIN},
        legend={
            "orientation": "h",
            "xref": "container",
            "yref": "container",
            "x": 0,
            "xanchor": "left",
            "y": 1 - (top + LEGEND_GAP) / height,
            "yanchor": "top",
            "traceorder": "normal",  # the order of the traces, also for stacked bars
            "font": {"color": THEME_TEXT},
        },
        font={"size": 14, "color": THEME_TEXT},
        hoverlabel={"font": {"size": 14, "color": THEME_TEXT}},
    )
    fig.update_xaxes(tickfont_color=THEME_TEXT, title_font_color=THEME_TEXT)
    fig.update_yaxes(tickfont_color=THEME_TEXT, title_font_color=THEME_TEXT)
    return fig


def _score_text(value: float | None, missing: str) -> str:
    """A 0 to 5 score in a table: one decimal, like the total."""
    return missing if value is None else f"{value:.1f}"
