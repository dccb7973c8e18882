"""The SEO head written in Python (seo_tags.head_html) against its specification, the
seo/head.html template: the same output for the same head, hostile values included."""

import pytest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from marketplace.seo.structured_data import script_json
from marketplace.seo.templatetags.seo_tags import head_html

HOSTILE = '"><script>alert(1)</script> & co'


def full_head():
    return {
        "canonical": f"https://shop.example/en/catalogue/knife_1/?q={HOSTILE}",
        "alternates": [("en", "https://shop.example/en/x/"), ("zh-Hans", f"https://shop.example/zh-hans/{HOSTILE}"),
                       ("x-default", "https://shop.example/en/x/")],
        "noindex": True, "og_type": "product", "title": f"Chef knife {HOSTILE}",
        "description": "Ä" * 150 + " & <b>sharp</b> " + "x" * 200, "image": f"https://shop.example/m/{HOSTILE}.jpg",
        "og_locale": "en_US", "og_locale_alternates": ["zh_CN", "ar_AR"], "site_name": f"Yangjiang {HOSTILE}",
        "json_ld": [script_json({"name": HOSTILE, "@type": "Product"}), script_json({"x": "</script>"})],
    }


def bare_head():
    return {
        "canonical": "https://shop.example/en/", "alternates": [], "noindex": False,
        "og_type": "website", "title": "Yangjiang Trade", "description": mark_safe("Safe &amp; " + "y" * 250),
        "image": None, "og_locale": "en_US", "og_locale_alternates": [], "site_name": "Yangjiang Trade",
        "json_ld": [],
    }


@pytest.mark.parametrize("head", [full_head(), bare_head()], ids=["full", "bare"])
def test_the_python_head_is_the_templates(head):
    python = head_html(head)
    assert python == render_to_string("seo/head.html", {"head": head})
    assert "<script>alert(1)</script>" not in python


@pytest.mark.django_db
def test_a_pages_head_is_written_once(client):
    from tests.factories import StockRecordFactory

    product = StockRecordFactory().product
    page = client.get(product.get_absolute_url()).content.decode()
    assert page.count('<link rel="canonical"') == 1
    assert page.count('<meta property="og:type" content="product">') == 1
