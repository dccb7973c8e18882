"""Reads of the controlled terms: a term's name in the active language, and every name in
every language for the search documents.

A product page shows a handful of terms and every card may show one, so the names are
read from one table of every term: kept in Django's cache under a version number that a
save or delete of a Term bumps (receivers), and in each process for as long as that
number stays the same. With Redis (production) every process sees the new number at
once; reading it is the only cache round trip a name costs.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order

from marketplace.core.chrome import cache_version

from .kinds import choices_of, label_of
from .models import Term

#: The cache kind of the term table (receivers bump it after a Term is saved or deleted).
TABLE_CACHE_KIND = "vocabulary"
TABLE_TIMEOUT = 24 * 3600
_FIELDS = ("name", "description")

# (version, table) of this process; replaced whole, so threads never see half of one.
_process_table = (None, None)


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _build_table() -> dict:
    """{(kind, code): {"name": {language: text}, "description": {...}}} from the rows."""
    languages = _languages()
    columns = {(field, language): build_localized_fieldname(field, language)
               for field in _FIELDS for language in languages}
    table = {}
    for row in Term.objects.values("kind", "code", *columns.values()):
        table[(row["kind"], row["code"])] = {
            field: {language: row[columns[field, language]] or "" for language in languages}
            for field in _FIELDS
        }
    return table


def term_table() -> dict:
    """The table of every term's texts, as the rows said at the last save or delete."""
    global _process_table
    version = cache_version(TABLE_CACHE_KIND)
    seen, table = _process_table
    if seen == version:
        return table
    key = f"{TABLE_CACHE_KIND}:table:{version}"
    table = cache.get(key)
    if table is None:
        table = _build_table()
        cache.set(key, table, TABLE_TIMEOUT)
    _process_table = (version, table)
    return table


def _text(texts, language):
    # modeltranslation's order: the language, then MODELTRANSLATION_FALLBACK_LANGUAGES.
    for candidate in resolution_order(language):
        if texts.get(candidate):
            return texts[candidate]
    return ""


def term_name(kind: str, code: str) -> str:
    """The term's name in the active language (with modeltranslation's fallbacks); the
    code's gettext label when the term has no row or no name at all; "" for no code."""
    if not code:
        return ""
    entry = term_table().get((kind, code))
    name = _text(entry["name"], get_language()) if entry else ""
    return name or label_of(kind, code)


def term_description(kind: str, code: str) -> str:
    """The term's short description in the active language (with fallbacks), or ""."""
    entry = term_table().get((kind, code)) if code else None
    return _text(entry["description"], get_language()) if entry else ""


def names_in_every_language(kinds=("unit", "district", "incoterm")) -> dict:
    """{(kind, code): {language suffix: name}} of every code of `kinds`, for the search.

    Read from the rows, not the cached table: the search documents of a save are built
    after its commit, in a worker whose cached table may be older than the save. The
    suffixes are modeltranslation's (zh_hans), as the documents' keys.
    """
    table = _build_table()
    found = {}
    for kind in kinds:
        for code in choices_of(kind):
            entry = table.get((kind, code))
            names = {}
            for language in _languages():
                name = _text(entry["name"], language) if entry else ""
                if not name:
                    with translation.override(language):
                        name = label_of(kind, code)
                names[language.replace("-", "_")] = name
            found[(kind, code)] = names
    return found


def incoterm_label(code: str) -> str:
    """ "FOB – Free On Board": the code (what a contract and a customs form carry), then the
    name editors keep, in the active language; the bare code when the term has no name."""
    if not code:
        return ""
    name = term_name("incoterm", code)
    return f"{code} – {name}" if name and name != code else code


def incoterm_choices() -> list[tuple[str, str]]:
    """(code, label) of the eleven Incoterms, in the order the code lists them, for a select."""
    return [(code, incoterm_label(code)) for code in choices_of("incoterm")]
