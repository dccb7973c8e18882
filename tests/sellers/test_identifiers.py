"""USCC and customs registration codes are checked, and stored in one spelling."""

import random

import pytest
from django.core.exceptions import ValidationError
from stdnum.cn import uscc as stdnum_uscc

from marketplace.sellers.identifiers import (
    USCC_ALPHABET,
    compact_code,
    uscc_check_character,
    validate_customs_code,
    validate_uscc,
)
from marketplace.sellers.models import Enterprise

from .factories import VALID_USCC


def error_code(validator, value):
    with pytest.raises(ValidationError) as caught:
        validator(value)
    return caught.value.code


def test_the_synthetic_example_of_the_domain_notes_is_valid():
    # Σ = 1093, 1093 mod 31 = 8, 31 − 8 = 23 → P
    assert uscc_check_character(VALID_USCC[:17]) == "P"
    validate_uscc(VALID_USCC)


def test_a_uscc_is_accepted_with_spaces_hyphens_and_lower_case():
    validate_uscc("91 4417-02 314946805p")
    assert compact_code("91 4417-02 314946805p") == VALID_USCC


@pytest.mark.parametrize("value", [
    "91441702314946805",  # 17 characters
    "91441702314946805PX",  # 19 characters
    "91441702314946805I",  # I is not in the alphabet
    "9144170231494680OP",  # nor is O
    "",
])
def test_a_uscc_of_the_wrong_shape_is_refused(value):
    assert error_code(validate_uscc, value) == "uscc_shape"


def test_a_uscc_with_a_wrong_check_character_is_refused():
    assert error_code(validate_uscc, "91441702314946805Q") == "uscc_checksum"
    assert error_code(validate_uscc, "91441702314946806P") == "uscc_checksum"


def test_our_check_character_agrees_with_stdnum_for_digit_led_codes():
    picker = random.Random(20151001)
    for _ in range(500):
        body = "".join(picker.choice("0123456789") for _ in range(8)) + "".join(
            picker.choice(USCC_ALPHABET) for _ in range(9))
        assert uscc_check_character(body) == stdnum_uscc.calc_check_digit(body), body


def test_a_letter_led_uscc_that_stdnum_refuses_is_accepted_when_its_check_character_is_right():
    # Agriculture authority (N), farmers' co-operative (2), Jiangcheng region 441702:
    # Σ = 3054, 3054 mod 31 = 16, 31 − 16 = 15 → F
    code = "N2441702MA4UQ8T1XF"
    assert not stdnum_uscc.is_valid(code)
    validate_uscc(code)
    assert error_code(validate_uscc, "N2441702MA4UQ8T1XG") == "uscc_checksum"


@pytest.mark.parametrize("authority", ["A", "Y"])
def test_the_other_letter_authorities_are_accepted_too(authority):
    body = f"{authority}1441721MA0000001"
    validate_uscc(body + uscc_check_character(body))


def test_a_letter_that_is_no_registering_authority_is_refused():
    body = "B1441702MA4UQ8T1X"
    assert error_code(validate_uscc, body + uscc_check_character(body)) == "uscc_shape"


def test_a_letter_led_uscc_needs_digits_for_type_and_region():
    body = "N2A41702MA4UQ8T1X"
    assert error_code(validate_uscc, body + uscc_check_character(body)) == "uscc_shape"


@pytest.mark.parametrize("value", ["4417960ABC", "46121601BC", "4417 9600 00", "4417960abc"])
def test_a_customs_code_of_ten_digits_and_capitals_is_accepted(value):
    validate_customs_code(value)


@pytest.mark.parametrize("value", [
    "441796000", "44179600001", "4417-960_AB", "4417960AB!", "一二三四五六七八九十",
])
def test_a_customs_code_of_another_shape_is_refused(value):
    assert error_code(validate_customs_code, value) == "customs_code"


@pytest.mark.django_db
def test_the_model_stores_codes_compact_and_upper_case():
    enterprise = Enterprise(uscc="91 441702 314946805p", customs_code="4417960abc")
    enterprise.clean_fields(exclude=[
        f.name for f in Enterprise._meta.fields if f.name not in ("uscc", "customs_code")])
    assert enterprise.uscc == VALID_USCC
    assert enterprise.customs_code == "4417960ABC"
