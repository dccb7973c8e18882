"""A seller with two live listings, an IP moderator, and a rights holder's filing helper."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from marketplace.ip_complaints import services
from marketplace.roles.definitions import IP_MODERATORS
from tests.factories import StockRecordFactory
from tests.moderation.conftest import make_seller
from tests.sellers.factories import PDF_BYTES, PNG_BYTES, UserFactory

PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _evidence_in_tmp(settings, tmp_path):
    settings.MARKETPLACE_IP_EVIDENCE_ROOT = str(tmp_path / "ip-evidence")


@pytest.fixture
def seller(db):
    return make_seller(name_en="Sharp Copy Cutlery", applicant__email="owner@sharpcopy.example",
                       contact_email="sales@sharpcopy.example")


@pytest.fixture
def listings(seller):
    """Two approved, public listings sold by `seller`."""
    return [StockRecordFactory(partner=seller.partner, product__title_en=title).product
            for title in ("Santoku knife 7 inch", "Cleaver 8 inch")]


@pytest.fixture
def moderator(db):
    user = UserFactory(username="ipmod", email="ipmod@platform.example")
    user.groups.add(Group.objects.get(name=IP_MODERATORS))
    return type(user).objects.get(pk=user.pk)


def pdf(name="certificate.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def png(name="photo.png"):
    return SimpleUploadedFile(name, PNG_BYTES, content_type="image/png")


def form_data(products=(), **overrides):
    today = timezone.localdate()
    data = {
        "complainant_name": "Ana García",
        "organisation": "Cuchillería Toledo S.L.",
        "email": "ana@toledo.example",
        "country": "ES",
        "capacity": "owner",
        "ip_type": "trademark",
        "registration_number": "EUTM 018123456",
        "office": "EUIPO",
        "valid_from": (today - timedelta(days=3650)).isoformat(),
        "valid_until": (today + timedelta(days=365)).isoformat(),
        "listings": "\n".join(f"http://testserver{p.get_absolute_url()}" for p in products),
        "description": "The listings use our registered mark TOLEDO on the blade.",
        "good_faith": "on",
        "accurate": "on",
    }
    data.update(overrides)
    return data


def file_complaint(products, *, email="ana@toledo.example", name="Ana García", evidence=()):
    """A complaint filed through the service, as the form would; returns (complaint, token)."""
    today = timezone.localdate()
    return services.file_complaint(
        facts={"complainant_name": name, "organisation": "", "email": email, "country": "ES",
               "capacity": "owner", "ip_type": "trademark", "registration_number": "R-1",
               "office": "EUIPO", "valid_from": date(2020, 1, 1),
               "valid_until": today + timedelta(days=30), "description": "Copies our mark.",
               "good_faith": True, "accurate": True},
        listings=[(p, str(p.pk)) for p in products], evidence=list(evidence), language="en")


def sign_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client
