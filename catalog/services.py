"""Operations on the catalogue's reference data: the HS table, certifications, product classes.

Each function takes an optional app registry so a data migration can run it with the
historical models of its point in history (`apps` in RunPython) and seed_demo or a
management command with the real ones. They only add or fill in what is missing, so
running one again is harmless.
"""

import csv
import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps as installed_apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from . import product_classes, validators

logger = logging.getLogger(__name__)

HS_TABLE_PATH = Path(__file__).resolve().parent / "data" / "hs_codes.csv"
HS_TABLE_COLUMNS = ("code", "description_en", "description_zh", "chapter")
HS_TABLE_OPTIONAL_COLUMNS = ("prohibited", "prohibited_reason")

# Headings the platform refuses unless a table says otherwise (DOMAIN.md section 8): an
# official tariff file has no prohibited column, and a reload must not let swords in.
PROHIBITED_HEADINGS = {
    "9307": "Swords, bayonets and similar arms (HS 9307) are not accepted on the platform "
            "(prohibited-goods policy). 剑、刺刀及类似武器（HS 9307）不得在平台上架。",
}
_YES = {"1", "yes", "y", "true"}
_NO = {"0", "no", "n", "false"}


def _model(apps, name):
    return (apps or installed_apps).get_model("catalogue", name)


def _field_names(model):
    return {f.name for f in model._meta.get_fields()}


def _translated(model, field_name, names):
    """Column values for a name in every site language that the model has a column for.

    The untranslated column gets English, which modeltranslation falls back to and Oscar
    sorts on. Columns the (possibly historical) model lacks are left out.
    """
    columns = {field_name: names["en"]}
    existing = _field_names(model)
    for language in settings.MODELTRANSLATION_LANGUAGES:
        column = build_localized_fieldname(field_name, language)
        if column in existing and names.get(language):
            columns[column] = names[language]
    return columns


def _fill_missing(obj, columns, field_name):
    """Set the translation columns that are empty on obj; what an administrator wrote is kept.

    The untranslated column is left alone: on a real model it reads through
    modeltranslation's fallbacks, so it is never empty while a translation exists.
    """
    changed = [name for name, value in columns.items()
               if name != field_name and value and not getattr(obj, name)]
    for name in changed:
        setattr(obj, name, columns[name])
    if changed:
        obj.save(update_fields=changed)


# --- HS table ------------------------------------------------------------------------


@dataclass
class HSTableResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # [(line number, message)]


def _data_lines(text):
    """(line number, line) of the lines that are neither comments nor blank."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _flag(value):
    value = (value or "").strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    if not value:
        return None
    raise ValueError(value)


def _messages(error):
    return "; ".join(str(message) for message in error.messages)


def parse_hs_table(text):
    """Rows of an HS table as dicts, and the problems found as [(line, message)].

    The first line that is not a comment names the columns; code, description_en,
    description_zh and chapter are required, prohibited and prohibited_reason optional.
    """
    lines = list(_data_lines(text))
    if not lines:
        return [], [(1, _("The file has no header line."))]
    header_line, header_text = lines[0]
    header = [name.strip().lower() for name in next(csv.reader([header_text]))]
    missing = [name for name in HS_TABLE_COLUMNS if name not in header]
    if missing:
        return [], [(header_line, _("Missing columns: %s") % ", ".join(missing))]
    rows, errors, first_seen = [], [], {}
    for number, line in lines[1:]:
        values = next(csv.reader([line]))
        if len(values) > len(header):
            errors.append((number, _("%(found)d values for %(expected)d columns")
                           % {"found": len(values), "expected": len(header)}))
            continue
        raw = dict(zip(header, (value.strip() for value in values), strict=False))
        problems = []
        code = validators.normalize_hs_code(raw.get("code"))
        try:
            validators.validate_hs_code_format(code)
        except ValidationError as exc:
            problems.append(_messages(exc))
        if code in first_seen:
            problems.append(_("code %(code)s appears again (first on line %(line)d)")
                            % {"code": code, "line": first_seen[code]})
        first_seen.setdefault(code, number)
        if not raw.get("description_zh"):
            problems.append(_("the Chinese description is empty"))
        chapter = raw.get("chapter") or code[:2]
        if chapter.isdigit() and len(chapter) == 1:
            chapter = "0" + chapter  # spreadsheets drop the leading zero of chapters 01-09
        if chapter != code[:2]:
            problems.append(_("chapter %(chapter)s does not match code %(code)s")
                            % {"chapter": chapter, "code": code})
        try:
            prohibited = _flag(raw.get("prohibited"))
        except ValueError:
            problems.append(_("prohibited must be 1 or 0, not %r") % raw.get("prohibited"))
            prohibited = None
        if problems:
            errors.append((number, "; ".join(problems)))
            continue
        rows.append({
            "code": code,
            "description_en": raw.get("description_en", "")[:255],
            "description_zh": raw["description_zh"][:255],
            "chapter": chapter,
            "prohibited": prohibited,
            "prohibited_reason": raw.get("prohibited_reason", "")[:255],
        })
    return rows, errors


def load_hs_codes(text, apps=None, update_existing=True):
    """Add and update the HS table from CSV text (see parse_hs_table for the columns).

    All or nothing: when any row is bad, every problem is returned with its line number
    and nothing is written. Codes missing from the file are kept (products may use them).
    A row without a prohibited value keeps the flag a code already has; a new code is
    prohibited when its heading is in PROHIBITED_HEADINGS. With update_existing=False only
    new codes are added (the demo table must not overwrite an official one).
    """
    rows, errors = parse_hs_table(text)
    if errors:
        return HSTableResult(errors=errors)
    HSCode = _model(apps, "HSCode")
    result = HSTableResult()
    with transaction.atomic():
        existing = HSCode._default_manager.in_bulk([row["code"] for row in rows])
        new, changed = [], []
        for row in rows:
            entry = existing.get(row["code"])
            prohibited = row.pop("prohibited")
            if entry is None:
                default_reason = PROHIBITED_HEADINGS.get(row["code"][:4])
                if prohibited is None:
                    prohibited = default_reason is not None
                if prohibited and not row["prohibited_reason"]:
                    row["prohibited_reason"] = default_reason or ""
                new.append(HSCode(prohibited=prohibited, **row))
                continue
            if not update_existing:
                result.unchanged += 1
                continue
            if prohibited is not None:
                row["prohibited"] = prohibited
            if not row["prohibited_reason"]:
                del row["prohibited_reason"]  # an empty cell never erases a written reason
            if all(getattr(entry, name) == value for name, value in row.items()):
                result.unchanged += 1
                continue
            for name, value in row.items():
                setattr(entry, name, value)
            changed.append(entry)
        HSCode._default_manager.bulk_create(new)
        # One plain UPDATE per changed code: bulk_update's CASE expressions get slower than
        # this past a few hundred rows, and a tariff revision changes thousands.
        for entry in changed:
            HSCode._default_manager.filter(pk=entry.pk).update(
                description_en=entry.description_en, description_zh=entry.description_zh,
                chapter=entry.chapter, prohibited=entry.prohibited,
                prohibited_reason=entry.prohibited_reason)
    result.created, result.updated = len(new), len(changed)
    if new or changed:
        logger.info("HS table loaded: %s created, %s updated, %s unchanged",
                    result.created, result.updated, result.unchanged)
    return result


def load_shipped_hs_codes(apps=None, update_existing=True):
    """The table in catalog/data/hs_codes.csv; a problem in it is a bug, so it raises."""
    result = load_hs_codes(HS_TABLE_PATH.read_text(encoding="utf-8-sig"), apps=apps,
                           update_existing=update_existing)
    if result.errors:
        lines = "; ".join(f"line {line}: {message}" for line, message in result.errors)
        raise ValueError(f"{HS_TABLE_PATH} has bad rows: {lines}")
    return result


# --- certifications and product classes ---------------------------------------------------


def _defaults_language():
    # Real models write `name = ...` to the active language's column (modeltranslation);
    # with English active it lands in the English column, as the explicit columns do.
    return translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


def ensure_certifications(apps=None):
    """The certifications of catalog/product_classes.py, keyed by code."""
    Certification = _model(apps, "Certification")
    found = {}
    with _defaults_language(), transaction.atomic():
        for code, names in product_classes.CERTIFICATIONS:
            columns = _translated(Certification, "name", names)
            certification, created = Certification._default_manager.get_or_create(
                code=code, defaults=columns)
            if not created:
                _fill_missing(certification, columns, "name")
            found[code] = certification
    return found


def _ensure_option_group(apps, spec):
    AttributeOptionGroup = _model(apps, "AttributeOptionGroup")
    AttributeOption = _model(apps, "AttributeOption")
    group, _created = AttributeOptionGroup._default_manager.get_or_create(
        code=spec.code, defaults={"name": spec.name})
    options = {option.code: option for option in AttributeOption._default_manager.filter(
        group=group)}
    by_label = {option.option: option for option in options.values()}
    for code, names in spec.options:
        full_code = product_classes.option_code(spec.code, code)
        columns = _translated(AttributeOption, "option", names)
        option = options.get(full_code)
        if option is None and names["en"] in by_label and not by_label[names["en"]].code:
            # An option an administrator typed in before this code existed: adopt it.
            option = by_label[names["en"]]
            option.code = full_code
            option.save(update_fields=["code"])
        if option is None:
            AttributeOption._default_manager.create(group=group, code=full_code, **columns)
        else:
            _fill_missing(option, columns, "option")
    return group


def ensure_cluster_product_classes(apps=None):
    """The clusters' product classes with their attributes and option groups, by class slug.

    Adds what is missing and fills in empty translations; a class, attribute or option
    that exists keeps its type, requirement and any name an administrator has written.
    """
    ProductClass = _model(apps, "ProductClass")
    ProductAttribute = _model(apps, "ProductAttribute")
    classes = {}
    with _defaults_language(), transaction.atomic():
        groups = {spec.code: _ensure_option_group(apps, spec)
                  for spec in product_classes.OPTION_GROUPS}
        for spec in product_classes.PRODUCT_CLASSES:
            columns = _translated(ProductClass, "name", spec.names)
            product_class, created = ProductClass._default_manager.get_or_create(
                slug=spec.slug, defaults={"track_stock": True, **columns})
            if not created:
                _fill_missing(product_class, columns, "name")
            existing = {attribute.code: attribute for attribute in
                        ProductAttribute._default_manager.filter(product_class=product_class)}
            for attribute in spec.attributes:
                columns = _translated(ProductAttribute, "name", attribute.names)
                found = existing.get(attribute.code)
                if found is None:
                    ProductAttribute._default_manager.create(
                        product_class=product_class, code=attribute.code, type=attribute.type,
                        option_group=groups.get(attribute.option_group),
                        required=attribute.required, **columns)
                else:
                    _fill_missing(found, columns, "name")
            classes[spec.slug] = product_class
    return classes
