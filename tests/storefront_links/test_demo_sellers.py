"""The demo's makers are filed, approved manufacturers whose storefronts answer and whose
products link to them; import_products accepts their codes. One seed_demo for the module."""

import io

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.utils.html import escape
from oscar.core.loading import get_model

from marketplace.demo.catalogue_data import MAKERS
from marketplace.sellers.identifiers import validate_customs_code, validate_uscc
from marketplace.sellers.models import Enterprise, EnterpriseDecision

pytestmark = pytest.mark.django_db

SEED_ONCE = {"products": 30}
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def test_every_demo_maker_is_an_approved_manufacturer_with_a_filing(seeded_once):
    enterprises = {e.slug: e for e in Enterprise.objects.select_related("partner")}
    assert set(enterprises) == {maker.code for maker in MAKERS}
    for maker in MAKERS:
        enterprise = enterprises[maker.code]
        assert enterprise.status == Enterprise.Status.APPROVED
        assert enterprise.partner.code == maker.code
        validate_uscc(enterprise.uscc)
        validate_customs_code(enterprise.customs_code)
        assert enterprise.clusters.exists()
        assert enterprise.decisions.filter(decision=EnterpriseDecision.Decision.APPROVED).exists()


def test_every_demo_storefront_answers_with_its_products(seeded_once, client):
    for enterprise in Enterprise.objects.all():
        response = client.get(enterprise.get_absolute_url())
        assert response.status_code == 200, enterprise.slug
        page = response.content.decode()
        assert escape(enterprise.name_en) in page
        listed = StockRecord.objects.filter(partner=enterprise.partner,
                                            product__is_public=True).exists()
        if listed:
            assert "not listed any products yet" not in page, enterprise.slug


def test_every_demo_product_links_to_its_makers_storefront(seeded_once, client):
    template = Template("{% load seller_tags %}{% product_seller product %}")
    products = Product.objects.browsable().prefetch_related("stockrecords__partner")
    assert products.count() >= 30
    for product in products:
        record = product.stockrecords.first()
        html = template.render(Context({"product": product}))
        storefront = record.partner.enterprise.get_absolute_url()
        assert f'href="{storefront}"' in html, product.title
        assert "Verified manufacturer" in html and "Customs registered" in html
    # ...and the link leads somewhere.
    assert client.get(storefront).status_code == 200


@pytest.mark.parametrize("maker", [MAKERS[0].code, MAKERS[-1].code])
def test_import_products_accepts_a_demo_sellers_code(seeded_once, maker, tmp_path):
    sheet = tmp_path / f"{maker}.csv"
    call_command("export_products", str(sheet), seller=maker, stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_products", str(sheet), seller=maker, dry_run=True,
                 stdout=out, stderr=io.StringIO())
    # Its own export, imported again, changes nothing: the seller was accepted and matched.
    assert "0 to create, 0 to update" in out.getvalue()
    assert StockRecord.objects.filter(partner__code=maker).exists()
