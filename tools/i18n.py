"""The translation catalogues, made with Babel (GNU gettext .po and .mo files).

Run from the repository root:
  python -m tools.i18n extract   # dashboard/ and pages/ -> dashboard/locale/messages.pot
  python -m tools.i18n update    # the template's new texts into each language's .po
  python -m tools.i18n compile   # each .po -> .mo, which the app reads
  python -m tools.i18n all       # the three, in that order (what `make catalogues` runs)
  python -m tools.i18n init xx   # start the catalogue of a new language (CONTRIBUTING.md)
  python -m tools.i18n part NAME LANG FILE...  # a translator's own catalogue of some files
  python -m tools.i18n merge LANG              # the translators' part catalogues into LANG's
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

from dashboard.i18n import DOMAIN, LOCALE_DIR, TEMPLATE

ROOT = LOCALE_DIR.parent.parent
# The words the code marks: _() where shown, N_() where defined, plurals and contexts.
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2", "-k", "NP_:1c,2"]


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])  # type: ignore[no-untyped-call]


def extract() -> None:
    # Read from the repository's root, so the template names files as dashboard/…, never
    # by a machine's absolute path.
    with contextlib.chdir(ROOT):
        _extract()


def _extract() -> None:
    _babel(
        "extract",
        "--no-default-keywords",
        *KEYWORDS,
        "-F",
        "babel.cfg",
        "--sort-by-file",
        "--omit-header",
        "--no-wrap",
        "--project=Relief Explorer",
        "-o",
        str(TEMPLATE),
        "dashboard",
        "pages",
    )


def update() -> None:
    _babel(
        "update",
        "-i",
        str(TEMPLATE),
        "-d",
        str(LOCALE_DIR),
        "-D",
        DOMAIN,
        "--no-wrap",
        "--omit-header",
        "--ignore-obsolete",
        "--no-fuzzy-matching",
    )


def compile_all() -> None:
    """Each language's .po into the .mo the app reads. Babel's own `compile` would refuse a
    message with "95% range" in it (it reads "% r" as an old-style placeholder); the app's
    placeholders are {names}, which tests/test_languages.py checks in every message."""
    from babel.messages import mofile, pofile

    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as f:
            catalog = pofile.read_po(f, locale=po.parent.parent.name)
        with po.with_suffix(".mo").open("wb") as f:
            mofile.write_mo(f, catalog)
        done = sum(1 for m in catalog if m.id and m.string and "fuzzy" not in m.flags)
        print(f"{po.relative_to(ROOT)}: {done} of {sum(1 for m in catalog if m.id)} messages translated")


def init(lang: str) -> None:
    _babel("init", "-i", str(TEMPLATE), "-d", str(LOCALE_DIR), "-D", DOMAIN, "-l", lang, "--no-wrap")


def part(name: str, lang: str, files: list[str]) -> Path:
    """Extract only `files` into locale/LANG/parts/NAME.po, keeping what is translated there."""
    out = LOCALE_DIR / lang / "parts" / f"{name}.po"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pot = str(Path(tmp) / "part.pot")
        _babel("extract", "--no-default-keywords", *KEYWORDS, "--omit-header", "--no-wrap", "-o", pot, *files)
        if out.exists():
            _babel("update", "-i", pot, "-o", str(out), "-l", lang, "--no-wrap", "--no-fuzzy-matching")
        else:
            _babel("init", "-i", pot, "-o", str(out), "-l", lang, "--no-wrap")
    return out


def merge(lang: str) -> None:
    """Fill LANG's catalogue from its part catalogues (a later part wins where two differ)."""
    from babel.messages import pofile

    target = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with target.open("rb") as f:
        catalog = pofile.read_po(f, locale=lang)
    for path in sorted((LOCALE_DIR / lang / "parts").glob("*.po")):
        with path.open("rb") as f:
            done = pofile.read_po(f, locale=lang)
        for message in done:
            if message.id and message.string and (m := catalog.get(message.id, message.context)):
                m.string = message.string
                m.flags.discard("fuzzy")
    with target.open("wb") as f:
        catalog.fuzzy = False
        pofile.write_po(f, catalog, width=0, ignore_obsolete=True)


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "all"
    if command == "part":
        print(part(argv[1], argv[2], argv[3:]))
    elif command == "merge":
        merge(argv[1])
    elif command == "init":
        init(argv[1])
    elif command == "extract":
        extract()
    elif command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "all":
        extract()
        update()
        compile_all()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
