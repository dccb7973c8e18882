"""The product page shows the seller's B2B terms in the visitor's language and currency."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from marketplace.core.chrome import invalidate
from marketplace.oscar_apps.partner.services import set_incoterms, set_price_tiers

from .conftest import choose_currency

PriceTier = get_model("partner", "PriceTier")

pytestmark = pytest.mark.django_db


def page_of(client, product, language="en"):
    response = client.get(f"/{language}{product.get_absolute_url()[3:]}")
    assert response.status_code == 200
    return response.content.decode()


def section(html, element_id):
    start = html.index(f'id="{element_id}"')
    return html[start:html.index("</section>", start)]


def squeeze(text):
    # Only ASCII white space: Babel puts a no-break space between amount and symbol.
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", text)).strip()


def test_spanish_visitors_see_the_quantity_breaks_in_spanish_euros(client, knife):
    terms = squeeze(section(page_of(client, knife, "es"), "trade_terms"))

    for quantities, price in [
        ("100–199", "1.234,50\xa0€"), ("200–499", "1.170,00\xa0€"), ("500–999", "1.105,00\xa0€"),
        ("1.000–1.999", "1.040,00\xa0€"), ("2.000–4.999", "975,00\xa0€"),
    ]:
        assert f"{quantities} {price}" in terms
    assert re.search("5.000 .*910,00\xa0€", terms)


def test_the_page_price_is_the_unit_price_at_the_moq_and_the_moq_is_shown(client, knife):
    html = page_of(client, knife, "es")

    assert "1.234,50\xa0€" in html.split('class="price_color"')[1].split("</p>")[0]
    assert 'data-moq="100"' in html
    assert "100" in squeeze(html.split('class="moq"')[1].split("</p>")[0])


def test_english_visitors_see_the_breaks_in_their_chosen_currency(client, knife):
    choose_currency(client, "USD")
    terms = squeeze(section(page_of(client, knife), "trade_terms"))

    assert "Minimum order: 100 units" in terms
    assert "1,000–1,999 $1,120.00" in terms
    assert "5,000 or more $980.00" in terms


def test_samples_and_incoterms_are_shown(client, knife):
    terms = squeeze(section(page_of(client, knife), "trade_terms"))

    assert "Samples: $16.80 per unit, at most 3 units per sample order" in terms
    assert "EXW" in terms and "FOB Yangjiang Port" in terms and "CIF Hamburg" in terms
    assert terms.index("EXW") < terms.index("FOB") < terms.index("CIF")


def test_a_product_without_samples_does_not_offer_them(client, knife):
    knife.stockrecords.update(sample_price=None, sample_limit=None)

    assert "Samples" not in section(page_of(client, knife), "trade_terms")


def test_the_basket_quantity_starts_at_the_moq(client, knife):
    form = page_of(client, knife).split('id="add_to_basket_form"')[1].split("</form>")[0]
    quantity_input = re.search(r'<input[^>]*name="quantity"[^>]*>', form)[0]

    assert 'value="100"' in quantity_input
    assert 'min="100"' in quantity_input
    assert 'type="number"' in quantity_input


def test_a_product_with_less_stock_than_its_moq_offers_the_stock_alert(client, knife):
    knife.stockrecords.update(num_in_stock=10)

    html = page_of(client, knife)

    assert 'id="add_to_basket_form"' not in html
    assert 'id="alert_form"' in html


def queries_for_page(client, product):
    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = "EUR"
    page_of(client, product)  # sessions, basket and the like are in place now
    invalidate("listing")  # the product's cached body is rendered again, as after a change
    with CaptureQueriesContext(connection) as captured:
        page_of(client, product)
    return captured.captured_queries


def test_the_terms_cost_the_same_queries_whatever_their_number(client, knife):
    five_tiers_three_incoterms = len(queries_for_page(client, knife))
    record = knife.stockrecords.get()
    set_price_tiers(record, [(500, "9000.00")])
    set_incoterms(record, ["EXW"])

    assert len(queries_for_page(client, knife)) == five_tiers_three_incoterms


def test_the_page_reads_the_stock_record_once_and_each_kind_of_term_once(client, knife):
    tables = [
        re.search(r'FROM "(\w+)"', query["sql"])[1]
        for query in queries_for_page(client, knife)
        if query["sql"].startswith("SELECT")
    ]

    assert tables.count("partner_stockrecord") == 1
    assert tables.count("partner_pricetier") == 1
    assert tables.count("partner_incotermoffer") == 1
    assert tables.count("currency_exchangerate") <= 1  # none while the rate table is cached


def test_the_product_page_stays_within_twelve_queries(client, knife, django_assert_max_num_queries):
    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = "EUR"
    page_of(client, knife)

    with django_assert_max_num_queries(12):
        page_of(client, knife)


def test_a_product_card_sends_the_buyer_to_the_product_page_to_order_the_moq(client, knife):
    page = client.get("/en/catalogue/").content.decode()
    card = page.split('class="product_pod"')[1].split("</article>")[0]

    assert "Order from 100 units" in squeeze(card)
    assert f'href="{knife.get_absolute_url()}"' in card
    assert 'action="/en/basket/add/' not in card


def test_a_product_card_without_minimum_keeps_the_one_click_basket_button(client, knife):
    knife.stockrecords.update(moq=1)
    PriceTier.objects.all().delete()

    card = client.get("/en/catalogue/").content.decode().split('class="product_pod"')[1]

    assert f'action="/en/basket/add/{knife.pk}/"' in card.split("</article>")[0]
