"""Reads about the catalogue that other parts of the marketplace ask for."""

from django.conf import settings
from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

#: What a buyer must be able to read in their language before ordering.
TRANSLATED_TEXTS = ("title", "description")


def _is_empty(text):
    # Descriptions are HTML: "<p></p>" or "<p>&nbsp;</p>" from an editor says nothing.
    return not strip_tags(text or "").replace("&nbsp;", "").strip()


def missing_translations(product):
    """The site languages, in the order of settings.LANGUAGES, whose title or description
    is empty for this product.

    Reads the per-language columns themselves, not `title`, which falls back to English
    and would hide the gap. A child product shows its parent's texts, so the parent's
    are the ones checked.
    """
    if product.is_child and product.parent is not None:
        product = product.parent
    return [
        code for code, _name in settings.LANGUAGES
        if any(_is_empty(getattr(product, build_localized_fieldname(field, code)))
               for field in TRANSLATED_TEXTS)
    ]
