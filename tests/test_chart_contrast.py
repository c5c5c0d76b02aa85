"""Chart text is at least 4.5:1 against the chart's background in the light and the dark
theme (WCAG 2.2, 1.4.3): titles, legends, axis titles, tick labels, labels on bars and dots,
and hover text, in every figure.

The app draws charts with Streamlit's Plotly theme (st.plotly_chart's default), which gives
a chart the page's background and fills in any text colour the figure leaves unset: axis
text #808495 on light, 3.7:1 on white (finding T3 of the walk-through). Because no one
colour reaches 4.5:1 on both backgrounds, the figures use a placeholder colour that
Streamlit swaps in the browser for a strong text colour of the theme in use. `resolve`
below does what Streamlit does, and the last test checks that the installed Streamlit
still does it."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import plotly.graph_objects as go
import pytest
import streamlit

from dashboard import charts
from dashboard.data import Dataset
from tests.test_chart_layout import every_figure

AA = 4.5  # normal-size text: chart text is 12 to 16 px

# Streamlit 1.67's Plotly theme, per theme type: the colours it swaps its placeholders for,
# and those it gives text a figure leaves unset (frontend PlotlyChart CustomTheme: axis
# text gray70 / gray30, legend gray90 / gray10, title the theme's text colour).
SWAPS = {charts.THEME_TEXT: {"light": "#262730", "dark": "#FAFAFA"}}
UNSET = {
    "light": {"axis": "#808495", "legend": "#262730"},
    "dark": {"axis": "#E6EAF1", "legend": "#FAFAFA"},
}


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _themes() -> dict[str, dict[str, str]]:
    path = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: config["theme"][name] for name in ("light", "dark")}


THEMES = _themes()


@pytest.fixture(scope="module")
def figures(ds: Dataset) -> dict[str, go.Figure]:
    return every_figure(ds)


def resolve(colour: str | None, role: str, theme: str) -> str:
    """The colour Streamlit draws for text of this role ("axis", "legend" or "title")."""
    if colour is None:
        return THEMES[theme]["textColor"] if role == "title" else UNSET[theme][role]
    return SWAPS.get(colour, {}).get(theme, colour)


def text_colours(fig: go.Figure) -> Iterator[tuple[str, str | None, str]]:
    """(where, colour set in the figure or None, role) for every piece of text it can show."""
    layout = fig.layout
    yield "title", layout.title.font.color, "title"
    yield "legend", layout.legend.font.color, "legend"
    yield "hover text", layout.hoverlabel.font.color, "axis"
    for name in ("xaxis", "yaxis"):
        axis = layout[name]
        if axis.visible is not False:
            yield f"{name} tick labels", axis.tickfont.color, "axis"
            yield f"{name} title", axis.title.font.color, "axis"
    for trace in fig.data:
        if getattr(trace, "text", None) is not None:
            # Text on bars and dots takes the figure's font colour unless it has its own.
            yield f"{trace.name or trace.type} labels", trace.textfont.color or layout.font.color, "axis"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_chart_text_is_4_5_to_1_in_both_themes(figures: dict[str, go.Figure], theme: str) -> None:
    background = THEMES[theme]["backgroundColor"]
    for name, fig in figures.items():
        # The chart's background is the page's: the figures leave it to the theme.
        assert fig.layout.paper_bgcolor is None and fig.layout.plot_bgcolor is None, name
        for where, colour, role in text_colours(fig):
            drawn = resolve(colour, role, theme)
            ratio = contrast(drawn, background)
            assert ratio >= AA, f"{name}, {where}: {drawn} on {background} is {ratio:.2f}:1 in {theme}"


def test_every_text_colour_is_set_in_the_figure(figures: dict[str, go.Figure]) -> None:
    # Left unset, axis text would take the theme's grey: 3.7:1 on white.
    for name, fig in figures.items():
        for where, colour, _ in text_colours(fig):
            assert colour == charts.THEME_TEXT, (name, where)


def test_why_one_fixed_colour_cannot_do() -> None:
    light, dark = THEMES["light"]["backgroundColor"], THEMES["dark"]["backgroundColor"]
    # Finding T3: Streamlit's axis grey on white.
    assert round(contrast("#808495", light), 1) == 3.7
    # The ratio depends only on luminance, and the greys span every luminance: none passes
    # on both backgrounds, so the text colour has to follow the theme.
    greys = [f"#{v:02X}{v:02X}{v:02X}" for v in range(256)]
    assert not [g for g in greys if contrast(g, light) >= AA and contrast(g, dark) >= AA]
    for theme, background in (("light", light), ("dark", dark)):
        assert contrast(SWAPS[charts.THEME_TEXT][theme], background) >= 14


def test_installed_streamlit_still_swaps_the_placeholder() -> None:
    """If this fails after a Streamlit upgrade, check in a browser which colour chart text
    gets in each theme, and update THEME_TEXT, SWAPS and UNSET."""
    from streamlit.elements.lib import streamlit_plotly_theme as theme

    assert theme.GRAY_90 == charts.THEME_TEXT
    bundle = Path(streamlit.__file__).parent / "static" / "static" / "js"
    code = "".join(p.read_text(encoding="utf-8", errors="replace") for p in bundle.glob("*.js"))
    assert f"`{charts.THEME_TEXT}`" in code  # the chart code swaps this placeholder
    # ...for gray90 on a light background and gray10 on a dark one (names kept by the build).
    assert "e.colors.gray90:e.colors.gray10" in code
    assert "gray90:`#262730`" in code and "gray10:`#fafafa`" in code
    # Unset axis text: gray70 on light, gray30 on dark.
    assert "e.colors.gray70:e.colors.gray30" in code
    assert "gray70:`#808495`" in code and "gray30:`#e6eaf1`" in code
