"""Products carry a 10-digit HS code from the HS table; prohibited ones are refused."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from oscar.core.loading import get_model

from catalog.forms import ProductTradeForm
from catalog.services import PROHIBITED_HEADINGS, load_hs_codes, load_shipped_hs_codes
from catalog.validators import validate_hs_code
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

HSCode = get_model("catalogue", "HSCode")

HEADER = "code,description_en,description_zh,chapter\n"


@pytest.fixture(autouse=True)
def hs_table():
    # Loaded by migration 0035; a transactional test elsewhere may have emptied the table.
    load_shipped_hs_codes(update_existing=False)


def messages(error):
    return [str(message) for message in error.messages]


def test_the_shipped_table_covers_the_clusters_chapters():
    chapters = set(HSCode.objects.values_list("chapter", flat=True))

    assert {"03", "16", "20", "21", "61", "62", "63", "73", "76", "82", "93"} <= chapters
    knives = HSCode.objects.get(code="8211920000")
    assert knives.heading == "8211" and not knives.prohibited
    assert "刀" in knives.description_zh


def test_swords_are_prohibited_by_default_with_a_reason():
    swords = HSCode.objects.get(code="9307000000")

    assert swords.prohibited
    assert "9307" in swords.prohibited_reason


def test_a_product_with_a_known_hs_code_is_valid():
    product = ProductFactory(hs_code_id="8211920000")

    product.full_clean()

    assert product.hs_code.description_en.startswith("Other knives having fixed blades")


def test_an_unknown_hs_code_is_refused_with_the_code_in_the_message():
    product = ProductFactory.build(product_class=ProductFactory().product_class,
                                   hs_code_id="1234567890")

    with pytest.raises(ValidationError) as refused:
        product.full_clean(exclude=["upc"])

    assert refused.value.message_dict["hs_code"] == [
        "HS code 1234567890 is not in the HS table for the marketplace's clusters"
    ]


def test_the_validator_gives_the_same_message_and_checks_the_format_first():
    with pytest.raises(ValidationError) as unknown:
        validate_hs_code("1234567890")
    with pytest.raises(ValidationError) as short:
        validate_hs_code("8211")

    assert messages(unknown.value) == [
        "HS code 1234567890 is not in the HS table for the marketplace's clusters"]
    assert messages(short.value) == [
        "An HS code has 10 digits, such as 8211920000; 8211 is not one."]
    validate_hs_code("8211.92.0000")  # as printed in tariff books


def test_a_product_under_a_prohibited_hs_code_is_refused_with_the_reason():
    product = ProductFactory(hs_code_id="9307000000")

    with pytest.raises(ValidationError) as refused:
        product.full_clean()

    (message,) = refused.value.message_dict["hs_code"]
    assert message.startswith("Goods under HS code 9307000000 cannot be listed on the marketplace")
    assert PROHIBITED_HEADINGS["9307"] in message


def test_the_trade_form_takes_the_code_as_typed_and_explains_an_unknown_one():
    product = ProductFactory()

    typed = ProductTradeForm({"hs_code": "8211 92 0000", "unit_of_measure": "piece"},
                             instance=product)
    unknown = ProductTradeForm({"hs_code": "1234567890", "unit_of_measure": "piece"},
                               instance=product)

    assert typed.is_valid(), typed.errors
    assert typed.save().hs_code_id == "8211920000"
    assert not unknown.is_valid()
    assert unknown.errors["hs_code"] == [
        "HS code 1234567890 is not in the HS table for the marketplace's clusters"]


def test_oscars_dashboard_form_shows_a_prohibited_code_as_a_form_error_not_a_crash():
    # Oscar's own product form has none of the trade fields; an error on one of them
    # would make Django raise ValueError instead of showing the form again.
    from oscar.apps.dashboard.catalogue.forms import ProductForm

    product = ProductFactory(hs_code_id="9307000000")
    form = ProductForm(product.product_class, data={"title": "Sword", "structure": "standalone",
                                                    "slug": "sword"}, instance=product)

    assert not form.is_valid()
    assert any("9307000000" in error for error in form.non_field_errors())


# --- loading the table ---------------------------------------------------------------


def load(rows, **kwargs):
    return load_hs_codes(HEADER + rows, **kwargs)


def test_loading_the_shipped_table_again_changes_nothing():
    out = io.StringIO()

    call_command("load_hs_codes", stdout=out)

    assert f"0 HS code(s) created, 0 updated, {HSCode.objects.count()} unchanged." in out.getvalue()


def test_a_file_with_a_bad_row_loads_nothing_and_names_each_bad_line(tmp_path):
    path = tmp_path / "tariff.csv"
    path.write_text(
        "# official tariff, 2027 edition\n"
        + HEADER
        + "8211920000,Kitchen knives (new wording),厨刀,82\n"
        + "82119,Too short,太短,82\n"
        + "0306172900,Frozen prawns,冻对虾,16\n",
        encoding="utf-8",
    )
    err = io.StringIO()

    with pytest.raises(CommandError, match="2 bad row"):
        call_command("load_hs_codes", str(path), stderr=err)

    assert f"{path}:4: An HS code has 10 digits" in err.getvalue()
    assert f"{path}:5: chapter 16 does not match code 0306172900" in err.getvalue()
    assert HSCode.objects.get(code="8211920000").description_en != "Kitchen knives (new wording)"


def test_a_reload_updates_descriptions_and_adds_codes_but_keeps_a_set_prohibited_flag():
    HSCode.objects.filter(code="8211930000").update(prohibited=True, prohibited_reason="Review")

    result = load("8211930000,Folding knives,折叠刀,82\n"
                  "8211940000,Blades for knives (revised),刀片,82\n"
                  "9307001000,A new line for bayonets,刺刀,93\n")

    assert (result.created, result.updated, result.errors) == (1, 2, [])
    folding = HSCode.objects.get(code="8211930000")
    assert folding.prohibited and folding.prohibited_reason == "Review"
    assert HSCode.objects.get(code="8211940000").description_en == "Blades for knives (revised)"
    # A new code under a heading refused by default is refused without being told so.
    assert HSCode.objects.get(code="9307001000").prohibited


def test_duplicates_and_missing_columns_are_reported():
    duplicate = load("8213000000,Scissors,剪刀,82\n8213000000,Scissors again,剪刀,82\n")
    no_chapter = load_hs_codes("code,description_en,description_zh\n8213000000,Scissors,剪刀\n")

    assert duplicate.errors == [(3, "code 8213000000 appears again (first on line 2)")]
    assert no_chapter.errors == [(1, "Missing columns: chapter")]


def test_the_demo_table_never_overwrites_an_official_description():
    HSCode.objects.filter(code="8213000000").update(description_en="Official wording")

    load_shipped_hs_codes(update_existing=False)

    assert HSCode.objects.get(code="8213000000").description_en == "Official wording"
