"""Under the Content-Security-Policy, in a real browser: nothing refused, Oscar's page code
still started (marketplace/js/page-init.js), hidden parts still hidden.

Chromium enforces the policy the server sends and reports every refusal on the console,
so a page that still depended on inline code would show it here.
"""

from decimal import Decimal

import pytest

from tests.factories import PartnerFactory, add_category, product_in_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shop(live_server):
    product = product_in_category(
        add_category(["Knives & Scissors", "Kitchen knives"]), price=Decimal("80"),
        partner=PartnerFactory(), product__title_en="Chef knife 8 inch",
        product__description_en="<p>Forged <b>VG10</b></p><script>alert(1)</script>",
    )
    return live_server.url, product


def refusals(page):
    messages = []
    page.on("console", lambda message: messages.append(message.text)
            if "Content Security Policy" in message.text or "Refused" in message.text else None)

    def dialog(dialog):  # a seller's alert(1) that ran
        messages.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", dialog)
    return messages


def test_public_pages_need_nothing_the_policy_refuses(page, shop):
    site, product = shop
    refused = refusals(page)
    # (The home page needs Wagtail's page tree, which browser tests' flushes remove; its
    # markup is checked for inline code in tests/security/test_headers.py.)
    for path in ["/en/catalogue/", product.get_absolute_url(), "/en/search/?q=knife",
                 "/ar/catalogue/"]:
        page.goto(f"{site}{path}")
        page.wait_for_load_state("load")
        # jQuery and Oscar's code are loaded from files.
        assert page.evaluate("typeof window.oscar === 'object' && typeof window.jQuery === 'function'"), path
    assert refused == []


def test_the_basket_page_code_runs_and_its_hidden_voucher_form_stays_hidden(page, shop):
    site, product = shop
    refused = refusals(page)
    page.goto(f"{site}{product.get_absolute_url()}")
    assert page.locator(".product-description b").inner_text() == "VG10"
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()

    page.goto(f"{site}/en/basket/")
    voucher_form = page.locator("#voucher_form_container")
    assert voucher_form.is_hidden()  # style="display:none", applied by marketplace.css
    page.locator("#voucher_form_link a").click()  # oscar.basket.init, started by page-init.js
    voucher_form.wait_for(state="visible")
    # Oscar's style="display:none" attributes are refused and reported; marketplace.css
    # hides the same elements. No script was refused.
    assert [text for text in refused if "Applying inline style" not in text] == []
