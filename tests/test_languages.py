"""The languages: the catalogues are whole and current, the language is per run, and the
link carries it (dashboard/i18n.py, tools/i18n.py, the `lang` link name)."""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
import string
import tempfile
from pathlib import Path

import pytest
from babel.messages import Catalog, mofile, pofile
from hypothesis import given
from hypothesis import strategies as st

from dashboard import i18n
from dashboard.i18n import _, ngettext
from dashboard.view import EVERY_PAGE, PAGE_PARAMS, View, parse, to_query
from tools import i18n as catalogues

TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE]


def read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return pofile.read_po(f)


def po_path(lang: str) -> Path:
    return i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"


def ids(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(m.id, m.context) for m in catalog if m.id}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_template_holds_every_marked_text_of_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Re-extract into a scratch file: the committed template must have the same messages.
    monkeypatch.setattr(catalogues, "TEMPLATE", tmp_path / "fresh.pot")
    catalogues.extract()
    assert ids(read(tmp_path / "fresh.pot")) == ids(read(i18n.TEMPLATE)), "run `python -m tools.i18n all`"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_has_a_translation_with_the_same_placeholders(lang: str) -> None:
    template, catalog = read(i18n.TEMPLATE), read(po_path(lang))
    assert ids(catalog) == ids(template)
    for m in catalog:
        if not m.id:
            continue
        sources = [str(t) for t in (m.id if isinstance(m.id, tuple | list) else (m.id,))]
        targets = [str(t or "") for t in (m.string if isinstance(m.string, tuple | list) else (m.string,))]
        assert all(targets), f"{lang}: no translation of {m.id!r}"
        assert "fuzzy" not in m.flags, f"{lang}: a guessed translation of {m.id!r}"
        wanted = set().union(*(fields(s) for s in sources))
        for target in targets:
            # A plural's singular may leave out the count ("una opción"), never add a name.
            assert fields(target) <= wanted, f"{lang}: {m.id!r} -> {target!r}"
            if len(sources) == 1:
                assert fields(target) == wanted, f"{lang}: {m.id!r} -> {target!r}"
            assert target.count("**") == sources[0].count("**"), f"{lang}: bold marks differ in {m.id!r}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_the_current_one(lang: str) -> None:
    catalog = read(po_path(lang))
    fresh = io.BytesIO()
    mofile.write_mo(fresh, catalog)
    with (po_path(lang).with_suffix(".mo")).open("rb") as f:
        compiled = mofile.read_mo(f)

    def pairs(c: Catalog) -> dict[tuple[object, ...], object]:
        def plain(x: object) -> object:
            return tuple(x) if isinstance(x, list | tuple) else x

        def context(x: object) -> object:  # read_mo gives a context as bytes
            return x.decode() if isinstance(x, bytes) else x

        return {(plain(m.id), context(m.context)): plain(m.string) for m in c if m.id}

    assert pairs(compiled) == pairs(catalog), "run `python -m tools.i18n compile`"


def test_the_language_is_per_run_and_goes_back() -> None:
    assert i18n.language() == i18n.SOURCE
    with i18n.using("es"):
        assert i18n.language() == "es"
        with i18n.using("xx"):  # not a language we have: the source's
            assert i18n.language() == i18n.SOURCE
        assert i18n.language() == "es"
    assert i18n.language() == i18n.SOURCE


def test_the_source_language_is_the_text_itself() -> None:
    assert _("Compare") == "Compare"
    assert ngettext("{count} name", "{count} names", 2) == "{count} names"


def test_the_spanish_catalogue_is_used() -> None:
    with i18n.using("es"):
        assert _("Compare") == "Comparar"
        assert _("Find my options") == "Buscar mis opciones"


def test_the_pseudo_language_wraps_every_marked_text_and_nothing_else() -> None:
    with i18n.using(i18n.PSEUDO):
        assert _("Compare") == "⟦Compare⟧"
        assert _("not a marked text at all") == "not a marked text at all"


@pytest.mark.parametrize(
    ("locale", "lang"),
    [
        ("es-MX", "es"),
        ("es", "es"),
        ("es_US", "es"),
        ("en-GB", "en"),
        ("qz-QZ", "en"),  # no language has the code qz
        (None, "en"),
        ("", "en"),
    ],
)
def test_the_browsers_language_picks_the_first_language(locale: str | None, lang: str) -> None:
    assert i18n.from_locale(locale) == lang


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_english_dates_are_printed_as_before(day: dt.date) -> None:
    assert i18n.format_date(day, "date") == f"{day:%d %b %Y}"
    assert i18n.format_date(day, "day_month") == f"{day:%d %b}"
    with i18n.using("es"):
        assert str(day.year) in i18n.format_date(day, "date")


def test_lists_join_without_a_serial_comma() -> None:
    assert i18n.join_and(["a", "b", "c"]) == "a, b and c"
    assert i18n.join_and(["a"]) == "a"
    with i18n.using("es"):
        assert i18n.join_and(["a", "b", "c"]) == "a, b y c"


@given(st.sampled_from(i18n.LANGUAGES))
def test_every_page_link_keeps_the_language(lang: str) -> None:
    view = View(lang=lang)
    for page in EVERY_PAGE:
        assert "lang" in PAGE_PARAMS[page]
        query = to_query(view, page)
        assert query["lang"] == lang
        assert parse(query, ()).view.lang == lang


@given(st.text(max_size=12))
def test_a_bad_language_is_ignored_with_a_notice_that_quotes_nothing(value: str) -> None:
    parsed = parse({"lang": value}, ())
    if value in i18n.LANGUAGES or value == "":
        return
    assert parsed.view.lang == i18n.SOURCE
    # The same words whatever the value: nothing from the link is repeated.
    assert parsed.notices in (
        ("We ignored the language in the link: it is not one this app has.",),
        ("We ignored lang: too long to be a value this app wrote.",),
    )


def test_no_code_installs_a_translation_or_sets_textstats_language_for_everyone() -> None:
    root = Path(__file__).resolve().parents[1]
    for path in [*root.glob("dashboard/**/*.py"), *root.glob("pages/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = owner.id if isinstance(owner, ast.Name) else ""
                assert not (node.func.attr == "install" and name == "gettext"), path
                assert not (node.func.attr == "set_lang" and name == "textstat"), path


def test_no_f_string_is_marked_for_translation() -> None:
    # An f-string can't be in a catalogue: it would show in English in every language.
    root = Path(__file__).resolve().parents[1]
    for path in [*root.glob("dashboard/**/*.py"), *root.glob("pages/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_"):
                assert node.args and not isinstance(node.args[0], ast.JoinedStr | ast.BinOp), (
                    f"{path}:{node.lineno}"
                )


def test_a_new_language_starts_from_the_template() -> None:
    # The recipe's first step (CONTRIBUTING.md, "Add a language"), in a scratch folder.
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "xx.po"
        catalogues._babel("init", "-i", str(i18n.TEMPLATE), "-o", str(out), "-l", "fr", "--no-wrap")
        assert ids(read(out)) == ids(read(i18n.TEMPLATE))
        assert re.search(r"Plural-Forms: nplurals=2", out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_language_has_whole_data_overlays(lang: str) -> None:
    from dashboard.data import DATA_DIR, language_problems
    from tests.conftest import FIXTURE_DATA

    for data_dir in (DATA_DIR, FIXTURE_DATA):
        assert (data_dir / lang).is_dir(), f"{data_dir.name}/{lang}/ is missing"
        assert language_problems(data_dir, langs=[lang]) == []
