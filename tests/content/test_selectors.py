"""The CMS's reads of the live catalogue: a parent product is public through its variants."""

from decimal import Decimal

from marketplace.content.selectors import featured_products, public_products
from tests.factories import ProductFactory, StockRecordFactory


def _parent_with_stocked_variant(partner, title):
    parent = ProductFactory(structure="parent", title_en=title)
    child = ProductFactory(structure="child", parent=parent, product_class=None, title_en=f"{title} M")
    StockRecordFactory(partner=partner, product=child, price=Decimal("10.00"), num_in_stock=5)
    return parent, child


def test_a_parent_is_public_when_an_approved_seller_stocks_one_of_its_variants(approved, unapproved):
    shown, shown_child = _parent_with_stocked_variant(approved.enterprise.partner, "Chef knife set")
    hidden, _ = _parent_with_stocked_variant(unapproved.enterprise.partner, "Cleaver set")

    public = set(public_products())

    assert shown in public and approved.product in public
    assert hidden not in public and unapproved.product not in public
    # Variants are reached through their parent, never listed on their own.
    assert shown_child not in public


def test_featured_products_picks_parents_and_standalone_goods_in_the_editors_order(approved, unapproved):
    parent, _ = _parent_with_stocked_variant(approved.enterprise.partner, "Chef knife set")

    picked = featured_products(picked_ids=[parent.pk, unapproved.product.pk, approved.product.pk])

    assert picked == [parent, approved.product]


def test_each_stocked_product_is_listed_once_however_many_records_it_has(approved):
    parent, child = _parent_with_stocked_variant(approved.enterprise.partner, "Chef knife set")
    second = ProductFactory(structure="child", parent=parent, product_class=None, title_en="Chef knife set L")
    StockRecordFactory(partner=approved.enterprise.partner, product=second, price=Decimal("12.00"))

    newest = featured_products(limit=10)

    assert newest.count(parent) == 1
    assert set(newest) == {parent, approved.product}


def test_the_newest_of_a_cluster_are_listed_once_and_follow_the_catalogue(approved, unapproved):
    from django.utils import timezone

    from marketplace.sellers.models import Enterprise
    from tests.factories import add_category

    blades = add_category(["Kitchenware", "Woks"])
    scissors = add_category(["Kitchenware", "Pans"])
    cluster = blades.get_parent()
    now = timezone.now()
    older = StockRecordFactory(partner=approved.enterprise.partner, price=Decimal("5.00")).product
    newer = StockRecordFactory(partner=approved.enterprise.partner, price=Decimal("6.00")).product
    for product, minutes, categories in ((older, 10, [blades, scissors]), (newer, 5, [blades])):
        product.categories.set(categories)  # filed twice: still listed once
        type(product).objects.filter(pk=product.pk).update(date_created=now - timezone.timedelta(minutes=minutes))
    hidden = StockRecordFactory(partner=unapproved.enterprise.partner).product
    hidden.categories.set([blades])

    assert featured_products(category=cluster) == [newer, older]  # the ids are kept now

    newest = StockRecordFactory(partner=approved.enterprise.partner, price=Decimal("7.00")).product
    newest.categories.set([scissors])
    assert featured_products(category=cluster) == [newest, newer, older]

    Enterprise.objects.filter(pk=approved.enterprise.pk).update(status=Enterprise.Status.SUSPENDED)
    assert featured_products(category=cluster) == []  # kept ids are checked again
