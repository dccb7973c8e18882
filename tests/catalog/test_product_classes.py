"""Each cluster has a product class with typed, translated attributes that buyers can filter on."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from oscar.core.loading import get_model

from catalog.product_classes import OPTION_GROUPS, PRODUCT_CLASSES
from catalog.services import ensure_cluster_product_classes
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

ProductClass = get_model("catalogue", "ProductClass")
ProductAttribute = get_model("catalogue", "ProductAttribute")
AttributeOption = get_model("catalogue", "AttributeOption")

EXPECTED_TYPES = {
    "knives": {"blade_steel": "option", "hardness_hrc": "integer", "blade_length_mm": "integer",
               "tip_angle_deg": "integer", "handle_material": "option", "edge_type": "option",
               "knife_build": "option"},
    "scissors": {"blade_steel": "option", "length_mm": "integer", "handle_material": "option",
                 "use": "option"},
    "kitchenware": {"material": "option", "capacity_litres": "float", "induction_ready": "boolean",
                    "food_contact_compliance": "multi_option"},
    "seafood": {"species": "text", "latin_name": "text", "wild_or_farmed": "option",
                "catch_or_farm_area": "text", "processing": "option",
                "storage_temperature_c": "integer", "shelf_life_days": "integer",
                "net_weight_g": "integer"},
    "processed-food": {"ingredients": "text", "allergens": "multi_option",
                       "shelf_life_days": "integer", "storage": "option"},
    "textiles": {"fibre_composition": "text", "fabric_weight_gsm": "integer",
                 "sizes": "multi_option", "colours": "multi_option", "care_instructions": "text",
                 "oeko_tex_certified": "boolean"},
}


@pytest.fixture
def classes():
    # Made by migration 0036; ensured again in case a transactional test emptied the tables.
    return ensure_cluster_product_classes()


def option(code):
    return AttributeOption.objects.get(code=code)


def test_each_cluster_class_has_its_attributes_with_their_types(classes):
    for slug, expected in EXPECTED_TYPES.items():
        attributes = ProductAttribute.objects.filter(product_class=classes[slug])
        assert {a.code: a.type for a in attributes} == expected, slug
        for attribute in attributes:
            assert (attribute.option_group is not None) == (attribute.type in (
                "option", "multi_option"))


def test_blade_length_and_tip_angle_are_required_for_knives(classes):
    required = set(ProductAttribute.objects.filter(product_class=classes["knives"], required=True)
                   .values_list("code", flat=True))

    assert required == {"blade_length_mm", "tip_angle_deg"}
    knife = ProductFactory(product_class=classes["knives"], title_en="Chef knife")
    with pytest.raises(ValidationError) as refused:
        knife.full_clean()
    assert "blade_length_mm" in str(refused.value) or "Blade length" in str(refused.value)


def test_attribute_names_are_translated_into_every_site_language(classes):
    tip_angle = ProductAttribute.objects.get(product_class=classes["knives"], code="tip_angle_deg")
    for code, _name in settings.LANGUAGES:
        assert getattr(tip_angle, f"name_{code.replace('-', '_')}"), code
    with translation.override("zh-hans"):
        assert tip_angle.name == "刀尖角度（°）"
    with translation.override("es"):
        assert tip_angle.name == "Ángulo de la punta (°)"
    with translation.override("en"):
        assert tip_angle.name == "Tip angle (°)"


def test_option_labels_are_translated_and_codes_stay_english(classes):
    farmed = option("wild_or_farmed.farmed")

    with translation.override("zh-hans"):
        assert farmed.option == "养殖"
    with translation.override("es"):
        assert farmed.option == "De cultivo"
    with translation.override("ar"):
        assert farmed.option == "مستزرع"
    codes = AttributeOption.objects.filter(group__code="allergens").values_list("code", flat=True)
    assert len(codes) == 14 and all(code.isascii() for code in codes)


def test_a_missing_translation_falls_back_to_english(classes):
    granton = option("edge_type.granton")
    AttributeOption.objects.filter(pk=granton.pk).update(option_pt=None)
    granton.refresh_from_db()

    with translation.override("pt"):
        assert granton.option == "Granton (scalloped)"


def test_running_the_definitions_again_adds_nothing_and_keeps_an_administrators_wording(classes):
    tip_angle = ProductAttribute.objects.get(product_class=classes["knives"], code="tip_angle_deg")
    ProductAttribute.objects.filter(pk=tip_angle.pk).update(name_fr="Angle de pointe")
    ProductAttribute.objects.filter(pk=tip_angle.pk).update(name_de=None)
    counts = (ProductClass.objects.count(), ProductAttribute.objects.count(),
              AttributeOption.objects.count())

    ensure_cluster_product_classes()

    assert (ProductClass.objects.count(), ProductAttribute.objects.count(),
            AttributeOption.objects.count()) == counts
    tip_angle.refresh_from_db()
    assert tip_angle.name_fr == "Angle de pointe"
    assert tip_angle.name_de == "Spitzenwinkel (°)"


def test_the_definitions_use_stable_english_snake_case_codes():
    for spec in PRODUCT_CLASSES:
        for attribute in spec.attributes:
            assert attribute.code.isidentifier() and attribute.code == attribute.code.lower()
    for group in OPTION_GROUPS:
        assert group.code.isidentifier()
        for code, names in group.options:
            assert code.isascii() and code == code.lower() and " " not in code
            assert set(names) == {"en", "zh-hans", "es", "fr", "de", "ru", "ar", "ja", "ko", "pt"}


# --- values round-trip through Oscar's product.attr --------------------------------------


def test_knife_attributes_round_trip(classes):
    knife = ProductFactory(product_class=classes["knives"], title_en="8-inch chef knife")
    knife.attr.blade_steel = option("blade_steel.vg10")
    knife.attr.hardness_hrc = 60
    knife.attr.blade_length_mm = 203
    knife.attr.tip_angle_deg = 65
    knife.attr.edge_type = option("edge_type.granton")
    knife.full_clean()
    knife.save()

    knife = type(knife).objects.get(pk=knife.pk)
    assert knife.attr.blade_steel.code == "blade_steel.vg10"
    assert (knife.attr.hardness_hrc, knife.attr.blade_length_mm, knife.attr.tip_angle_deg) == (
        60, 203, 65)
    with translation.override("ja"):
        assert str(knife.attr.edge_type) == "グランテッジ"


def test_kitchenware_seafood_food_and_textile_attributes_round_trip(classes):
    pan = ProductFactory(product_class=classes["kitchenware"], title_en="Wok")
    pan.attr.capacity_litres = 3.5
    pan.attr.induction_ready = True
    pan.attr.food_contact_compliance = [option("food_contact_compliance.lfgb"),
                                        option("food_contact_compliance.gb4806")]
    pan.save()
    shrimp = ProductFactory(product_class=classes["seafood"], title_en="Frozen shrimp")
    shrimp.attr.latin_name = "Litopenaeus vannamei"
    shrimp.attr.wild_or_farmed = option("wild_or_farmed.farmed")
    shrimp.attr.storage_temperature_c = -18
    shrimp.save()
    sauce = ProductFactory(product_class=classes["processed-food"], title_en="Oyster sauce")
    sauce.attr.allergens = [option("allergens.molluscs"), option("allergens.gluten")]
    sauce.save()
    shirt = ProductFactory(product_class=classes["textiles"], title_en="Polo shirt")
    shirt.attr.fibre_composition = "65% polyester, 35% cotton"
    shirt.attr.oeko_tex_certified = False
    shirt.save()

    Product = type(pan)
    pan, shrimp = Product.objects.get(pk=pan.pk), Product.objects.get(pk=shrimp.pk)
    sauce, shirt = Product.objects.get(pk=sauce.pk), Product.objects.get(pk=shirt.pk)
    assert pan.attr.capacity_litres == 3.5 and pan.attr.induction_ready is True
    assert {o.code for o in pan.attr.food_contact_compliance} == {
        "food_contact_compliance.lfgb", "food_contact_compliance.gb4806"}
    assert shrimp.attr.latin_name == "Litopenaeus vannamei"
    assert shrimp.attr.wild_or_farmed.code == "wild_or_farmed.farmed"
    assert shrimp.attr.storage_temperature_c == -18
    assert {o.code for o in sauce.attr.allergens} == {"allergens.molluscs", "allergens.gluten"}
    assert shirt.attr.fibre_composition == "65% polyester, 35% cotton"
    assert shirt.attr.oeko_tex_certified is False
