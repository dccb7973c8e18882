"""The catalogue on a phone (375 px wide), in a real browser: products first, facets that filter.

The sidebar (categories and facets) is folded on a phone so the first product card is on
screen without scrolling; a facet's drawn checkbox is part of its link, so clicking the box
itself filters (an <input> inside the link used to take the click for itself).
"""

from decimal import Decimal

import pytest

from tests.factories import PartnerFactory, add_category, product_in_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 667}


@pytest.fixture
def shop(live_server):
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    seafood = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    blades = PartnerFactory(code="yj-blades", name="Yangjiang Blades")
    ocean = PartnerFactory(code="ocean", name="Ocean Foods")
    for title, partner, category in [
        ("6 inch 3Cr13 chef knife", blades, knives),
        ("8 inch 3Cr13 chef knife with a long pakkawood handle for professional kitchens", blades, knives),
        ("Santoku knife", blades, knives),
        ("Frozen white shrimp", ocean, seafood),
    ]:
        product_in_category(category, price=Decimal("60"), partner=partner, product__title_en=title)
    return live_server.url


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="en-US", viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def titles(page):
    return {t.strip() for t in page.locator(".product_pod h3 a").all_inner_texts()}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_the_first_product_shows_without_scrolling(phone, shop, language):
    phone.goto(f"{shop}/{language}/catalogue/")

    first = phone.locator(".product_pod").first
    assert phone.evaluate("window.scrollY") == 0
    box = first.bounding_box()
    assert box is not None and box["y"] < PHONE["height"], box  # its top is on screen
    assert phone.locator("details.sidebar-fold").evaluate("d => d.open") is False
    # The long title is whole (clamped by the stylesheet), and does not run under the price.
    card = phone.locator(".product_pod", has_text="pakkawood")
    title, price = card.locator("h3").bounding_box(), card.locator(".product_price").bounding_box()
    assert title["y"] + title["height"] <= price["y"] + 1, (title, price)


def test_on_a_phone_clicking_a_facet_checkbox_filters(phone, shop):
    phone.goto(f"{shop}/en/catalogue/")
    assert "Frozen white shrimp" in titles(phone) and "Santoku knife" in titles(phone)

    phone.locator("details.sidebar-fold > summary").click()
    box = phone.locator('.facet-choice a[data-value="ocean"] .facet-checkbox')
    with phone.expect_navigation():
        box.click()

    assert "seller=ocean" in phone.url
    assert titles(phone) == {"Frozen white shrimp"}
    assert phone.locator('.facet-choice a[data-value="ocean"] .facet-checkbox[data-checked]').count() == 1


def test_on_a_wide_screen_the_sidebar_is_open_and_its_checkbox_filters_too(page, shop):
    page.goto(f"{shop}/en/catalogue/")

    assert page.locator("details.sidebar-fold").evaluate("d => d.open") is True
    with page.expect_navigation():
        page.locator('.facet-choice a[data-value="yj-blades"] .facet-checkbox').click()

    assert "seller=yj-blades" in page.url
    assert "Frozen white shrimp" not in titles(page) and "Santoku knife" in titles(page)


def test_without_javascript_a_facet_link_still_filters(browser, shop):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{shop}/en/catalogue/")
        page.locator("details.sidebar-fold > summary").click()
        with page.expect_navigation():
            page.locator('.facet-choice a[data-value="ocean"] .facet-checkbox').click()
        assert titles(page) == {"Frozen white shrimp"}
    finally:
        context.close()
