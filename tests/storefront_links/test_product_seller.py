"""The product page's seller line, import_products' --seller, and the CMS without the shop's chrome.

No demo here: filings from factories (fast). tests/storefront_links/test_demo_sellers.py reads the demo.
"""

import copy
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import Context, Template
from oscar.core.loading import get_model
from wagtail.models import Page

from marketplace.product_import import services as import_services
from marketplace.sellers.models import Enterprise
from tests.factories import PartnerFactory, ProductFactory, StockRecordFactory
from tests.sellers.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def render_seller(product):
    return Template("{% load seller_tags %}{% product_seller product %}").render(
        Context({"product": product}))


def seller(status=Enterprise.Status.APPROVED, *, code=None, **fields):
    partner = PartnerFactory(**({"code": code} if code else {}))
    return EnterpriseFactory(status=status, partner=partner, **fields)


def stocked(enterprise):
    product = ProductFactory()
    StockRecordFactory(product=product, partner=enterprise.partner)
    return product


def test_the_seller_line_links_to_the_storefront_with_the_verification_badge():
    enterprise = seller(customs_code="4417961A01", listings_verified=True,
                        name_en="Yangjiang Eighteen Knives")
    html = render_seller(stocked(enterprise))

    assert f'href="{enterprise.get_absolute_url()}"' in html
    assert "Yangjiang Eighteen Knives" in html
    assert "Verified manufacturer" in html
    assert "Customs registered" in html and "4417961A01" in html
    assert "Listings verified" in html


def test_the_badge_shows_only_what_was_checked():
    html = render_seller(stocked(seller(customs_code="", listings_verified=False)))

    assert "Verified manufacturer" in html
    assert "Customs registered" not in html
    assert "Listings verified" not in html


def test_a_parent_product_names_the_seller_of_its_variants():
    enterprise = seller()
    parent = ProductFactory(structure=Product.PARENT)
    child = ProductFactory(structure=Product.CHILD, parent=parent, product_class=None)
    StockRecordFactory(product=child, partner=enterprise.partner)

    assert enterprise.get_absolute_url() in render_seller(parent)


@pytest.mark.parametrize("status", [Enterprise.Status.SUSPENDED, Enterprise.Status.SUBMITTED])
def test_no_seller_line_for_a_seller_not_approved(status):
    # Its storefront answers 404: the product page must not link to it.
    assert render_seller(stocked(seller(status))).strip() == ""


def test_no_seller_line_for_a_product_without_a_seller(django_assert_max_num_queries):
    assert render_seller(ProductFactory()).strip() == ""
    with django_assert_max_num_queries(0):
        assert render_seller(None).strip() == ""


def test_the_seller_line_costs_one_query(django_assert_num_queries):
    product = stocked(seller())
    with django_assert_num_queries(1):
        render_seller(product)


def prefetched(product):
    """The product as its page reads it: stock records with their partner's enterprise."""
    from django.db.models import Prefetch

    records = get_model("partner", "StockRecord").objects.select_related("partner__enterprise")
    return Product.objects.prefetch_related(Prefetch("stockrecords", queryset=records)).get(pk=product.pk)


def test_the_product_pages_stock_records_name_the_seller_without_a_query(django_assert_num_queries):
    approved = seller(name_en="Yangjiang Zebra Knives")
    first_by_name = seller(name_en="Yangjiang Anchor Knives")
    product = stocked(approved)
    StockRecordFactory(product=product, partner=first_by_name.partner)
    StockRecordFactory(product=product, partner=seller(Enterprise.Status.SUSPENDED,
                                                        name_en="AAA Suspended").partner)
    StockRecordFactory(product=product, partner=PartnerFactory())  # no filing at all
    product = prefetched(product)
    with django_assert_num_queries(0):
        html = render_seller(product)
    # The same answer as the query's: the approved sellers, the first by name.
    assert first_by_name.get_absolute_url() in html and "Suspended" not in html
    assert render_seller(Product.objects.get(pk=product.pk)) == html


def test_stock_records_read_without_their_partners_cost_the_one_query(django_assert_num_queries):
    product = stocked(seller())
    product = Product.objects.prefetch_related("stockrecords").get(pk=product.pk)
    with django_assert_num_queries(1):
        assert "Verified manufacturer" in render_seller(product)


def test_the_product_pages_stock_records_of_a_suspended_seller_show_no_line():
    assert render_seller(prefetched(stocked(seller(Enterprise.Status.SUSPENDED)))).strip() == ""


def test_the_sellers_own_name_is_escaped():
    html = render_seller(stocked(seller(name_en="<script>alert(1)</script> Knives")))

    assert "<script" not in html
    assert "Knives</bdi>" in html


def test_chinese_readers_see_the_legal_name(settings):
    from django.utils import translation

    enterprise = seller(legal_name_zh="阳江市十八子刀具有限公司")
    with translation.override("zh-hans"):
        assert "阳江市十八子刀具有限公司" in render_seller(stocked(enterprise))


# --- import_products --seller ------------------------------------------------------------


def test_a_seller_is_found_by_partner_code_or_storefront_slug():
    enterprise = seller(code="eighteen-knives-2", slug="eighteen-knives")

    assert import_services.seller_by_code("eighteen-knives-2") == enterprise.partner
    assert import_services.seller_by_code("eighteen-knives") == enterprise.partner


def test_an_unknown_seller_is_refused_clearly():
    with pytest.raises(LookupError, match="No seller has the code or storefront address"):
        import_services.seller_by_code("nobody")


@pytest.mark.parametrize("status", [Enterprise.Status.SUSPENDED, Enterprise.Status.SUBMITTED])
def test_a_seller_not_approved_is_refused_with_the_reason(status):
    enterprise = seller(status, code="partner-code", slug="storefront-slug")
    label = str(Enterprise.Status(status).label)
    for code in ("partner-code", "storefront-slug"):
        with pytest.raises(LookupError, match="is not an approved seller") as refused:
            import_services.seller_by_code(code)
        assert label in str(refused.value)
    assert enterprise.name_en in str(refused.value)


def test_a_partner_without_a_filing_is_refused_with_the_reason():
    PartnerFactory(code="bare", name="Bare Partner")
    with pytest.raises(LookupError, match="it has no approved enterprise filing"):
        import_services.seller_by_code("bare")


def test_import_products_takes_the_storefront_slug(tmp_path):
    enterprise = seller(code="partner-code", slug="storefront-slug")
    sheet = tmp_path / "products.csv"
    call_command("export_products", str(sheet), seller="storefront-slug", stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_products", str(sheet), seller="storefront-slug", dry_run=True,
                 stdout=out, stderr=io.StringIO())
    assert "0 row(s)" in out.getvalue()
    with pytest.raises(CommandError, match="No seller has the code or storefront address"):
        call_command("import_products", str(sheet), seller="nobody", stderr=io.StringIO())
    assert enterprise.partner.code == "partner-code"


# --- the CMS admin without the shop's chrome ----------------------------------------------

STOREFRONT_SEARCH = ("search-box", "/search/suggest/", "marketplace/js/search.js",
                     "Search products, categories, sellers")


def cms_pages():
    page = Page.objects.filter(depth__gt=1).first()
    return ["/cms/locales/", "/cms/sites/", f"/cms/pages/{page.pk}/history/", "/cms/"]


OSCAR_SEARCH_FORM = "oscar.apps.search.context_processors.search_form"
OUR_SEARCH_FORM = "marketplace.core.context_processors.search_form"


@pytest.fixture
def chrome_fixed(settings):
    """settings.py with Oscar's search-form context processor replaced by ours (the change
    the lead makes in settings.py; a no-op once it is made)."""
    templates = copy.deepcopy(settings.TEMPLATES)
    processors = templates[0]["OPTIONS"]["context_processors"]
    if OSCAR_SEARCH_FORM in processors:
        processors[processors.index(OSCAR_SEARCH_FORM)] = OUR_SEARCH_FORM
    assert OUR_SEARCH_FORM in processors
    settings.TEMPLATES = templates


def test_the_cms_admin_pages_have_no_storefront_search_box(chrome_fixed, admin_client):
    for url in cms_pages():
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "wagtailadmin" in html, url
        for marker in STOREFRONT_SEARCH:
            assert marker not in html, (url, marker)
        # Nor the shop's stylesheets, whose rules would restyle the admin's header.
        assert "marketplace/css/" not in html, url


def test_the_cms_search_that_is_the_admins_own_still_works(chrome_fixed, admin_client):
    response = admin_client.get("/cms/pages/search/", {"q": "home"})
    assert response.status_code == 200
    assert "Search products, categories, sellers" not in response.content.decode()


def test_the_shop_keeps_its_search_box(chrome_fixed, client):
    # The assertions above are about the admin, not a search box gone everywhere.
    response = client.get(seller().get_absolute_url())
    assert response.status_code == 200
    assert "Search products, categories, sellers" in response.content.decode()
