"""Loading the controlled terms: the starting names, added where a term has no row yet."""

from modeltranslation.utils import build_localized_fieldname

from .terms import NAMES


def load_terms(term_model=None) -> int:
    """Add a row for every unit, district and Incoterm that has none; returns how many.

    Existing rows are left as they are, whatever they say: an editor's correction (or a
    name an editor emptied so that the fallback language shows) survives every run. Takes
    the model as an argument so that a migration passes its historical one.
    """
    if term_model is None:
        from .models import Term as term_model
    existing = set(term_model.objects.values_list("kind", "code"))
    missing = []
    for kind, codes in NAMES.items():
        for code, names in codes.items():
            if (kind, code) in existing:
                continue
            localized = {build_localized_fieldname("name", language): name
                         for language, name in names.items()}
            # The untranslated column holds the default language, as modeltranslation's own.
            missing.append(term_model(kind=kind, code=code, name=names["en"], **localized))
    term_model.objects.bulk_create(missing)
    return len(missing)
