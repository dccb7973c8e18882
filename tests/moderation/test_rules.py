"""The refusal rules: controlled knives (公通字〔2007〕2号 rules 1-5) and prohibited HS codes."""

import datetime

import pytest
from oscar.core.loading import get_model

from marketplace.moderation.models import ProhibitedHSCode
from marketplace.moderation.rules import ListingFacts, refusal_reasons, review_notes

from .conftest import option

pytestmark = pytest.mark.django_db
Product = get_model("catalogue", "Product")


@pytest.fixture
def unsaved_knife(classes):
    """A knife listing as a form holds it before saving: fields and product.attr set."""

    def build(blade=None, tip=None, build=None, title="Chef knife 8 inch", **fields):
        product = Product(product_class=classes["knives"], title=title, title_en=title,
                          structure="standalone", **fields)
        if blade is not None:
            product.attr.blade_length_mm = blade
        if tip is not None:
            product.attr.tip_angle_deg = tip
        if build is not None:
            product.attr.knife_build = option(f"knife_build.{build}")
        return product

    return build


def rule_numbers(reasons):
    return [int(reason.split("rule ")[1][0]) for reason in reasons if "rule " in reason]


@pytest.mark.parametrize(("tip", "blade", "rules"), [
    (45, 149, []),    # pointed but short: a paring or utility knife
    (45, 150, [4]),   # rule 4 boundary: exactly 150 mm counts (decide conservatively)
    (60, 150, [4]),   # exactly 60° and 150 mm
    (59, 200, [4]),
    (61, 150, []),    # blunter than 60°: rule 4 does not apply, and 150 mm is short for rule 5
    (61, 219, []),    # a 219 mm chef knife with a 61° tip
    (61, 220, [5]),   # rule 5 boundary: exactly 220 mm counts
    (60, 220, [4]),   # exactly 60° and 220 mm: controlled either way, reported once
    (85, 250, [5]),   # a long cleaver
    (85, 203, []),    # an 8-inch Chinese cleaver
])
def test_rules_4_and_5_refuse_by_tip_angle_and_blade_length(unsaved_knife, tip, blade, rules):
    product = unsaved_knife(blade=blade, tip=tip, build="fixed_blade")

    assert rule_numbers(refusal_reasons(product)) == rules


@pytest.mark.parametrize(("build", "rule"), [
    ("dagger", 1), ("three_edged_scraper", 2), ("spring_opening", 3),
])
def test_a_declared_dagger_scraper_or_spring_knife_is_refused_whatever_its_size(
    unsaved_knife, build, rule
):
    product = unsaved_knife(blade=90, tip=70, build=build)

    reasons = refusal_reasons(product)

    assert rule_numbers(reasons) == [rule]
    assert "controlled knife" in reasons[0] or "controlled knives" in reasons[0]


@pytest.mark.parametrize("build", ["fixed_blade", "folding_manual"])
def test_ordinary_builds_pass(unsaved_knife, build):
    assert refusal_reasons(unsaved_knife(blade=90, tip=70, build=build)) == []


@pytest.mark.parametrize(("title", "rule"), [
    ("Tactical Dagger with sheath", 1),
    ("Hunting daggers, set of 2", 1),
    ("Jagd-Dolch aus Damast", 1),
    ("Кинжал охотничий", 1),
    ("不锈钢匕首", 1),
    ("خنجر صيد", 1),
    ("Three-edged scraper for deburring", 2),
    ("三棱刮刀 去毛刺", 2),
    ("Switch-blade pocket knife", 3),
    ("Automatic knife OTF", 3),
    ("弹簧刀 户外", 3),
    ("折叠跳刀", 3),
    ("Navaja automática de bolsillo", 3),
    ("飛び出しナイフ", 3),
])
def test_a_title_naming_a_controlled_knife_is_refused(unsaved_knife, title, rule):
    product = unsaved_knife(blade=90, tip=70, build="fixed_blade", title=title)

    assert rule_numbers(refusal_reasons(product)) == [rule]


def test_the_description_in_any_language_is_read_too(unsaved_knife):
    product = unsaved_knife(blade=90, tip=70, build="folding_manual",
                            description_zh_hans="<p>弹簧助力开刀，单手快开</p>")

    assert rule_numbers(refusal_reasons(product)) == [3]


@pytest.mark.parametrize("title", [
    "Dagashi candy assortment",       # not "daga"
    "Chef knife with bolster",
    "Kitchen scraper, triangle-free design",
    "Spring onion cutter",
])
def test_words_that_only_look_alike_pass(classes, title):
    product = Product(product_class=classes["processed-food"], title_en=title, title=title)

    assert refusal_reasons(product) == []


def test_a_knife_without_declared_build_is_not_refused_but_noted_for_review(unsaved_knife):
    product = unsaved_knife(blade=90, tip=70)

    assert refusal_reasons(product) == []
    assert review_notes(ListingFacts.of(product)) == [
        "The knife's build is not declared: check it is not a dagger, three-edged scraper "
        "or spring knife."]


def test_missing_attributes_and_an_unsaved_product_without_class_do_not_crash(unsaved_knife):
    assert refusal_reasons(unsaved_knife()) == []
    assert refusal_reasons(Product(title="Anything")) == []


def test_hs_heading_9307_is_refused_by_default_with_its_reason(classes):
    product = Product(product_class=classes["knives"], title="Ceremonial sword",
                      hs_code_id="9307000000")

    reasons = refusal_reasons(product)

    assert len(reasons) == 1
    assert reasons[0].startswith("Goods under HS code 9307000000 cannot be listed (9307: ")
    assert "Swords, cutlasses, bayonets" in reasons[0]


def test_a_new_prefix_refuses_codes_under_it_from_its_date_while_active(classes):
    today = datetime.date.today()
    entry = ProhibitedHSCode.objects.create(
        prefix="821193", reason="Folding knives are not accepted this season.",
        legal_basis="Test policy", valid_from=today)
    folding = Product(product_class=classes["knives"], title="Folding knife",
                      hs_code_id="8211930000")
    fixed = Product(product_class=classes["knives"], title="Chef knife",
                    hs_code_id="8211920000")

    assert "Folding knives are not accepted this season." in refusal_reasons(folding)[0]
    assert refusal_reasons(fixed) == []

    entry.valid_from = today + datetime.timedelta(days=1)
    entry.save()
    assert refusal_reasons(folding) == []

    entry.valid_from, entry.valid_until = today - datetime.timedelta(days=9), today
    entry.save()
    assert len(refusal_reasons(folding)) == 1
    entry.valid_until = today - datetime.timedelta(days=1)
    entry.save()
    assert refusal_reasons(folding) == []

    entry.valid_until, entry.is_active = None, False
    entry.save()
    assert refusal_reasons(folding) == []


def test_the_hs_tables_own_prohibited_flag_is_honoured_too(classes):
    HSCode = get_model("catalogue", "HSCode")
    HSCode.objects.filter(code="8211940000").update(prohibited=True,
                                                    prohibited_reason="Loose blades")
    product = Product(product_class=classes["knives"], title="Blade", hs_code_id="8211940000")

    assert refusal_reasons(product) == [
        "Goods under HS code 8211940000 cannot be listed on the marketplace: Loose blades"]
