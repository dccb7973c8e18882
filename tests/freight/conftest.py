from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from oscar.core.loading import get_model

from catalog.services import ensure_cluster_product_classes
from marketplace.freight.models import FreightRate, FreightService, FreightZone
from marketplace.roles.definitions import SELLERS
from tests.factories import PartnerFactory, ProductFactory
from tests.sellers.factories import UserFactory

AttributeOption = get_model("catalogue", "AttributeOption")


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def make_seller(name="Yangjiang Blades Co."):
    """A partner with one user who holds the Sellers role (dashboard access)."""
    partner = PartnerFactory(name=name)
    user = UserFactory()
    user.groups.add(Group.objects.get(name=SELLERS))
    partner.users.add(user)
    return partner


@pytest.fixture
def seller(db):
    return make_seller()


@pytest.fixture
def other_seller(db):
    return make_seller("Another Knife Works")


@pytest.fixture
def classes(db):
    return ensure_cluster_product_classes()


def knife(kg="0.450", **kwargs):
    return ProductFactory(gross_weight_kg=Decimal(kg) if kg is not None else None, **kwargs)


def seafood(classes, title="Frozen shrimp", kg="1.000", **attributes):
    product = ProductFactory(product_class=classes["seafood"], title_en=title,
                             gross_weight_kg=Decimal(kg))
    for code, value in attributes.items():
        if isinstance(value, str):
            value = AttributeOption.objects.get(code=value)
        setattr(product.attr, code, value)
    product.save()
    return product


def processed_food(classes, title="Oyster sauce", kg="0.600", storage=None):
    product = ProductFactory(product_class=classes["processed-food"], title_en=title,
                             gross_weight_kg=Decimal(kg))
    if storage:
        product.attr.storage = AttributeOption.objects.get(code=f"food_storage.{storage}")
        product.save()
    return product


@pytest.fixture
def network(db):
    """The platform's freight replaced by a small known one: two zones, a postal parcel,
    an express, a cold-chain express serving Europe only, and sea freight on quote."""
    FreightService.objects.all().delete()
    FreightZone.objects.all().delete()
    europe = FreightZone.objects.create(name="Europe", countries=["DE", "FR", "NL"])
    world = FreightZone.objects.create(name="Rest of the world", countries=[])

    def service(name, mode, rates=(), **fields):
        made = FreightService.objects.create(name=name, trade_mode=mode, **fields)
        for zone, first_kg, first, step_kg, step in rates:
            FreightRate.objects.create(
                service=made, zone=zone, first_step_kg=Decimal(first_kg),
                first_step_charge_cny=Decimal(first), additional_step_kg=Decimal(step_kg),
                additional_step_charge_cny=Decimal(step))
        return made

    return {
        "europe": europe,
        "world": world,
        "postal": service("Post parcel", "postal", max_weight_kg=Decimal("30"),
                          transit_days_min=7, transit_days_max=20,
                          rates=[(europe, "1", "150", "1", "65"),
                                 (world, "1", "180", "1", "85")]),
        "express": service("Express", "express", transit_days_min=3, transit_days_max=7,
                           rates=[(europe, "0.5", "230", "0.5", "55")]),
        "cold": service("Cold express", "express", cold_chain=True,
                        rates=[(europe, "1", "600", "1", "160")]),
        "sea": service("Sea LCL", "sea_lcl", transit_days_min=20, transit_days_max=45),
    }
