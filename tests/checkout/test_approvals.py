"""A company buyer above the company's order limit places the purchase, which waits for an
approver of the company: it cannot be paid before, the approver releases or rejects it."""

from decimal import Decimal

import pytest
from django.core import mail
from oscar.core.loading import get_model

from marketplace.buyers.models import Role
from marketplace.order_lifecycle import statuses
from tests.buyers.factories import BuyerCompanyFactory, MembershipFactory

from .conftest import add, choose_payment, choose_terms, give_address, place

pytestmark = pytest.mark.django_db
Purchase = get_model("order", "Purchase")


@pytest.fixture
def company(buyer):
    company = BuyerCompanyFactory(buyer_order_limit=Decimal("100.00"), buyer_order_limit_currency="EUR")
    MembershipFactory(company=company, user=buyer, role=Role.BUYER)
    approver = MembershipFactory(company=company, role=Role.APPROVER).user
    return company, approver


def place_over_limit(client, buyer, knife, sellers, method="card", django_capture=None):
    client.force_login(buyer)
    client.cookies["display_currency"] = "EUR"
    add(client, knife, 100)  # 100 × 13.00 EUR, over the 100 EUR limit
    give_address(client)
    assert choose_terms(client, {sellers[0]: ("EXW", "", "")}).status_code == 302
    choose_payment(client, method, 30)
    return place(client)


def test_a_purchase_over_the_limit_waits_and_cannot_be_paid(
        client, buyer, knife, sellers, company, gateway, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = place_over_limit(client, buyer, knife, sellers)
    purchase = Purchase.objects.get()
    assert purchase.approval == Purchase.Approval.PENDING and purchase.company == company[0]
    assert response["Location"] == f"/en/checkout/purchases/{purchase.reference}/"
    assert purchase.orders.get().status == statuses.PLACED
    [request] = mail.outbox
    assert request.to == [company[1].email] and purchase.reference in request.subject

    page = client.get(f"/en/checkout/pay/{purchase.reference}/")
    assert page.status_code == 302 and not purchase.orders.get().sources.exists()
    summary = client.get(f"/en/checkout/purchases/{purchase.reference}/").content.decode()
    assert "Waiting for approval" in summary and "Approve the purchase" not in summary


def test_the_approver_releases_it_and_the_buyer_pays(
        client, buyer, knife, sellers, company, gateway, django_capture_on_commit_callbacks):
    place_over_limit(client, buyer, knife, sellers)
    purchase = Purchase.objects.get()
    client.force_login(company[1])
    assert purchase.reference in client.get("/en/checkout/approvals/").content.decode()
    page = client.get(f"/en/checkout/purchases/{purchase.reference}/").content.decode()
    assert "Approve the purchase" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/checkout/purchases/{purchase.reference}/approve/")
    purchase.refresh_from_db()
    assert (purchase.approval, purchase.decided_by) == (Purchase.Approval.APPROVED, company[1])
    assert purchase.orders.get().status == statuses.AWAITING_PAYMENT
    assert "was approved" in mail.outbox[-1].subject and mail.outbox[-1].to == [buyer.email]
    # Decided once: a second decision is refused and changes nothing.
    client.post(f"/en/checkout/purchases/{purchase.reference}/reject/", {"reason": "late"})
    purchase.refresh_from_db()
    assert purchase.approval == Purchase.Approval.APPROVED

    client.force_login(buyer)
    assert client.get(f"/en/checkout/pay/{purchase.reference}/").status_code == 200


def test_a_rejected_bank_transfer_purchase_is_cancelled_without_a_plan(
        client, buyer, knife, sellers, company):
    place_over_limit(client, buyer, knife, sellers, method="bank_transfer")
    purchase = Purchase.objects.get()
    order = purchase.orders.get()
    assert not hasattr(order, "payment_plan") or order.payment_plan is None
    client.force_login(company[1])
    response = client.post(f"/en/checkout/purchases/{purchase.reference}/reject/",
                           {"reason": "Over budget this quarter"})
    assert response.status_code == 302
    purchase.refresh_from_db()
    assert purchase.approval == Purchase.Approval.REJECTED
    assert purchase.rejection_reason == "Over budget this quarter"
    assert purchase.orders.get().status == statuses.CANCELLED


def test_a_rejection_needs_a_reason_and_strangers_cannot_decide(
        client, buyer, knife, sellers, company, django_user_model):
    place_over_limit(client, buyer, knife, sellers)
    purchase = Purchase.objects.get()
    # The buyer is no approver; another company's approver is a stranger.
    for user in (buyer, MembershipFactory(role=Role.APPROVER).user):
        client.force_login(user)
        assert client.post(f"/en/checkout/purchases/{purchase.reference}/approve/").status_code == 404
    client.force_login(company[1])
    client.post(f"/en/checkout/purchases/{purchase.reference}/reject/", {"reason": ""})
    purchase.refresh_from_db()
    assert purchase.approval == Purchase.Approval.PENDING
    assert client.get(f"/en/checkout/purchases/{purchase.reference}/approve/").status_code == 405


def test_within_the_limit_no_approval_is_needed(client, buyer, knife, sellers, company, gateway):
    company[0].buyer_order_limit = Decimal("100000.00")
    company[0].save()
    response = place_over_limit(client, buyer, knife, sellers)
    purchase = Purchase.objects.get()
    assert purchase.approval == Purchase.Approval.NOT_NEEDED
    assert response["Location"] == f"/en/checkout/pay/{purchase.reference}/"


def test_approvers_find_the_waiting_purchases_from_their_company_pages(client, buyer, company):
    client.force_login(company[1])
    page = client.get("/en/buyers/company/").content.decode()
    assert 'href="/en/checkout/approvals/"' in page
    client.force_login(buyer)  # a buyer decides nothing
    assert 'href="/en/checkout/approvals/"' not in client.get("/en/buyers/company/").content.decode()
    assert "No purchase waits for your approval." in client.get("/en/checkout/approvals/").content.decode()
