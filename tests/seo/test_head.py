"""What a crawler and a link preview read in a page's <head>."""

import json
from decimal import Decimal

import extruct
import pytest
from django.conf import settings
from lxml import html
from oscar.core.loading import get_model

from tests.availability.conftest import approved_seller, list_knife
from tests.factories import add_category, rate
from tests.seo import schema_org

ProductCategory = get_model("catalogue", "ProductCategory")

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert("x")</script> & <b>Knife</b>'


@pytest.fixture
def listing(db):
    rate("CNY", "USD", "0.14")
    rate("CNY", "EUR", "0.13")
    listing = list_knife(approved_seller())
    listing.product.gtin = "4006381333931"
    listing.product.save()
    listing.stockrecord.moq = 50
    listing.stockrecord.save()
    return listing


def _page(client, path, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == 200, path
    return response.content.decode()


def _json_ld(page):
    return extruct.extract(page, base_url="http://testserver/", syntaxes=["json-ld"],
                           uniform=True)["json-ld"]


def _of_type(items, kind):
    return [item for item in items if item.get("@type") == kind]


def _head(page):
    return html.fromstring(page).find("head")


def test_product_page_json_ld_validates_against_the_schema_org_vocabulary(client, listing):
    items = _json_ld(_page(client, f"/en{listing.product.get_absolute_url()[3:]}"))
    assert {item["@type"] for item in items} == {"Product", "BreadcrumbList"}
    graph = schema_org.to_graph(items)
    assert schema_org.vocabulary_errors(graph) == []
    conforms, report = schema_org.shacl_report(graph)
    assert conforms, report


def test_the_validator_rejects_what_schema_org_does_not_define():
    graph = schema_org.to_graph([{"@context": "https://schema.org", "@type": "Product",
                                  "nme": "Knife", "price": "1"}])
    errors = schema_org.vocabulary_errors(graph)
    assert any("nme" in error for error in errors)
    assert any("price" in error for error in errors)  # a property of Offer, not Product
    assert not schema_org.shacl_report(graph)[0]


def test_product_offer_is_in_the_pages_display_currency_with_gtin_moq_and_seller(client, listing):
    page = _page(client, listing.product.get_absolute_url(),
                 HTTP_COOKIE=f"{settings.MARKETPLACE_CURRENCY_COOKIE}=EUR")
    product = _of_type(_json_ld(page), "Product")[0]
    assert product["gtin13"] == "4006381333931"
    offer = product["offers"]
    assert offer["priceCurrency"] == "EUR"
    assert Decimal(offer["price"]) > 0
    assert offer["eligibleQuantity"]["minValue"] == 50
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["seller"]["name"] == "Yangjiang Eighteen Knives"
    assert offer["seller"]["url"] == "http://testserver" + listing.enterprise.get_absolute_url()
    # The price shown in the page is the one in the structured data.
    assert offer["price"].rstrip("0").rstrip(".") in page.replace(",", "")


def test_breadcrumbs_in_json_ld_match_the_visible_trail(client, listing):
    page = _page(client, listing.product.get_absolute_url())
    crumbs = _of_type(_json_ld(page), "BreadcrumbList")[0]["itemListElement"]
    visible = [" ".join(item.text_content().split())
               for item in html.fromstring(page).xpath(
                   "//ol[@class='breadcrumb']/li[contains(@class, 'breadcrumb-item')]")]
    assert [crumb["name"] for crumb in crumbs] == visible
    assert [crumb["position"] for crumb in crumbs] == list(range(1, len(visible) + 1))
    assert all(crumb["item"].startswith("http://testserver/") for crumb in crumbs[:-1])


def test_seller_typed_text_cannot_break_out_of_the_json_ld_script(client, listing):
    Product = type(listing.product)
    Product.objects.filter(pk=listing.product.pk).update(title_en=HOSTILE)
    page = _page(client, listing.product.get_absolute_url())
    assert "<script>alert" not in page
    scripts = _head(page).xpath("script[@type='application/ld+json']/text()")
    names = [json.loads(text).get("name", "") for text in scripts]
    assert any("alert" in name for name in names)  # the text survives, as data


def test_open_graph_and_twitter_tags_of_a_product(client, listing):
    head = _head(_page(client, "/fr" + listing.product.get_absolute_url()[3:]))

    def meta(key):
        return head.xpath(f"meta[@property='{key}' or @name='{key}']/@content")

    assert meta("og:type") == ["product"]
    assert meta("og:title") and meta("twitter:title")
    assert meta("og:locale") == ["fr_FR"]
    assert len(meta("og:locale:alternate")) == len(settings.LANGUAGES) - 1
    assert meta("og:url") == head.xpath("link[@rel='canonical']/@href")
    assert meta("twitter:card")


def test_canonical_drops_tracking_sort_and_currency_but_keeps_the_page_number(client, listing):
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    head = _head(_page(client, category.get_absolute_url()
                       + "?utm_source=mail&currency=EUR&sort_by=newest"))
    assert head.xpath("link[@rel='canonical']/@href") == [
        "http://testserver" + category.get_absolute_url()]
    assert not head.xpath("meta[@name='robots']")


def test_filtered_search_results_are_noindex_and_canonical_to_the_unfiltered_search(client, listing):
    head = _head(_page(client, "/en/search/?q=knife&selected_facets=origin_district:jiangcheng"
                               "&page=2", follow=True))
    assert head.xpath("meta[@name='robots']/@content") == ["noindex, follow"]
    assert head.xpath("link[@rel='canonical']/@href") == ["http://testserver/en/search/?q=knife"]


def test_hreflang_lists_ten_languages_and_x_default(client, listing):
    head = _head(_page(client, listing.product.get_absolute_url()))
    langs = head.xpath("link[@rel='alternate']/@hreflang")
    assert len(langs) == len(settings.LANGUAGES) + 1
    assert "zh-Hans" in langs and "x-default" in langs


def test_https_behind_the_proxy(client, listing, settings):
    # As production sets it behind nginx.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    head = _head(_page(client, listing.product.get_absolute_url(),
                       HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="testserver"))
    assert head.xpath("link[@rel='canonical']/@href")[0].startswith("https://testserver/")


def _picture(name):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as Picture
    from wagtail.images import get_image_model

    data = io.BytesIO()
    Picture.new("RGB", (1600, 1000), (180, 40, 40)).save(data, "JPEG")
    return get_image_model().objects.create(title=name, file=ImageFile(data, name=f"{name}.jpg"))


def _share_meta(page):
    head = _head(page)

    def meta(key):
        return head.xpath(f"meta[@property='{key}' or @name='{key}']/@content")

    return meta("og:image"), meta("twitter:image"), meta("twitter:card")


def test_a_cms_page_is_shared_with_its_hero_or_first_body_picture_cut_for_previews(client):
    from wagtail.models import Locale

    from marketplace.content.models import ContentPage, HomePage
    from marketplace.demo.services import seed_pages

    seed_pages()
    english = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    assert _share_meta(_page(client, "/en/")) == ([], [], ["summary"])  # no picture yet

    english.hero_image = _picture("hero")
    english.save_revision().publish()
    og_image, twitter_image, card = _share_meta(_page(client, "/en/"))
    assert og_image == twitter_image and card == ["summary_large_image"]
    assert og_image[0].startswith("http://testserver/") and "fill-1200x630" in og_image[0]

    about = ContentPage.objects.get(locale=english.locale, slug="about")
    about.body = [("paragraph", "<p>Text first</p>"), ("image", _picture("body-first")),
                  ("image", _picture("body-second"))]
    about.save_revision().publish()
    og_image, _twitter, card = _share_meta(_page(client, "/en/about/"))
    assert "body-first" in og_image[0] and card == ["summary_large_image"]


def test_a_category_page_is_shared_with_the_categorys_picture(client, listing):
    from django.core.files.base import ContentFile

    category = add_category(["Knives & Scissors", "Kitchen knives"])
    ProductCategory.objects.get_or_create(product=listing.product, category=category)
    assert _share_meta(_page(client, category.get_absolute_url()))[0] == []
    category.image.save("knives.jpg", ContentFile(b"not read by the page"))
    og_image, _twitter, card = _share_meta(_page(client, category.get_absolute_url()))
    assert og_image == [f"http://testserver{category.image.url}"]
