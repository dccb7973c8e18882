"""A knife of an approved Yangjiang seller, and the ways it can stop being for sale."""

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.utils import translation
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import (
    approve_enterprise,
    reinstate_enterprise,
    reject_enterprise,
    suspend_enterprise,
)
from tests.factories import PartnerFactory, StockRecordFactory, add_category, rate
from tests.sellers.factories import EnterpriseFactory, reviewer

Line = get_model("basket", "Line")
ProductCategory = get_model("catalogue", "ProductCategory")

#: Two page languages at least, as the issue asks: one of them not English.
LANGUAGES = ["en", "zh-hans", "es"]


@pytest.fixture(autouse=True)
def _fresh_cache(db):
    # Cached pages and the cached set of sellers must not outlive the rows they came from.
    cache.clear()
    rate("CNY", "USD", "0.14")
    yield
    cache.clear()


@dataclass
class Listing:
    enterprise: Enterprise
    product: object
    stockrecord: object

    def suspend(self):
        suspend_enterprise(self.enterprise, decided_by=reviewer(), reason="Counterfeit goods")

    def reinstate(self):
        reinstate_enterprise(self.enterprise, decided_by=reviewer())

    def set_review(self, status, *, is_public):
        # What marketplace.moderation writes (an UPDATE, no save signal), and what a staff
        # member's bulk "make public" could leave behind (public while pending).
        type(self.product).objects.filter(pk=self.product.pk).update(
            review_status=status, is_public=is_public)


def approved_seller(name="Yangjiang Eighteen Knives"):
    enterprise = EnterpriseFactory(name_en=name, status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    return enterprise


def list_knife(enterprise, title="Eighteen Chef Knife 8in"):
    record = StockRecordFactory(
        partner=enterprise.partner, product__title_en=title,
        product__title_zh_hans=f"{title}（中文）", product__title_es=f"{title} (es)",
        price=Decimal("100.00"), num_in_stock=500,
    )
    ProductCategory.objects.create(
        product=record.product, category=add_category(["Knives & Scissors", "Kitchen knives"]))
    return Listing(enterprise=enterprise, product=record.product, stockrecord=record)


@pytest.fixture
def listing(db):
    return list_knife(approved_seller())


@pytest.fixture
def unapproved_listing(db):
    """A submitted filing whose partner was linked before approval (a reused partner)."""
    enterprise = EnterpriseFactory(status=Enterprise.Status.SUBMITTED, partner=PartnerFactory())
    return list_knife(enterprise, "Unapproved Santoku")


@pytest.fixture
def rejected_listing(db):
    enterprise = EnterpriseFactory(status=Enterprise.Status.SUBMITTED, partner=PartnerFactory())
    reject_enterprise(enterprise, decided_by=reviewer(), reason="Licence unreadable")
    enterprise.refresh_from_db()
    return list_knife(enterprise, "Rejected Cleaver")


def make_not_for_sale(request, way):
    """The listing fixture, taken off sale in one of the ways the issue names."""
    if way == "unapproved seller":
        return request.getfixturevalue("unapproved_listing")
    if way == "rejected seller":
        return request.getfixturevalue("rejected_listing")
    listing = request.getfixturevalue("listing")
    if way == "suspended seller":
        listing.suspend()
    elif way == "pending review":
        listing.set_review(ReviewStatus.PENDING, is_public=False)
    elif way == "refused in review":
        listing.set_review(ReviewStatus.REFUSED, is_public=False)
    elif way == "not public":
        listing.set_review(ReviewStatus.APPROVED, is_public=False)
    elif way == "public but pending":
        listing.set_review(ReviewStatus.PENDING, is_public=True)
    else:
        raise ValueError(way)
    return listing


NOT_FOR_SALE = ["pending review", "refused in review", "not public", "public but pending",
                "suspended seller", "unapproved seller", "rejected seller"]
SELLER_WAYS = {"suspended seller", "unapproved seller", "rejected seller"}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def in_language(language, text):
    with translation.override(language):
        return str(text)
