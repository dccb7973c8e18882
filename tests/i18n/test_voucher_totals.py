"""A basket with a voucher applied: Oscar's totals show a "Vouchers" heading, which Oscar
put as an h3 inside a table header cell (invalid HTML). Our override keeps the basket page
valid by the Nu HTML checker and in the page's language, in English and Arabic."""

import json
import shutil
import subprocess

import pytest
from django.test import Client
from oscar.core.loading import get_model

from tests.accessibility.conftest import VNU, checker, make_shop
from tests.i18n.test_catalogs import compiled_catalogs  # noqa: F401  (fresh .mo files)
from tests.i18n.test_english_sentences import english_sentences

pytestmark = pytest.mark.django_db

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")


def ten_percent_voucher(code):
    """An offer of 10 % off everything, reached only through the voucher `code`."""
    everything = Range.objects.create(name="Everything", includes_all_products=True)
    offer = ConditionalOffer.objects.create(
        name=f"Voucher {code}", offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(range=everything, type=Condition.COUNT, value=1),
        benefit=Benefit.objects.create(range=everything, type=Benefit.PERCENTAGE, value=10))
    # The voucher's name is an editor's text; here in the two languages' buyers' words.
    voucher = Voucher.objects.create(name="YJ 10 %", code=code, usage=Voucher.MULTI_USE,
                                     start_datetime="2020-01-01T00:00Z",
                                     end_datetime="2099-01-01T00:00Z")
    voucher.offers.add(offer)
    return voucher


def basket_with_voucher(language, shop, code):
    client = Client()
    assert client.post(f"/{language}/basket/add/{shop['product'].pk}/",
                       {"quantity": 10}).status_code == 302
    applied = client.post(f"/{language}/basket/vouchers/add/", {"code": code}, follow=True)
    assert applied.status_code == 200
    page = client.get(f"/{language}/basket/")
    assert page.status_code == 200
    html = page.content.decode()
    assert code in html and page.context["basket"].grouped_voucher_discounts
    return html


def test_the_basket_with_a_voucher_is_valid_html_and_arabic_in_arabic(compiled_catalogs, tmp_path):  # noqa: F811
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: `make a11y-tools` installs it (apt-get install default-jre-headless)")
    shop = make_shop()
    ten_percent_voucher("YJ10")
    pages = {language: basket_with_voucher(language, shop, "YJ10") for language in ("en", "ar")}

    totals = pages["en"].split('id="basket_totals"', 1)[1].split("</table>", 1)[0]
    # Oscar's English catalog says "Coupons" and "Cart" for its msgids "Vouchers" and "Basket".
    assert "Coupons" in totals and "Cart total (after discounts)" in totals, totals
    assert not english_sentences(pages["ar"], "ar")
    for english in ("Coupons", "Vouchers", "Cart total", "Basket total", "Remove", "Discount"):
        assert english not in pages["ar"], english
    assert "<h3>" not in totals

    for language, html in pages.items():
        (tmp_path / f"{language}-basket-voucher.html").write_text(html)
    run = subprocess.run(
        [java, "-Xss4m", "-jar", str(checker(VNU)), "--format", "json", "--errors-only",
         *sorted(str(path) for path in tmp_path.glob("*.html"))],
        capture_output=True, text=True, timeout=240)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    errors = [f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
              for m in json.loads(run.stderr)["messages"]
              if m.get("type") in ("error", "non-document-error")]
    assert not errors, "\n".join(errors)
