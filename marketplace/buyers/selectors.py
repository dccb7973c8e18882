"""Reads other apps ask about buyers: whose company, who may order, who approves, where to ship.

Checkout and RFQ call these rather than querying memberships themselves, so the
meaning of a role is written once (models.Role).
"""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet
from oscar.core.loading import get_model

from .models import ROLE_RANK, BuyerCompany, CompanyAddress, CompanyInvitation, CompanyMembership, Role

Country = get_model("address", "Country")


def membership_of(user: AbstractBaseUser | None) -> CompanyMembership | None:
    """The user's membership with its company, or None (anonymous users, individual buyers)."""
    if user is None or not user.is_authenticated:
        return None
    return CompanyMembership.objects.select_related("company").filter(user_id=user.pk).first()


def company_of(user: AbstractBaseUser | None) -> BuyerCompany | None:
    membership = membership_of(user)
    return membership.company if membership is not None else None


def can_place_orders(user: AbstractBaseUser | None, company: BuyerCompany | None = None) -> bool:
    """Whether the user may order for `company` (their own company when not given)."""
    membership = membership_of(user)
    return bool(membership and membership.can_place_orders
                and (company is None or membership.company_id == company.pk))


def can_approve_orders(user: AbstractBaseUser | None, company: BuyerCompany) -> bool:
    """Whether the user may approve orders placed for `company`."""
    membership = membership_of(user)
    return bool(membership and membership.company_id == company.pk and membership.can_approve_orders)


def order_needs_approval(user: AbstractBaseUser | None, total: Decimal, currency: str) -> bool:
    """Whether an order of `total` in `currency` placed by `user` must wait for an approver.

    Approvers and administrators never wait; a buyer waits above the company's limit, or
    always when the company set none. A total in another currency than the limit's waits
    too: the caller converts it first (currency app) if it wants it compared. People
    without a company order for themselves and never wait.
    """
    membership = membership_of(user)
    if membership is None or membership.can_approve_orders:
        return False
    company = membership.company
    if company.buyer_order_limit is None or currency != company.buyer_order_limit_currency:
        return True
    return total > company.buyer_order_limit


def approvers_of(company: BuyerCompany) -> QuerySet:
    """The users who may approve the company's orders (approvers and administrators)."""
    roles = [role for role, rank in ROLE_RANK.items() if rank >= ROLE_RANK[Role.APPROVER]]
    return get_user_model().objects.filter(
        buyer_membership__company=company, buyer_membership__role__in=roles, is_active=True)


def company_members(company: BuyerCompany) -> QuerySet:
    return company.memberships.select_related("user").order_by("joined_at", "pk")


def pending_invitations(company: BuyerCompany) -> QuerySet:
    return company.invitations.filter(status=CompanyInvitation.Status.PENDING).select_related("invited_by")


def company_addresses(company: BuyerCompany) -> QuerySet:
    return CompanyAddress.objects.filter(company=company).select_related("country")


def default_shipping_address(company: BuyerCompany) -> CompanyAddress | None:
    return company_addresses(company).filter(is_default_for_shipping=True).first()


def default_billing_address(company: BuyerCompany) -> CompanyAddress | None:
    return company_addresses(company).filter(is_default_for_billing=True).first()


def shipping_countries() -> QuerySet:
    """Oscar's countries the platform ships to, in Oscar's display order."""
    return Country.objects.filter(is_shipping_country=True)
