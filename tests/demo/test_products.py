"""Demo product number n is the same product on every run, with a valid barcode."""

from oscar.core.loading import get_model
from stdnum.ean import is_valid

from catalog.product_classes import OPTION_GROUPS, PRODUCT_CLASSES
from catalog.services import HS_TABLE_PATH, parse_hs_table
from catalog.validators import controlled_knife_rule
from marketplace.demo.products import SUBCATEGORIES, demo_upc, ean13, product_spec
from marketplace.oscar_apps.partner.ladder import validate_ladder

IncotermOffer = get_model("partner", "IncotermOffer")


def test_the_same_number_always_gives_the_same_product():
    assert product_spec(1234) == product_spec(1234)
    assert product_spec(1234).upc != product_spec(1235).upc


def test_demo_upcs_are_valid_chinese_ean13_codes():
    upc = demo_upc(42)

    assert len(upc) == 13 and upc.startswith("690")
    assert ean13("400638133393") == "4006381333931"  # a published EAN-13 example


def test_the_first_products_cover_every_sub_category():
    covered = {product_spec(n).subcategory.code for n in range(len(SUBCATEGORIES))}

    assert len(covered) == len(SUBCATEGORIES)


def test_titles_follow_each_languages_word_order():
    spec = next(
        product_spec(n) for n in range(2000)
        if product_spec(n).titles["en"] == "8-inch 5Cr15MoV chef knife"
    )

    assert spec.titles["zh-hans"] == "8英寸5Cr15MoV厨师刀"
    assert spec.titles["es"] == "Cuchillo de chef de 8 pulgadas 5Cr15MoV"


def _every_combination():
    """Enough product numbers to cover every item, size and variant of every sub-category."""
    longest = max(len(s.items) * len(s.sizes) * len(s.variants) for _c, s in SUBCATEGORIES)
    return [product_spec(n) for n in range(len(SUBCATEGORIES) * longest)]


def test_demo_hs_codes_are_in_the_shipped_table_and_none_is_prohibited():
    rows, errors = parse_hs_table(HS_TABLE_PATH.read_text(encoding="utf-8"))
    table = {row["code"]: row for row in rows}

    assert not errors
    used = {spec.trade.hs_code for spec in _every_combination()}
    assert used <= set(table)
    assert not any(table[code]["prohibited"] for code in used)


def test_demo_trade_data_fits_its_product_class():
    classes = {spec.slug: {a.code: a for a in spec.attributes} for spec in PRODUCT_CLASSES}
    groups = {group.code: {code for code, _names in group.options} for group in OPTION_GROUPS}
    python_types = {"integer": int, "float": float, "boolean": bool, "text": str}

    for spec in _every_combination():
        attributes = classes[spec.trade.product_class]
        given = dict(spec.trade.attributes)
        required = {code for code, a in attributes.items() if a.required}
        assert required <= set(given), spec.titles["en"]
        for code, value in given.items():
            attribute = attributes[code]
            if attribute.type == "option":
                assert value in groups[attribute.option_group], (code, value)
            elif attribute.type == "multi_option":
                assert value and set(value) <= groups[attribute.option_group], (code, value)
            else:
                assert type(value) is python_types[attribute.type], (code, value)
        assert is_valid(spec.trade.gtin)
        assert spec.trade.gross_weight_kg >= spec.trade.net_weight_kg > 0


def test_knives_are_listed_below_the_controlled_knife_limits():
    knives = [dict(s.trade.attributes) for s in _every_combination()
              if s.trade.product_class == "knives"]

    assert knives
    for knife in knives:
        assert knife["tip_angle_deg"] > 60 and knife["blade_length_mm"] <= 210
        assert controlled_knife_rule(knife["tip_angle_deg"], knife["blade_length_mm"]) is None


def test_bulk_food_packs_are_not_described_as_cartons_of_24():
    spec = next(s for s in _every_combination() if s.titles["en"].endswith("5 kg bulk bag"))

    assert spec.trade.units_per_carton == 4
    assert "bulk export carton of 4" in spec.descriptions["en"]


def test_every_demo_ladder_and_incoterm_passes_the_partner_rules():
    for spec in _every_combination():
        terms = spec.terms
        validate_ladder(terms.moq, spec.price, terms.tiers)
        assert spec.num_in_stock >= terms.moq
        assert len(set(terms.incoterms)) == len(terms.incoterms)
        for term, port in terms.incoterms:
            IncotermOffer(term=term, port=port).clean()
