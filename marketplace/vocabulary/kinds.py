"""Where each kind of term lives in the code: the choices its codes come from.

The choices' gettext labels stay the fallback for a code that has no row (deleted by an
editor, or added to the code before a migration loads it).
"""

from django.utils.encoding import force_str


def choices_of(kind: str) -> dict:
    """{code: gettext label} of a kind, in the order the code lists them."""
    # Imported here: the catalogue and partner models load after this app's models.
    from catalog.models import OriginDistrict, UnitOfMeasure
    from marketplace.oscar_apps.partner.models import IncotermOffer

    return {
        "unit": dict(UnitOfMeasure.choices),
        "district": dict(OriginDistrict.choices),
        "incoterm": dict(IncotermOffer.TERM_CHOICES),
    }.get(kind, {})


def codes_of(kind: str) -> list:
    return list(choices_of(kind))


def label_of(kind: str, code: str) -> str:
    """The gettext label in the active language; an Incoterm's without its code in front
    ("FOB – Free on Board" -> "Free on Board"), as the code is shown beside it."""
    label = choices_of(kind).get(code)
    if label is None:
        return code or ""
    label = force_str(label)
    prefix = f"{code} – "
    return label[len(prefix):] if kind == "incoterm" and label.startswith(prefix) else label
