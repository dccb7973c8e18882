"""Issue 16's "done when", in a browser: an Arabic buyer reads the knife cluster page right
to left and follows it into the filtered catalogue, which lists the cluster's goods."""

import re

import pytest
from django.utils import translation

from marketplace.content.models import ClusterPage
from marketplace.sellers.models import Cluster
from tests.content.conftest import (  # noqa: F401 (fixtures)
    _fresh,
    add_page,
    approved,
    home,
    translation_of,
    unapproved,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def knife_cluster(home, approved, unapproved):  # noqa: F811
    knives = approved.product.categories.get().get_parent()
    page = add_page(home, ClusterPage(title="Knives", slug="knives",
                                      cluster_id=Cluster.KNIVES_SCISSORS, category=knives))
    return translation_of(page, "ar"), knives


def test_an_arabic_buyer_reads_the_cluster_right_to_left_and_opens_its_catalogue(
        page, live_server, knife_cluster, approved, unapproved):  # noqa: F811
    arabic, knives = knife_cluster
    page.goto(f"{live_server.url}{arabic.url}")

    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('#content_inner')).direction") == "rtl"
    assert page.locator("h1").first.inner_text().strip() == "Knives [ar]"
    # The leading manufacturers block names approved sellers only, linked in Arabic.
    with translation.override("ar"):
        storefronts = [seller.enterprise.get_absolute_url() for seller in (approved, unapproved)]
    assert page.locator(f'a[href="{storefronts[0]}"]').count()
    assert not page.locator(f'a[href="{storefronts[1]}"]').count()

    page.locator('#content_inner a[href$="?in_stock=1"]').first.click()
    page.wait_for_load_state()

    assert re.search(rf"/ar/catalogue/category/{re.escape(knives.full_slug)}_{knives.pk}/\?in_stock=1$",
                     page.url), page.url
    assert page.locator("html").get_attribute("dir") == "rtl"
    listed = page.locator("body").inner_text()
    assert "Approved Chef Knife (ar)" in listed
    assert "Unapproved Santoku" not in listed
