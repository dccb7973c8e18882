"""A buyer's first visit, in a real browser: language, currency, cluster, product, basket."""

import re
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.currency.money import format_money
from marketplace.currency.services import Converter
from tests import seed_snapshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Product = get_model("catalogue", "Product")


@pytest.fixture
def demo_site(live_server):
    # The seed tests/demo's modules read: copied from their snapshot when one was made.
    seed_snapshot.seed_demo(products=30, content_pages=False)
    return live_server.url


def test_buyer_switches_to_spanish_and_euros_and_sees_the_basket_total_in_spanish_format(
    page, demo_site
):
    page.goto(f"{demo_site}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#clusters-heading").is_visible()

    with page.expect_navigation():
        page.select_option("#language_select", "es")
    assert re.search(r"/es/$", page.url), page.url
    assert page.locator("html").get_attribute("lang") == "es"

    with page.expect_navigation():
        page.select_option("#currency_select", "EUR")
    assert page.locator("#currency_select").input_value() == "EUR"

    page.get_by_role("link", name="Cuchillos y tijeras").first.click()
    page.wait_for_load_state()
    assert "/es/catalogue/category/" in page.url

    page.locator(".product_pod h3 a").first.click()
    page.wait_for_load_state()
    title = page.locator(".product_main h1").inner_text()
    product = Product.objects.get(title_es=title.strip())
    record = product.stockrecords.get()
    price_eur = Converter().convert(record.price, "CNY", "EUR")
    assert format_money(price_eur, "EUR", "es") in page.locator(".product_main .price_color").inner_text()

    # Demo products are sold from their minimum order (one unit for retail-sized lots):
    # the form offers that quantity, and the unit price up to the first break is the price.
    quantity = page.locator("#add_to_basket_form input[name=quantity]")
    assert quantity.input_value() == str(record.moq)
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{demo_site}/es/basket/")
    total = page.locator("#basket_totals .total").last.inner_text()
    expected = format_money(price_eur * record.moq, "EUR", "es")
    assert expected in total, (record.moq, expected, total)
    assert re.search(r"\d,\d{2}\xa0€", expected)  # Spanish: decimal comma, euro sign after
    assert Decimal(price_eur) > 0
