"""A buyer registers a company, invites colleagues, gives them roles; companies stay apart."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from marketplace.buyers import selectors, services
from marketplace.buyers.forms import BuyerCompanyForm
from marketplace.buyers.models import BuyerCompany, CompanyInvitation, CompanyMembership, Role

from .factories import InvitationFactory, MembershipFactory, UserFactory, company_with_admin

pytestmark = pytest.mark.django_db

COMPANY = "/en/buyers/company/"
MEMBERS = "/en/buyers/company/members/"


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def company_data(**fields):
    return {"legal_name": "Cocina Bonita S.L.", "country": "ES", "vat_number": "b-58378431",
            "eori_number": "es b58378431", "tax_number": "", "buyer_order_limit": "",
            "buyer_order_limit_currency": "EUR", **fields}


# --- registering a company ------------------------------------------------------------------


@pytest.mark.parametrize("url", [COMPANY, MEMBERS, "/en/buyers/company/addresses/"])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={url}"


def test_a_buyer_registers_a_company_and_becomes_its_administrator(client):
    user = UserFactory()
    client.force_login(user)
    assert 'name="vat_number"' in client.get(COMPANY).content.decode()

    response = client.post(COMPANY, company_data())

    assert response.status_code == 302 and response["Location"] == MEMBERS
    company = BuyerCompany.objects.get()
    assert company.vat_number == "ESB58378431"  # stored compact, with the prefix
    assert company.eori_number == "ESB58378431"
    assert company.created_by == user
    membership = CompanyMembership.objects.get(user=user)
    assert membership.role == Role.ADMIN
    assert membership.can_approve_orders and membership.can_place_orders
    assert selectors.company_of(user) == company


def test_the_form_shows_per_field_errors_for_wrong_numbers(client):
    client.force_login(UserFactory())
    response = client.post(COMPANY, company_data(country="DE", vat_number="DE136695978",
                                                 tax_number="x", eori_number="US123"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["vat_number"] == [
        "This is not a valid VAT number for Germany: the check digit is wrong."]
    assert "eori_number" in form.errors and "tax_number" in form.errors
    assert not BuyerCompany.objects.exists()


def test_a_company_cannot_be_registered_in_an_embargoed_country(client):
    client.force_login(UserFactory())
    response = client.post(COMPANY, company_data(country="KP", vat_number=""))
    assert response.status_code == 200 and "country" in response.context["form"].errors


def test_a_member_cannot_register_a_second_company():
    company, admin = company_with_admin()
    form = BuyerCompanyForm(company_data(legal_name="Another S.L."))
    assert form.is_valid(), form.errors
    with pytest.raises(services.BuyerError):
        services.create_company(user=admin, form=form)
    assert BuyerCompany.objects.count() == 1


def test_only_administrators_edit_the_company(client):
    company, _admin = company_with_admin()
    buyer = MembershipFactory(company=company, role=Role.BUYER).user
    client.force_login(buyer)
    page = client.get(COMPANY)
    assert page.status_code == 200 and "disabled" in page.content.decode()
    assert client.post(COMPANY, company_data(legal_name="Taken over")).status_code == 404
    company.refresh_from_db()
    assert company.legal_name != "Taken over"


def test_an_administrator_edits_the_company(client):
    company, admin = company_with_admin()
    client.force_login(admin)
    response = client.post(COMPANY, company_data(legal_name="Cocina Bonita Group S.L."))
    assert response.status_code == 302
    company.refresh_from_db()
    assert company.legal_name == "Cocina Bonita Group S.L."


# --- companies stay apart ------------------------------------------------------------------


def test_a_member_of_one_company_cannot_touch_another_company(client):
    company_a, admin_a = company_with_admin()
    company_b, admin_b = company_with_admin()
    member_b = MembershipFactory(company=company_b)
    invitation_b = InvitationFactory(company=company_b)
    client.force_login(admin_a)

    assert client.post(f"/en/buyers/company/members/{member_b.pk}/role/",
                       {f"m{member_b.pk}-role": "admin"}).status_code == 404
    assert client.post(f"/en/buyers/company/members/{member_b.pk}/remove/").status_code == 404
    assert client.post(f"/en/buyers/company/invitations/{invitation_b.pk}/withdraw/").status_code == 404
    member_b.refresh_from_db()
    assert member_b.role == Role.BUYER
    page = client.get(MEMBERS).content.decode()
    assert member_b.user.email not in page and company_b.legal_name not in page


def test_services_refuse_an_administrator_of_another_company():
    company_a, admin_a = company_with_admin()
    company_b, _admin_b = company_with_admin()
    member_b = MembershipFactory(company=company_b)
    with pytest.raises(PermissionDenied):
        services.change_role(member_b, role=Role.ADMIN, changed_by=admin_a)
    with pytest.raises(PermissionDenied):
        services.remove_member(member_b, removed_by=admin_a)
    with pytest.raises(PermissionDenied):
        services.invite_member(company_b, invited_by=admin_a, email="x@example.com", role=Role.BUYER)


def test_selectors_answer_per_company():
    company_a, admin_a = company_with_admin()
    company_b, admin_b = company_with_admin()
    buyer_a = MembershipFactory(company=company_a, role=Role.BUYER).user
    approver_a = MembershipFactory(company=company_a, role=Role.APPROVER).user
    assert selectors.can_place_orders(buyer_a) and selectors.can_place_orders(buyer_a, company_a)
    assert not selectors.can_place_orders(buyer_a, company_b)
    assert not selectors.can_approve_orders(buyer_a, company_a)
    assert selectors.can_approve_orders(approver_a, company_a)
    assert not selectors.can_approve_orders(admin_b, company_a)
    assert set(selectors.approvers_of(company_a)) == {admin_a, approver_a}
    assert not selectors.can_place_orders(UserFactory())


# --- invitations ------------------------------------------------------------------------


def test_an_administrator_invites_a_colleague_by_email(client, django_capture_on_commit_callbacks):
    company, admin = company_with_admin()
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(MEMBERS, {"email": "ana@cocina.example", "role": "approver"})
    assert response.status_code == 302
    invitation = CompanyInvitation.objects.get()
    assert invitation.role == Role.APPROVER and invitation.status == "pending"
    assert invitation.language == "en" and invitation.sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@cocina.example"]
    assert f"/en/buyers/invitations/{invitation.token}/" in mail.outbox[0].body
    assert services.send_invitation(invitation.pk) is False  # a retried task sends nothing more


def test_no_email_leaves_before_the_invitation_is_committed(django_capture_on_commit_callbacks):
    company, admin = company_with_admin()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.invite_member(company, invited_by=admin, email="ana@cocina.example", role=Role.BUYER)
    assert len(callbacks) == 1 and mail.outbox == []


def test_buyers_and_approvers_cannot_invite(client):
    company, _admin = company_with_admin()
    approver = MembershipFactory(company=company, role=Role.APPROVER).user
    client.force_login(approver)
    assert client.post(MEMBERS, {"email": "x@example.com", "role": "admin"}).status_code == 404
    assert not CompanyInvitation.objects.exists()


def test_inviting_a_member_again_is_refused_and_a_new_invitation_replaces_the_old():
    company, admin = company_with_admin()
    with pytest.raises(services.BuyerError):
        services.invite_member(company, invited_by=admin, email=admin.email.upper(), role=Role.BUYER)
    first = services.invite_member(company, invited_by=admin, email="ana@example.com", role=Role.BUYER)
    second = services.invite_member(company, invited_by=admin, email="ana@example.com", role=Role.APPROVER)
    first.refresh_from_db()
    assert first.status == "withdrawn" and second.status == "pending"
    with pytest.raises(services.BuyerError):
        services.accept_invitation(first.token, user=UserFactory(email="ana@example.com"))


def test_accepting_an_invitation_joins_the_company_with_its_role(client):
    company, admin = company_with_admin()
    invitation = services.invite_member(company, invited_by=admin, email="Ana@Example.com", role=Role.APPROVER)
    ana = UserFactory(email="ana@example.com")
    client.force_login(ana)
    url = f"/en/buyers/invitations/{invitation.token}/"
    page = client.get(url)
    assert page.status_code == 200 and company.legal_name in page.content.decode()

    response = client.post(url)

    assert response.status_code == 302 and response["Location"] == MEMBERS
    membership = CompanyMembership.objects.get(user=ana)
    assert membership.company == company and membership.role == Role.APPROVER
    invitation.refresh_from_db()
    assert invitation.status == "accepted" and invitation.accepted_by == ana
    with pytest.raises(services.BuyerError, match="already been accepted"):
        services.accept_invitation(invitation.token, user=ana)


def test_an_expired_invitation_is_refused():
    invitation = InvitationFactory(expires_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(services.BuyerError, match="expired"):
        services.accept_invitation(invitation.token, user=UserFactory(email=invitation.email))
    assert not CompanyMembership.objects.exists()


def test_the_invitation_lifetime_comes_from_the_settings(settings):
    settings.BUYERS_INVITATION_DAYS = 2
    invitation = InvitationFactory()
    assert timedelta(days=1) < invitation.expires_at - timezone.now() <= timedelta(days=2)


def test_an_invitation_works_only_for_the_invited_address(client):
    invitation = InvitationFactory(email="ana@example.com")
    intruder = UserFactory(email="eve@example.com")
    client.force_login(intruder)
    response = client.post(f"/en/buyers/invitations/{invitation.token}/")
    assert response.status_code == 302
    assert any("another e-mail address" in text for text in messages_of(response))
    assert not CompanyMembership.objects.exists()


def test_someone_already_in_a_company_cannot_accept_another_invitation():
    _company, admin = company_with_admin()
    invitation = InvitationFactory(email=admin.email)
    with pytest.raises(services.BuyerError, match="already belong"):
        services.accept_invitation(invitation.token, user=admin)
    invitation.refresh_from_db()
    assert invitation.status == "pending"


@pytest.mark.parametrize("token", ["nonsense", "abc:def", ""])
def test_a_forged_token_is_not_found(client, token):
    invitation = InvitationFactory()
    client.force_login(UserFactory(email=invitation.email))
    assert client.get(f"/en/buyers/invitations/{invitation.key}:forged/").status_code == 404
    if token:
        assert client.get(f"/en/buyers/invitations/{token}/").status_code == 404
    with pytest.raises(services.BuyerError, match="not valid"):
        services.accept_invitation(token, user=UserFactory(email=invitation.email))


# --- roles and the last administrator -----------------------------------------------------


def test_an_administrator_changes_a_role(client):
    company, admin = company_with_admin()
    member = MembershipFactory(company=company, role=Role.BUYER)
    client.force_login(admin)
    response = client.post(f"/en/buyers/company/members/{member.pk}/role/", {f"m{member.pk}-role": "approver"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.role == Role.APPROVER


def test_the_last_administrator_can_be_neither_demoted_nor_removed(client):
    company, admin = company_with_admin()
    own = CompanyMembership.objects.get(user=admin)
    with pytest.raises(services.BuyerError, match="at least one administrator"):
        services.change_role(own, role=Role.BUYER, changed_by=admin)
    with pytest.raises(services.BuyerError, match="at least one administrator"):
        services.remove_member(own, removed_by=admin)
    client.force_login(admin)
    response = client.post(f"/en/buyers/company/members/{own.pk}/remove/")
    assert response.status_code == 302
    assert any("at least one administrator" in text for text in messages_of(response))
    own.refresh_from_db()
    assert own.role == Role.ADMIN


def test_with_a_second_administrator_the_first_may_step_down():
    company, admin = company_with_admin()
    second = MembershipFactory(company=company, role=Role.ADMIN)
    own = CompanyMembership.objects.get(user=admin)
    services.change_role(own, role=Role.APPROVER, changed_by=admin)
    with pytest.raises(PermissionDenied):  # no longer an administrator
        services.change_role(second, role=Role.BUYER, changed_by=admin)
    services.remove_member(own, removed_by=admin)  # anyone may leave
    assert list(company.memberships.all()) == [second]


def test_an_administrator_removes_a_member(client):
    company, admin = company_with_admin()
    member = MembershipFactory(company=company)
    client.force_login(admin)
    assert client.post(f"/en/buyers/company/members/{member.pk}/remove/").status_code == 302
    assert not CompanyMembership.objects.filter(pk=member.pk).exists()


def test_a_buyer_cannot_remove_a_colleague(client):
    company, admin = company_with_admin()
    buyer = MembershipFactory(company=company).user
    colleague = MembershipFactory(company=company)
    client.force_login(buyer)
    assert client.post(f"/en/buyers/company/members/{colleague.pk}/remove/").status_code == 404
    assert CompanyMembership.objects.filter(pk=colleague.pk).exists()


def test_orders_by_buyers_above_the_company_limit_wait_for_an_approver(client):
    company, admin = company_with_admin()
    buyer = MembershipFactory(company=company, role=Role.BUYER).user
    assert selectors.order_needs_approval(buyer, Decimal("1"), "EUR")  # no limit set: always
    client.force_login(admin)
    client.post(COMPANY, company_data(buyer_order_limit="5000", buyer_order_limit_currency="USD"))
    company.refresh_from_db()
    assert company.buyer_order_limit == Decimal("5000") and company.buyer_order_limit_currency == "USD"

    assert not selectors.order_needs_approval(buyer, Decimal("5000"), "USD")
    assert selectors.order_needs_approval(buyer, Decimal("5000.01"), "USD")
    assert selectors.order_needs_approval(buyer, Decimal("10"), "EUR")  # not converted here
    assert not selectors.order_needs_approval(admin, Decimal("99999"), "USD")
    assert not selectors.order_needs_approval(UserFactory(), Decimal("99999"), "USD")


def test_an_order_limit_cannot_be_negative(client):
    _company, admin = company_with_admin()
    client.force_login(admin)
    response = client.post(COMPANY, company_data(buyer_order_limit="-1"))
    assert "buyer_order_limit" in response.context["form"].errors
