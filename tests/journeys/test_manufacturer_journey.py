"""Issue 4's story end to end, through the real moderation, import and pricing code.

A manufacturer is approved, lists a knife in the dashboard (a dagger is refused there),
waits for review, is verified, imports a frozen shrimp and 100 more products from a
spreadsheet, and a Spanish buyer sees them on its storefront with prices in euros.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.moderation.services import set_listings_verified
from marketplace.product_import.examples import EXAMPLES
from marketplace.product_import.files import write_rows
from marketplace.product_import.services import template_rows
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import add_category, rate
from tests.seller_dashboard.conftest import page_data
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

Product = get_model("catalogue", "Product")
AttributeOption = get_model("catalogue", "AttributeOption")

pytestmark = pytest.mark.django_db

CREATE_KNIFE = "/dashboard/catalogue/products/create/knives/"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def option(group, code):
    return str(AttributeOption.objects.get(group__code=group, code=f"{group}.{code}").pk)


def knife_form(page, category, partner, **changes):
    return page_data(page) | {
        "title_en": "Santoku 180mm, 5Cr15MoV", "title_zh_hans": "三德刀 180毫米",
        "title_es": "Cuchillo santoku 180 mm",
        "description_en": "<p>Hollow-ground santoku.</p>",
        "productcategory_set-0-category": str(category.pk),
        "hs_code": "8211910000", "unit_of_measure": "piece", "origin_district": "441702",
        "attr_blade_length_mm": "180", "attr_tip_angle_deg": "80",
        "attr_knife_build": option("knife_build", "fixed_blade"),
        "stockrecords-0-partner": str(partner.pk), "stockrecords-0-partner_sku": "SANTOKU-180",
        "stockrecords-0-price_currency": "CNY", "stockrecords-0-price": "100.00",
        "stockrecords-0-num_in_stock": "5000", "stockrecords-0-moq": "1",
    } | changes


def test_a_manufacturer_lists_imports_and_a_spanish_buyer_sees_euros(tmp_path):
    categories = {slug: add_category([p.strip() for p in example["category"].split(">")])
                  for slug, example in EXAMPLES.items()}
    rate("CNY", "EUR", "0.125")
    enterprise = EnterpriseFactory(name_en="Yangjiang Harbour Trading",
                                   status=Enterprise.Status.SUBMITTED)
    admin = reviewer()
    approve_enterprise(enterprise, decided_by=admin)
    enterprise.refresh_from_db()
    seller = Client()
    seller.force_login(User.objects.get(pk=enterprise.applicant.pk))

    # A dagger is refused on the form with the rule named; nothing is saved.
    page = seller.get(CREATE_KNIFE)
    assert page.status_code == 200
    refused = seller.post(CREATE_KNIFE, knife_form(
        page, categories["knives"], enterprise.partner,
        attr_knife_build=option("knife_build", "dagger")))
    assert refused.status_code == 200
    assert "dagger" in refused.content.decode().lower()
    assert not Product.objects.exists()

    # An unverified seller's knife waits for review, hidden from buyers.
    created = seller.post(CREATE_KNIFE, knife_form(page, categories["knives"],
                                                   enterprise.partner))
    assert created.status_code == 302, created.context and created.context["form"].errors
    knife = Product.objects.get(title_en="Santoku 180mm, 5Cr15MoV")
    assert (knife.review_status, knife.is_public) == ("pending", False)
    assert Client().get(f"/es/catalogue/{knife.slug}_{knife.pk}/").status_code == 404

    officer = Client()
    officer.force_login(UserFactory(is_staff=True))
    assert officer.post(f"/dashboard/moderation/{knife.pk}/approve/").status_code == 302
    knife.refresh_from_db()
    assert (knife.review_status, knife.is_public) == ("approved", True)

    # Verified, the seller imports the shrimp and a hundred more in one spreadsheet.
    set_listings_verified(enterprise, verified=True, decided_by=admin)
    header, examples = template_rows()
    rows = []
    for number in range(101):
        row = dict(examples[number % len(examples)])
        row["sku"] = f"{row['sku']}-{number:03d}"
        if number >= len(examples):  # the first of each class keeps the example's title
            row["title_en"] = f"{row['title_en']} #{number}"
        rows.append(row)
    path = tmp_path / "products.xlsx"
    with path.open("wb") as target:
        write_rows(target, "xlsx", header, rows)
    call_command("import_products", str(path), "--seller", enterprise.partner.code)
    assert Product.objects.filter(stockrecords__partner=enterprise.partner,
                                  is_public=True).count() == 102
    shrimp = Product.objects.get(title_en=EXAMPLES["seafood"]["title_en"])
    assert shrimp.attr.processing.code == "seafood_processing.frozen"

    # A Spanish buyer: the storefront lists them, the product page prices in euros.
    buyer = Client()
    pages = [buyer.get(f"/es/sellers/{enterprise.slug}/", {"page": number})
             for number in range(1, 6)]  # 102 products, 24 a page
    assert [page.status_code for page in pages] == [200] * 5
    storefront = "".join(page.content.decode() for page in pages)
    assert "Cuchillo santoku 180 mm" in storefront
    assert EXAMPLES["seafood"]["title_en"] in storefront  # no Spanish title: English
    product_page = buyer.get(f"/es/catalogue/{knife.slug}_{knife.pk}/").content.decode()
    assert "Cuchillo santoku 180 mm" in product_page
    # 100 CNY at 0.125 is 12,50 € in Spanish notation.
    assert re.search(r"12,50\s*€", product_page), product_page[:2000]
