"""Search documents: what the search knows of a product, built in bulk from the catalogue."""

from collections import defaultdict
from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.demo import services
from marketplace.demo.products import SUBCATEGORIES, product_spec
from marketplace.product_search.documents import DocumentBuilder, build_documents, plain_text
from tests.factories import StockRecordFactory, add_category, product_in_category, rate

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


def seed_demo_products(count=None):
    """Demo products 0 to count - 1 (two per subcategory by default), with their categories,
    sellers, trade terms and attributes, as `manage.py seed_demo` writes them (no pictures
    drawn). Returns their ids."""
    if count is None:
        count = 2 * len(SUBCATEGORIES)
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        categories = services.seed_categories()
        reference = services.seed_reference_data()
        partners = services.seed_partners()
        images = defaultdict(lambda: "demo/placeholder.png")
        return services.create_product_batch(
            [product_spec(number) for number in range(count)], categories, reference, partners,
            images,
        )


def test_a_demo_knife_is_described_in_every_language_with_its_facets():
    ids = seed_demo_products(len(SUBCATEGORIES))
    document = build_documents([ids[0]])[0]  # demo product 0: a 3Cr13 chef knife
    spec = product_spec(0)

    assert document["id"] == ids[0]
    assert document["title_en"] == spec.titles["en"]
    assert document["title_es"].startswith("Cuchillo de chef")
    assert "厨师刀" in document["title_zh_hans"]
    assert "<" not in document["description_en"] and spec.model in document["description_en"]
    assert document["cluster"] == "knives"
    sub = Category.objects.get(pk=document["category"][-1])
    assert document["category"] == [sub.get_parent().pk, sub.pk]  # ancestors first
    assert "Kitchen knives" in document["category_names_en"] or sub.name_en in document[
        "category_names_en"]
    assert document["seller"] == spec.maker.code
    assert spec.maker.name in document["seller_name"]
    assert document["certification"] == sorted(spec.trade.certifications)
    assert document["incoterm"] == sorted({term for term, _port in spec.terms.incoterms})
    assert document["price"] == spec.price and document["moq"] == spec.terms.moq
    assert document["in_stock"] is True
    assert document["attrs"]["blade_steel"] == ["blade_steel.3cr13"]
    assert "3Cr13" in document["attributes_en"] and "3Cr13" in document["attributes_es"]
    assert document["upc"] == spec.upc


def test_documents_cost_the_same_queries_for_a_batch_of_any_size(
        django_assert_max_num_queries):
    ids = seed_demo_products(2 * len(SUBCATEGORIES))
    builder = DocumentBuilder()
    # Products, categories, stock records, Incoterms, certifications, attribute values
    # and their options: one query each, whatever the number of products.
    with django_assert_max_num_queries(7):
        assert len(builder.build(ids[:2])) == 2
    with django_assert_max_num_queries(7):
        assert len(builder.build(ids)) == len(ids)


def test_products_that_are_not_browsable_get_no_document():
    ids = seed_demo_products(3)
    Product.objects.filter(pk=ids[1]).update(is_public=False)
    assert [document["id"] for document in build_documents(ids)] == [ids[0], ids[2]]


def test_prices_are_in_the_base_currency_and_stock_counts_the_minimum_order():
    rate("CNY", "EUR", "0.125")
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    euro = product_in_category(knives, price_currency="EUR", price=Decimal("10.00"))
    short = product_in_category(knives, num_in_stock=5)
    short.stockrecords.update(moq=10)
    unpriced = StockRecordFactory(price=None).product

    documents = {d["id"]: d for d in build_documents([euro.pk, short.pk, unpriced.pk])}

    assert documents[euro.pk]["price"] == Decimal("80.00")
    assert documents[euro.pk]["in_stock"] is True
    assert documents[short.pk]["in_stock"] is False  # 5 in stock, 10 the least order
    assert documents[unpriced.pk]["price"] is None and documents[unpriced.pk]["in_stock"] is False


def test_descriptions_become_plain_text_without_gluing_paragraphs():
    assert plain_text("<p>Made in Yangjiang.</p><p>Packing:&nbsp;carton</p>") == (
        "Made in Yangjiang. Packing: carton"
    )
