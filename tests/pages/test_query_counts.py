"""Shop pages cost a fixed number of SQL queries, whatever the catalogue holds.

Each page is asked twice (the first request sets up the session, the cached menus and
rates); the second one is counted, as it is (the product's body and cards cached) and
as after a change to the catalogue (nothing of the listing cached).
"""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from marketplace.core.chrome import invalidate
from marketplace.oscar_apps.partner.services import set_trade_terms
from tests.factories import add_category, product_in_category, rate

ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

pytestmark = pytest.mark.django_db

# The budget. The seller line and the machine-translation marks are read with the
# product (catalog/views.py); cached pages read far fewer.
MAX_QUERIES = 12
LANGUAGES = ["en", "es", "zh-hans"]


@pytest.fixture
def knives():
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")
    return add_category(["Knives & Scissors", "Kitchen knives"])


def stock_knives(category, count, *, breaks=5, attributes=5):
    """`count` knives, each with `breaks` quantity breaks, three Incoterms and `attributes` attributes."""
    products = []
    for index in range(count):
        product = product_in_category(
            category, price=Decimal("900.00"),
            product__title_en=f"Chef knife {index}", product__title_es=f"Cuchillo {index}",
            product__title_zh_hans=f"厨师刀 {index}",
        )
        set_trade_terms(
            product.stockrecords.get(), moq=10,
            tiers=[(100 * (rung + 1), Decimal("800.00") - rung) for rung in range(breaks)],
            incoterms=[("EXW", ""), ("FOB", "Yangjiang Port"), ("CIF", "Hamburg")],
        )
        give_attributes(product, attributes)
        products.append(product)
    return products


def give_attributes(product, count):
    for index in range(count):
        attribute, _ = ProductAttribute.objects.get_or_create(
            product_class=product.product_class, code=f"spec_{index}",
            defaults={"name": f"Spec {index}", "name_en": f"Spec {index}",
                      "name_es": f"Especificación {index}", "type": "text"},
        )
        ProductAttributeValue.objects.create(product=product, attribute=attribute, value_text=f"V{index}")


@pytest.fixture(params=["cached", "after a change"])
def after_a_change(request):
    return request.param == "after a change"


def queries_for(client, path, after_a_change=False):
    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = "EUR"
    assert client.get(path).status_code == 200
    if after_a_change:
        invalidate("listing")  # as any save of a product, stock record or rate does
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries)


def product_path(product, language):
    return f"/{language}{product.get_absolute_url()[3:]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_product_page_stays_within_its_query_budget(client, knives, language, after_a_change):
    [knife] = stock_knives(knives, 1)

    assert queries_for(client, product_path(knife, language), after_a_change) <= MAX_QUERIES


def test_the_product_page_costs_the_same_with_five_or_twenty_five_breaks_and_attributes(knives, after_a_change):
    # Two first-time visitors: a recently viewed product would add its card to the page.
    few, many = stock_knives(knives, 1), stock_knives(knives, 1, breaks=25, attributes=25)

    assert (queries_for(Client(), product_path(many[0], "en"), after_a_change)
            == queries_for(Client(), product_path(few[0], "en"), after_a_change))


def test_the_product_page_shows_every_attribute_in_the_page_language(client, knives):
    [knife] = stock_knives(knives, 1, attributes=25)

    page = client.get(product_path(knife, "es")).content.decode()

    assert "Especificación 0" in page and "Especificación 24" in page and "V24" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_costs_the_same_for_five_or_twenty_five_products(client, knives, language, after_a_change):
    stock_knives(knives, 5)
    five = queries_for(client, f"/{language}/catalogue/", after_a_change)
    stock_knives(knives, 20, breaks=25, attributes=25)
    twenty_five = queries_for(client, f"/{language}/catalogue/", after_a_change)

    assert twenty_five == five
    assert twenty_five <= MAX_QUERIES


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_category_page_costs_the_same_for_five_or_twenty_five_products(client, knives, language, after_a_change):
    stock_knives(knives, 5)
    path = f"/{language}{knives.get_absolute_url()[3:]}"
    five = queries_for(client, path, after_a_change)
    stock_knives(knives, 20, breaks=25, attributes=25)
    twenty_five = queries_for(client, path, after_a_change)

    assert twenty_five == five
    assert twenty_five <= MAX_QUERIES


def test_a_cluster_page_lists_twenty_products_of_its_subcategories(client, knives):
    stock_knives(knives, 25)
    cluster = knives.get_parent()

    page = client.get(cluster.get_absolute_url()).content.decode()

    assert page.count('class="product_pod"') == 20
    assert queries_for(client, cluster.get_absolute_url()) <= MAX_QUERIES


def test_a_returning_visitor_pays_the_same_for_two_or_six_recently_viewed_products(
        client, knives, after_a_change):
    knife, *others = stock_knives(knives, 7)

    for other in others[:2]:
        client.get(product_path(other, "en"))
    two = queries_for(client, product_path(knife, "en"), after_a_change)
    for other in others[2:]:
        client.get(product_path(other, "en"))
    six = queries_for(client, product_path(knife, "en"), after_a_change)

    # Uncached ("after a change"), the cards' specs and pictures are read for all at once.
    assert six == two
    # Recently viewed cards included, a returning visitor's product page keeps the budget.
    assert six <= MAX_QUERIES
    assert "Products you recently viewed" in client.get(product_path(knife, "en")).content.decode()


def test_a_variant_page_reads_its_parent_title_categories_and_specs_within_budget(client, knives, after_a_change):
    [knife] = stock_knives(knives, 1, attributes=2)
    Product = get_model("catalogue", "Product")
    knife.structure = Product.PARENT
    knife.save()
    knife.stockrecords.all().delete()
    variant = Product.objects.create(structure=Product.CHILD, parent=knife, title_en="",
                                     upc="VARIANT-1", review_status=knife.review_status)
    product_in_category(knives, price=Decimal("700.00"), product=variant)
    variant.categories.clear()  # a variant is filed through its parent

    assert queries_for(client, product_path(variant, "es"), after_a_change) <= MAX_QUERIES
    page = client.get(product_path(variant, "es") + "?again").content.decode()
    assert '<h1 dir="auto">Cuchillo 0</h1>' in page
    assert "Kitchen knives" in page.split('class="breadcrumb"')[1].split("</ol>")[0]
    assert "Especificación 1" in page and "V1" in page


def test_multi_option_values_are_shown_and_cost_a_query_only_where_there_are_some(knives):
    AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
    AttributeOption = get_model("catalogue", "AttributeOption")
    plain, sized = stock_knives(knives, 2, attributes=2)
    group = AttributeOptionGroup.objects.create(name="Sizes")
    small = AttributeOption.objects.create(group=group, option="Small", code="size.s")
    large = AttributeOption.objects.create(group=group, option="Large", code="size.l")
    sizes = ProductAttribute.objects.create(product_class=sized.product_class, name="Sizes",
                                            name_en="Sizes", code="sizes", type="multi_option",
                                            option_group=group)
    ProductAttributeValue.objects.create(product=sized, attribute=sizes).value_multi_option.add(small, large)

    with_options = queries_for(Client(), product_path(sized, "en"), after_a_change=True)
    without = queries_for(Client(), product_path(plain, "en"), after_a_change=True)

    assert with_options == without + 1
    page = Client().get(product_path(sized, "en") + "?again").content.decode()
    facts = page.split('class="table table-striped product-facts"')[1].split("</table>")[0]
    assert re.search(r"Sizes</th><td><bdi dir=\"auto\">(Small, Large|Large, Small)</bdi>", facts)
