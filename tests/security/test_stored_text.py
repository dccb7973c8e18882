"""Seller text is cleaned when it is saved, and again when it is printed."""

from importlib import import_module

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.sellers.models import Enterprise
from tests.factories import PartnerFactory, StockRecordFactory, add_category, product_in_category
from tests.sellers.factories import EnterpriseFactory

from .conftest import live_markup

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

pytestmark = pytest.mark.django_db

XSS = '<script>alert(1)</script>"><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'
LANGUAGE_SUFFIXES = ["zh_hans", "en", "es", "fr", "de", "ru", "ar", "ja", "ko", "pt"]


def test_a_product_is_stored_with_clean_titles_and_descriptions_in_every_language():
    fields = {}
    for suffix in LANGUAGE_SUFFIXES:
        fields[f"title_{suffix}"] = f"Knife {suffix} {XSS}"
        fields[f"description_{suffix}"] = f"<p>Sharp <b>{suffix}</b></p>{XSS}"
    product = StockRecordFactory(product__customisation_notes=f"Logo {XSS}", **{
        f"product__{name}": value for name, value in fields.items()}).product

    stored = Product.objects.filter(pk=product.pk).values(*fields, "customisation_notes").get()
    for suffix in LANGUAGE_SUFFIXES:
        assert stored[f"title_{suffix}"] == f'Knife {suffix} ">x'
        assert stored[f"description_{suffix}"] == (
            f'<p>Sharp <b>{suffix}</b></p>"&gt;<a rel="nofollow noopener ugc">x</a>')
    assert stored["customisation_notes"] == 'Logo ">x'


def test_rich_text_and_text_attribute_values_are_stored_clean():
    product = StockRecordFactory().product
    for code, kind in (("notes", "richtext"), ("steel", "text")):
        attribute = ProductAttribute.objects.create(
            product_class=product.product_class, code=code, name=code, type=kind)
        ProductAttributeValue.objects.create(product=product, attribute=attribute,
                                             **{f"value_{kind}": f"<b>VG10</b>{XSS}"})
    values = dict(ProductAttributeValue.objects.filter(product=product)
                  .values_list("attribute__code", "value_richtext"))
    assert values["notes"] == '<b>VG10</b>"&gt;<a rel="nofollow noopener ugc">x</a>'
    assert ProductAttributeValue.objects.get(attribute__code="steel").value_text == 'VG10">x'


def test_category_names_and_descriptions_are_stored_clean():
    category = add_category(["Knives"])
    category.name_fr = f"Couteaux {XSS}"
    category.description_fr = f"<p>Acier</p>{XSS}"
    category.save()
    stored = Category.objects.values("name_fr", "description_fr").get(pk=category.pk)
    assert stored == {"name_fr": 'Couteaux ">x',
                      "description_fr": '<p>Acier</p>"&gt;<a rel="nofollow noopener ugc">x</a>'}


def test_a_sellers_names_and_descriptions_are_stored_as_plain_text():
    enterprise = EnterpriseFactory(name_en=f"Blades {XSS}", legal_name_zh=f"阳江刀具{XSS}",
                                   description_en=f"Forged.\n{XSS}", description_zh=f"锻造。{XSS}")
    stored = Enterprise.objects.values("name_en", "legal_name_zh", "description_en",
                                       "description_zh").get(pk=enterprise.pk)
    assert stored == {"name_en": 'Blades ">x', "legal_name_zh": '阳江刀具">x',
                      "description_en": 'Forged.\n">x', "description_zh": '锻造。">x'}


# --- printed clean although the database holds markup (written past the models) ----------


@pytest.fixture
def dirty_product():
    category = add_category(["Knives"])
    product = product_in_category(category, product__title_en="Chef knife",
                                  product__description_en="<p>clean</p>")
    attribute = ProductAttribute.objects.create(
        product_class=product.product_class, code="notes", name="Notes", type="richtext")
    ProductAttributeValue.objects.create(product=product, attribute=attribute,
                                         value_richtext="<b>ok</b>")
    # An old row, a raw SQL fix or a restored backup: nothing of the models runs.
    Product.objects.filter(pk=product.pk).update(
        title_en=f"Chef knife {XSS}", description_en=f"<p>Forged</p>{XSS}")
    ProductAttributeValue.objects.filter(product=product).update(value_richtext=f"<b>ok</b>{XSS}")
    Category.objects.filter(pk=category.pk).update(
        name_en=f"Knives {XSS}", description_en=f"<p>Steel</p>{XSS}")
    return Product.objects.get(pk=product.pk), Category.objects.get(pk=category.pk)


def test_the_product_page_prints_a_dirty_description_clean(client, dirty_product):
    product, _category = dirty_product
    with translation.override("en"):
        response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert live_markup(page) == []
    assert "<p>Forged</p>" in page and "<b>ok</b>" in page  # the formatting stays


def test_the_category_page_prints_a_dirty_description_clean(client, dirty_product):
    _product, category = dirty_product
    with translation.override("en"):
        response = client.get(category.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert live_markup(page) == []
    assert "<p>Steel</p>" in page


def test_a_dirty_seller_website_is_not_made_a_link(client):
    enterprise = EnterpriseFactory(status=Enterprise.Status.APPROVED, slug="blades",
                                   partner=PartnerFactory(), website="https://blades.example")
    Enterprise.objects.filter(pk=enterprise.pk).update(website="javascript:alert(1)")
    page = client.get("/en/sellers/blades/").content.decode()
    assert live_markup(page) == []
    assert "javascript:" not in page


def test_the_data_migrations_clean_rows_stored_before_saving_cleaned_them(dirty_product):
    from django.apps import apps

    catalogue = import_module("catalog.migrations.0039_clean_seller_text")
    sellers = import_module("marketplace.sellers.migrations.0004_clean_seller_text")
    enterprise = EnterpriseFactory()
    Enterprise.objects.filter(pk=enterprise.pk).update(name_en=f"Blades {XSS}")
    product, category = dirty_product

    catalogue.clean_catalogue_text(apps, None)
    sellers.clean_filings(apps, None)

    product.refresh_from_db()
    category.refresh_from_db()
    assert product.title_en == 'Chef knife ">x'
    assert product.description_en == '<p>Forged</p>"&gt;<a rel="nofollow noopener ugc">x</a>'
    assert category.name_en == 'Knives ">x'
    assert ProductAttributeValue.objects.get(product=product).value_richtext == (
        '<b>ok</b>"&gt;<a rel="nofollow noopener ugc">x</a>')
    assert Enterprise.objects.get(pk=enterprise.pk).name_en == 'Blades ">x'
