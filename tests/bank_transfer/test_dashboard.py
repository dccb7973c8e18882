"""Staff and the seller record the transfers that reached the bank in Oscar's dashboard:
staff see every bank-transfer order, a seller only its own; what is typed is checked and a
bad entry changes nothing."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.bank_transfer import services
from marketplace.bank_transfer.models import Receipt
from marketplace.order_lifecycle import statuses

from .conftest import logged_in, place_order, seller_user

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")

LIST = "/dashboard/bank-transfers/"


def detail(number):
    return f"/dashboard/bank-transfers/{number}/"


@pytest.fixture
def plan(order):
    return services.create_plan(order)


@pytest.fixture
def other_order(db):
    order = place_order("BT-3001", price="500.00", partner_name="Yangjiang Golden Scissors", days_ago=40)
    services.create_plan(order)
    return order


def not_found(client, url):
    # A 404 outside the language prefix is first redirected by LocaleMiddleware to /en/...,
    # which is not found either.
    return client.get(url, follow=True).status_code == 404


def form(**overrides):
    data = {"amount": "300.00", "received_on": timezone.localdate().isoformat(),
            "bank_reference": "FT24100", "note": ""}
    return data | overrides


def test_staff_see_every_order_awaiting_money_with_what_is_due(plan, other_order, staff):
    page = logged_in(staff).get(LIST)
    assert page.status_code == 200
    html = page.content.decode()
    assert "BT-1001" in html and "BT-3001" in html
    assert "€1,000.01" in html and "€300.00" in html  # the total, the deposit waited for
    assert "Overdue" in html  # BT-3001 was placed 40 days ago


def test_a_seller_sees_only_orders_holding_its_goods(plan, other_order, seller):
    client = logged_in(seller)
    html = client.get(LIST).content.decode()
    assert "BT-1001" in html and "BT-3001" not in html
    assert client.get(detail("BT-1001")).status_code == 200
    assert not_found(client, detail("BT-3001"))
    # Redirected into the language prefix, where it is not found either; nothing recorded.
    assert client.post(detail("BT-3001"), form()).status_code in (302, 404)
    assert not_found(client, detail("NO-SUCH"))
    assert not Receipt.objects.exists()


def test_visitors_sign_in_and_buyers_are_refused(plan, buyer, client):
    response = client.get(detail("BT-1001"))
    assert response.status_code == 302 and "/dashboard/login/" in response["Location"]
    assert logged_in(buyer).get(LIST).status_code == 403
    assert logged_in(buyer).get(detail("BT-1001")).status_code == 403


def test_a_seller_user_of_no_partner_order_is_refused(plan):
    lonely = seller_user(Partner.objects.create(name="Empty partner"))
    Partner.objects.get(name="Empty partner").users.remove(lonely)
    assert logged_in(lonely).get(LIST).status_code == 403


def test_orders_without_a_plan_are_not_bank_transfer_orders(order, staff):
    assert not_found(logged_in(staff), detail(order.number))


def test_the_list_filters_overdue_and_awaiting_deposit_or_balance(plan, other_order, staff):
    client = logged_in(staff)
    services.record_receipt(plan.order, amount=Decimal("300.00"), received_on=timezone.localdate(),
                            bank_reference="FT-DEP", by=staff)

    def numbers(query):
        html = client.get(LIST + query).content.decode()
        return {number for number in ("BT-1001", "BT-3001") if f">{number}<" in html}

    assert numbers("") == {"BT-1001", "BT-3001"}
    assert numbers("?overdue=on") == {"BT-3001"}
    assert numbers("?awaiting=deposit") == {"BT-3001"}
    assert numbers("?awaiting=balance") == {"BT-1001"}
    assert numbers("?awaiting=nonsense") == {"BT-1001", "BT-3001"}  # a bad filter filters nothing


def test_paid_and_cancelled_orders_leave_the_list(plan, other_order, staff):
    services.record_receipt(plan.order, amount=Decimal("1000.01"), received_on=timezone.localdate(),
                            bank_reference="FT-ALL", by=staff)
    other_order.set_status(statuses.CANCELLED)
    html = logged_in(staff).get(LIST).content.decode()
    assert ">BT-1001<" not in html and ">BT-3001<" not in html


def test_a_seller_records_the_deposit_and_the_page_shows_it(plan, seller, mailoutbox,
                                                          django_capture_on_commit_callbacks):
    client = logged_in(seller)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail("BT-1001"), form(bank_reference=" ft 24100 ", note="SWIFT MT103"))
    assert response.status_code == 302 and response["Location"] == detail("BT-1001")

    receipt = Receipt.objects.get()
    assert (receipt.amount, receipt.bank_reference, receipt.recorded_by, receipt.note) == (
        Decimal("300.00"), "FT24100", seller, "SWIFT MT103")
    plan.order.refresh_from_db()
    assert plan.order.status == statuses.DEPOSIT_PAID
    assert any(mail.subject == "Order BT-1001: bank transfer received" for mail in mailoutbox)

    html = client.get(detail("BT-1001")).content.decode()
    assert "FT24100" in html and "SWIFT MT103" in html
    assert "Underpaid" in html and "€700.01" in html


@pytest.mark.parametrize("overrides, field, message", [
    ({"amount": "0"}, "amount", "more than zero"),
    ({"amount": "-300"}, "amount", "more than zero"),
    ({"amount": "300.001"}, "amount", "decimal places"),
    ({"amount": "2000.03"}, "amount", "twice the order"),
    ({"amount": "1e400"}, "amount", ""),
    ({"amount": "NaN"}, "amount", ""),
    ({"amount": ""}, "amount", "required"),
    ({"received_on": (timezone.localdate() + timedelta(days=1)).isoformat()}, "received_on", "future"),
    ({"received_on": "2001-01-01"}, "received_on", "before the order was placed"),
    ({"received_on": "not a date"}, "received_on", "valid date"),
    ({"bank_reference": ""}, "bank_reference", "required"),
    ({"bank_reference": "   "}, "bank_reference", "required"),
    ({"bank_reference": "X" * 65}, "bank_reference", "at most 64"),
    ({"note": "n" * 501}, "note", "at most 500"),
])
def test_bad_entries_get_a_field_error_and_change_nothing(plan, staff, overrides, field, message):
    response = logged_in(staff).post(detail("BT-1001"), form(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert not Receipt.objects.exists()
    plan.order.refresh_from_db()
    assert plan.order.status == statuses.AWAITING_PAYMENT


def test_a_duplicate_bank_reference_is_a_field_error(plan, staff):
    client = logged_in(staff)
    client.post(detail("BT-1001"), form(bank_reference="FT24100"))
    response = client.post(detail("BT-1001"), form(bank_reference="ft24100", amount="700.01"))
    assert response.status_code == 200
    assert "already recorded" in " ".join(response.context["form"].errors["bank_reference"])
    assert Receipt.objects.count() == 1


def test_yen_amounts_take_no_decimals(yen_order, staff):
    services.create_plan(yen_order)
    client = logged_in(staff)
    response = client.post(detail("BT-2001"), form(amount="35000.5"))
    assert "amount" in response.context["form"].errors
    assert client.post(detail("BT-2001"), form(amount="30000")).status_code == 302
    assert Receipt.objects.get().amount == Decimal("30000")


def test_typed_text_is_shown_as_text(plan, staff):
    client = logged_in(staff)
    client.post(detail("BT-1001"), form(note="<script>alert(1)</script>"))
    html = client.get(detail("BT-1001")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_overpayment_and_cancellation_are_said_plainly(plan, staff):
    client = logged_in(staff)
    client.post(detail("BT-1001"), form(amount="1100.00", bank_reference="FT-OVER"))
    html = client.get(detail("BT-1001")).content.decode()
    assert "Overpaid" in html and "€99.99" in html

    plan.order.refresh_from_db()
    plan.order.set_status(statuses.REFUNDED)
    html = client.get(detail("BT-1001")).content.decode()
    assert "is to be refunded" in html
