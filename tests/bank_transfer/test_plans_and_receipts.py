"""A bank-transfer order owes a deposit and a balance fixed in its currency's minor unit;
each transfer received is recorded once, keeps the order's payment source in step and moves
the order along its pipeline (Deposit received, Paid) when the money is there."""

import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.bank_transfer import selectors, services
from marketplace.bank_transfer.models import Receipt
from marketplace.order_lifecycle import statuses

from .conftest import place_order

pytestmark = pytest.mark.django_db

Source = get_model("payment", "Source")
OrderStatusChange = get_model("order", "OrderStatusChange")


def receive(order, amount, reference, *, by=None, on=None):
    return services.record_receipt(order, amount=Decimal(amount), received_on=on or timezone.localdate(),
                                   bank_reference=reference, by=by)


def fully_paid(order) -> bool:
    """The rule the order lifecycle applies to an order's payment sources."""
    sources = Source.objects.filter(order=order)
    return sum(source.amount_debited - source.amount_refunded for source in sources) >= order.total_incl_tax


def test_a_30_70_plan_of_1000_01_eur_splits_to_the_cent_and_waits_for_payment(order):
    plan = services.create_plan(order)

    assert (plan.currency, plan.total, plan.deposit_percent) == ("EUR", Decimal("1000.01"), 30)
    assert (plan.deposit_amount, plan.balance_amount) == (Decimal("300.00"), Decimal("700.01"))
    placed = timezone.localdate(order.date_placed)
    assert (plan.deposit_due_on, plan.balance_due_on) == (placed + timedelta(days=7),
                                                          placed + timedelta(days=30))
    assert plan.reference == "BT-1001"
    order.refresh_from_db()
    assert order.status == statuses.AWAITING_PAYMENT


def test_yen_has_no_decimals_so_the_deposit_is_whole_yen(yen_order):
    plan = services.create_plan(yen_order, deposit_percent=35, reference="  TOKYO   HAMONO 2001 ")

    # 35 % of 100,001 JPY is 35,000.35: the deposit is 35,000 yen and the balance the rest.
    assert (plan.deposit_amount, plan.balance_amount) == (Decimal("35000"), Decimal("65001"))
    assert plan.deposit_amount + plan.balance_amount == plan.total
    assert plan.reference == "TOKYO HAMONO 2001"


def test_a_half_cent_deposit_rounds_up_and_the_balance_takes_the_rest(buyer):
    plan = services.create_plan(place_order("BT-1002", price="0.05", buyer=buyer), deposit_percent=50)
    assert (plan.deposit_amount, plan.balance_amount) == (Decimal("0.03"), Decimal("0.02"))


@pytest.mark.parametrize("percent, deposit, balance", [(0, "0.00", "1000.01"), (100, "1000.01", "0.00")])
def test_no_split_is_one_payment_due_when_a_deposit_would_be(order, percent, deposit, balance):
    plan = services.create_plan(order, deposit_percent=percent, deposit_due_days=5, balance_due_days=60)

    assert (plan.deposit_amount, plan.balance_amount) == (Decimal(deposit), Decimal(balance))
    due = selectors.next_due(plan)
    assert due.amount == Decimal("1000.01")
    assert due.due_on == timezone.localdate(order.date_placed) + timedelta(days=5)
    assert len(selectors.schedule(plan)) == 1


def test_a_second_plan_for_the_same_order_changes_nothing(order):
    first = services.create_plan(order, deposit_percent=30)
    second = services.create_plan(order, deposit_percent=50)
    assert second.pk == first.pk and second.deposit_amount == Decimal("300.00")
    assert OrderStatusChange.objects.filter(order=order).count() == 1


@pytest.mark.parametrize("arguments", [
    {"deposit_percent": 101}, {"deposit_percent": -1}, {"deposit_percent": 30.5},
    {"deposit_due_days": -1}, {"deposit_due_days": 10, "balance_due_days": 5},
    {"reference": "R" * 141},
])
def test_figures_that_make_no_plan_are_refused(order, arguments):
    with pytest.raises(services.PlanError):
        services.create_plan(order, **arguments)
    order.refresh_from_db()
    assert order.status == statuses.PLACED and not hasattr(order, "payment_plan")


def test_the_deposit_then_the_balance_move_the_order_to_deposit_received_then_paid(order, staff):
    plan = services.create_plan(order)

    receive(order, "300.00", "FT24001", by=staff)
    order.refresh_from_db()
    assert order.status == statuses.DEPOSIT_PAID
    assert not fully_paid(order)
    due = selectors.next_due(plan)
    assert (due.kind, due.amount) == ("balance", Decimal("700.01"))

    receive(order, "700.01", "FT24002", by=staff)
    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert selectors.next_due(plan) is None and selectors.outstanding(plan) == 0
    [source] = Source.objects.filter(order=order)
    assert (source.source_type.name, source.currency, source.amount_debited, source.reference) == (
        "Bank transfer", "EUR", Decimal("1000.01"), "BT-1001")
    assert fully_paid(order)
    assert [change.new_status for change in OrderStatusChange.objects.filter(order=order).order_by("pk")] == [
        statuses.AWAITING_PAYMENT, statuses.DEPOSIT_PAID, statuses.PAID]


def test_an_underpaid_deposit_leaves_the_order_waiting_and_says_what_is_missing(order):
    plan = services.create_plan(order)
    receive(order, "250.00", "FT24003")

    order.refresh_from_db()
    assert order.status == statuses.AWAITING_PAYMENT
    due = selectors.next_due(plan)
    assert (due.kind, due.amount) == ("deposit", Decimal("50.00"))
    assert selectors.outstanding(plan) == Decimal("750.01")
    assert Source.objects.get(order=order).amount_debited == Decimal("250.00")

    receive(order, "50.00", "FT24004")  # the rest of the deposit, in a second transfer
    order.refresh_from_db()
    assert order.status == statuses.DEPOSIT_PAID


def test_the_whole_amount_at_once_moves_an_unpaid_order_straight_to_paid(order):
    services.create_plan(order)
    receive(order, "1000.01", "FT24005")
    order.refresh_from_db()
    assert order.status == statuses.PAID


def test_an_overpayment_pays_the_order_and_shows_what_is_over(order):
    plan = services.create_plan(order)
    receive(order, "300.00", "FT24006")
    receive(order, "720.00", "FT24007")

    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert selectors.overpaid(plan) == Decimal("19.99")
    assert selectors.outstanding(plan) == 0
    assert Source.objects.get(order=order).amount_debited == Decimal("1020.00")


def test_the_balance_received_in_production_leaves_the_status_and_clears_what_is_due(order):
    plan = services.create_plan(order)
    receive(order, "300.00", "FT24008")
    order.refresh_from_db()
    order.set_status(statuses.IN_PRODUCTION)

    receive(order, "700.01", "FT24009")
    order.refresh_from_db()
    assert order.status == statuses.IN_PRODUCTION
    assert selectors.next_due(plan) is None
    assert fully_paid(order)


def test_a_transfer_arriving_after_cancellation_is_kept_for_a_refund(order, caplog):
    plan = services.create_plan(order)
    order.set_status(statuses.CANCELLED)

    with caplog.at_level(logging.ERROR, logger="marketplace.bank_transfer.services"):
        receive(order, "300.00", "FT24010")

    order.refresh_from_db()
    assert order.status == statuses.CANCELLED
    assert Receipt.objects.filter(plan=plan).count() == 1
    assert Source.objects.get(order=order).amount_debited == Decimal("300.00")
    assert "BT-1001" in caplog.text and "refund" in caplog.text
    plan.refresh_from_db()
    assert selectors.next_due(plan) is None


def test_a_bank_reference_is_recorded_once_however_it_is_typed(order):
    plan = services.create_plan(order)
    first = receive(order, "300.00", "ft 24011")
    again = receive(order, "300.00", " FT24011 ")

    assert again.pk == first.pk and first.bank_reference == "FT24011"
    assert selectors.received(plan) == Decimal("300.00")
    assert Source.objects.get(order=order).amount_debited == Decimal("300.00")


def test_receipts_are_refused_for_orders_without_a_plan_and_for_impossible_amounts(order, yen_order):
    with pytest.raises(services.PlanError):
        receive(order, "300.00", "FT24012")
    services.create_plan(yen_order)
    for amount in ("10.5", "0", "-100"):
        with pytest.raises(services.PlanError):
            receive(yen_order, amount, f"FT-{amount}")
    with pytest.raises(services.PlanError):
        receive(yen_order, "100", "")
    assert not Receipt.objects.exists()


def test_the_buyer_is_emailed_once_per_receipt_after_commit(order, mailoutbox, django_capture_on_commit_callbacks):
    services.create_plan(order)
    with django_capture_on_commit_callbacks(execute=True):
        receipt = receive(order, "300.00", "FT24013")
    mails = [mail for mail in mailoutbox if "bank transfer received" in mail.subject]
    assert [(mail.to, mail.subject) for mail in mails] == [
        (["compras@madrid-cuchillos.example.es"], "Order BT-1001: bank transfer received")]
    body = mails[0].body
    assert "€300.00" in body and "€700.01" in body and "BT-1001" in body
    assert "/accounts/orders/BT-1001/" in body

    from marketplace.bank_transfer.notices import send_receipt_notice

    assert send_receipt_notice(receipt.pk) is False
    assert len([mail for mail in mailoutbox if "bank transfer received" in mail.subject]) == 1


def test_next_due_is_overdue_only_after_its_date(order):
    plan = services.create_plan(order)
    placed = timezone.localdate(order.date_placed)
    assert not selectors.next_due(plan, today=placed + timedelta(days=7)).overdue
    assert selectors.next_due(plan, today=placed + timedelta(days=8)).overdue
    assert selectors.next_due(plan, today=date(2000, 1, 1)).due_on == placed + timedelta(days=7)
