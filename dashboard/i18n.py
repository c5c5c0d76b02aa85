"""The language of this run, and the words in it: GNU gettext catalogues made with Babel.

Mark a text with `N_()` where it is defined and translate it with `_()` where it is shown;
plurals use `ngettext`, and dates and numbers are formatted by Babel for the language.
The language is a context variable, set once at the start of every run (and of every
fragment rerun) from the person's session, so each session gets its own words and no
process-wide `gettext.install()` ever happens. The catalogues are read-only, one per
language, shared by every session.

"qps" is a pseudo-language for tests only: every message wrapped in ⟦…⟧, made from the
template (messages.pot) at load time, so a page that shows an unwrapped word has a text
that never went through the catalogue.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale, dates, localedata, numbers
from babel.messages import pofile

DOMAIN = "messages"
LOCALE_DIR = Path(__file__).parent / "locale"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
SOURCE = "en"  # the language the code is written in
PSEUDO = "qps"
# The languages a person can choose, in the switch's order: the source, then each language
# with a compiled catalogue. A new language is its catalogue and its data overlays, no code.
LANGUAGES = (SOURCE, *sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")))


def _babel_locale(lang: str) -> str:
    # US English and US Spanish (the brief's readers); a language Babel has no US form of, as is.
    return f"{lang}_US" if localedata.exists(f"{lang}_US") else lang


# Babel's locale for each language, and the `lang` attribute of our own HTML blocks.
BABEL_LOCALE = {lang: _babel_locale(lang) for lang in LANGUAGES} | {PSEUDO: "en_US"}
HTML_LANG = {lang: loc.replace("_", "-") for lang, loc in BABEL_LOCALE.items()} | {PSEUDO: "qps"}
# The name of each language in itself, for the switch ("English", "Español").
NATIVE_NAMES = {lang: (Locale.parse(lang).get_display_name(lang) or lang).capitalize() for lang in LANGUAGES}

DATE_CONTEXT = "date pattern"  # the context of the catalogue's date patterns (DATE_PATTERNS)
_language: ContextVar[str | None] = ContextVar("language", default=None)
# Where the language comes from when no run has set it: a widget's callback, which Streamlit
# runs before the entry script. The UI layer registers one that reads the person's session.
_fallback: Callable[[], str | None] | None = None


def set_fallback(find: Callable[[], str | None]) -> None:
    global _fallback
    _fallback = find


def known(lang: object) -> bool:
    return isinstance(lang, str) and (lang in LANGUAGES or lang == PSEUDO)


def language() -> str:
    """This run's language code."""
    lang = _language.get()
    if lang is None and _fallback is not None:
        lang = _fallback()
    return lang if lang is not None and known(lang) else SOURCE


def set_language(lang: str) -> None:
    """Set this run's language (an unknown code means the source language)."""
    _language.set(lang if known(lang) else SOURCE)


@contextmanager
def using(lang: str) -> Iterator[None]:
    """Run a block in `lang`, then go back: for tests and for building a file in a language."""
    token = _language.set(lang if known(lang) else SOURCE)
    try:
        yield
    finally:
        _language.reset(token)


def from_locale(locale: str | None) -> str:
    """The language to start with for a browser locale such as "es-MX" (else the source)."""
    if not locale:
        return SOURCE
    base = locale.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else SOURCE


class _Pseudo(gettext.NullTranslations):
    """Every message of the template wrapped in ⟦…⟧; anything else left as it is."""

    def __init__(self) -> None:
        super().__init__()
        with TEMPLATE.open("rb") as f:
            catalog = pofile.read_po(f)
        self._ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        self._ids |= {m.id[1] for m in catalog if m.id and not isinstance(m.id, str)}

    def _wrap(self, message: str) -> str:
        return f"⟦{message}⟧" if message in self._ids else message

    def gettext(self, message: str) -> str:
        return self._wrap(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._wrap(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        # A date pattern is not shown as it is: wrapped, it would not be a pattern any more.
        return message if context == DATE_CONTEXT else self._wrap(message)


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The read-only catalogue of `lang` (the source language has none)."""
    if lang == PSEUDO:
        return _Pseudo()
    if lang == SOURCE or lang not in LANGUAGES:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def _(message: str) -> str:
    """`message` in this run's language."""
    return translation(language()).gettext(message)


def N_(message: str) -> str:
    """Mark `message` for the catalogue where it is defined; `_()` translates it where shown."""
    return message


def NP_(context: str, message: str) -> str:
    """`N_` for a message with a context, translated where shown with `pgettext(context, …)`."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return translation(language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in this run's language, told apart from the same English in another sense."""
    return translation(language()).pgettext(context, message)


def locale() -> str:
    return BABEL_LOCALE.get(language(), BABEL_LOCALE[SOURCE])


def html_lang() -> str:
    """The `lang` attribute for our own HTML blocks."""
    return HTML_LANG.get(language(), SOURCE)


# Date styles. Each is a Babel (CLDR) pattern, and a message of its own: a translator
# writes the pattern for their language ("d 'de' MMM 'de' yyyy"). The English ones print what
# the app printed before it had languages: "07 Dec 2026", "07 Dec", "Monday 7 December".
DATE_PATTERNS: dict[str, str] = {
    "date": NP_("date pattern", "dd MMM yyyy"),
    "day_month": NP_("date pattern", "dd MMM"),
    "weekday": NP_("date pattern", "EEEE d MMMM"),
    "month_day": NP_("date pattern", "MMMM d"),
    # Check in's dates in words, no leading zero: "4 December 2026", "4 December".
    "day_words": NP_("date pattern", "d MMMM yyyy"),
    "day_month_words": NP_("date pattern", "d MMMM"),
    # The handout's full dates, as strftime's "%d %B %Y" printed them: "07 December 2026".
    "long_date": NP_("date pattern", "dd MMMM yyyy"),
    "us_date": NP_("date pattern", "MMMM d, yyyy"),  # "December 7, 2026"
}


def format_date(day: dt.date, style: str = "date") -> str:
    """`day` in one of DATE_PATTERNS' styles, in this run's language."""
    pattern = pgettext(DATE_CONTEXT, DATE_PATTERNS[style])
    return dates.format_date(day, pattern, locale=locale())


def format_number(value: float, digits: int = 0) -> str:
    """A number with the language's separators: 1,200 (both US English and US Spanish)."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return numbers.format_decimal(value, format=pattern, locale=locale())


# How a list ends, "a, b or c" / "a, b and c": no serial comma, as the app's English never had.
LAST_JOINT = {"or": N_("{items} or {last}"), "and": N_("{items} and {last}")}


def join_words(words: list[str], last: str = "or") -> str:
    """['a', 'b', 'c'] -> 'a, b or c'. `last` is "or" or "and", said in this run's language."""
    if len(words) <= 1:
        return "".join(words)
    return _(LAST_JOINT[last]).format(items=", ".join(words[:-1]), last=words[-1])


def join_and(items: list[str]) -> str:
    """ "a, b and c" in this run's language."""
    return join_words(items, "and")
