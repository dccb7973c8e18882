"""Sellers quote on what they were asked; buyers compare the quotes and accept one."""

from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from marketplace.rfq import selectors, services
from marketplace.rfq.models import Quote, RequestForQuotation
from marketplace.sellers.models import Cluster
from tests.factories import rate

from .factories import in_days, make_quote, make_rfq, make_seller

pytestmark = pytest.mark.django_db
Basket = get_model("basket", "Basket")


@pytest.fixture
def product_rfq(buyer, product):
    return make_rfq(buyer, product=product, quantity=500)


def quote_post(**fields):
    data = {
        "currency": "CNY", "valid_until": in_days(30).isoformat(), "lead_time_days": "25",
        "incoterm": "FOB", "place": "Yangjiang Port", "sample_price": "120.00", "sample_limit": "3",
        "note": "Logo etching included.",
        "tiers-TOTAL_FORMS": "3", "tiers-INITIAL_FORMS": "0", "tiers-MIN_NUM_FORMS": "1",
        "tiers-MAX_NUM_FORMS": "10",
        "tiers-0-min_quantity": "100", "tiers-0-unit_price": "90.00",
        "tiers-1-min_quantity": "1000", "tiers-1-unit_price": "80.00",
    }
    data.update(fields)
    return data


def test_asked_seller_quotes_from_its_page_and_the_buyer_is_told(
        client, seller_user, product_rfq, buyer, django_capture_on_commit_callbacks):
    client.force_login(seller_user)
    page = client.get(f"/en/rfq/seller/{product_rfq.pk}/")
    assert page.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/rfq/seller/{product_rfq.pk}/", quote_post())
    assert response.status_code == 302
    quote = Quote.objects.get()
    assert [(tier.min_quantity, tier.unit_price) for tier in quote.tiers.all()] == [
        (100, Decimal("90.00")), (1000, Decimal("80.00"))]
    assert quote.note == "Logo etching included." and quote.sample_limit == 3
    product_rfq.refresh_from_db()
    assert product_rfq.status == RequestForQuotation.Status.QUOTED
    assert [message.to for message in mail.outbox] == [[buyer.email]]


@pytest.mark.parametrize("fields, error", [
    ({"tiers-0-min_quantity": "", "tiers-0-unit_price": "", "tiers-1-min_quantity": "",
      "tiers-1-unit_price": ""}, "Please submit at least 1 form."),
    ({"tiers-1-min_quantity": "50"}, "List the tiers by quantity, smallest first"),
    ({"tiers-1-min_quantity": "100"}, "List the tiers by quantity, smallest first"),
    ({"tiers-1-unit_price": "-3.00"}, "A price must be more than zero."),
    ({"tiers-0-unit_price": "0"}, "A price must be more than zero."),
])
def test_bad_tiers_are_refused(client, seller_user, product_rfq, fields, error):
    client.force_login(seller_user)
    response = client.post(f"/en/rfq/seller/{product_rfq.pk}/", quote_post(**fields))
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Quote.objects.exists()


def test_the_service_checks_tiers_validity_and_currency(product_rfq, seller):
    for bad in [{"tiers": []}, {"tiers": ((10, "5.00"), (5, "4.00"))}, {"valid_until": in_days(-1)},
                {"currency": "XYZ"}]:
        with pytest.raises(ValidationError):
            make_quote(product_rfq, seller, **bad)
    assert not Quote.objects.exists()


def test_a_seller_not_asked_cannot_quote_or_see_the_request(client, product_rfq):
    stranger = make_seller(cluster=Cluster.KNIVES_SCISSORS)
    with pytest.raises(services.RfqError, match="was not asked"):
        make_quote(product_rfq, stranger)
    client.force_login(stranger.applicant)
    assert client.get(f"/en/rfq/seller/{product_rfq.pk}/").status_code == 404
    assert client.post(f"/en/rfq/seller/{product_rfq.pk}/", quote_post()).status_code == 404
    assert not Quote.objects.exists()


def test_a_revision_replaces_the_live_quote_and_keeps_the_old_one(product_rfq, seller):
    first = make_quote(product_rfq, seller)
    second = make_quote(product_rfq, seller, tiers=((100, "85.00"),))
    first.refresh_from_db()
    assert first.status == Quote.Status.SUPERSEDED and second.status == Quote.Status.SUBMITTED
    assert selectors.quotes_to_compare(product_rfq) == [second]


def test_buyer_compares_the_quotes_side_by_side(client, buyer, seller):
    other = make_seller()
    rfq = make_rfq(buyer, quantity=500)
    make_quote(rfq, seller, tiers=((100, "90.00"), (1000, "80.00")), lead_time_days=25)
    make_quote(rfq, other, tiers=((600, "70.00"),), lead_time_days=40, incoterm="CIF", place="Hamburg")
    client.force_login(buyer)
    response = client.get(f"/en/rfq/{rfq.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="quote"') == 2
    assert seller.partner.name in html and other.partner.name in html
    assert "90.00 CNY" in html  # 500 units reach the 100+ tier
    assert "not quoted" in html  # the other starts at 600
    assert "25 days" in html and "40 days" in html and "CIF Hamburg" in html and "FOB Yangjiang Port" in html
    assert "120.00 CNY" in html and "up to 3" in html


def test_accepting_declines_the_others_and_fills_the_basket(client, buyer, product, seller,
                                                           django_capture_on_commit_callbacks):
    rfq = make_rfq(buyer, product=product, quantity=500)
    quote = make_quote(rfq, seller)
    mail.outbox.clear()
    client.force_login(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/rfq/{rfq.pk}/quotes/{quote.pk}/accept/", follow=True)
    assert "You accepted the quote" in response.content.decode()
    quote.refresh_from_db()
    rfq.refresh_from_db()
    assert quote.status == Quote.Status.ACCEPTED and rfq.status == RequestForQuotation.Status.ACCEPTED
    line = Basket.open.get(owner=buyer).lines.get()
    assert line.product == product and line.quantity == 500
    assert [message.to for message in mail.outbox] == [[seller.applicant.email]]


def test_accepting_one_quote_declines_the_others(buyer, seller):
    other = make_seller()
    rfq = make_rfq(buyer)
    taken, left = make_quote(rfq, seller), make_quote(rfq, other)
    result = services.accept_quote(taken, buyer)
    left.refresh_from_db()
    assert result.quote.status == Quote.Status.ACCEPTED and result.basket_line is None
    assert left.status == Quote.Status.DECLINED
    with pytest.raises(services.RfqError):
        services.accept_quote(left, buyer)


def test_an_expired_quote_cannot_be_accepted(client, buyer, product, seller):
    rfq = make_rfq(buyer, product=product)
    quote = make_quote(rfq, seller)
    Quote.objects.filter(pk=quote.pk).update(valid_until=in_days(-1))
    client.force_login(buyer)
    response = client.post(f"/en/rfq/{rfq.pk}/quotes/{quote.pk}/accept/", follow=True)
    assert "expired on" in response.content.decode()
    assert "can no longer be accepted" in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == Quote.Status.SUBMITTED
    assert not Basket.objects.filter(owner=buyer, lines__isnull=False).exists()


def test_only_the_buyer_accepts(client, buyer, product, seller):
    rfq = make_rfq(buyer, product=product)
    quote = make_quote(rfq, seller)
    with pytest.raises(services.RfqError):
        services.accept_quote(quote, seller.applicant)
    client.force_login(seller.applicant)
    assert client.post(f"/en/rfq/{rfq.pk}/quotes/{quote.pk}/accept/").status_code == 404


def test_selector_gives_the_tier_price_of_the_accepted_quote(buyer, product, seller):
    rfq = make_rfq(buyer, product=product, quantity=500)
    quote = make_quote(rfq, seller, tiers=((100, "90.00"), (1000, "80.00")))
    assert selectors.accepted_quote_price(buyer, product, 500) is None  # not accepted yet
    services.accept_quote(quote, buyer)
    assert selectors.accepted_quote_price(buyer, product, 500) == Decimal("90.00")
    assert selectors.accepted_quote_price(buyer, product, 1000) == Decimal("80.00")
    assert selectors.accepted_quote_price(buyer, product, 99) is None  # below the first tier
    assert selectors.accepted_quote_price(buyer, product, 500, currency="CNY") == Decimal("90.00")


def test_selector_gives_nothing_to_others_for_other_products_or_once_expired(buyer, product, seller):
    from tests.factories import StockRecordFactory
    from tests.sellers.factories import UserFactory

    rfq = make_rfq(buyer, product=product, quantity=500)
    services.accept_quote(make_quote(rfq, seller, valid_until=in_days(10)), buyer)
    other_product = StockRecordFactory(partner=seller.partner).product
    assert selectors.accepted_quote_price(UserFactory(), product, 500) is None
    assert selectors.accepted_quote_price(buyer, other_product, 500) is None
    assert selectors.accepted_quote_price(buyer, product, 500, on=in_days(10)) == Decimal("90.00")
    assert selectors.accepted_quote_price(buyer, product, 500, on=in_days(11)) is None


def test_selector_converts_into_the_asked_currency(buyer, product, seller):
    rate("CNY", "EUR", "0.13", on=in_days(0))
    rfq = make_rfq(buyer, product=product, quantity=500)
    services.accept_quote(make_quote(rfq, seller), buyer)
    assert selectors.accepted_quote_price(buyer, product, 500, currency="EUR") == Decimal("11.70")
    assert selectors.accepted_quote_price(buyer, product, 500, currency="JPY") is None  # no rate


def test_buyer_closes_a_request_and_its_quotes_are_declined(client, buyer, seller):
    rfq = make_rfq(buyer)
    quote = make_quote(rfq, seller)
    client.force_login(buyer)
    response = client.post(f"/en/rfq/{rfq.pk}/close/", follow=True)
    assert "Your request is closed." in response.content.decode()
    quote.refresh_from_db()
    rfq.refresh_from_db()
    assert rfq.status == RequestForQuotation.Status.CLOSED and quote.status == Quote.Status.DECLINED
    with pytest.raises(services.RfqError, match="no longer takes quotes"):
        make_quote(rfq, seller)


def test_a_suspended_seller_cannot_quote(product_rfq, seller):
    from marketplace.sellers.models import Enterprise

    Enterprise.objects.filter(pk=seller.pk).update(status=Enterprise.Status.SUSPENDED)
    with pytest.raises(services.RfqError, match="not approved"):
        make_quote(product_rfq, seller)
