"""Two approved sellers (a knife maker whose knife has a GTIN, a seafood maker), staff, and
orders of the knife to buyers abroad."""

from dataclasses import dataclass
from datetime import date

import pytest
from django.test import Client
from django.utils import translation

from marketplace.traceability.models import Batch
from tests.inspection.factories import make_knife_seller, make_seafood_seller
from tests.sellers.factories import UserFactory

KNIFE_GTIN = "6901234567892"  # GTIN-13; its GTIN-14 is 06901234567892
KNIFE_GTIN14 = "06901234567892"
PRAWN_GTIN = "96385074"  # GTIN-8


@dataclass
class Seller:
    enterprise: object
    product: object
    user: object
    client: Client


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _private_documents(settings, tmp_path):
    settings.MARKETPLACE_TRACE_DOCUMENTS_ROOT = tmp_path / "batch-documents"
    settings.MARKETPLACE_TRACE_BASE_URL = ""


@pytest.fixture
def knife_seller(db):
    enterprise, product, user = make_knife_seller()
    product.gtin = KNIFE_GTIN
    product.title_es = "Cuchillo de chef 8 pulgadas"
    product.save()
    return Seller(enterprise, product, user, _client(user))


@pytest.fixture
def seafood_seller(db):
    enterprise, product, user = make_seafood_seller()
    product.gtin = PRAWN_GTIN
    product.save()
    return Seller(enterprise, product, user, _client(user))


@pytest.fixture
def staff_client(db):
    return _client(UserFactory(is_staff=True, is_superuser=True))


def make_batch(seller, lot="A2026-001", **fields) -> Batch:
    values = {"production_date": date(2026, 11, 2), "factory_name": "Yangdong plant 2",
              "factory_address": "1 Industrial Road, Yangdong", "quantity": 5000,
              "raw_material_origin": "3Cr13 steel coil, Yangjiang", **fields}
    return Batch.objects.create(product=seller.product, enterprise=seller.enterprise,
                                lot_number=lot, **values)


@pytest.fixture
def knife_batch(knife_seller):
    return make_batch(knife_seller)
