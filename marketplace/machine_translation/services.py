"""Machine translation of seller text and the record of where each text came from.

Guarantees:
- Nothing is sent when the backend is off (`schedule_fill` queues nothing).
- A text a person wrote (seller or correction) is never overwritten by the machine.
- A machine translation whose source text changed is translated again.
- Saving a listing never waits for or fails on the service: the fill runs in a task
  after commit, retried with backoff on TranslationUnavailable.
- Machine-made descriptions go through marketplace.core.sanitize like seller text.
"""

import hashlib

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model

from marketplace.core.sanitize import clean_html, clean_text

from . import backends
from .models import TextProvenance

Product = get_model("catalogue", "Product")

FIELDS = ("title", "description")
HTML_FIELDS = ("description",)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def source_order():
    """Languages a translation is made from, most trusted first (the fallback languages)."""
    preferred = list(settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get("default", ()))
    return preferred + [code for code in languages() if code not in preferred]


def text_hash(text):
    return hashlib.sha256((text or "").encode()).hexdigest()


def _fields_for(product):
    return ("title",) if product.is_child else FIELDS


def provenance_map(product):
    """{(field, language): TextProvenance} of a product."""
    return {(row.field, row.language): row for row in product.text_provenance.all()}


def machine_languages(product):
    """{field: [language, ...]} whose current text is machine translated."""
    result = {}
    for row in product.text_provenance.filter(origin=TextProvenance.MACHINE):
        result.setdefault(row.field, []).append(row.language)
    return result


def machine_fields(product, language):
    """The fields of `product` whose text in `language` is machine translated."""
    return set(TextProvenance.objects.filter(product=product, language=language,
                                             origin=TextProvenance.MACHINE)
               .values_list("field", flat=True))


def record_edits(product, changed_fields):
    """Record what a person changed on the form (names like "title_fr").

    A changed machine translation becomes "human"; other written texts are "seller";
    a text emptied loses its record (and may be filled by the machine again).
    """
    rows = provenance_map(product)
    for field in FIELDS:
        for code in languages():
            if build_localized_fieldname(field, code) not in changed_fields:
                continue
            value = getattr(product, build_localized_fieldname(field, code)) or ""
            row = rows.get((field, code))
            if not value.strip():
                if row is not None:
                    row.delete()
                continue
            origin = (TextProvenance.HUMAN if row is not None and row.origin != TextProvenance.SELLER
                      else TextProvenance.SELLER)
            TextProvenance.objects.update_or_create(
                product=product, field=field, language=code,
                defaults={"origin": origin, "backend": "", "source_language": "",
                          "source_hash": ""},
            )


def schedule_fill(product):
    """After commit, fill the product's missing languages in the background (if enabled)."""
    if backends.get_translator() is None:
        return
    from . import tasks

    product_id = product.pk

    def queue_fill():  # a named function: Django logs a failing hook by its __qualname__
        tasks.fill_product.delay(product_id)

    transaction.on_commit(queue_fill, robust=True)


def _source(product, field, rows):
    for code in source_order():
        value = getattr(product, build_localized_fieldname(field, code)) or ""
        row = rows.get((field, code))
        if value.strip() and (row is None or row.origin != TextProvenance.MACHINE):
            return code, value
    return None, ""


def fill_product(product_id):
    """Translate the missing and stale languages of one product; returns how many were written.

    Raises TranslationUnavailable (the task retries); nothing is written then.
    """
    translator = backends.get_translator()
    if translator is None:
        return 0
    product = Product.objects.filter(pk=product_id).first()
    if product is None:
        return 0
    rows = provenance_map(product)
    planned = []  # (field, source, target, source text)
    for field in _fields_for(product):
        source, text = _source(product, field, rows)
        if source is None:
            continue
        digest = text_hash(text)
        for target in languages():
            if target == source:
                continue
            current = getattr(product, build_localized_fieldname(field, target)) or ""
            row = rows.get((field, target))
            if row is not None and row.origin != TextProvenance.MACHINE:
                continue
            if row is None and current.strip():
                continue  # written by the seller or an import
            if row is not None and row.source_hash == digest and row.source_language == source:
                continue
            planned.append((field, source, target, text))
    if not planned:
        return 0
    results = {}
    for field, source, target, text in planned:
        (translated,) = backends.translate_cached(translator, [text], source, target,
                                                  html=field in HTML_FIELDS)
        results[(field, target)] = translated
    with transaction.atomic():
        product = Product.objects.select_for_update(of=("self",)).get(pk=product_id)
        rows = provenance_map(product)
        updated = []
        for field, source, target, text in planned:
            # Re-checked under the lock: a person may have written it meanwhile.
            row = rows.get((field, target))
            name = build_localized_fieldname(field, target)
            if row is not None and row.origin != TextProvenance.MACHINE:
                continue
            if row is None and (getattr(product, name) or "").strip():
                continue
            if (getattr(product, build_localized_fieldname(field, source)) or "") != text:
                continue  # the source changed meanwhile; its own fill follows
            value = results[(field, target)]
            if field in HTML_FIELDS:
                value = clean_html(value)
            else:
                value = clean_text(value, single_line=True)[:Product._meta.get_field(name).max_length]
            setattr(product, name, value)
            updated.append(name)
            TextProvenance.objects.update_or_create(
                product=product, field=field, language=target,
                defaults={"origin": TextProvenance.MACHINE, "backend": translator.name,
                          "source_language": source, "source_hash": text_hash(text)},
            )
        if updated:
            product.save(update_fields=updated)
    return len(updated)
