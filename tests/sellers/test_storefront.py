"""An approved manufacturer's public page: company facts, certifications and products."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.core.chrome import invalidate
from marketplace.sellers.models import Cluster, Enterprise
from tests.factories import PartnerFactory, ProductFactory, StockRecordFactory

from .factories import DocumentFactory, EnterpriseFactory

pytestmark = pytest.mark.django_db
Status = Enterprise.Status


@pytest.fixture
def seller():
    enterprise = EnterpriseFactory(
        legal_name_zh="阳江十八子刀具有限公司", name_en="Eighteen Knives", slug="eighteen-knives",
        status=Status.APPROVED, district="441704", established_year=1988,
        description_en="Forged kitchen knives since 1988.", description_zh="锻造厨刀。",
        partner=PartnerFactory(name="Eighteen Knives"),
    )
    enterprise.clusters.add(Cluster.objects.get(code=Cluster.KITCHENWARE))
    DocumentFactory(enterprise=enterprise, kind="product_certificate", title="LFGB",
                    number="LFGB-2024-001", valid_until=datetime.date(2027, 6, 30))
    DocumentFactory(enterprise=enterprise, kind="business_licence", number="SECRET-LICENCE")
    return enterprise


def listed(enterprise, count, **product):
    return [StockRecordFactory(partner=enterprise.partner, product__title_en=f"Knife {i}",
                               **product).product for i in range(count)]


def test_the_storefront_shows_the_company_facts(client, seller):
    response = client.get("/en/sellers/eighteen-knives/")

    assert response.status_code == 200
    page = response.content.decode()
    for fact in ("Eighteen Knives", "阳江十八子刀具有限公司", "Forged kitchen knives since 1988.",
                 "Yangdong District", "1988", "Knives and scissors", "Kitchenware",
                 seller.uscc):
        assert fact in page, fact
    assert "navbar" in page  # the shop's shared header


def test_product_certificates_are_listed_with_number_and_validity_and_licences_are_not(
    client, seller
):
    page = client.get("/en/sellers/eighteen-knives/").content.decode()
    assert "LFGB" in page and "LFGB-2024-001" in page and "June 30, 2027" in page
    assert "SECRET-LICENCE" not in page
    assert "/sellers/documents/" not in page  # files stay private


def test_chinese_readers_see_the_legal_name_first(client, seller):
    page = client.get("/zh-hans/sellers/eighteen-knives/").content.decode()
    assert "<h1>阳江十八子刀具有限公司</h1>" in page
    assert "锻造厨刀。" in page


def test_the_storefront_lists_the_sellers_public_products_as_catalogue_cards(client, seller):
    mine = listed(seller, 2)
    hidden = StockRecordFactory(partner=seller.partner, product__title_en="Prototype cleaver",
                                product__is_public=False).product
    StockRecordFactory(partner=PartnerFactory(), product__title_en="Someone else's wok")

    response = client.get("/en/sellers/eighteen-knives/")

    assert {p.pk for p in response.context["products"]} == {p.pk for p in mine}
    page = response.content.decode()
    assert page.count('class="product_pod"') == 2  # Oscar's product card
    assert "Knife 0" in page and "Knife 1" in page
    assert hidden.title not in page and "Someone else" not in page


def test_a_parent_product_is_listed_through_its_variants_stock(client, seller):
    parent = ProductFactory(structure="parent", title_en="Chef knife series", upc=None)
    StockRecordFactory(partner=seller.partner, product=ProductFactory(
        structure="child", parent=parent, product_class=None, title_en="Chef knife 8 inch"))

    products = client.get("/en/sellers/eighteen-knives/").context["products"]

    assert [p.pk for p in products] == [parent.pk]


def test_products_are_paginated(client, seller):
    listed(seller, 30)
    first = client.get("/en/sellers/eighteen-knives/")
    second = client.get("/en/sellers/eighteen-knives/", {"page": 2})
    assert len(first.context["products"]) == 24 and len(second.context["products"]) == 6
    assert client.get("/en/sellers/eighteen-knives/", {"page": 9}).status_code == 404


def test_the_number_of_queries_does_not_grow_with_the_products(client, seller,
                                                              django_assert_max_num_queries):
    listed(seller, 2)
    client.get("/en/sellers/eighteen-knives/")  # warm the caches of the first request
    invalidate("listing")  # as listing 20 more does: both counts are of a changed catalogue
    with CaptureQueriesContext(connection) as few:
        client.get("/en/sellers/eighteen-knives/")
    listed(seller, 20)

    with django_assert_max_num_queries(len(few)):
        response = client.get("/en/sellers/eighteen-knives/")

    assert len(response.context["products"]) == 22


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.REJECTED,
                                    Status.SUSPENDED])
def test_only_approved_enterprises_have_a_storefront(client, seller, status):
    Enterprise.objects.filter(pk=seller.pk).update(status=status)
    assert client.get("/en/sellers/eighteen-knives/").status_code == 404


def test_an_unknown_storefront_is_404(client):
    assert client.get("/en/sellers/no-such-maker/").status_code == 404


def test_an_approved_enterprise_without_a_partner_shows_no_products(client, seller):
    Enterprise.objects.filter(pk=seller.pk).update(partner=None)
    response = client.get("/en/sellers/eighteen-knives/")
    assert response.status_code == 200
    assert "has not listed any products yet" in response.content.decode()
