"""The header's search box in a real browser: suggestions while typing, keys, facets.

Django tests cover the suggest JSON and the markup; these drive marketplace/js/search.js
itself (debounce, the ARIA combobox, keyboard choice) against the running site.
"""

import re
from decimal import Decimal

import pytest

from tests.factories import (
    PartnerFactory,
    ProductClassFactory,
    add_category,
    product_in_category,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shop(live_server):
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    seafood = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    blades, ocean = PartnerFactory(code="yj-blades"), PartnerFactory(code="ocean")
    # The shrimp's product class is seafood: a class's name is searched in every language,
    # and the factories' default class is a kitchen knife.
    shrimp_class = ProductClassFactory(name="Frozen seafood", slug="frozen-seafood")
    made = {}
    for key, price, partner, category, titles in [
        ("chef", "80", blades, knives, ("Chef knife 8 inch", "Cuchillo de chef 8 pulgadas", "八寸厨师刀")),
        ("santoku", "45", blades, knives, ("Santoku knife", "Cuchillo santoku", "三德刀")),
        ("shrimp", "60", ocean, seafood, ("Frozen white shrimp", "Camarón blanco congelado", "冷冻白虾仁")),
    ]:
        kind = {"product__product_class": shrimp_class} if key == "shrimp" else {}
        made[key] = product_in_category(
            category, price=Decimal(price), partner=partner, **kind, product__title_en=titles[0],
            product__title_es=titles[1], product__title_zh_hans=titles[2],
        )
    return live_server.url, made


def suggestion_labels(page):
    return [label.strip() for label in page.locator("#search-suggestions [role=option] span").all_inner_texts()]


def test_typing_in_spanish_lists_products_and_arrow_keys_and_enter_open_one(page, shop):
    site, made = shop
    page.goto(f"{site}/es/catalogue/")
    box = page.locator("#id_q")
    assert box.get_attribute("aria-expanded") == "false"

    box.press_sequentially("cuchi", delay=40)
    listbox = page.locator("#search-suggestions")
    page.wait_for_selector("#search-suggestions.show [role=option]")
    labels = suggestion_labels(page)
    assert {"Cuchillo de chef 8 pulgadas", "Cuchillo santoku"} <= set(labels), labels
    assert "Camarón blanco congelado" not in labels
    assert box.get_attribute("aria-expanded") == "true"
    assert page.locator("[data-role=search-status]").inner_text().strip()  # announced

    # The focus stays in the box; the highlighted option is named for screen readers.
    box.press("ArrowDown")
    first = listbox.locator("[role=option]").first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert page.evaluate("document.activeElement.id") == "id_q"
    box.press("ArrowUp")  # wraps to the last option
    assert listbox.locator("[role=option]").last.get_attribute("aria-selected") == "true"
    box.press("ArrowDown")  # and back to the first

    target = first.get_attribute("href")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url.endswith(target), (page.url, target)


def test_chinese_characters_suggest_the_shrimp_and_escape_closes_the_list(page, shop):
    site, _made = shop
    page.goto(f"{site}/zh-hans/catalogue/")
    box = page.locator("#id_q")
    box.fill("虾")  # one input event, as an input method commits a character
    page.wait_for_selector("#search-suggestions.show [role=option]")
    assert "冷冻白虾仁" in suggestion_labels(page)
    box.press("Escape")
    assert not page.locator("#search-suggestions").is_visible()
    assert box.get_attribute("aria-expanded") == "false"

    # A word nothing matches empties the list and says so.
    box.fill("zzzzqqq")
    # Playwright's locator assertions, not wait_for_function: that one evaluates a string in
    # the page, which the Content-Security-Policy refuses (no 'unsafe-eval').
    from playwright.sync_api import expect

    expect(page.locator("#search-suggestions [role=option]")).to_have_count(0)
    none = page.locator("form[data-suggest-url]").get_attribute("data-status-none")
    expect(page.locator("[data-role=search-status]")).to_have_text(none)
    assert box.get_attribute("aria-expanded") == "false"


def test_clicking_a_suggestion_with_the_mouse_opens_it_and_a_plain_submit_searches(page, shop):
    site, made = shop
    page.goto(f"{site}/en/catalogue/")
    box = page.locator("#id_q")
    box.press_sequentially("santo", delay=40)
    option = page.locator("#search-suggestions [role=option]", has_text="Santoku knife").first
    option.wait_for()
    with page.expect_navigation():
        option.click()
    assert page.locator(".product_main h1").inner_text().strip() == "Santoku knife"

    # Enter without a highlighted option submits the form: the results page, with facets.
    box = page.locator("#id_q")
    box.fill("knife")
    with page.expect_navigation():
        box.press("Enter")
    assert re.search(r"/en/search/\?q=knife", page.url), page.url
    titles = page.locator(".product_pod h3 a").all_inner_texts()
    assert {title.strip() for title in titles} == {"Chef knife 8 inch", "Santoku knife"}
