"""Every response carries a Content-Security-Policy and a Permissions-Policy.

Public pages get the strict policy and, since it refuses inline code, must contain none:
no <script> without src (JSON data blocks aside) and no on* handler attributes.
"""

import lxml.html
import pytest

from marketplace.demo.services import seed_pages
from marketplace.sellers.models import Enterprise
from tests.factories import PartnerFactory, add_category, product_in_category
from tests.sellers.factories import EnterpriseFactory

from .conftest import inline_scripts

pytestmark = pytest.mark.django_db


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def inline_handlers(html):
    return [f"<{element.tag} {name}>" for element in lxml.html.document_fromstring(html).iter()
            if isinstance(element.tag, str)
            for name in element.attrib if name.lower().startswith("on")]


@pytest.fixture
def shop(client):
    seed_pages()
    seller = EnterpriseFactory(status=Enterprise.Status.APPROVED, slug="blades",
                               partner=PartnerFactory())
    product = product_in_category(add_category(["Knives", "Chef knives"]),
                                  partner=seller.partner, product__title_en="Chef knife")
    client.post(f"/en/basket/add/{product.pk}/", {"quantity": 1})
    return product


def public_paths(product):
    return [
        "/en/", "/ar/", "/zh-hans/about/", product.get_absolute_url(), "/en/catalogue/",
        "/en/search/?q=knife", "/en/sellers/blades/", "/en/basket/", "/en/accounts/login/",
        "/en/checkout/",
    ]


def test_public_pages_send_the_strict_policy_and_hold_no_inline_code(client, shop):
    for path in public_paths(shop):
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'self'"]
        assert policy["form-action"] == ["'self'"] and policy["img-src"] == ["'self'", "data:"]
        assert "camera=()" in response["Permissions-Policy"], path
        html = response.content.decode()
        assert inline_scripts(html) == [], path
        assert inline_handlers(html) == [], path


@pytest.mark.parametrize("path", ["/healthz", "/en/no-such-page/", "/no-such-page",
                                  "/en/catalogue/no-such-product_999999/",
                                  "/en/search/suggest/?q=knife"])
def test_health_checks_errors_and_json_carry_the_headers_too(client, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in policy["script-src"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


@pytest.mark.parametrize("path", ["/dashboard/", "/cms/", "/django-admin/", "/dashboard/login/"])
def test_staff_pages_get_the_looser_admin_policy(admin_client, path):
    response = admin_client.get(path)
    assert response.status_code in (200, 302), path
    policy = directives(response["Content-Security-Policy"])
    # Oscar's dashboard and Wagtail's admin run inline code of their own.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
    assert "Permissions-Policy" in response


def test_the_dashboard_still_starts_its_inline_code(admin_client):
    html = admin_client.get("/dashboard/").content.decode()
    assert any("oscar.dashboard.init" in script for script in
               [lxml.html.tostring(s, encoding="unicode") for s in
                lxml.html.document_fromstring(html).iter("script")])
