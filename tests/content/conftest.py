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
from tests.module_rows import made_once
from tests.sellers.factories import EnterpriseFactory, reviewer

Product = get_model("catalogue", "Product")
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


def unapproved_seller():
    enterprise = EnterpriseFactory(name_en="Pending Blades Co", status=Enterprise.Status.SUBMITTED,
                                   partner=PartnerFactory())
    return Seller(enterprise, list_product(enterprise, "Unapproved Santoku"))


@pytest.fixture
def unapproved(db):
    return unapproved_seller()


# --- the same rows made once for a module ---------------------------------------------
#
# Seeding the home page in ten languages and approving a seller cost seconds; a module whose
# tests all start from them may take the `shared_*` fixtures instead (tests/module_rows.py):
# made once, rolled back after the module, and read afresh for each test so that what a
# test changes on its instances never reaches the next.


@pytest.fixture(scope="module")
def content_rows(django_db_setup, django_db_blocker):
    from django.test import TestCase

    with made_once(django_db_blocker):
        # The products reach the search index after commit, as in a real run.
        with TestCase.captureOnCommitCallbacks(execute=True):
            approved, unapproved = approved_seller(), unapproved_seller()
        yield {"home": english_home().pk,
               "approved": (approved.enterprise.pk, approved.product.pk),
               "unapproved": (unapproved.enterprise.pk, unapproved.product.pk)}


def _seller(ids):
    enterprise_pk, product_pk = ids
    return Seller(Enterprise.objects.get(pk=enterprise_pk), Product.objects.get(pk=product_pk))


@pytest.fixture
def shared_home(content_rows, db):
    return HomePage.objects.get(pk=content_rows["home"])


@pytest.fixture
def shared_approved(content_rows, db):
    return _seller(content_rows["approved"])


@pytest.fixture
def shared_unapproved(content_rows, db):
    return _seller(content_rows["unapproved"])
