"""Shipping declares: everything in one transaction, or nothing with the full list."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.declaration import services
from marketplace.declaration.models import Declaration, DeclarationMessage
from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.models import StatusChangeDetail
from marketplace.order_lifecycle.services import move_order
from marketplace.outbox.models import OutboxMessage

from .factories import place


def test_declaring_ships_the_order_and_records_each_message_in_order(seller, inspection):
    _enterprise, product, user = seller
    order = place(product)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number="1234567890")
    order.refresh_from_db()
    assert order.status == statuses.SHIPPED
    detail = StatusChangeDetail.objects.get(status_change__order=order, status_change__new_status=statuses.SHIPPED)
    assert (detail.changed_by_id, detail.carrier, detail.tracking_number) == (user.pk, "DHL", "1234567890")
    assert declaration.customs_mode == "9610" and declaration.declared_by == user
    outbox = list(OutboxMessage.objects.filter(subject=order.number).order_by("sequence"))
    assert [(m.kind, m.message_type, m.idempotency_key) for m in outbox] == [
        ("customs", "CEB303", f"ceb:CEB303:{order.number}"), ("customs", "CEB403", f"ceb:CEB403:{order.number}"),
        ("customs", "CEB505", f"ceb:CEB505:{order.number}"), ("customs", "CEB603", f"ceb:CEB603:{order.number}")]
    messages = list(declaration.messages.all())
    assert [m.outbox_message_id for m in messages] == [m.pk for m in outbox]
    assert all(m.guid in m.outbox_message.payload and len(m.guid) == 36 for m in messages)
    assert inspection.batches == [[order.number]]


def test_missing_facts_are_listed_for_every_order_and_nothing_is_written(seller):
    _enterprise, product, user = seller
    good = place(product)
    no_address = place(product, country="")
    with pytest.raises(services.ShipmentRefused) as refused:
        services.declare_shipment([good, no_address], user=user, carrier="DHL", tracking_number="1234567890")
    assert list(refused.value.by_order) == [no_address.number]
    assert "The order has no shipping address" in " ".join(refused.value.messages)
    good.refresh_from_db()
    assert good.status == statuses.PAID
    assert not Declaration.objects.exists() and not OutboxMessage.objects.exists()
    assert not StatusChangeDetail.objects.filter(status_change__new_status=statuses.SHIPPED).exists()


def test_an_error_while_building_rolls_the_whole_batch_back(seller, monkeypatch):
    _enterprise, product, user = seller
    first, second = place(product), place(product)
    real = services.mapping.plan

    def failing(order, **kwargs):
        if order.pk == second.pk:
            raise RuntimeError("builder crashed")
        return real(order, **kwargs)

    monkeypatch.setattr(services.mapping, "plan", failing)
    with pytest.raises(RuntimeError):
        services.declare_shipment([first, second], user=user, carrier="DHL", tracking_number="1234567890")
    first.refresh_from_db()
    assert first.status == statuses.PAID
    assert not OutboxMessage.objects.exists() and not Declaration.objects.exists()


def test_declaring_twice_writes_nothing_new(seller):
    _enterprise, product, user = seller
    order = place(product)
    first = services.declare_shipment([order], user=user, carrier="DHL", tracking_number="1234567890")
    counts = (OutboxMessage.objects.count(), DeclarationMessage.objects.count(), StatusChangeDetail.objects.count())
    again = services.declare_shipment([order], user=user, carrier="DHL", tracking_number="1234567890")
    assert again == first
    assert (OutboxMessage.objects.count(), DeclarationMessage.objects.count(),
            StatusChangeDetail.objects.count()) == counts


def test_the_lifecycles_mark_shipped_goes_through_the_declaration(seller):
    _enterprise, product, user = seller
    order = place(product)
    detail = move_order(order, statuses.SHIPPED, by=user, carrier="DHL", tracking_number="1234567890")
    assert detail.tracking_number == "1234567890"
    assert Declaration.objects.filter(order=order).exists()
    assert OutboxMessage.objects.filter(subject=order.number).count() == 4


def test_the_lifecycle_refuses_shipping_an_order_customs_cannot_be_told_of(seller):
    _enterprise, product, user = seller
    product.hs_code = None
    product.save()
    order = place(product)
    with pytest.raises(ValidationError) as error:
        move_order(order, statuses.SHIPPED, by=user, carrier="DHL", tracking_number="1234567890")
    assert "Chef Knife 8in has no HS code." in " ".join(error.value.messages)
    order.refresh_from_db()
    assert order.status == statuses.PAID and not OutboxMessage.objects.exists()


def test_another_sellers_user_may_not_ship(seller):
    from .factories import make_seller

    _enterprise, product, _user = seller
    _other, _product, stranger = make_seller(customs_code="4417969999", name="Other Knives")
    order = place(product)
    with pytest.raises(services.ShipmentRefused) as refused:
        services.declare_shipment([order], user=stranger, carrier="DHL", tracking_number="1234567890")
    assert refused.value.messages == [f"{order.number}: You may not ship this order."]
