"""Prices are more than zero, in a currency the platform trades in, and quantities fit a
basket line: in the database itself, in the seller's dashboard and in the services."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.services import set_price_tiers, set_trade_terms
from tests.seller_dashboard.conftest import make_seller, page_data

from .conftest import messages_of

StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
Line = get_model("basket", "Line")

pytestmark = pytest.mark.django_db


@pytest.fixture
def seller(db):
    from tests.factories import add_category

    return make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in",
                       add_category(["Knives & Scissors", "Kitchen knives"]))


@pytest.fixture
def record(seller):
    """MOQ 100 at 100 yuan, samples at 120 yuan up to 3, one break at 500 units."""
    set_trade_terms(seller.stockrecord, moq=100, tiers=[(500, Decimal("90.00"))],
                    sample_price=Decimal("120.00"), sample_limit=3)
    return seller.stockrecord


def stored(record):
    row = StockRecord.objects.values("price", "price_currency", "moq", "sample_price",
                                     "sample_limit").get(pk=record.pk)
    tiers = list(PriceTier.objects.filter(stockrecord=record).values_list("min_quantity", "price"))
    return row, tiers


# --- the database -------------------------------------------------------------------------


@pytest.mark.parametrize("change", [
    {"price": Decimal("-1")}, {"price": Decimal("0")}, {"price": Decimal("1000000.01")},
    {"price_currency": "XXX"}, {"price_currency": "BTC"},
    {"moq": 2_000_000}, {"moq": 0},
    {"sample_price": Decimal("0")}, {"sample_price": Decimal("-1")},
    {"sample_limit": 2_000_000},
], ids=str)
def test_the_database_refuses_a_stock_record_out_of_bounds(record, change):
    before = stored(record)

    with pytest.raises(IntegrityError), transaction.atomic():
        StockRecord.objects.filter(pk=record.pk).update(**change)

    assert stored(record) == before


@pytest.mark.parametrize("change", [
    {"price": Decimal("-1")}, {"price": Decimal("0")}, {"price": Decimal("1000000.01")},
    {"min_quantity": 2_000_000},
], ids=str)
def test_the_database_refuses_a_quantity_break_out_of_bounds(record, change):
    before = stored(record)

    with pytest.raises(IntegrityError), transaction.atomic():
        PriceTier.objects.filter(stockrecord=record).update(**change)

    assert stored(record) == before


def test_an_unpriced_stock_record_is_still_allowed(record):
    # Oscar's price is nullable: a record without one is simply not for sale.
    StockRecord.objects.filter(pk=record.pk).update(price=None)


# --- the seller's dashboard: the stock record form ------------------------------------------

BAD_STOCK_RECORD_VALUES = [
    ("price", "-1", "more than zero"), ("price", "0", "more than zero"),
    ("price", "1000000000000", "digits"), ("price", "1e12", "digits"),
    ("price", "1000000.01", "at most 1000000.00"),
    ("price_currency", "XXX", "not a currency this platform trades in"),
    ("price_currency", "BTC", "not a currency this platform trades in"),
    ("moq", "2000000", "at most 1000000 units"), ("moq", "0", "greater than or equal to 1"),
    ("sample_price", "-1", "more than zero"), ("sample_price", "0", "more than zero"),
    ("sample_price", "1e12", "digits"), ("sample_limit", "2000000", "at most 1000000 units"),
]


@pytest.mark.parametrize("field, value, message", BAD_STOCK_RECORD_VALUES,
                         ids=[f"{field}={value}" for field, value, _m in BAD_STOCK_RECORD_VALUES])
def test_the_stock_record_form_refuses_out_of_bounds_terms(seller, record, field, value, message):
    url = f"/dashboard/catalogue/products/{seller.product.pk}/"
    data = page_data(seller.client.get(url)) | {f"stockrecords-0-{field}": value}
    before = stored(record)

    response = seller.client.post(url, data)

    assert response.status_code == 200  # the form again, not a redirect
    errors = response.context["stockrecord_formset"].forms[0].errors
    assert message in " ".join(errors.get(field, [])), errors
    assert stored(record) == before


def test_the_stock_record_form_offers_the_supported_currencies(seller, record):
    page = seller.client.get(f"/dashboard/catalogue/products/{seller.product.pk}/")

    assert '<option value="USD">USD</option>' in page.text
    assert 'value="BTC"' not in page.text


# --- the seller's dashboard: the trade terms page ---------------------------------------------

BAD_BREAKS = [("200", "-1", "price"), ("200", "0", "price"), ("200", "1e12", "price"),
              ("200", "1000000000000", "price"), ("2000000", "80.00", "min_quantity")]


@pytest.mark.parametrize("quantity, price, field", BAD_BREAKS,
                         ids=[f"{q} at {p}" for q, p, _f in BAD_BREAKS])
def test_the_trade_terms_page_refuses_a_break_out_of_bounds(seller, record, quantity, price,
                                                            field):
    data = {"tiers-TOTAL_FORMS": "1", "tiers-INITIAL_FORMS": "0",
            "tiers-0-min_quantity": quantity, "tiers-0-price": price,
            "incoterms-TOTAL_FORMS": "0", "incoterms-INITIAL_FORMS": "0"}
    before = stored(record)

    response = seller.client.post(
        f"/dashboard/catalogue/stock-records/{record.pk}/trade-terms/", data)

    assert response.status_code == 200
    assert response.context["tier_formset"].forms[0].errors.get(field)
    assert "The trade terms were not saved" in " ".join(messages_of(response))
    assert stored(record) == before


# --- the services the dashboard and imports write through -------------------------------------


@pytest.mark.parametrize("rungs", [
    [(200, Decimal("-1"))], [(200, Decimal("0"))], [(200, Decimal("1000000.01"))],
    [(2_000_000, Decimal("80.00"))],
], ids=str)
def test_set_price_tiers_refuses_breaks_out_of_bounds(record, rungs):
    before = stored(record)

    with pytest.raises(ValidationError):
        set_price_tiers(record, rungs)

    assert stored(record) == before


@pytest.mark.parametrize("terms", [
    {"moq": 2_000_000}, {"sample_price": Decimal("0"), "sample_limit": 3},
    {"sample_price": Decimal("-5"), "sample_limit": 3},
    {"sample_price": Decimal("10"), "sample_limit": 2_000_000},
], ids=str)
def test_set_trade_terms_refuses_terms_out_of_bounds(record, terms):
    before = stored(record)

    with pytest.raises(ValidationError):
        set_trade_terms(record, **terms)

    assert stored(record) == before


# --- the basket ------------------------------------------------------------------------------


@pytest.mark.parametrize("quantity, message", [
    ("2000000", "not able to ship more than 1000000 items in one order"),
    ("1000001", "not able to ship more than 1000000 items in one order"),
    ("-1", "greater than or equal to 0"),
])
def test_a_basket_line_refuses_a_quantity_no_order_can_hold(client, seller, quantity, message):
    client.post(f"/en/basket/add/{seller.product.pk}/", {"quantity": 5})
    line = Line.objects.get()
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000", "form-0-id": str(line.pk), "form-0-quantity": quantity}

    page = client.post("/en/basket/", data)

    assert page.status_code == 200
    assert message in " ".join(page.context["formset"].forms[0].errors["quantity"])
    line.refresh_from_db()
    assert line.quantity == 5
