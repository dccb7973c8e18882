"""The products of a results page, kept a minute under the "listing" version
(product_search/listed.py): read once, and read again after any change a card shows."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from marketplace.product_search.listed import listed_products
from tests.factories import ProductClassFactory, StockRecordFactory

pytestmark = pytest.mark.django_db

Option = get_model("catalogue", "Option")


def listed(ids):
    with CaptureQueriesContext(connection) as queries:
        found = listed_products(ids)
    return found, len(queries)


def card_reads(product):
    """What a card reads of the product, each of which would be a query if not fetched."""
    record = product.stockrecords.all()[0]
    return product.title, product.product_class.name, record.price, product.has_options


@pytest.fixture
def knives():
    return [StockRecordFactory().product for _ in range(3)]


def test_a_page_read_again_runs_no_query_and_its_cards_none_either(knives):
    ids = [p.pk for p in knives]
    first, queries = listed(ids)
    assert set(first) == set(ids) and queries > 0
    again, queries = listed(ids)
    assert queries == 0
    with CaptureQueriesContext(connection) as reads:
        assert [card_reads(again[pk]) for pk in ids] == [card_reads(first[pk]) for pk in ids]
    assert len(reads) == 0
    # Kept without Oscar's attribute container; read back with one of its own.
    assert all(again[pk].attr.product is again[pk] for pk in ids)
    assert all(first[pk].attr.product is first[pk] for pk in ids)


def test_only_the_products_not_kept_are_read(knives):
    listed([knives[0].pk])
    with CaptureQueriesContext(connection) as queries:
        found = listed_products([p.pk for p in knives])
    assert set(found) == {p.pk for p in knives}
    products_query = next(q["sql"] for q in queries if '"catalogue_product"."title"' in q["sql"])
    assert str(knives[0].pk) not in products_query.split("IN (")[-1].split(")")[0].split(", ")


def test_a_product_taken_down_leaves_at_once(knives):
    listed([p.pk for p in knives])
    knives[1].is_public = False
    knives[1].save()
    found, _ = listed([p.pk for p in knives])
    assert set(found) == {knives[0].pk, knives[2].pk}


def test_an_id_no_longer_listed_is_remembered(knives):
    knives[1].is_public = False
    knives[1].save()
    listed([p.pk for p in knives] + [999_999])
    found, queries = listed([p.pk for p in knives] + [999_999])
    assert set(found) == {knives[0].pk, knives[2].pk}
    assert queries == 0


def test_a_new_price_title_or_class_name_is_read_again(knives):
    ids = [p.pk for p in knives]
    listed(ids)
    record = knives[0].stockrecords.get()
    record.price = Decimal("88.00")
    record.save()
    assert listed(ids)[0][knives[0].pk].stockrecords.all()[0].price == Decimal("88.00")
    knives[1].title_en = "Nakiri knife"
    knives[1].save()
    assert listed(ids)[0][knives[1].pk].title == "Nakiri knife"
    product_class = ProductClassFactory()
    product_class.name = "Santoku"
    product_class.save()
    assert listed(ids)[0][knives[2].pk].product_class.name == "Santoku"


@pytest.mark.parametrize("where", ["product", "class"])
def test_an_option_added_sends_the_card_to_the_product_page(knives, where):
    # A card offers "Add to basket" only to a product without options (Oscar's has_options).
    ids = [p.pk for p in knives]
    assert not listed(ids)[0][knives[0].pk].has_options
    engraving = Option.objects.create(name="Engraving", code="engraving")
    if where == "product":
        knives[0].product_options.add(engraving)
    else:
        knives[0].product_class.options.add(engraving)
    assert listed(ids)[0][knives[0].pk].has_options


def test_the_seller_suspended_leaves_at_once(knives, admin_user):
    from marketplace.sellers.models import Enterprise
    from marketplace.sellers.services import suspend_enterprise
    from tests.sellers.factories import EnterpriseFactory

    seller = EnterpriseFactory(status=Enterprise.Status.APPROVED,
                               partner=knives[0].stockrecords.get().partner)
    listed([p.pk for p in knives])
    suspend_enterprise(seller, decided_by=admin_user, reason="Counterfeit goods")
    assert knives[0].pk not in listed([p.pk for p in knives])[0]


def test_kept_stock_records_answer_like_the_prefetched_ones(knives):
    ids = [p.pk for p in knives]
    listed(ids)
    again, _ = listed(ids)
    product = again[knives[0].pk]
    record = knives[0].stockrecords.get()
    with CaptureQueriesContext(connection) as reads:
        records = product.stockrecords.all()
        assert list(records) == [record] and records[0].product is product
        assert product.stockrecords.exists() and product.stockrecords.count() == 1
        assert product.stockrecords.all().first() == record
    assert len(reads) == 0
    # Anything else is the product's own QuerySet, never another product's records.
    assert list(product.stockrecords.filter(partner=record.partner)) == [record]
    assert list(product.stockrecords.all().exclude(pk=record.pk)) == []
    other_partner = knives[1].stockrecords.get().partner
    assert not product.stockrecords.filter(partner=other_partner).exists()
