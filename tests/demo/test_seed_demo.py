"""`manage.py seed_demo` loads a demo marketplace and can run again without duplicating it."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Page

from catalog.product_classes import PRODUCT_CLASSES
from catalog.validators import controlled_knife_rule
from marketplace.currency.models import ExchangeRate
from marketplace.demo.catalogue_data import CLUSTERS
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


def test_the_five_clusters_are_top_categories_named_in_three_languages(seed):
    seed(products=30)

    clusters = list(Category.get_root_nodes())
    assert [(c.name_en, c.name_zh_hans, c.name_es) for c in clusters] == [
        tuple(cluster.name) for cluster in CLUSTERS
    ]
    # The untranslated column, which modeltranslation falls back to, holds the English name.
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM catalogue_category WHERE depth = 1 ORDER BY path")
        assert [row[0] for row in cursor.fetchall()] == [cluster.name.en for cluster in CLUSTERS]
    assert clusters[0].slug == "knives-scissors"
    for cluster in clusters:
        children = list(cluster.get_children())
        assert 3 <= len(children) <= 5
        assert all(child.name_en and child.name_zh_hans and child.name_es for child in children)
    assert set(ProductClass.objects.filter(track_stock=True).values_list("slug", flat=True)) == (
        CLUSTER_CLASSES
    )


def test_every_product_has_stock_a_yuan_price_a_picture_and_three_titles(seed):
    seed(products=30)

    assert Partner.objects.count() >= 3
    products = Product.objects.prefetch_related("stockrecords", "images", "categories")
    assert products.count() == 30
    for product in products:
        assert product.title_en and product.title_zh_hans and product.title_es
        assert product.description_es
        (record,) = product.stockrecords.all()
        assert record.price_currency == "CNY"
        assert isinstance(record.price, Decimal) and record.price > 0
        assert record.num_in_stock > 0
        (image,) = product.images.all()
        assert image.original.name.startswith("images/products/")
        assert image.original.storage.exists(image.original.name)
        (category,) = product.categories.all()
        assert category.depth == 2
    assert len({p.upc for p in products}) == 30
    assert len({Partner.objects.get(stockrecords__product=p).code for p in products}) >= 3


def test_every_product_is_declared_with_its_clusters_class_hs_code_and_packing(seed):
    seed(products=42)  # every sub-category twice

    products = Product.objects.select_related("product_class", "hs_code").prefetch_related(
        "certifications", "attribute_values__attribute")
    for product in products:
        assert product.product_class.slug in CLUSTER_CLASSES
        assert not product.hs_code.prohibited
        assert product.gtin == product.upc
        assert product.declared_elements.count("|") >= 4
        assert product.origin_district in {"441702", "441704", "441721", "441781"}
        assert product.gross_weight_kg >= product.net_weight_kg > 0
        assert product.carton_volume_m3 > 0 and product.units_per_carton > 0
        assert product.lead_time_days > 0
        assert product.oem_available == bool(product.customisation_notes)
        defined = {a.code for spec in PRODUCT_CLASSES if spec.slug == product.product_class.slug
                   for a in spec.attributes}
        given = {value.attribute.code for value in product.attribute_values.all()}
        assert given and given <= defined
        # The whole product passes the rules a seller's form or the importer would apply:
        # required attributes (blade length, tip angle), gross >= net, known HS code, GTIN.
        product.full_clean()
    food = products.filter(product_class__slug__in=["seafood", "processed-food"])
    assert all("HACCP" in {c.code for c in p.certifications.all()} for p in food)


def test_seeded_attribute_values_read_back_through_oscar(seed):
    seed(products=21)

    shrimp = Product.objects.get(categories__name_en="Frozen shrimp")
    assert shrimp.attr.latin_name == "Litopenaeus vannamei"
    assert shrimp.attr.wild_or_farmed.code == "wild_or_farmed.farmed"
    assert shrimp.attr.processing.code == "seafood_processing.frozen"
    assert shrimp.attr.storage_temperature_c == -18
    assert shrimp.attr.shelf_life_days == 540
    assert shrimp.hs_code_id.startswith("030617")
    knife = Product.objects.get(categories__name_en="Kitchen knives")
    assert 52 <= knife.attr.hardness_hrc <= 62
    assert 80 <= knife.attr.blade_length_mm <= 250
    assert knife.attr.blade_steel.code.startswith("blade_steel.")
    shirt = Product.objects.get(categories__name_en="T-shirts & polo shirts")
    assert {option.code for option in shirt.attr.sizes} >= {"garment_sizes.m", "garment_sizes.l"}
    assert isinstance(shirt.attr.oeko_tex_certified, bool)


def test_no_demo_knife_is_a_controlled_knife(seed):
    seed(products=21 * 12)

    knives = Product.objects.filter(product_class__slug="knives")
    assert knives.count() >= 30
    for knife in knives:
        assert controlled_knife_rule(knife.attr.tip_angle_deg, knife.attr.blade_length_mm) is None


def test_a_second_run_with_the_same_count_adds_nothing(seed):
    seed(products=30)
    before = counts()

    output = seed(products=30)

    assert counts() == before
    assert "Done: 0 products created." in output


def test_a_larger_count_adds_only_the_missing_products(seed):
    seed(products=30)

    seed(products=45)

    assert Product.objects.count() == 45
    assert StockRecord.objects.count() == 45
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


def test_todays_rates_reach_every_display_currency(seed):
    seed(products=1)

    rates = ExchangeRate.objects.filter(base_currency="CNY", rate_date=timezone.localdate())
    assert set(rates.values_list("quote_currency", flat=True)) == (
        set(settings.MARKETPLACE_DISPLAY_CURRENCIES) - {"CNY"}
    )
    assert set(rates.values_list("source", flat=True)) == {"demo"}
    assert Decimal("0.12") < rates.get(quote_currency="USD").rate < Decimal("0.16")


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
    output = seed(products=30)

    for phase in ("Categories", "HS codes, certifications and product classes", "Manufacturers",
                  "Products", "Exchange rates", "Pages"):
        assert phase in output
    assert "30/30 products (100%)" in output
    assert output.count("products (") == 10


def test_without_content_pages_no_cluster_page_is_written(seed):
    # `make run` takes the default and gets them (tests/content/test_demo_pages.py).
    from marketplace.content.models import ClusterPage

    output = seed(products=0, content_pages=False)
    assert not ClusterPage.objects.exists()
    assert "Content pages in ten languages" not in output
