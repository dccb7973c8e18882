"""Who may move an order where (services.move_order): the seller runs production, shipment
and delivery of a paid order, the buyer cancels while nothing is paid and confirms
delivery, staff make any move of the pipeline; each change is logged with who made it."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from marketplace.order_lifecycle import services, statuses
from marketplace.order_lifecycle.models import Role, StatusChangeDetail
from marketplace.order_lifecycle.services import MoveRefused, is_fully_paid, move_order
from tests.order_lifecycle.conftest import pay, place_order
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")


def status_of(order):
    return Order.objects.get(pk=order.pk).status


def line_statuses(order):
    return set(Line.objects.filter(order=order).values_list("status", flat=True))


def paid(order):
    pay(order)
    order.set_status(statuses.PAID)  # as the payment webhook does
    return order


def history(order):
    return [(detail.status_change.old_status, detail.status_change.new_status, detail.role,
             detail.changed_by_id)
            for detail in StatusChangeDetail.objects.filter(status_change__order=order)
            .select_related("status_change").order_by("pk")]


def test_the_seller_produces_ships_and_delivers_a_paid_order(order, seller):
    paid(order)
    move_order(order, statuses.IN_PRODUCTION, by=seller.user)
    assert line_statuses(order) == {statuses.IN_PRODUCTION}

    detail = move_order(order, statuses.SHIPPED, by=seller.user, carrier="COSCO",
                        tracking_number="COSU6123456780", note="2 cartons, 18 kg")
    assert (detail.carrier, detail.tracking_number, detail.note) == (
        "COSCO", "COSU6123456780", "2 cartons, 18 kg")
    assert line_statuses(order) == {statuses.SHIPPED}

    move_order(order, statuses.DELIVERED, by=seller.user)
    assert status_of(order) == statuses.DELIVERED
    assert line_statuses(order) == {statuses.DELIVERED}
    assert history(order) == [
        (statuses.PLACED, statuses.PAID, Role.SYSTEM, None),
        (statuses.PAID, statuses.IN_PRODUCTION, Role.SELLER, seller.user.pk),
        (statuses.IN_PRODUCTION, statuses.SHIPPED, Role.SELLER, seller.user.pk),
        (statuses.SHIPPED, statuses.DELIVERED, Role.SELLER, seller.user.pk),
    ]


def test_goods_in_stock_ship_straight_from_paid(order, seller):
    paid(order)
    move_order(order, statuses.SHIPPED, by=seller.user, carrier="DHL", tracking_number="1234567890")
    assert status_of(order) == statuses.SHIPPED
    assert line_statuses(order) == {statuses.SHIPPED}


def test_production_starts_on_the_deposit_but_shipping_waits_for_the_balance(order, seller):
    order.set_status(statuses.AWAITING_PAYMENT)
    pay(order, "60.00", source="Bank transfer")
    order.set_status(statuses.DEPOSIT_PAID)  # as the bank_transfer app does
    move_order(order, statuses.IN_PRODUCTION, by=seller.user)
    assert not is_fully_paid(order)

    with pytest.raises(MoveRefused, match="not fully paid"):
        move_order(order, statuses.SHIPPED, by=seller.user, carrier="DHL", tracking_number="JD0001")
    assert status_of(order) == statuses.IN_PRODUCTION

    pay(order, "140.00", source="Bank transfer")
    assert is_fully_paid(order)
    move_order(order, statuses.SHIPPED, by=seller.user, carrier="DHL", tracking_number="JD0001")
    assert status_of(order) == statuses.SHIPPED


def test_refunds_and_other_currencies_do_not_count_as_paid(order):
    source = pay(order)
    assert is_fully_paid(order)
    source.amount_refunded = Decimal("0.01")
    source.save()
    assert not is_fully_paid(order)
    pay(order, "5000.00", currency="USD" if order.currency != "USD" else "EUR")
    assert not is_fully_paid(order)  # no rate here to add it with


def test_staff_cannot_ship_an_unpaid_order_either(order, staff):
    order.set_status(statuses.AWAITING_PAYMENT)
    order.set_status(statuses.DEPOSIT_PAID)
    move_order(order, statuses.IN_PRODUCTION, by=staff)
    with pytest.raises(MoveRefused):
        move_order(order, statuses.SHIPPED, by=staff, carrier="DHL", tracking_number="JD0001")


@pytest.mark.parametrize("carrier, tracking, field", [
    ("", "JD0001", "carrier"),
    ("DHL", "", "tracking_number"),
    ("DHL", "<script>alert(1)</script>", "tracking_number"),
    ("DHL", "JD 0001; DROP", "tracking_number"),
    ("DHL", "1" * 65, "tracking_number"),
    ("D" * 65, "JD0001", "carrier"),
])
def test_a_shipment_needs_a_carrier_and_a_well_formed_tracking_number(
        order, seller, carrier, tracking, field):
    paid(order)
    with pytest.raises(ValidationError) as refused:
        move_order(order, statuses.SHIPPED, by=seller.user, carrier=carrier, tracking_number=tracking)
    assert field in refused.value.message_dict
    assert status_of(order) == statuses.PAID
    assert len(history(order)) == 1


def test_a_note_is_bounded(order, seller):
    paid(order)
    with pytest.raises(ValidationError):
        move_order(order, statuses.IN_PRODUCTION, by=seller.user, note="x" * 501)
    assert status_of(order) == statuses.PAID


@pytest.mark.parametrize("start, target", [
    (statuses.PLACED, statuses.CANCELLED),        # the buyer's to cancel, not the seller's
    (statuses.PLACED, statuses.PAID),             # money is the platform's
    (statuses.AWAITING_PAYMENT, statuses.DEPOSIT_PAID),
    (statuses.PAID, statuses.REFUNDED),
    (statuses.DELIVERED, statuses.COMPLETED),     # only the buyer confirms
])
def test_the_seller_may_not(order, seller, start, target):
    for step in {statuses.PLACED: [], statuses.AWAITING_PAYMENT: [statuses.AWAITING_PAYMENT],
                 statuses.PAID: [statuses.PAID],
                 statuses.DELIVERED: [statuses.PAID, statuses.SHIPPED, statuses.DELIVERED]}[start]:
        order.set_status(step)
    with pytest.raises(MoveRefused) as refused:
        move_order(order, target, by=seller.user)
    assert "may not" in str(refused.value.message)
    assert status_of(order) == start


def test_the_seller_cannot_start_production_of_an_unpaid_order(order, seller):
    with pytest.raises(MoveRefused, match="cannot become"):
        move_order(order, statuses.IN_PRODUCTION, by=seller.user)


def test_another_seller_moves_nothing(order, other_seller):
    paid(order)
    with pytest.raises(MoveRefused):
        move_order(order, statuses.IN_PRODUCTION, by=other_seller.user)
    assert status_of(order) == statuses.PAID


def test_an_order_holding_two_sellers_goods_is_staffs_to_move(seller, other_seller, buyer, staff):
    order = paid(place_order("YJ-SHARED", buyer, seller.product, other_seller.product))
    for user in (seller.user, other_seller.user):
        with pytest.raises(MoveRefused):
            move_order(order, statuses.IN_PRODUCTION, by=user)
    move_order(order, statuses.IN_PRODUCTION, by=staff)
    assert status_of(order) == statuses.IN_PRODUCTION


@pytest.mark.parametrize("start", [statuses.PLACED, statuses.AWAITING_PAYMENT])
def test_the_buyer_cancels_an_unpaid_order(order, buyer, start):
    if start != statuses.PLACED:
        order.set_status(start)
    move_order(order, statuses.CANCELLED, by=buyer, note="Ordered the wrong size")
    assert status_of(order) == statuses.CANCELLED
    assert line_statuses(order) == {statuses.CANCELLED}
    assert history(order)[-1] == (start, statuses.CANCELLED, Role.BUYER, buyer.pk)


@pytest.mark.parametrize("steps", [
    [statuses.PAID],
    [statuses.AWAITING_PAYMENT, statuses.DEPOSIT_PAID],
    [statuses.PAID, statuses.IN_PRODUCTION],
])
def test_the_buyer_cannot_cancel_once_money_came_in(order, buyer, steps):
    for step in steps:
        order.set_status(step)
    with pytest.raises(MoveRefused):
        move_order(order, statuses.CANCELLED, by=buyer)
    assert status_of(order) == steps[-1]


@pytest.mark.parametrize("delivered_first", [False, True])
def test_the_buyer_confirms_delivery(order, seller, buyer, delivered_first):
    paid(order)
    move_order(order, statuses.SHIPPED, by=seller.user, carrier="DHL", tracking_number="JD0001")
    if delivered_first:
        move_order(order, statuses.DELIVERED, by=seller.user)
    move_order(order, statuses.COMPLETED, by=buyer)
    assert status_of(order) == statuses.COMPLETED
    assert line_statuses(order) == {statuses.DELIVERED}
    assert history(order)[-1][2:] == (Role.BUYER, buyer.pk)


@pytest.mark.parametrize("target", [statuses.IN_PRODUCTION, statuses.SHIPPED, statuses.DELIVERED,
                                    statuses.REFUNDED])
def test_the_buyer_may_not_run_the_sellers_or_the_platforms_part(order, buyer, target):
    paid(order)
    with pytest.raises(MoveRefused):
        move_order(order, target, by=buyer, carrier="DHL", tracking_number="JD0001")
    assert status_of(order) == statuses.PAID


def test_the_buyer_cannot_complete_before_shipment(order, buyer):
    paid(order)
    with pytest.raises(MoveRefused):
        move_order(order, statuses.COMPLETED, by=buyer)


def test_staff_make_any_move_of_the_pipeline_and_no_other(order, staff):
    move_order(order, statuses.AWAITING_PAYMENT, by=staff)
    move_order(order, statuses.PAID, by=staff)
    with pytest.raises(MoveRefused, match="cannot become"):
        move_order(order, statuses.COMPLETED, by=staff)
    move_order(order, statuses.REFUNDED, by=staff, note="Buyer withdrew, card refunded")
    assert status_of(order) == statuses.REFUNDED
    assert {role for *_ignored, role, _user in history(order)} == {Role.STAFF}


def test_strangers_and_nonsense_move_nothing(order):
    stranger = UserFactory()
    with pytest.raises(MoveRefused):
        move_order(order, statuses.CANCELLED, by=stranger)
    with pytest.raises(MoveRefused, match="no such"):
        move_order(order, "Teleported", by=stranger)
    with pytest.raises(MoveRefused, match="already"):
        move_order(order, statuses.PLACED, by=stranger)
    assert status_of(order) == statuses.PLACED and history(order) == []


def test_a_change_made_elsewhere_is_logged_as_the_systems(order):
    order.set_status(statuses.AWAITING_PAYMENT)
    assert history(order) == [(statuses.PLACED, statuses.AWAITING_PAYMENT, Role.SYSTEM, None)]
    # and the actor of move_order does not leak to what follows it
    assert services.current_actor().role == Role.SYSTEM
