"""Factories for catalogue data that tests build on."""

from datetime import date
from decimal import Decimal

import factory
from oscar.core.loading import get_model

from marketplace.currency.models import ExchangeRate

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


class ProductClassFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductClass
        django_get_or_create = ("slug",)

    name = "Kitchen knife"
    slug = "kitchen-knife"
    track_stock = True


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Yangjiang Manufacturer {n}")
    code = factory.Sequence(lambda n: f"maker-{n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    structure = "standalone"
    product_class = factory.SubFactory(ProductClassFactory)
    title_en = factory.Sequence(lambda n: f"Chef knife {n}")
    upc = factory.Sequence(lambda n: f"UPC{n:08d}")
    is_public = True


class StockRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StockRecord

    product = factory.SubFactory(ProductFactory)
    partner = factory.SubFactory(PartnerFactory)
    partner_sku = factory.Sequence(lambda n: f"SKU{n:06d}")
    price_currency = "CNY"
    price = Decimal("100.00")
    num_in_stock = 1000


def add_category(path_names):
    """Create (or reuse) a category branch from names, e.g. ["Knives & Scissors", "Kitchen knives"]."""
    parent = None
    for name in path_names:
        siblings = Category.get_root_nodes() if parent is None else parent.get_children()
        found = siblings.filter(name_en=name).first()
        if found is None:
            found = (Category.add_root if parent is None else parent.add_child)(name=name, name_en=name)
        parent = found
    return parent


def product_in_category(category, **kwargs):
    record = StockRecordFactory(**kwargs)
    ProductCategory.objects.create(product=record.product, category=category)
    return record.product


def rate(base, quote, value, on=date(2026, 11, 20), source="test"):
    return ExchangeRate.objects.create(
        base_currency=base, quote_currency=quote, rate=Decimal(value), rate_date=on, source=source
    )
