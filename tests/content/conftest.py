"""A site with the home page in every language, sellers approved or not, and a helper that
adds a CMS page under the English home and translates it the way wagtail-localize does."""

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from oscar.core.loading import get_model
from wagtail.models import Locale

from marketplace.content.models import HomePage
from marketplace.demo.services import seed_pages
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import PartnerFactory, StockRecordFactory, add_category, rate
from tests.sellers.factories import EnterpriseFactory, reviewer

ProductCategory = get_model("catalogue", "ProductCategory")

#: English, the source-language Chinese, and a right-to-left language.
LANGUAGES = ["en", "zh-hans", "ar"]


@pytest.fixture(autouse=True)
def _fresh(db):
    cache.clear()
    rate("CNY", "USD", "0.14")
    rate("CNY", "EUR", "0.13")
    yield
    cache.clear()


def english_home():
    seed_pages()
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def home(db):
    return english_home()


def add_page(parent, page):
    """Publish `page` under `parent` and under its zh-hans and ar translations."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        if not page.get_translations().filter(locale=locale).exists():
            translation = page.copy_for_translation(locale, copy_parents=True)
            translation.title = f"{page.title} [{language}]"
            translation.save_revision().publish()
    return page


def translation_of(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


@dataclass
class Seller:
    enterprise: Enterprise
    product: object


def list_product(enterprise, title, category_path=("Knives & Scissors", "Kitchen knives")):
    record = StockRecordFactory(
        partner=enterprise.partner, product__title_en=title,
        product__title_zh_hans=f"{title}（中文）", product__title_ar=f"{title} (ar)",
        price=Decimal("100.00"), num_in_stock=500,
    )
    ProductCategory.objects.create(product=record.product, category=add_category(list(category_path)))
    return record.product


def approved_seller():
    enterprise = EnterpriseFactory(name_en="Approved Blades Co", status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    return Seller(enterprise, list_product(enterprise, "Approved Chef Knife"))


@pytest.fixture
def approved(db):
    return approved_seller()


@pytest.fixture
def unapproved(db):
    enterprise = EnterpriseFactory(name_en="Pending Blades Co", status=Enterprise.Status.SUBMITTED,
                                   partner=PartnerFactory())
    return Seller(enterprise, list_product(enterprise, "Unapproved Santoku"))
