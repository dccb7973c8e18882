"""What one `seed_demo` run writes: the clusters, and products a buyer can order and
customs can declare. The tests only read it, so the module seeds once (tests/demo/conftest.py)."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from oscar.core.loading import get_model

from catalog.product_classes import PRODUCT_CLASSES
from catalog.validators import controlled_knife_rule
from marketplace.currency.models import ExchangeRate
from marketplace.demo.catalogue_data import CLUSTERS

pytestmark = pytest.mark.django_db

#: Every sub-category twelve times (the seeder deals products round them): enough knives
#: for the controlled-knife check to mean something.
SEED_ONCE = {"products": 21 * 12}

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Partner = get_model("partner", "Partner")
CLUSTER_CLASSES = {spec.slug for spec in PRODUCT_CLASSES}


@pytest.fixture
def seeded(seeded_once):
    """The demo, seeded once for the module; each test reads it in its own savepoint."""


def test_the_five_clusters_are_top_categories_named_in_three_languages(seeded):

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

def test_every_product_has_stock_a_yuan_price_a_picture_and_three_titles(seeded):

    assert Partner.objects.count() >= 3
    products = Product.objects.prefetch_related("stockrecords", "images", "categories")
    assert products.count() == SEED_ONCE["products"]
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
    assert len({p.upc for p in products}) == SEED_ONCE["products"]
    assert len({Partner.objects.get(stockrecords__product=p).code for p in products}) >= 3

def test_every_product_is_declared_with_its_clusters_class_hs_code_and_packing(seeded):

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

def test_seeded_attribute_values_read_back_through_oscar(seeded):

    shrimp = Product.objects.filter(categories__name_en="Frozen shrimp").first()
    assert shrimp.attr.latin_name == "Litopenaeus vannamei"
    assert shrimp.attr.wild_or_farmed.code == "wild_or_farmed.farmed"
    assert shrimp.attr.processing.code == "seafood_processing.frozen"
    assert shrimp.attr.storage_temperature_c == -18
    assert shrimp.attr.shelf_life_days == 540
    assert shrimp.hs_code_id.startswith("030617")
    knife = Product.objects.filter(categories__name_en="Kitchen knives").first()
    assert 52 <= knife.attr.hardness_hrc <= 62
    assert 80 <= knife.attr.blade_length_mm <= 250
    assert knife.attr.blade_steel.code.startswith("blade_steel.")
    shirt = Product.objects.filter(categories__name_en="T-shirts & polo shirts").first()
    assert {option.code for option in shirt.attr.sizes} >= {"garment_sizes.m", "garment_sizes.l"}
    assert isinstance(shirt.attr.oeko_tex_certified, bool)


def test_no_demo_knife_is_a_controlled_knife(seeded):

    knives = Product.objects.filter(product_class__slug="knives")
    assert knives.count() >= 30
    for knife in knives:
        assert controlled_knife_rule(knife.attr.tip_angle_deg, knife.attr.blade_length_mm) is None

def test_todays_rates_reach_every_display_currency(seeded):

    rates = ExchangeRate.objects.filter(base_currency="CNY", rate_date=timezone.localdate())
    assert set(rates.values_list("quote_currency", flat=True)) == (
        set(settings.MARKETPLACE_DISPLAY_CURRENCIES) - {"CNY"}
    )
    assert set(rates.values_list("source", flat=True)) == {"demo"}
    assert Decimal("0.12") < rates.get(quote_currency="USD").rate < Decimal("0.16")
