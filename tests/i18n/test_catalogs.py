"""The project's gettext catalogs are complete, well formed and what visitors actually see.

Catalogs are made by bin/update-messages and compiled by `make messages`; the checks
here need neither GNU gettext nor a prior make step: .mo files that are missing or
older than their .po are compiled with Babel, and the strings the code marks are
found with Babel's Python extractor and Django's own template-to-gettext converter.
"""

import fnmatch
import functools
import io
import os
import re
import shlex
from collections import Counter
from pathlib import Path

import polib
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import override_settings
from django.utils.translation import to_locale
from django.utils.translation.template import templatize

BASE_DIR = Path(settings.BASE_DIR)
LOCALE_DIR = BASE_DIR / "locale"
SCRIPT = BASE_DIR / "bin" / "update-messages"

SOURCE_LANGUAGE = "en"
# Every other site language has a complete catalog.
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]

# nplurals each language's catalog must declare (Django's own catalogs use the same).
NPLURALS = {"zh-hans": {1}, "ja": {1}, "ko": {1}, "ar": {6}, "ru": {3, 4},
            "es": {2, 3}, "fr": {2, 3}, "pt": {2, 3}, "de": {2}, "en": {2}}

# The keywords Django's makemessages gives xgettext, on top of Babel's defaults.
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_noop": None,
    "gettext_lazy": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
# Always skipped by makemessages, besides the patterns bin/update-messages passes.
DJANGO_IGNORES = ["CVS", ".*", "*~", "*.pyc"]
EXTENSIONS = {".py", ".html", ".txt"}

PLACEHOLDER = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?"  # %(name)s
    r"[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?"  # flags, width, precision
    r"(?P<conv>[diouxXeEfFgGcrsa%])"
)
HTML_TAG = re.compile(r"</?([A-Za-z][\w-]*)")


def po_path(language):
    return LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / "django.po"


def _compile_stale_catalogs():
    compiled = []
    for po_file in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        mo_file = po_file.with_suffix(".mo")
        if mo_file.exists() and mo_file.stat().st_mtime >= po_file.stat().st_mtime:
            continue
        with po_file.open("rb") as f:
            catalog = read_po(f, locale=None)
        with mo_file.open("wb") as f:
            write_mo(f, catalog)
        compiled.append(mo_file)
    return compiled


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """The .mo files `make messages` would build, whatever order the make steps ran in."""
    if _compile_stale_catalogs():
        # Forget catalogs an earlier test may have loaded: changing LOCALE_PATHS makes
        # Django drop its translation cache, and gettext keeps its own per .mo file.
        import gettext

        getattr(gettext, "_translations", {}).clear()
        with override_settings(LOCALE_PATHS=list(settings.LOCALE_PATHS)):
            pass


def read_catalog(language):
    path = po_path(language)
    assert path.exists(), f"{path} is missing; run bin/update-messages"
    return polib.pofile(str(path))


def translatable(catalog):
    return [entry for entry in catalog if not entry.obsolete]


def placeholders(text):
    """Named placeholders as a multiset, positional ones in their order."""
    named, positional = Counter(), []
    for match in PLACEHOLDER.finditer(text):
        if match["conv"] == "%":
            continue
        if match["name"] is not None:
            named[(match["name"], match["conv"])] += 1
        else:
            positional.append(match["conv"])
    return named, positional


def translations_of(entry):
    """(source text, translation, is the plural's last form) for each form of an entry."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr, True)]
    last = max(entry.msgstr_plural)
    return [(entry.msgid_plural, text, index == last)
            for index, text in sorted(entry.msgstr_plural.items())]


# --- the catalogs themselves ---------------------------------------------------------


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalog_header_names_its_language_encoding_and_plural_rule(language):
    catalog = read_catalog(language)
    assert not catalog.metadata_is_fuzzy, "a fuzzy header makes pybabel skip the whole catalog"
    assert catalog.metadata.get("Language") == to_locale(language)
    assert catalog.metadata.get("Content-Type") == "text/plain; charset=UTF-8"
    match = re.match(r"nplurals=(\d+);\s*plural=.+;?$", catalog.metadata.get("Plural-Forms", ""))
    assert match, f"Plural-Forms header is missing or malformed: {catalog.metadata}"
    assert int(match[1]) in NPLURALS[language]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    catalog = read_catalog(language)
    nplurals = int(re.match(r"nplurals=(\d+)", catalog.metadata["Plural-Forms"])[1])
    fuzzy = [entry.msgid for entry in translatable(catalog) if "fuzzy" in entry.flags]
    assert not fuzzy, f"fuzzy entries in {language}: {fuzzy}"
    untranslated = []
    for entry in translatable(catalog):
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(nplurals)) or not all(forms.values()):
                untranslated.append(entry.msgid)
        elif not entry.msgstr:
            untranslated.append(entry.msgid)
    assert not untranslated, f"untranslated entries in {language}: {untranslated}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_and_markup_of_the_source(language):
    problems = []
    for entry in translatable(read_catalog(language)):
        for source, text, last_form in translations_of(entry):
            if not text:
                continue
            if "python-format" in entry.flags:
                named, positional = placeholders(text)
                want_named, want_positional = placeholders(source)
                # Only a plural's other forms may leave out a named count: "one box".
                ok = positional == want_positional and (
                    named == want_named or (not last_form and named <= want_named))
                if not ok:
                    problems.append(f"{entry.msgid!r}: {text!r} has placeholders "
                                    f"{dict(named)} {positional}, expected "
                                    f"{dict(want_named)} {want_positional}")
            if Counter(HTML_TAG.findall(text)) != Counter(HTML_TAG.findall(source)):
                problems.append(f"{entry.msgid!r}: {text!r} changes the HTML tags")
    assert not problems, "\n".join(problems)


# --- the catalogs hold every string the code marks -------------------------------------


def ignore_patterns():
    """The --ignore patterns bin/update-messages passes to makemessages."""
    match = re.search(r"^IGNORES=\((.*)\)\s*$", SCRIPT.read_text(), re.MULTILINE)
    assert match, f"no IGNORES=(...) line in {SCRIPT}"
    return shlex.split(match[1]) + DJANGO_IGNORES


def is_ignored(relative_path, patterns):
    return any(
        fnmatch.fnmatchcase(relative_path.name, pattern)
        or fnmatch.fnmatchcase(str(relative_path), pattern)
        for pattern in patterns
    )


def marked_source_files():
    patterns = ignore_patterns()
    for dirpath, dirnames, filenames in os.walk(BASE_DIR):
        here = Path(dirpath).relative_to(BASE_DIR)
        dirnames[:] = sorted(d for d in dirnames if not is_ignored(here / d, patterns))
        for filename in sorted(filenames):
            path = here / filename
            if path.suffix in EXTENSIONS and not is_ignored(path, patterns):
                yield BASE_DIR / path


@functools.cache
def marked_messages():
    """(msgctxt, msgid) of every string the project's Python code and templates mark."""
    found = {}
    for path in marked_source_files():
        source = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            # What makemessages does with a template before xgettext reads it as Python.
            source = templatize(source, origin=str(path))
            # Babel tokenizes the result as Python: a translated block alone on a
            # deeper-indented template line becomes an indented Python line and stops the
            # tokenizer (xgettext does not care). Indentation carries no message.
            source = "\n".join(line.lstrip() for line in source.splitlines())
        for _lineno, message, _comments, context in extract(
            "python", io.BytesIO(source.encode("utf-8")), keywords=KEYWORDS,
            options={"encoding": "utf-8"},
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            found.setdefault((context, msgid), path.relative_to(BASE_DIR))
    return found


def test_extraction_finds_the_strings_of_templates_and_python_code():
    messages = marked_messages()
    assert (None, "Currency") in messages  # marketplace/templates/marketplace/partials/
    assert (None, "exchange rate") in messages  # marketplace/currency/models.py


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalog_holds_every_string_the_code_marks(language):
    in_catalog = {(entry.msgctxt, entry.msgid) for entry in translatable(read_catalog(language))}
    missing = {key: path for key, path in marked_messages().items() if key not in in_catalog}
    assert not missing, (
        "strings marked for translation but not in the catalog (run bin/update-messages "
        "and translate them): "
        + "; ".join(f"{msgid!r} ({path})" for (_ctx, msgid), path in sorted(
            missing.items(), key=lambda item: str(item[0])))
    )


# --- what a visitor sees ---------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language, language_label, currency_label, go, tagline", [
    ("es", "Idioma", "Moneda", "Ir", "Directo de los fabricantes de Yangjiang"),
    ("zh-hans", "语言", "币种", "确定", "阳江源头厂家直供"),
    ("ar", "اللغة", "العملة", "تطبيق", "مباشرة من مصنّعي يانغجيانغ"),
])
def test_catalogue_page_shows_the_marketplace_interface_in_the_visitors_language(
    client, language, language_label, currency_label, go, tagline
):
    response = client.get(f"/{language}/catalogue/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<label class="sr-only" for="language_select">{language_label}</label>' in page
    assert f'<label class="sr-only" for="currency_select">{currency_label}</label>' in page
    assert f'type="submit">{go}</button>' in page
    assert tagline in page
    assert ">Currency<" not in page


@pytest.mark.django_db
def test_refused_currency_message_is_translated_with_its_placeholders_filled(client):
    client.post("/currency/", {"currency": "XBT", "next": "/es/catalogue/"},
                HTTP_ACCEPT_LANGUAGE="es")
    page = client.get("/es/catalogue/").content.decode()
    assert "No podemos mostrar precios en XBT. Elija una de estas monedas: CNY, USD," in page
