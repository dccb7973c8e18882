"""A seller shown an order shared with another seller sees the figures of its own goods only.

Order SHARED-300 holds two lines of seller A (2 x 100.00 and 3 x 35.50: 306.50, 5 items)
and one of seller B (2 x 77.25: 154.50); the whole order is 461.00 for 7 items.
"""

import csv
import io
import re
from decimal import Decimal

import pytest
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from tests.factories import StockRecordFactory
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
ShippingEventType = get_model("order", "ShippingEventType")

ORDERS = "/dashboard/orders/"
B_TITLE = "Golden Santoku 7in"
# Amounts that appear only if seller B's goods or the whole order leak.
LEAKS = ("154.50", "77.25", "461.00", B_TITLE)


def place_order(number, *items):
    basket = Basket.objects.create()
    basket.strategy = Default()
    for product, quantity in items:
        basket.add_product(product, quantity=quantity)
    return create_order(number=number, basket=basket, user=UserFactory())


@pytest.fixture
def shared(seller_a, seller_b):
    seller_b.stockrecord.price = Decimal("77.25")
    seller_b.stockrecord.save()
    sharpener = StockRecordFactory(partner=seller_a.partner, price=Decimal("35.50"),
                                   num_in_stock=100, product__title_en="Whetstone 1000 grit")
    order = place_order("SHARED-300", (seller_a.product, 2), (sharpener.product, 3),
                        (seller_b.product, 2))
    assert order.total_incl_tax == Decimal("461.00") and order.num_items == 7
    return order


def cell(page, css_class):
    return [value.strip() for value in re.findall(
        rf'class="{css_class}">([^<]*)<', page)]


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_order_list_shows_a_seller_its_own_value_and_items(seller_a, shared):
    page = seller_a.client.get(ORDERS).text

    assert "SHARED-300" in page
    assert "306.50" in cell(page, "partner-total")[0]
    assert cell(page, "partner-num-items") == ["5"]
    for leak in LEAKS:
        assert leak not in page


def test_the_csv_gives_a_seller_its_own_value_and_items(seller_a, shared):
    header, *rows = csv_rows(seller_a.client.get(ORDERS, {"response_format": "csv"}))
    assert "Value of your goods" in header and "Number of your items" in header
    row = dict(zip(header, rows[0], strict=True))
    assert row["Value of your goods"] == "306.50"
    assert row["Number of your items"] == "5"

    # The list's "Download" button posts the selected orders.
    response = seller_a.client.post(ORDERS, {"action": "download_selected_orders",
                                             "selected_order": [shared.pk]})
    header, *rows = csv_rows(response)
    assert [dict(zip(header, row, strict=True))["Value of your goods"] for row in rows] == [
        "306.50"]
    for leak in LEAKS:
        assert leak not in response.content.decode()


def test_the_order_page_totals_only_the_sellers_lines(seller_a, shared, staff_client):
    shipped = ShippingEventType.objects.create(code="shipped", name="Shipped")
    # Staff ship every line at once: the event lists seller B's line too.
    lines = list(shared.lines.all())
    staff_client.post(f"{ORDERS}{shared.number}/", {
        "line_action": "create_shipping_event", "shipping_event_type": shipped.code,
        "selected_line": [line.pk for line in lines], "reference": "SF0001",
        **{f"selected_line_qty_{line.pk}": str(line.quantity) for line in lines},
    })
    assert shared.shipping_events.get().lines.count() == 3

    response = seller_a.client.get(f"{ORDERS}{shared.number}/")
    page = response.text

    assert response.status_code == 200
    assert re.search(r'id="partner_total">[^<]*306\.50<', page)
    assert 'id="partner_num_items">5<' in page
    assert "Your goods (5 items)" in page
    assert "Whetstone 1000 grit (quantity 3/3)" in page  # its line in the shipping event
    for leak in LEAKS:
        assert leak not in page
    for whole_order_section in ("Order total", "Basket total", "Shipping total",
                                "Charge (incl tax)", "Payment sources", "Payment Events",
                                "No discounts were applied"):
        assert whole_order_section not in page


def test_staff_still_see_the_whole_order(shared, staff_client):
    assert "461.00" in staff_client.get(ORDERS).text
    header, *rows = csv_rows(staff_client.get(ORDERS, {"response_format": "csv"}))
    row = dict(zip(header, rows[0], strict=True))
    assert row["Order value"] == "461.00" and row["Number of items"] == "7"

    page = staff_client.get(f"{ORDERS}{shared.number}/").text
    assert "461.00" in page and B_TITLE in page and "Order total" in page


def test_a_seller_cannot_find_orders_by_another_sellers_goods(seller_a, seller_b, shared):
    for search in ({"product_title": "Golden"}, {"upc": seller_b.product.upc},
                   {"partner_sku": seller_b.stockrecord.partner_sku}):
        response = seller_a.client.get(ORDERS, {**search, "response_format": "html"})
        assert list(response.context["orders"]) == [], search

    response = seller_a.client.get(ORDERS, {"product_title": "Whetstone"})
    assert [order.number for order in response.context["orders"]] == ["SHARED-300"]


def test_a_seller_sorting_by_value_sorts_by_its_own_goods(seller_a, seller_b, shared):
    # Seller A's part of this order (1 x 100.00) is smaller, though the order is bigger.
    place_order("SMALL-400", (seller_a.product, 1), (seller_b.product, 10))

    response = seller_a.client.get(ORDERS, {"sort": "total_incl_tax", "dir": "desc"})

    assert [order.number for order in response.context["orders"]] == [
        "SHARED-300", "SMALL-400"]
    assert "772.50" not in response.text and "872.50" not in response.text


def test_the_statistics_count_only_the_sellers_lines(seller_a, shared):
    context = seller_a.client.get(f"{ORDERS}statistics/").context

    assert context["total_orders"] == 1
    assert context["total_lines"] == 2
    assert context["total_revenue"] == Decimal("306.50")


def test_the_dashboard_home_gives_a_seller_the_value_of_its_own_goods(seller_a, seller_b, shared,
                                                                      staff_client):
    place_order("SMALL-400", (seller_a.product, 1), (seller_b.product, 10))  # A: 100.00

    response = seller_a.client.get("/dashboard/")

    assert response.status_code == 200
    context = response.context
    assert context["total_revenue"] == Decimal("406.50")
    assert context["total_revenue_last_day"] == Decimal("406.50")
    assert context["average_order_costs"] == Decimal("203.25")
    chart = context["hourly_report_dict"]["order_total_hourly"]
    assert sum(hour["total_incl_tax"] for hour in chart) == Decimal("406.50")
    for leak in ("1,333.50", "1333.50", "666.75", "461.00", "872.50"):  # the orders' totals
        assert leak not in response.text

    staff = staff_client.get("/dashboard/").context
    assert staff["total_revenue"] == Decimal("1333.50")


def test_the_sellers_figures_cost_no_query_per_order(seller_a, seller_b, shared):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_list():
        with CaptureQueriesContext(connection) as queries:
            assert seller_a.client.get(ORDERS).status_code == 200
        return len(queries)

    queries_for_list()  # the first request after an order also re-indexes the products sold
    one_order = queries_for_list()
    for number in range(3):
        place_order(f"MORE-{number}", (seller_a.product, 1), (seller_b.product, 1))
    queries_for_list()

    assert queries_for_list() == one_order
