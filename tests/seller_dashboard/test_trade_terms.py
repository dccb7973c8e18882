"""Quantity breaks and Incoterms of a stock record, on the seller's trade terms page."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.services import set_trade_terms

pytestmark = pytest.mark.django_db

PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")


def url(record):
    return f"/dashboard/catalogue/stock-records/{record.pk}/trade-terms/"


def terms(tiers=(), incoterms=()):
    data = {"tiers-TOTAL_FORMS": str(len(tiers)), "tiers-INITIAL_FORMS": "0",
            "incoterms-TOTAL_FORMS": str(len(incoterms)), "incoterms-INITIAL_FORMS": "0"}
    for index, (quantity, price) in enumerate(tiers):
        data |= {f"tiers-{index}-min_quantity": str(quantity), f"tiers-{index}-price": price}
    for index, (term, port) in enumerate(incoterms):
        data |= {f"incoterms-{index}-term": term, f"incoterms-{index}-port": port}
    return data


@pytest.fixture
def record(seller_a):
    """MOQ 100 at 100 yuan, with one break and EXW already saved."""
    record = seller_a.stockrecord
    set_trade_terms(record, moq=100, tiers=[(500, Decimal("90.00"))], incoterms=["EXW"])
    return record


def saved(record):
    return (list(PriceTier.objects.filter(stockrecord=record)
                 .values_list("min_quantity", "price")),
            list(IncotermOffer.objects.filter(stockrecord=record).values_list("term", "port")))


def test_the_product_page_links_each_stock_record_to_its_trade_terms(seller_a, record):
    page = seller_a.client.get(f"/dashboard/catalogue/products/{seller_a.product.pk}/")
    assert url(record) in page.text
    assert "1 quantity break" in page.text

    page = seller_a.client.get(url(record))
    assert page.status_code == 200
    assert "Yangjiang Eighteen Knives" in page.text
    assert 'value="500"' in page.text


def test_seller_replaces_breaks_and_incoterms(seller_a, record):
    response = seller_a.client.post(url(record), terms(
        tiers=[(200, "95.00"), (1000, "85.00")],
        incoterms=[("FOB", "Yangjiang Port"), ("CIF", "Hamburg")],
    ))

    assert response.status_code == 302
    assert response["Location"] == f"/dashboard/catalogue/products/{seller_a.product.pk}/"
    assert saved(record) == (
        [(200, Decimal("95.00")), (1000, Decimal("85.00"))],
        [("CIF", "Hamburg"), ("FOB", "Yangjiang Port")],
    )


def form_errors(response, formset, index):
    return response.context[formset].forms[index].errors


@pytest.mark.parametrize("tiers, row, field, message", [
    ([(50, "95.00")], 0, "min_quantity", "must start above the minimum order of 100"),
    ([(200, "120.00")], 0, "price", "cannot cost more per unit"),
    ([(200, "90.00"), (1000, "95.00")], 1, "price", "cannot cost more per unit"),
    ([(200, "0.00")], 0, "price", ""),
], ids=["below MOQ", "dearer than the base price", "dearer than a smaller break", "free"])
def test_a_bad_break_is_shown_on_its_field_and_nothing_changes(
        seller_a, record, tiers, row, field, message):
    before = saved(record)
    response = seller_a.client.post(url(record), terms(tiers=tiers, incoterms=[("EXW", "")]))

    assert response.status_code == 200
    assert field in form_errors(response, "tier_formset", row)
    assert message in str(form_errors(response, "tier_formset", row)[field])
    assert saved(record) == before


def test_two_breaks_at_one_quantity_are_refused(seller_a, record):
    before = saved(record)
    response = seller_a.client.post(url(record), terms(tiers=[(200, "95.00"), (200, "90.00")]))

    assert response.status_code == 200
    assert saved(record) == before


@pytest.mark.parametrize("offer, message", [
    (("FOB", ""), "FOB is a sea term: name the port."),
    (("EXW", "Yangjiang Port"), "EXW works for any mode of transport and takes no port."),
])
def test_a_bad_incoterm_is_shown_on_its_port(seller_a, record, offer, message):
    before = saved(record)
    response = seller_a.client.post(url(record), terms(incoterms=[offer]))

    assert response.status_code == 200
    assert message in str(form_errors(response, "incoterm_formset", 0)["port"])
    assert saved(record) == before


def test_the_same_incoterm_twice_is_refused(seller_a, record):
    before = saved(record)
    response = seller_a.client.post(url(record), terms(
        incoterms=[("FOB", "Yangjiang Port"), ("FOB", "Yangjiang Port")]))
    assert response.status_code == 200
    assert saved(record) == before
