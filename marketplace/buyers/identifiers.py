"""Tax identifiers an overseas buyer company gives: VAT number, EORI number, national tax number.

Each is checked against the company's country and stored in its compact form (no
spaces, dots or hyphens, upper case; VAT numbers of the EU and the UK with their
country prefix, as VIES and HMRC print them), so lookups and invoices see one spelling.

- **VAT number**: a company in an EU member state gives its own state's number
  (`stdnum.eu.vat`, prefix added when typed without); a company elsewhere may give the
  number of an EU state it is registered in (typed with that state's prefix), or its
  own country's VAT/GST number where python-stdnum has a module for it.
- **EORI**: python-stdnum 2.2 has no EORI module. An EORI is the issuing state's ISO code
  (an EU member state, GB, or XI for Northern Ireland) followed by up to 15 letters or
  digits; there is no public check digit, so only that bounded shape is checked. A company
  outside the EU gets its EORI from the first state it imports into, so the prefix need not
  be the company's own country.
- **Tax number**: the company's national business tax number, checked by python-stdnum's
  module for the country where one exists, otherwise only bounded in length and alphabet.

Every check returns the compact number or raises ValidationError with a message that says
which country's rule failed and why.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

import stdnum
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from stdnum import exceptions as stdnum_errors
from stdnum.eu import vat as eu_vat

#: EU member states by ISO code, plus XI (Northern Ireland, still in the EU VAT area for goods).
EU_VAT_COUNTRIES = frozenset(code.upper() for code in eu_vat.MEMBER_STATES)
#: The VAT prefix where it differs from the ISO code (Greece writes EL).
VAT_PREFIXES = {"GR": "EL"}
#: Where an EORI can be issued: EU member states (Greece as GR here) and the United Kingdom.
EORI_COUNTRIES = frozenset({*(c for c in EU_VAT_COUNTRIES if c != "XI"), "GB", "XI"})
EORI_PATTERN = re.compile(r"(?P<prefix>[A-Z]{2})(?P<body>[0-9A-Z]{1,15})")

#: National tax numbers whose module is not the one get_cc_module(country, "vat") finds.
TAX_NUMBER_MODULES = {
    "US": "stdnum.us.ein",  # Employer Identification Number; the US has no VAT
    "AU": "stdnum.au.abn",  # Australian Business Number (the GST number is the ABN)
    "JP": "stdnum.jp.cn",  # 法人番号, corporate number
    "KR": "stdnum.kr.brn",  # 사업자등록번호, business registration number
    "RU": "stdnum.ru.inn",  # ИНН
    "BR": "stdnum.br.cnpj",  # CNPJ of a company (CPF is a person's)
}
#: A number of a country without a stdnum module: what tax numbers around the world are made of.
FREE_FORM_PATTERN = re.compile(r"[0-9A-Z]{2,32}")
#: Separators people copy from letterheads; removed before anything is checked or stored.
SEPARATORS = re.compile(r"[\s\-./,_]")

MAX_VAT_LENGTH = 20
MAX_EORI_LENGTH = 17
MAX_TAX_NUMBER_LENGTH = 32

REASONS = {
    stdnum_errors.InvalidChecksum: _("the check digit is wrong"),
    stdnum_errors.InvalidLength: _("it has the wrong number of characters"),
    stdnum_errors.InvalidFormat: _("it contains characters that do not belong in it"),
    stdnum_errors.InvalidComponent: _("a part of it (such as the prefix or a region code) is not valid"),
}
DEFAULT_REASON = _("it does not follow the rules of this number")


def compact(value: str | None) -> str:
    """A number as typed, without separators and in upper case."""
    return SEPARATORS.sub("", str(value or "")).upper()


def country_name(code: str) -> str:
    return str(countries.name(code)) or code


def _reason(error: Exception):
    for kind, reason in REASONS.items():
        if isinstance(error, kind):
            return reason
    return DEFAULT_REASON


def _invalid(message, *, country: str, error: Exception | None = None, code: str) -> ValidationError:
    return ValidationError(
        message, code=code,
        params={"country": country_name(country), "reason": _reason(error) if error else DEFAULT_REASON},
    )


VAT_MESSAGE = _("This is not a valid VAT number for %(country)s: %(reason)s.")
VAT_PREFIX_MESSAGE = _(
    "A company registered in %(country)s gives the VAT number it has there, starting with %(prefix)s.")
TAX_NUMBER_MESSAGE = _("This is not a valid tax number for %(country)s: %(reason)s.")
FREE_FORM_MESSAGE = _(
    "Enter the number with digits and letters only, between 2 and %(max)s characters.")
EORI_MESSAGE = _(
    "An EORI number starts with the code of the EU country or the United Kingdom that issued it "
    "(for example DE or GB), followed by up to 15 letters and digits.")


def _module(path: str) -> ModuleType:
    return importlib.import_module(path)


def vat_module_for(country: str) -> ModuleType | None:
    """python-stdnum's VAT (or GST) module for a non-EU country, if it has one."""
    return stdnum.get_cc_module(country.lower(), "vat")


def tax_number_module_for(country: str) -> ModuleType | None:
    """python-stdnum's module for the country's business tax number, if it has one."""
    if country in TAX_NUMBER_MODULES:
        return _module(TAX_NUMBER_MODULES[country])
    return stdnum.get_cc_module(country.lower(), "vat")


def _eu_vat(number: str, country: str) -> str:
    try:
        return eu_vat.validate(number)
    except stdnum_errors.ValidationError as error:
        raise _invalid(VAT_MESSAGE, country=country, error=error, code="vat_invalid") from None


def normalise_vat_number(value: str | None, country: str) -> str:
    """The VAT number in compact form, checked for a company in `country` (ISO alpha-2).

    Empty input gives "". Raises ValidationError naming the country and the reason.
    """
    number = compact(value)
    if not number:
        return ""
    country = (country or "").upper()
    if len(number) > MAX_VAT_LENGTH + 2:
        raise _invalid(VAT_MESSAGE, country=country, code="vat_invalid",
                       error=stdnum_errors.InvalidLength())
    if country in EU_VAT_COUNTRIES:
        prefix = VAT_PREFIXES.get(country, country)
        if number[:2].isalpha() and number[:2] != prefix:
            raise ValidationError(VAT_PREFIX_MESSAGE, code="vat_prefix",
                                  params={"country": country_name(country), "prefix": prefix})
        if not number[:2].isalpha():
            number = prefix + number
        return _eu_vat(number, country)
    if country == "GB" and number.startswith("XI"):
        return _eu_vat(number, country)  # a UK company trading goods from Northern Ireland
    if number[:2] in EU_VAT_COUNTRIES | {"EL"} and number[:2] != country:
        # An overseas company registered for VAT in an EU state types that state's number.
        member = "GR" if number[:2] == "EL" else number[:2]
        return _eu_vat(number, member)
    module = vat_module_for(country) if country else None
    if module is not None:
        try:
            checked = module.validate(number)
        except stdnum_errors.ValidationError as error:
            raise _invalid(VAT_MESSAGE, country=country, error=error, code="vat_invalid") from None
        checked = compact(checked)
        # The UK prints its VAT numbers with the GB prefix, which stdnum strips.
        return f"GB{checked}" if country == "GB" and not checked.startswith("GB") else checked
    return _free_form(number, MAX_VAT_LENGTH)


def normalise_tax_number(value: str | None, country: str) -> str:
    """The national tax number in compact form, checked with stdnum where it knows `country`."""
    number = compact(value)
    if not number:
        return ""
    country = (country or "").upper()
    module = tax_number_module_for(country) if country else None
    if module is None or len(number) > MAX_TAX_NUMBER_LENGTH:
        return _free_form(number, MAX_TAX_NUMBER_LENGTH)
    try:
        checked = module.validate(number)
    except stdnum_errors.ValidationError as error:
        raise _invalid(TAX_NUMBER_MESSAGE, country=country, error=error, code="tax_number_invalid") from None
    return compact(checked)


def normalise_eori_number(value: str | None) -> str:
    """The EORI number in compact form: an EU/GB/XI prefix and up to 15 letters or digits."""
    number = compact(value)
    if not number:
        return ""
    match = EORI_PATTERN.fullmatch(number)
    if match is None or match["prefix"] not in EORI_COUNTRIES:
        raise ValidationError(EORI_MESSAGE, code="eori_invalid")
    return number


def _free_form(number: str, max_length: int) -> str:
    if not FREE_FORM_PATTERN.fullmatch(number) or len(number) > max_length:
        raise ValidationError(FREE_FORM_MESSAGE, code="number_shape", params={"max": max_length})
    return number
