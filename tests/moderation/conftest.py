import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from catalog.services import ensure_cluster_product_classes
from marketplace.moderation import services
from marketplace.roles.definitions import COMPLIANCE_OFFICERS
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import ProductFactory, StockRecordFactory
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer


@pytest.fixture(autouse=True)
def _english():
    """Reasons are compared in English whatever a page test left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def classes():
    # Made by migrations 0036/0038; ensured again in case a transactional test emptied them.
    return ensure_cluster_product_classes()


@pytest.fixture
def officer():
    user = UserFactory(username="officer")
    user.groups.add(Group.objects.get(name=COMPLIANCE_OFFICERS))
    return user


def make_seller(verified=False, **kwargs):
    """An approved enterprise (so an Oscar partner) and its user."""
    enterprise = EnterpriseFactory(status=Enterprise.Status.SUBMITTED, **kwargs)
    approve_enterprise(enterprise, decided_by=reviewer())
    if verified:
        Enterprise.objects.filter(pk=enterprise.pk).update(listings_verified=True)
    enterprise.refresh_from_db()
    return enterprise


@pytest.fixture
def seller():
    return make_seller(name_en="Unverified Cutlery", applicant__email="owner@unverified.example")


@pytest.fixture
def verified_seller():
    return make_seller(verified=True, name_en="Trusted Cutlery",
                       applicant__email="owner@trusted.example")


@pytest.fixture
def knife(classes):
    """A seller's knife listing as the dashboard saves it, then screened as the form does."""

    def build(enterprise, *, blade=203, tip=70, build="fixed_blade", hs_code="8211920000",
              screen=True, **fields):
        product = ProductFactory(product_class=classes["knives"], hs_code_id=hs_code, **fields)
        product.attr.blade_length_mm = blade
        product.attr.tip_angle_deg = tip
        if build:
            product.attr.knife_build = option(f"knife_build.{build}")
        product.attr.save()
        StockRecordFactory(product=product, partner=enterprise.partner)
        if screen:
            services.listing_changed(product, user=enterprise.applicant)
            product.refresh_from_db()
        return product

    return build


def option(code):
    from oscar.core.loading import get_model

    return get_model("catalogue", "AttributeOption").objects.get(code=code)
