"""Two approved Yangjiang manufacturers, each with a knife listed, and orders from a buyer.

Order SHARED holds a line of each seller; order B_ONLY holds only seller B's knife.
"""

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import StockRecordFactory, add_category
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

Basket = get_model("basket", "Basket")
ProductCategory = get_model("catalogue", "ProductCategory")


@dataclass
class Seller:
    user: User
    partner: object
    product: object
    stockrecord: object
    client: Client


@pytest.fixture(autouse=True)
def _english(db):
    # Pages are read in English whatever language an earlier test left active.
    with translation.override("en"):
        yield


class ModerationCalls:
    """Stands in for marketplace.moderation, whose rules have tests of their own: records
    what the dashboard asked, and refuses a listing with `refusals` when a test sets them."""

    def __init__(self):
        self.refusals = []
        self.screened = []
        self.changed = []

    def refusal_reasons(self, product):
        self.screened.append(product)
        return list(self.refusals)

    def listing_changed(self, product, *, user):
        self.changed.append((product.pk, user.pk))


@pytest.fixture(autouse=True)
def moderation(monkeypatch):
    calls = ModerationCalls()
    monkeypatch.setattr("marketplace.moderation.rules.refusal_reasons", calls.refusal_reasons)
    monkeypatch.setattr("marketplace.moderation.services.listing_changed", calls.listing_changed)
    return calls


@pytest.fixture
def category(db):
    return add_category(["Knives & Scissors", "Kitchen knives"])


def make_seller(name, product_title, category):
    enterprise = EnterpriseFactory(name_en=name, status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    record = StockRecordFactory(
        partner=enterprise.partner, product__title_en=product_title,
        product__title_zh_hans=f"{product_title}（中文）", price=Decimal("100.00"),
        num_in_stock=500,
    )
    ProductCategory.objects.create(product=record.product, category=category)
    user = User.objects.get(pk=enterprise.applicant.pk)  # fresh: group permissions not cached
    client = Client()
    client.force_login(user)
    return Seller(user=user, partner=enterprise.partner, product=record.product,
                  stockrecord=record, client=client)


@pytest.fixture
def seller_a(category):
    return make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in", category)


@pytest.fixture
def seller_b(category):
    return make_seller("Yangjiang Golden Scissors", "Golden Santoku 7in", category)


@pytest.fixture
def staff_client(db):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def place_order(number, *products):
    basket = Basket.objects.create()
    basket.strategy = Default()
    for product in products:
        basket.add_product(product, quantity=2)
    return create_order(number=number, basket=basket, user=UserFactory())


@pytest.fixture
def orders(seller_a, seller_b):
    return {
        "shared": place_order("SHARED-100", seller_a.product, seller_b.product),
        "b_only": place_order("BONLY-200", seller_b.product),
    }


def page_data(response):
    """What a browser would post back from the product page as it was rendered."""
    context = response.context
    data = {}
    forms = [context["form"]]
    for name in ("category_formset", "image_formset", "recommended_formset",
                 "stockrecord_formset"):
        formset = context[name]
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for field in form:
            value = field.value()
            if field.field.show_hidden_initial:  # rendered as a hidden input beside the field
                data[field.html_initial_name] = "" if value is None else str(value)
            if field.widget_type == "checkbox":
                if value:
                    data[field.html_name] = "on"
            elif isinstance(value, (list, tuple)):
                data[field.html_name] = [str(item) for item in value]
            elif value is not None and field.widget_type not in ("clearablefile", "file",
                                                                  "image"):
                data[field.html_name] = str(value)
    data["action"] = "continue"
    return data


@pytest.fixture(autouse=True)
def _customs_not_the_subject(settings):
    """Shipping here is the lifecycle's move alone: declaring the shipment to customs (which
    needs HS codes, weights, filings) is tests/declaration's subject."""
    settings.MARKETPLACE_DECLARE_ON_SHIP = False
