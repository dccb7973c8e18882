"""VAT, EORI and national tax numbers: checked for the company's country, stored compact."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.buyers.identifiers import normalise_eori_number, normalise_tax_number, normalise_vat_number


def message(check, *args):
    with pytest.raises(ValidationError) as caught:
        check(*args)
    return " ".join(caught.value.messages)


@pytest.mark.parametrize(("typed", "country", "stored"), [
    ("de 136 695 976", "DE", "DE136695976"),
    ("136695976", "DE", "DE136695976"),  # the prefix is added for the company's country
    ("ES B-5837843-1", "ES", "ESB58378431"),
    ("ESX2482300W", "ES", "ESX2482300W"),
    ("FR 40 303 265 045", "FR", "FR40303265045"),
    ("094259216", "GR", "EL094259216"),  # Greece writes EL
    ("GB 980 7806 84", "GB", "GB980780684"),
    ("980780684", "GB", "GB980780684"),
    ("XI980780684", "GB", "XI980780684"),  # Northern Ireland
    ("DE 136.695.976", "US", "DE136695976"),  # an overseas company registered in Germany
    ("CHE-123.456.788 MWST", "CH", "CHE123456788MWST"),
    ("", "DE", ""),
])
def test_valid_vat_numbers_are_stored_compact(typed, country, stored):
    assert normalise_vat_number(typed, country) == stored


@pytest.mark.parametrize(("typed", "country", "expected"), [
    ("DE136695978", "DE", "This is not a valid VAT number for Germany: the check digit is wrong."),
    ("12", "DE", "This is not a valid VAT number for Germany: it has the wrong number of characters."),
    ("ESB58378432", "ES", "This is not a valid VAT number for Spain: the check digit is wrong."),
    ("FR41303265045", "FR", "This is not a valid VAT number for France: the check digit is wrong."),
    ("980780685", "GB", "This is not a valid VAT number for United Kingdom: the check digit is wrong."),
    ("FR40303265045", "DE", "A company registered in Germany gives the VAT number it has there, starting with DE."),
])
def test_invalid_vat_numbers_say_which_country_and_why(typed, country, expected):
    assert message(normalise_vat_number, typed, country) == expected


@pytest.mark.parametrize(("typed", "country", "stored"), [
    ("91-1144442", "US", "911144442"),  # EIN
    ("5-8356-7825-6246", "JP", "5835678256246"),  # 法人番号
    ("116-82-00276", "KR", "1168200276"),  # 사업자등록번호
    ("16.727.230/0001-97", "BR", "16727230000197"),  # CNPJ
    ("83 914 571 673", "AU", "83914571673"),  # ABN
    ("123456789047", "RU", "123456789047"),  # ИНН
    ("GB 980 7806 84", "GB", "980780684"),
    ("B-58378431", "ES", "B58378431"),  # NIF
    ("ABC-123/45", "NG", "ABC12345"),  # no stdnum module: only the shape
])
def test_valid_tax_numbers_are_stored_compact(typed, country, stored):
    assert normalise_tax_number(typed, country) == stored


@pytest.mark.parametrize(("typed", "country", "expected"), [
    ("07-3456789", "US", "This is not a valid tax number for United States of America: a part of it"),
    ("5-8356-7825-6247", "JP", "This is not a valid tax number for Japan: the check digit is wrong."),
    ("116-82-0027", "KR", "This is not a valid tax number for South Korea: it has the wrong number"),
    ("16.727.230/0001-98", "BR", "This is not a valid tax number for Brazil: the check digit is wrong."),
    ("83 914 571 674", "AU", "This is not a valid tax number for Australia: the check digit is wrong."),
    ("ab$12", "NG", "Enter the number with digits and letters only, between 2 and 32 characters."),
    ("A" * 40, "NG", "Enter the number with digits and letters only, between 2 and 32 characters."),
])
def test_invalid_tax_numbers_say_which_country_and_why(typed, country, expected):
    assert message(normalise_tax_number, typed, country).startswith(expected)


@pytest.mark.parametrize(("typed", "stored"), [
    ("de 1234567", "DE1234567"),
    ("GB 123 456 789 000", "GB123456789000"),
    ("XI123456789000", "XI123456789000"),
    ("FR" + "A1" * 7 + "B", "FR" + "A1" * 7 + "B"),  # 15 characters after the prefix
])
def test_eori_numbers_take_an_eu_or_uk_prefix_and_up_to_15_characters(typed, stored):
    assert normalise_eori_number(typed) == stored


@pytest.mark.parametrize("typed", ["US1234567", "DE", "DE" + "1" * 16, "1234567", "DE12345$"])
def test_other_eori_numbers_are_refused(typed):
    assert message(normalise_eori_number, typed).startswith("An EORI number starts with the code")
