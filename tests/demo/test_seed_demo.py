"""`manage.py seed_demo` loads a demo marketplace and can run again without duplicating it."""


import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model
from wagtail.models import Page

from catalog.product_classes import PRODUCT_CLASSES
from marketplace.currency.models import ExchangeRate
from tests.factories import StockRecordFactory

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
HSCode = get_model("catalogue", "HSCode")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

COUNTED = (Category, ProductClass, Partner, Product, StockRecord, PriceTier, IncotermOffer,
           ProductCategory, ProductImage,
           ProductAttributeValue, ProductAttributeValue.value_multi_option.through,
           Product.certifications.through, HSCode, ExchangeRate, Page, get_user_model())
CLUSTER_CLASSES = {spec.slug for spec in PRODUCT_CLASSES}


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_a_second_run_with_the_same_count_adds_nothing(seed, seeded_before):
    # Small counts: each run also writes the pages and the order history, whatever the count.
    seeded_before(products=10)
    before = counts()

    output = seed(products=10)

    assert counts() == before
    assert "Done: 0 products created." in output


def test_a_larger_count_adds_only_the_missing_products(seed, seeded_before):
    seeded_before(products=10)

    seed(products=15)

    assert Product.objects.count() == 15
    assert StockRecord.objects.count() == 15
    assert StockRecord.objects.filter(incoterms__isnull=True).count() == 0


def test_if_empty_leaves_an_existing_catalogue_alone(seed):
    StockRecordFactory()

    output = seed(products=30, if_empty=True)

    assert Product.objects.count() == 1
    assert not Category.objects.exists()
    assert "skipped" in output
    assert "admin" in output.lower()


def test_if_empty_seeds_an_empty_catalogue(seed):
    seed(products=5, if_empty=True)

    assert Product.objects.count() == 5


def test_the_reference_data_comes_back_after_the_database_was_emptied(seed):
    # A flushed test database (transactional tests) or an older one lacks what the
    # migrations loaded; the seeder puts back what its products refer to.
    Product.objects.all().delete()
    ProductAttributeValue.objects.all().delete()
    HSCode.objects.all().delete()
    ProductClass.objects.all().delete()

    seed(products=21)

    assert Product.objects.count() == 21
    assert HSCode.objects.get(code="9307000000").prohibited
    assert set(ProductClass.objects.values_list("slug", flat=True)) == CLUSTER_CLASSES


def test_the_admin_password_is_stored_once_and_printed_every_run(seed, settings):
    first = seed(products=1)
    password = (settings.VAR_DIR / "admin-password.txt").read_text().strip()

    second = seed(products=1)

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.email == "admin@example.com"
    assert admin.check_password(password)
    line = f"Admin login: admin@example.com / {password}  (dashboard: /dashboard/, CMS: /cms/)"
    assert line in first and line in second


def test_an_admin_made_earlier_without_the_file_is_reported_as_such(seed):
    get_user_model().objects.create_superuser("admin", "admin@example.com", "chosen-by-hand")

    output = seed(products=1)

    assert "password set earlier" in output


def test_progress_is_reported_per_phase_and_per_tenth_of_the_products(seed):
    output = seed(products=20)

    for phase in ("Categories", "HS codes, certifications and product classes", "Manufacturers",
                  "Products", "Exchange rates", "Pages"):
        assert phase in output
    assert "20/20 products (100%)" in output
    assert output.count("products (") == 10


def test_without_content_pages_no_cluster_page_is_written(seed):
    # `make run` takes the default and gets them (tests/content/test_demo_pages.py).
    from marketplace.content.models import ClusterPage

    output = seed(products=0, content_pages=False)
    assert not ClusterPage.objects.exists()
    assert "Content pages in ten languages" not in output
