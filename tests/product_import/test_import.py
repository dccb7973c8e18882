"""Good files create and update products with everything a row carries."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.product_import.importer import import_file

from .conftest import example_rows, run, sheet

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


def knife(partner, sku="EX-KN-8IN-CHEF"):
    return StockRecord.objects.get(partner=partner, partner_sku=sku).product


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_good_file_creates_products_with_all_their_data(seller, file_format):
    result = run(seller, sheet(file_format=file_format), file_format)

    assert result.errors == []
    assert (result.created, result.updated, result.unchanged) == (6, 0, 0)
    product = knife(seller)
    assert product.title_en == "8-inch chef knife, 5Cr15MoV, pakkawood handle"
    assert product.title_zh_hans == "8寸厨师刀 5Cr15MoV 帕卡木柄"
    assert product.description_zh_hans == "全龙骨厨师刀，单边15°手工开刃。"
    assert product.product_class.slug == "knives"
    assert [c.full_name for c in product.categories.all()] == [
        "Knives & Scissors > Kitchen knives"]
    assert product.hs_code_id == "8211920000"
    assert product.gtin == "6901234567014"
    assert product.net_weight_kg == Decimal("0.210")
    assert product.carton_volume_m3 == Decimal("0.0518")
    assert product.oem_available is True
    assert [c.code for c in product.certifications.all()] == ["LFGB"]
    assert product.attr.blade_steel.code == "blade_steel.5cr15mov"
    assert product.attr.blade_length_mm == 200
    assert product.attr.knife_build.code == "knife_build.fixed_blade"
    record = product.stockrecords.get()
    assert (record.price, record.price_currency, record.moq) == (Decimal("38.50"), "CNY", 100)
    assert (record.sample_price, record.sample_limit, record.num_in_stock) == (
        Decimal("60.00"), 3, 5000)
    assert list(record.price_tiers.values_list("min_quantity", "price")) == [
        (500, Decimal("36.00")), (2000, Decimal("33.50"))]
    assert set(record.incoterms.values_list("term", "port")) == {
        ("EXW", ""), ("FOB", "Yangjiang Port")}
    textiles = knife(seller, "EX-TX-APRON-NAVY")
    assert sorted(o.code for o in textiles.attr.colours) == ["colours.black", "colours.navy"]
    assert textiles.attr.oeko_tex_certified is True


def test_options_may_be_written_as_their_english_names(seller):
    _header, rows = example_rows(knives={"attr:blade_steel": "VG10", "attr:edge_type": "Serrated"})

    result = run(seller, sheet(rows))

    assert result.errors == []
    assert knife(seller).attr.blade_steel.code == "blade_steel.vg10"
    assert knife(seller).attr.edge_type.code == "edge_type.serrated"


def test_a_row_with_a_known_sku_updates_that_product(seller):
    run(seller, sheet())
    before = knife(seller)
    _header, rows = example_rows(knives={"price_cny": "40.00", "title_es": "Cuchillo de chef",
                                         "title_en": "Chef knife, 8 inch",
                                         "price_tiers": "500:38.00", "incoterms": "EXW"})

    result = run(seller, sheet(rows))

    assert (result.created, result.updated, result.unchanged) == (0, 1, 5)
    product = knife(seller)
    assert product.pk == before.pk
    assert product.title_es == "Cuchillo de chef"
    # The untranslated column, which Oscar sorts on, follows the English title.
    assert Product.objects.rewrite(False).filter(pk=product.pk).values_list(
        "title", flat=True).get() == "Chef knife, 8 inch"
    record = product.stockrecords.get()
    assert record.price == Decimal("40.00")
    assert list(record.price_tiers.values_list("min_quantity", "price")) == [
        (500, Decimal("38.00"))]
    assert list(record.incoterms.values_list("term", flat=True)) == ["EXW"]
    assert product.attr.blade_length_mm == 200
    assert Product.objects.count() == 6


def test_columns_left_out_of_an_update_keep_their_values(seller):
    run(seller, sheet())

    result = run(seller, sheet([{"sku": "EX-KN-8IN-CHEF", "num_in_stock": "42"}],
                               header=["sku", "num_in_stock"]))

    assert result.errors == []
    assert result.updated == 1
    product = knife(seller)
    assert product.stockrecords.get().num_in_stock == 42
    assert product.stockrecords.get().price == Decimal("38.50")
    assert product.attr.blade_steel.code == "blade_steel.5cr15mov"
    assert product.hs_code_id == "8211920000"


def test_a_dry_run_writes_nothing_but_reports_what_would_change(seller):
    result = run(seller, sheet(), dry_run=True)

    assert (result.created, result.errors, result.written) == (6, [], False)
    assert [row["action"] for row in result.preview] == ["create"] * 6
    assert Product.objects.count() == 0


def test_moderation_screens_every_row_and_hears_of_the_saved_listings(seller, monkeypatch):
    heard = []
    monkeypatch.setattr("marketplace.moderation.services.listings_changed",
                        lambda products, user: heard.append(sorted(p.pk for p in products)))

    run(seller, sheet())

    assert heard == [sorted(Product.objects.values_list("pk", flat=True))]


def test_a_listing_moderation_refuses_is_a_row_error(seller, monkeypatch):
    monkeypatch.setattr(
        "marketplace.moderation.rules.refusal_reasons",
        lambda product, prohibited=None: ["Seafood is refused in this test."]
        if product.product_class.slug == "seafood" else [])

    result = import_file(sheet(), "csv", seller)

    assert result.errors == [
        {"line": 5, "column": "", "message": "Seafood is refused in this test."}]
    assert Product.objects.count() == 0
