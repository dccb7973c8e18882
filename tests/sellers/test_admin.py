"""The Django admin lists and opens filings; the decision log there is read only."""

import pytest
from django.db import IntegrityError, transaction

from marketplace.sellers.models import EnterpriseDecision

from .factories import DocumentFactory, EnterpriseFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_every_sellers_admin_page_opens(admin_client):
    document = DocumentFactory()
    enterprise = document.enterprise
    EnterpriseDecision.objects.create(enterprise=enterprise, decision="approved")
    for url in (
        "/django-admin/sellers/enterprise/",
        f"/django-admin/sellers/enterprise/{enterprise.pk}/change/",
        "/django-admin/sellers/enterprise/add/",
        "/django-admin/sellers/enterprisedocument/",
        f"/django-admin/sellers/enterprisedocument/{document.pk}/change/",
        "/django-admin/sellers/enterprisedecision/",
        "/django-admin/sellers/cluster/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_decisions_cannot_be_added_or_deleted_in_the_admin(admin_client):
    assert admin_client.get("/django-admin/sellers/enterprisedecision/add/").status_code == 403


def test_the_database_refuses_a_rejection_without_a_reason():
    enterprise = EnterpriseFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        EnterpriseDecision.objects.create(enterprise=enterprise, decision="rejected", reason="")
