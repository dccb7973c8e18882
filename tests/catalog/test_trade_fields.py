"""A product's trade data is checked once, in the model, for forms and importers alike."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from oscar.core.loading import get_model

from catalog.forms import ProductTradeForm
from catalog.models import OriginDistrict, UnitOfMeasure
from catalog.services import ensure_certifications
from catalog.validators import validate_declared_elements, validate_gtin
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def errors_of(product):
    with pytest.raises(ValidationError) as refused:
        product.full_clean()
    return refused.value.message_dict


@pytest.mark.parametrize("gtin", [
    "6901234567892",  # EAN-13 with a Chinese (690) prefix
    "4006381333931",  # EAN-13 from GS1's examples
    "036000291452",  # UPC-A (GTIN-12)
    "96385074",  # EAN-8
    "10614141000415",  # GTIN-14 of a case
])
def test_a_gtin_with_a_correct_check_digit_is_accepted(gtin):
    ProductFactory(gtin=gtin).full_clean()


def test_a_wrong_check_digit_is_refused_with_the_digit_it_should_be():
    errors = errors_of(ProductFactory(gtin="6901234567891"))

    assert errors["gtin"] == ["GTIN 6901234567891 has a wrong check digit: with these digits it "
                              "must end in 2. Check the number on the barcode."]


@pytest.mark.parametrize("gtin, message", [
    ("69012345678", "A GTIN has 8, 12, 13 or 14 digits; 69012345678 has 11."),
    ("69012345X7892", "A GTIN is made of digits only; 69012345X7892 is not."),
])
def test_malformed_gtins_are_refused(gtin, message):
    with pytest.raises(ValidationError) as refused:
        validate_gtin(gtin)

    assert refused.value.messages == [message]


def test_a_gtin_typed_with_spaces_or_hyphens_is_stored_as_digits():
    product = ProductFactory(gtin="")
    form = ProductTradeForm({"gtin": " 690 1234 567892 ", "unit_of_measure": "piece"},
                            instance=product)

    assert form.is_valid(), form.errors
    assert form.save().gtin == "6901234567892"


def test_a_gross_weight_below_the_net_weight_is_refused():
    product = ProductFactory(net_weight_kg=Decimal("0.250"), gross_weight_kg=Decimal("0.200"))

    assert errors_of(product)["gross_weight_kg"] == [
        "The gross weight (0.200 kg) cannot be less than the net weight (0.250 kg): gross "
        "weight includes the packing."]


def test_equal_gross_and_net_weights_are_accepted():
    ProductFactory(net_weight_kg=Decimal("1.000"), gross_weight_kg=Decimal("1.000")).full_clean()


def test_carton_sides_come_together_and_give_the_volume():
    half = ProductFactory(carton_length_cm=Decimal("50"), carton_width_cm=Decimal("30"))
    whole = ProductFactory(carton_length_cm=Decimal("50"), carton_width_cm=Decimal("30"),
                           carton_height_cm=Decimal("20"), units_per_carton=40)

    assert "carton_length_cm" in errors_of(half)
    whole.full_clean()
    assert whole.carton_volume_m3 == Decimal("0.0300")
    assert half.carton_volume_m3 is None


def test_origin_districts_are_yangjiangs_with_their_region_codes():
    assert dict(OriginDistrict.choices) == {
        "441702": "Jiangcheng District",
        "441704": "Yangdong District",
        "441721": "Yangxi County",
        "441781": "Yangchun City",
    }
    assert "origin_district" in errors_of(ProductFactory(origin_district="441723"))
    ProductFactory(origin_district="441704").full_clean()


def test_units_of_measure_and_districts_are_shown_in_the_buyers_language():
    with translation.override("zh-hans"):
        assert str(OriginDistrict.YANGXI.label) == "阳西县"
        assert str(UnitOfMeasure.CARTON.label) == "箱"
    with translation.override("es"):
        assert str(UnitOfMeasure.DOZEN.label) == "docena"
    assert set(UnitOfMeasure.values) == {"piece", "set", "pair", "dozen", "kg", "tonne", "metre",
                                         "carton"}


def test_declared_elements_are_one_line_with_no_empty_element():
    with pytest.raises(ValidationError, match="Declared element 2 is empty"):
        validate_declared_elements("厨师刀||不锈钢|厨房用|8英寸")
    with pytest.raises(ValidationError, match="one line"):
        validate_declared_elements("厨师刀|无品牌\n不锈钢")
    product = ProductFactory(declared_elements=" 厨师刀 | 无品牌 |5Cr15MoV| 厨房用 |8英寸")

    product.full_clean()

    assert product.declared_elements == "厨师刀|无品牌|5Cr15MoV|厨房用|8英寸"


def test_declared_elements_longer_than_customs_accept_are_refused():
    # Built, not saved: PostgreSQL itself refuses the over-long value, SQLite would store it.
    product = ProductFactory.build(declared_elements="品" * 251)
    product.product_class = ProductFactory().product_class
    assert "declared_elements" in errors_of(product)


def test_the_trade_form_saves_every_trade_field():
    certifications = ensure_certifications()
    product = ProductFactory()
    form = ProductTradeForm({
        "hs_code": "8211920000", "declared_elements": "厨师刀|无品牌|5Cr15MoV|厨房用|8英寸",
        "gtin": "6901234567892", "unit_of_measure": "piece", "net_weight_kg": "0.210",
        "gross_weight_kg": "0.330", "carton_length_cm": "45", "carton_width_cm": "32",
        "carton_height_cm": "28", "units_per_carton": "20", "origin_district": "441704",
        "certifications": [certifications["LFGB"].pk, certifications["FDA"].pk],
        "lead_time_days": "25", "oem_available": "on",
        "customisation_notes": "Laser logo on the blade from 500 pieces.",
    }, instance=product)

    assert form.is_valid(), form.errors
    form.save()

    product = Product.objects.get(pk=product.pk)
    assert product.hs_code_id == "8211920000"
    assert product.gross_weight_kg == Decimal("0.330")
    assert product.origin_district == OriginDistrict.YANGDONG
    assert {c.code for c in product.certifications.all()} == {"LFGB", "FDA"}
    assert product.oem_available and product.lead_time_days == 25


def test_the_trade_form_reports_the_model_rules_on_their_fields():
    form = ProductTradeForm({"unit_of_measure": "kg", "net_weight_kg": "10",
                             "gross_weight_kg": "9.5", "lead_time_days": "400"},
                            instance=ProductFactory())

    assert not form.is_valid()
    assert set(form.errors) == {"gross_weight_kg", "lead_time_days"}


def test_certification_names_are_translated():
    lfgb = ensure_certifications()["LFGB"]

    with translation.override("de"):
        assert lfgb.name == "LFGB-Lebensmittelkontaktprüfung (Deutschland)"
    with translation.override("zh-hans"):
        assert lfgb.name == "LFGB食品接触检测（德国）"
    assert str(lfgb) == "LFGB"
