"""What an order needs before it ships, and batch declarations of shipped export orders."""

import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import timezone

from marketplace.inspection import documents, services
from marketplace.inspection.models import BatchDeclaration, BatchStatus, EnterpriseFiling, FilingStatus
from marketplace.outbox.models import OutboxMessage
from marketplace.outbox.services import TransactionRequired

from .factories import (
    accept_all,
    commodity_filing,
    enterprise_filing,
    make_knife_seller,
    make_seafood_seller,
    place,
)

pytestmark = pytest.mark.django_db


def test_knives_without_filings_need_the_operator_and_commodity_filings(knife_seller):
    enterprise, knife, _user = knife_seller
    missing = services.missing_filings(place(knife))
    assert len(missing) == 2
    assert "Cross-border e-commerce operator filing" in missing[0]
    assert knife.upc in missing[1] and "commodity filing" in missing[1]
    assert not any("food" in message for message in missing)


def test_knives_with_accepted_filings_miss_nothing(knife_seller):
    enterprise, knife, _user = knife_seller
    accept_all(enterprise, [knife])
    assert services.missing_filings(place(knife)) == []


def test_seafood_needs_the_export_food_production_filing_too(seafood_seller):
    enterprise, prawns, _user = seafood_seller
    enterprise_filing(enterprise, status=FilingStatus.ACCEPTED)
    commodity_filing(prawns, enterprise, status=FilingStatus.ACCEPTED, name_zh="冻虾")
    missing = services.missing_filings(place(prawns))
    assert len(missing) == 1 and "Export food production enterprise filing" in missing[0]

    enterprise_filing(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, status=FilingStatus.ACCEPTED)
    assert services.missing_filings(place(prawns)) == []


def test_a_knife_declared_under_a_food_chapter_counts_as_food(knife_seller):
    from oscar.core.loading import get_model

    enterprise, knife, _user = knife_seller
    knife.hs_code = get_model("catalogue", "HSCode").objects.get(code="0306172900")
    knife.save()
    accept_all(enterprise, [knife])
    assert any("food production" in message for message in services.missing_filings(place(knife)))


def test_pending_expired_and_outdated_filings_are_named_as_such(knife_seller):
    enterprise, knife, _user = knife_seller
    enterprise_filing(enterprise, status=FilingStatus.SUBMITTED)
    expired = commodity_filing(knife, enterprise, status=FilingStatus.ACCEPTED)
    expired.valid_until = timezone.localdate() - timedelta(days=1)
    expired.save()
    missing = services.missing_filings(place(knife))
    assert "awaiting the authority's decision" in missing[0]
    assert "file the commodity filing" in missing[1]

    commodity_filing(knife, enterprise, status=FilingStatus.ACCEPTED, hs_code="8211920000")
    assert "HS code changed from 8211920000 to 8211910000" in services.missing_filings(place(knife))[1]


def test_a_seller_without_an_enterprise_cannot_declare(db):
    from oscar.test.factories import create_product, create_stockrecord

    product = create_product(title="Unfiled knife")
    create_stockrecord(product, price=10, currency="CNY", partner_name="Nobody Knives", num_in_stock=5)
    missing = services.missing_filings(place(product))
    assert missing == ["Nobody Knives is not registered as an enterprise on the platform; its goods cannot be "
                       "declared."]


def _ready_knife_seller(name):
    enterprise, knife, user = make_knife_seller(name=name)
    accept_all(enterprise, [knife])
    return enterprise, knife, user


def test_shipped_orders_are_declared_in_one_batch_per_seller(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    prawn_seller, prawns, _other = make_seafood_seller()
    accept_all(prawn_seller, [prawns], food=True)
    orders = [place(knife, country="US", quantity=3), place(knife, country="DE"), place(prawns, country="JP")]

    with transaction.atomic():
        batches = services.record_batch_declaration(orders, user=user)

    assert [batch.enterprise for batch in batches] == [enterprise, prawn_seller]
    knives_batch, prawns_batch = batches
    assert set(knives_batch.orders.all()) == set(orders[:2]) and list(prawns_batch.orders.all()) == [orders[2]]
    assert knives_batch.status == BatchStatus.DECLARED and knives_batch.declared_by == user
    messages = OutboxMessage.objects.filter(message_type="BATCH_DECL").order_by("pk")
    assert [message.idempotency_key for message in messages] == [f"inspection:batch:{b.number}" for b in batches]
    payload = json.loads(messages[0].payload)
    documents.validate("BATCH_DECL", payload)
    assert payload["seller"]["operator_filing_number"].startswith("4417CBE")
    assert "food_filing_number" not in payload["seller"]
    assert [order["destination_country"] for order in payload["orders"]] == ["US", "DE"]
    first_line = payload["orders"][0]["lines"][0]
    assert (first_line["hs_code"], first_line["quantity"], first_line["unit"]) == ("8211910000", 3, "piece")
    assert first_line["value_cny"] == "300.00" and first_line["name_zh"] == "不锈钢厨师刀"
    assert payload["total_value_cny"] == "500.00" and payload["total_quantity"] == 5
    assert payload["inspection_office"] == "阳江海关"
    prawn_payload = json.loads(messages[1].payload)
    assert prawn_payload["seller"]["food_filing_number"] and prawn_payload["orders"][0]["customs_mode"] == "9610"


def test_declaring_the_same_orders_again_gives_the_same_batch_and_writes_nothing(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    first, second = place(knife), place(knife)
    with transaction.atomic():
        batches = services.record_batch_declaration([first, second], user=user)
    with transaction.atomic():
        again = services.record_batch_declaration([second, first], user=user)
    assert again == batches and BatchDeclaration.objects.count() == 1
    assert OutboxMessage.objects.count() == 1

    third = place(knife)
    with transaction.atomic():
        more = services.record_batch_declaration([first, second, third], user=user)
    assert len(more) == 2 and more[0] == batches[0] and list(more[1].orders.all()) == [third]


def test_orders_of_a_rejected_batch_can_be_declared_again(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    order = place(knife)
    with transaction.atomic():
        [batch] = services.record_batch_declaration([order], user=user)
    services.apply_receipt(batch.number, "rejected", "申报要素不全")
    order.lines.update(quantity=1)  # corrected, shipped again: another set of facts
    other = place(knife)
    with transaction.atomic():
        batches = services.record_batch_declaration([order, other], user=user)
    assert len(batches) == 1 and batches[0] != batch and set(batches[0].orders.all()) == {order, other}


def test_a_missing_filing_stops_the_whole_batch_and_lists_every_order(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    _other, unfiled, _u = make_knife_seller(name="Unfiled Blades")
    good, bad = place(knife), place(unfiled)
    with pytest.raises(services.InspectionFactsMissing) as refused, transaction.atomic():
        services.record_batch_declaration([good, bad], user=user)
    assert all(message.startswith(f"{bad.number}: ") for message in refused.value.messages)
    assert len(refused.value.messages) == 2
    assert BatchDeclaration.objects.count() == 0 and OutboxMessage.objects.count() == 0


def test_an_order_without_a_destination_is_refused(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    order = place(knife, country="")
    with pytest.raises(services.InspectionFactsMissing) as refused, transaction.atomic():
        services.record_batch_declaration([order], user=user)
    assert "no destination country" in refused.value.messages[0]


def test_orders_to_china_are_not_exports_and_are_left_out(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    with transaction.atomic():
        assert services.record_batch_declaration([place(knife, country="CN")], user=user) == []
    assert OutboxMessage.objects.count() == 0


def test_a_batch_must_be_declared_in_the_shipping_transaction(knife_seller, monkeypatch):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    # The test itself runs in a transaction; the connection is made to say it is not in one.
    order = place(knife)
    monkeypatch.setattr(services.transaction, "get_connection",
                        lambda *using: SimpleNamespace(in_atomic_block=False))
    with pytest.raises(TransactionRequired):
        services.record_batch_declaration([order], user=user)


def test_large_shipments_are_split_into_bounded_batches(knife_seller, settings):
    settings.MARKETPLACE_INSPECTION_MAX_ORDERS_PER_BATCH = 2
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    orders = [place(knife) for _ in range(5)]
    with transaction.atomic():
        batches = services.record_batch_declaration(orders, user=user)
    assert [batch.orders.count() for batch in batches] == [2, 2, 1]
    assert len({batch.number for batch in batches}) == 3
