"""Checks on a product's trade data, shared by the model, the forms and the CSV importer.

Each rule is written once here (or in Product.clean() when it compares two fields) so a
seller typing into the dashboard and a spreadsheet row going through the importer are
refused for the same reason, in the same words.
"""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import ean
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

HS_CODE_LENGTH = 10
_HS_CODE = re.compile(r"\d{10}")
# Tariff books print codes as 8211.9200.00 or 8211 92 00 00; sellers copy them as printed.
_HS_CODE_SEPARATORS = re.compile(r"[\s.]")

#: Also the ForeignKey's "invalid" message, so the model and the forms say the same thing.
UNKNOWN_HS_CODE = _("HS code %(value)s is not in the HS table for the marketplace's clusters")

#: CEB603's gmodel (declaration elements) is C..250: a longer text cannot be declared.
DECLARED_ELEMENTS_MAX_LENGTH = 250
DECLARED_ELEMENTS_SEPARATOR = "|"


def normalize_hs_code(value):
    """The ten digits of an HS code written with dots or spaces; other text is left as it is."""
    return _HS_CODE_SEPARATORS.sub("", str(value or ""))


def validate_hs_code_format(value):
    if not _HS_CODE.fullmatch(value or ""):
        raise ValidationError(
            _("An HS code has 10 digits, such as 8211920000; %(value)s is not one."),
            code="hs_code_format",
            params={"value": value},
        )


def validate_hs_code(value):
    """Refuse a code that is not ten digits or is not in the marketplace's HS table."""
    value = normalize_hs_code(value)
    validate_hs_code_format(value)
    # Looked up through the app registry: this module is imported by catalog.models.
    HSCode = apps.get_model("catalogue", "HSCode")
    if not HSCode._default_manager.filter(code=value).exists():
        raise ValidationError(UNKNOWN_HS_CODE, code="invalid", params={"value": value})


def normalize_gtin(value):
    return ean.compact(str(value or ""))


def validate_gtin(value):
    """A GTIN-8, -12, -13 or -14 with a correct check digit (python-stdnum's EAN rules)."""
    value = normalize_gtin(value)
    try:
        ean.validate(value)
    # InvalidLength is a kind of InvalidFormat in python-stdnum: catch it first.
    except InvalidLength:
        raise ValidationError(
            _("A GTIN has 8, 12, 13 or 14 digits; %(value)s has %(length)d."),
            code="gtin_length", params={"value": value, "length": len(value)},
        ) from None
    except InvalidFormat:
        raise ValidationError(
            _("A GTIN is made of digits only; %(value)s is not."),
            code="gtin_format", params={"value": value},
        ) from None
    except InvalidChecksum:
        raise ValidationError(
            _("GTIN %(value)s has a wrong check digit: with these digits it must end in "
              "%(digit)s. Check the number on the barcode."),
            code="gtin_checksum",
            params={"value": value, "digit": ean.calc_check_digit(value[:-1])},
        ) from None


def normalize_declared_elements(value):
    """Elements trimmed one by one, so "品名 | 品牌" and "品名|品牌" are the same declaration."""
    if not value:
        return ""
    parts = str(value).split(DECLARED_ELEMENTS_SEPARATOR)
    return DECLARED_ELEMENTS_SEPARATOR.join(part.strip() for part in parts)


def validate_declared_elements(value):
    """Declaration elements (申报要素) as customs take them: one line, no element left empty."""
    if not value:
        return
    if "\n" in value or "\r" in value:
        raise ValidationError(
            _("Write the declared elements on one line, separated by |."),
            code="declared_elements_lines",
        )
    for number, part in enumerate(value.split(DECLARED_ELEMENTS_SEPARATOR), start=1):
        if not part.strip():
            # Customs expect 无 (none) in an element that does not apply, never a gap.
            raise ValidationError(
                _("Declared element %(number)d is empty: write 无 where an element does not "
                  "apply."),
                code="declared_elements_empty", params={"number": number},
            )


#: The knife builds (option codes of the "knife_build" attribute) that are controlled whatever
#: their size, with the rule of 公通字〔2007〕2号 that names them.
CONTROLLED_KNIFE_BUILDS = {
    "knife_build.dagger": 1,
    "knife_build.three_edged_scraper": 2,
    "knife_build.spring_opening": 3,
}


def controlled_knife_rule(tip_angle_deg, blade_length_mm):
    """Which rule of 公安部 管制刀具认定标准 (公通字〔2007〕2号) makes a knife controlled, or None.

    Only the two rules a listing's numbers can decide: rule 4 (tip angle under 60° and
    blade over 150 mm) and rule 5 (tip angle over 60° and blade over 220 mm). The text
    leaves exactly 60°, 150 mm and 220 mm open, so the limits count as controlled
    (DOMAIN.md section 8: decide conservatively). Daggers, three-edged scrapers and
    spring knives (rules 1-3) depend on the knife's build: see CONTROLLED_KNIFE_BUILDS.
    marketplace.moderation.rules refuses listings that any rule catches.
    """
    if tip_angle_deg is None or blade_length_mm is None:
        return None
    if tip_angle_deg <= 60 and blade_length_mm >= 150:
        return 4
    if tip_angle_deg >= 60 and blade_length_mm >= 220:
        return 5
    return None
