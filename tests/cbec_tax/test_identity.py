"""The buyer's real name and resident ID number: validated, normalised, never shown in full."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.cbec_tax.forms import BuyerIdentityForm
from marketplace.cbec_tax.identity import (
    BuyerIdentity,
    buyer_key,
    check_payer_is_buyer,
    mask_id_number,
    validate_id_number,
    validate_real_name,
)
from marketplace.cbec_tax.services import check_payer

VALID = "441702199001011233"  # DOMAIN.md §7's synthetic example
VALID_X = "44170219900101109X"


def error_code(validator, value):
    with pytest.raises(ValidationError) as caught:
        validator(value)
    return caught.value.code, str(caught.value.messages[0])


def test_a_valid_id_number_is_accepted():
    assert validate_id_number(VALID) == VALID


def test_a_lowercase_x_check_digit_is_normalised_to_uppercase():
    assert validate_id_number(VALID_X.lower()) == VALID_X


def test_spaces_around_and_inside_are_removed():
    assert validate_id_number(" 441702 19900101-1233 ") == VALID


def test_full_width_digits_from_a_chinese_input_method_are_normalised():
    assert validate_id_number("４４１７０２１９９００１０１１２３３") == VALID


@pytest.mark.parametrize("value, code, words", [
    ("441702199001011234", "id_checksum", "check digit"),
    ("441702199002301232", "id_birth_date", "birth date"),  # 30 February, correct check digit
    ("441702210001011238", "id_birth_date", "birth date"),  # born in 2100
    ("999999199001011238", "id_region", "region"),
    ("44170219900101123", "id_length", "17 were entered"),
    ("4417021990010112330", "id_length", "19 were entered"),
    ("", "id_length", "0 were entered"),
    ("44170219900101123Y", "id_format", "digit or X"),
    ("4417021990010112X3", "id_format", "digit or X"),
])
def test_a_wrong_id_number_is_refused_saying_what_is_wrong(value, code, words):
    found_code, message = error_code(validate_id_number, value)
    assert found_code == code
    assert words in message


@pytest.mark.parametrize("value", [
    "<script>alert(1)</script>", "441702199001011233<b>", "4417021990\x0001011233",
    "441702199001011233\u202e", "441702199001011233\n", "441702199001011233\t",
])
def test_hostile_id_input_is_refused(value):
    with pytest.raises(ValidationError):
        validate_id_number(value)


def test_the_masked_number_shows_only_the_first_six_and_last_four():
    identity = BuyerIdentity(name="张三", id_number=VALID)
    assert identity.masked == "441702********1233"
    assert mask_id_number(VALID_X) == "441702********109X"
    for text in (str(identity), repr(identity)):
        assert VALID not in text and "441702********1233" in text


def test_the_buyer_key_is_a_keyed_hash_not_the_number():
    key = buyer_key(VALID_X.lower())
    assert key == buyer_key(VALID_X) == BuyerIdentity("张三", VALID_X).buyer_key
    assert VALID_X not in key and len(key) == 64
    assert key != buyer_key(VALID)


def test_the_buyer_key_follows_its_own_secret(settings):
    before = buyer_key(VALID)
    settings.MARKETPLACE_CBEC_BUYER_KEY_SECRET = "another secret"
    assert buyer_key(VALID) != before


@pytest.mark.parametrize("value, expected", [
    ("张三", "张三"), ("  ZHANG   San ", "ZHANG San"), ("阿依古丽·买买提", "阿依古丽·买买提"),
    ("Jean-Luc O'Neil", "Jean-Luc O'Neil"), ("Ｌｉ Ｌｅｉ", "Li Lei"), ("José Müller", "José Müller"),
])
def test_chinese_and_latin_names_are_accepted_and_normalised(value, expected):
    assert validate_real_name(value) == expected


@pytest.mark.parametrize("value, code", [
    ("<b>张三</b>", "markup"), ("张三<script>", "markup"), ("Tom & Jerry", "markup"),
    ("张三\x00", "control_characters"), ("张\u200b三", "control_characters"), ("Zhang\nSan", "control_characters"),
    ("张", "name_too_short"), ("", "name_too_short"), ("张" * 61, "name_too_long"),
    ("Иван", "name_characters"), ("Zhang3", "name_characters"), ("张三😀", "name_characters"),
    ("- -", "name_characters"),
])
def test_a_bad_name_is_refused_saying_why(value, code):
    assert error_code(validate_real_name, value)[0] == code


def test_the_identity_form_cleans_both_fields():
    form = BuyerIdentityForm({"name": " 张三 ", "id_number": VALID_X.lower()})
    assert form.is_valid(), form.errors
    identity = form.identity()
    assert (identity.name, identity.id_number, identity.authenticated) == ("张三", VALID_X, False)


def test_the_identity_form_reports_errors_per_field():
    form = BuyerIdentityForm({"name": "<i>x</i>", "id_number": "441702199001011234"})
    assert not form.is_valid()
    assert set(form.errors) == {"name", "id_number"}
    assert "check digit" in form.errors["id_number"][0]


def test_building_an_identity_from_input_validates_it():
    with pytest.raises(ValidationError) as caught:
        BuyerIdentity.from_input("张三", "123")
    assert set(caught.value.message_dict) == {"id_number"}
    assert BuyerIdentity.from_input("张三", VALID).id_number == VALID


@pytest.mark.parametrize("payer", ["张三", "张 三", " 张三 "])
def test_the_payer_may_be_the_buyer(payer):
    check_payer(BuyerIdentity("张三", VALID), payer)


def test_latin_payer_names_match_ignoring_case_and_spacing():
    check_payer_is_buyer(BuyerIdentity("ZHANG San", VALID), "zhang  san")


@pytest.mark.parametrize("payer", ["李四", "", None, "张三丰"])
def test_another_payer_is_refused_for_an_unauthenticated_buyer(payer):
    with pytest.raises(ValidationError) as caught:
        check_payer(BuyerIdentity("张三", VALID), payer)
    assert caught.value.code == "payer_not_buyer"
    assert "张三" in caught.value.messages[0] and "pays" in caught.value.messages[0]


def test_an_authenticated_buyer_may_be_paid_for_by_someone_else():
    check_payer(BuyerIdentity("张三", VALID, authenticated=True), "李四")
