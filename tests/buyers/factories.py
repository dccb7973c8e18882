"""Buyer companies with their members, and invitations in every state."""

import factory

from marketplace.buyers.models import BuyerCompany, CompanyInvitation, CompanyMembership, Role
from tests.sellers.factories import PASSWORD, UserFactory  # noqa: F401  (re-exported for tests)


class BuyerCompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BuyerCompany

    legal_name = factory.Sequence(lambda n: f"Cocina Bonita {n} S.L.")
    country = "ES"
    vat_number = "ESB58378431"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompanyMembership

    company = factory.SubFactory(BuyerCompanyFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.BUYER


def company_with_admin(**fields):
    """A company and its administrator (the person who registered it)."""
    company = BuyerCompanyFactory(**fields)
    admin = MembershipFactory(company=company, role=Role.ADMIN).user
    return company, admin


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompanyInvitation

    company = factory.SubFactory(BuyerCompanyFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.com")
    role = Role.BUYER
