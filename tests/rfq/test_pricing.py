"""The strategy seam: a basket line pays the accepted quote while it is valid, the listing price after."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.strategy import Marketplace
from marketplace.rfq import services
from marketplace.rfq.models import Quote
from tests.factories import rate

from .factories import in_days, make_quote, make_rfq

pytestmark = pytest.mark.django_db
Basket = get_model("basket", "Basket")


QuotedMarketplace = Marketplace  # the marketplace strategy holds the mixin (strategy.py)


def basket_line(buyer, display_currency="CNY"):
    basket = Basket.open.get(owner=buyer)
    basket.strategy = QuotedMarketplace(display_currency=display_currency)
    return basket, basket.all_lines()[0]


def test_the_basket_line_pays_the_quoted_tier_price(buyer, product, seller):
    rfq = make_rfq(buyer, product=product, quantity=500)
    quote = make_quote(rfq, seller, tiers=((100, "90.00"), (1000, "80.00")))
    services.accept_quote(quote, buyer)
    basket, line = basket_line(buyer)
    assert line.quantity == 500
    assert line.purchase_info.price.excl_tax == Decimal("90.00")
    line.quantity = 1000
    assert basket.strategy.fetch_for_line(line).price.excl_tax == Decimal("80.00")


def test_the_quoted_price_is_converted_into_the_display_currency(buyer, product, seller):
    rate("CNY", "EUR", "0.13", on=in_days(0))
    rfq = make_rfq(buyer, product=product, quantity=500)
    services.accept_quote(make_quote(rfq, seller), buyer)
    basket = Basket.open.get(owner=buyer)
    basket.strategy = QuotedMarketplace(display_currency="EUR")
    info = basket.strategy.fetch_for_line(basket.lines.get())
    assert (info.price.currency, info.price.excl_tax) == ("EUR", Decimal("11.70"))


def test_an_expired_quote_no_longer_prices_the_line(buyer, product, seller):
    rfq = make_rfq(buyer, product=product, quantity=500)
    quote = make_quote(rfq, seller)
    services.accept_quote(quote, buyer)
    Quote.objects.filter(pk=quote.pk).update(valid_until=in_days(-1))
    _basket, line = basket_line(buyer)
    assert line.purchase_info.price.excl_tax == Decimal("100.00")  # the listing's price again


def test_another_buyers_basket_pays_the_listing_price(buyer, product, seller):
    from tests.sellers.factories import UserFactory

    rfq = make_rfq(buyer, product=product, quantity=500)
    services.accept_quote(make_quote(rfq, seller), buyer)
    other = UserFactory()
    basket = Basket.open.get_or_create(owner=other)[0]
    basket.strategy = QuotedMarketplace(display_currency="CNY")
    basket.add_product(product, 500)
    assert basket.all_lines()[0].purchase_info.price.excl_tax == Decimal("100.00")


def test_a_quote_for_less_than_the_listings_minimum_order_can_be_bought(buyer, product, seller):
    record = product.stockrecords.get()
    record.moq = 1000
    record.save()
    rfq = make_rfq(buyer, product=product, quantity=200)
    acceptance = services.accept_quote(make_quote(rfq, seller, tiers=((100, "95.00"),)), buyer)

    assert acceptance.basket_line is not None, acceptance.basket_note
    basket, line = basket_line(buyer)
    assert line.quantity == 200
    assert line.purchase_info.price.excl_tax == Decimal("95.00")
    assert line.purchase_info.availability.is_purchase_permitted(200) == (True, "")
    # Without the quote, the listing's minimum order applies again.
    assert basket.strategy.fetch_for_product(product).availability.is_purchase_permitted(200)[0] is False
