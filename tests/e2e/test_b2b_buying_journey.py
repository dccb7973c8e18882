"""Issue 12's story in a real browser: a Spanish importer buys from two Yangjiang sellers.

Lucía asks the knife maker for a quote, accepts it (after a first quote lapsed), adds a
sample of a wok from a second seller and checks out with FOB Yangjiang for the knives and
DAP Madrid for the wok, paying by card through localstripe; the signed webhook is replayed
and a forged one refused. A second order goes by bank transfer with a 30 % deposit. Each
seller sees only its own orders and ships them; Lucía downloads the trade documents.
Every refusal on the way (expired quote, quantity under the minimum order, a country the
seller does not ship to, a forged webhook, a malformed Chinese ID number) is shown in
words and changes nothing.

Sellers, products and their terms are made with the ORM; everything a person does goes
through the pages.
"""

import io
import json
import time
import urllib.request
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
import stripe
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext
from oscar.core.loading import get_model
from playwright.sync_api import expect
from pypdf import PdfReader

from marketplace.cbec_tax.models import CbecPurchase
from marketplace.currency.services import Converter
from marketplace.freight.models import FreightService, SellerShippingProfile
from marketplace.freight.selectors import country_name, service_code
from marketplace.order_lifecycle import statuses
from marketplace.oscar_apps.partner.services import set_trade_terms
from marketplace.payments.backends.locmem import sign_payload
from marketplace.payments.models import CardPayment, CardPaymentStatus, GatewayEvent
from marketplace.rfq.models import Quote, RequestForQuotation
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import StockRecordFactory, rate
from tests.payments.conftest import FAKE_SECRET_KEY, WEBHOOK_SECRET, localstripe, localstripe_url  # noqa: F401
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Purchase = get_model("order", "Purchase")

VALID_ID = "441702199001011233"  # DOMAIN.md section 7's synthetic resident ID
MALFORMED_ID = "441702199001011234"  # the same with a wrong check digit
WEBHOOK_PATH = "/payments/webhooks/stripe/"


def es(message, **params):
    """`message` as the Spanish buyer reads it."""
    with translation.override("es"):
        text = gettext(message)
    return text % params if params else text


# --- the market: two approved sellers, their listings and where they ship ---------------


def approved_seller(name, *, countries=()):
    enterprise = EnterpriseFactory(name_en=name, status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    SellerShippingProfile.objects.create(partner=enterprise.partner, countries=list(countries),
                                         accepts_on_quote=True)
    # A fresh user: the Sellers group's permissions are not cached on it.
    return enterprise.partner, User.objects.get(pk=enterprise.applicant_id)


def listed(partner, title, *, price, moq, gross_weight, **terms):
    record = StockRecordFactory(partner=partner, price=Decimal(price), num_in_stock=10_000,
                                product__title_en=title)
    product = record.product
    product.gross_weight_kg = Decimal(gross_weight)
    product.save()
    set_trade_terms(record, moq=moq, incoterms=["EXW", ("FOB", "Yangjiang Port"), "DAP"], **terms)
    return product


@pytest.fixture
def market(live_server, localstripe, localstripe_url, settings):  # noqa: F811
    # localstripe's stripe.js stands in for js.stripe.com, which this network cannot reach.
    settings.STRIPE_JS_URL = f"{localstripe_url}/js.stripe.com/v3/"
    # The buying journey ends at the seller's shipment; declaring it to customs (HS codes,
    # filings, weights) is tests/declaration's journey.
    settings.MARKETPLACE_DECLARE_ON_SHIP = False
    rate("CNY", "EUR", "0.13")
    blades, blades_user = approved_seller("Yangjiang Blades")
    # The wok maker ships to a few EU countries only (not Portugal).
    kitchen, kitchen_user = approved_seller("Hailing Kitchenware", countries=["ES", "FR", "DE", "IT"])
    knife = listed(blades, "Chef knife 8in, 5Cr15MoV", price="100.00", moq=100, gross_weight="0.40")
    wok = listed(kitchen, "Carbon steel wok 34cm", price="80.00", moq=20, gross_weight="1.50",
                 sample_price=Decimal("120.00"), sample_limit=2)
    buyer = UserFactory(username="lucia", email="lucia@importadora.example.es",
                        first_name="Lucía", last_name="García")
    return SimpleNamespace(url=live_server.url, blades=blades, blades_user=blades_user, kitchen=kitchen,
                           kitchen_user=kitchen_user, knife=knife, wok=wok, buyer=buyer)


@pytest.fixture
def sign_in(browser, market):
    """A browser context signed in as `user` (the login page is not what is tested here)."""
    contexts = []

    def open_as(user, *, currency="", locale="es-ES"):
        client = Client()
        client.force_login(user)
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900},
                                      accept_downloads=True)
        cookies = [{"name": django_settings.SESSION_COOKIE_NAME, "url": market.url,
                    "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value}]
        if currency:
            cookies.append({"name": "display_currency", "value": currency, "url": market.url})
        context.add_cookies(cookies)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_as
    for context in contexts:
        context.close()


def product_url(product, language="es"):
    with translation.override(language):
        return product.get_absolute_url()


def messages(page):
    return page.locator("#messages")


def follow(page, target, *, expected=(200,)):
    """Click `target` and wait for the page it leads to; a server error fails here, by name."""
    with page.expect_navigation() as navigation:
        target.click()
    response = navigation.value
    status = response.status if response is not None else 200
    assert status in expected, (status, page.url, page.locator("body").inner_text()[:1500])
    return response


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, (response.status, url, page.locator("body").inner_text()[:1500])
    return response


def submit(page, label, *, expected=(200,)):
    return follow(page, page.get_by_role("button", name=label), expected=expected)


# --- the checkout's pages --------------------------------------------------------------


def give_address(page, base, *, country, city, postcode, line1):
    visit(page, f"{base}/es/checkout/shipping-address/")
    form = page.locator("#new_shipping_address")
    form.locator("#id_first_name").fill("Lucía")
    form.locator("#id_last_name").fill("García")
    form.locator("#id_line1").fill(line1)
    form.locator("#id_line4").fill(city)
    form.locator("#id_postcode").fill(postcode)
    form.locator("#id_country").select_option(country)
    form.locator("#id_phone_number").fill("+34 600 000 000")
    follow(page, form.locator("button[type=submit]"))
    assert page.url.endswith("/es/checkout/shipping-method/"), page.url


def choose_terms(page, partner, incoterm, *, place="", freight=""):
    prefix = f"seller-{partner.pk}"
    page.locator(f"select[name={prefix}-incoterm]").select_option(incoterm)
    if place:
        page.locator(f"input[name={prefix}-named_place]").fill(place)
    if freight:
        page.locator(f"input[name={prefix}-freight][value='{freight}']").check()


def choose_payment(page, method, deposit=None):
    assert page.url.endswith("/es/checkout/payment-method/"), page.url
    page.locator(f"input[name=method][value={method}]").check()
    if deposit is not None:
        page.locator("#id_deposit_percent").select_option(str(deposit))
    submit(page, es("Review your order"))
    assert page.url.endswith("/es/checkout/preview/"), page.url


def express():
    return service_code(FreightService.objects.get(partner__isnull=True, name="International express"))


# --- localstripe, as Stripe.js and Stripe's webhooks would use it ------------------------


def register_webhook(server, url, events=None):
    data = {"url": url, "secret": WEBHOOK_SECRET}
    if events is not None:
        data["events"] = events
    request = urllib.request.Request(
        f"{server}/_config/webhooks/marketplace-tests", data=json.dumps(data).encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(request, timeout=5).close()


def confirm_card(server, intent_id):
    """What the Payment Element does with a card typed in: attach it and confirm.

    localstripe's stripe.js has no Payment Element, so the same two calls go to its API.
    """
    client = stripe.StripeClient(FAKE_SECRET_KEY, base_addresses={"api": server})
    client.v1.payment_intents.update(intent_id, params={"payment_method": "pm_card_visa"})
    return client.v1.payment_intents.confirm(intent_id)


def wait_for(condition, *, seconds=20, what=""):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def post_webhook(page, base, body: bytes, signature: str):
    return page.request.post(f"{base}{WEBHOOK_PATH}", data=body, headers={
        "Content-Type": "application/json", "Stripe-Signature": signature})


# --- the seller's dashboard ------------------------------------------------------------


def ship(page, base, number, *, tracking):
    visit(page, f"{base}/dashboard/orders/{number}/")
    form = page.locator("#order_status_form")
    form.locator("#id_new_status").select_option(statuses.SHIPPED)
    form.locator("#id_carrier").fill("COSCO")
    form.locator("#id_tracking_number").fill(tracking)
    follow(page, form.locator("button[type=submit]"))
    assert Order.objects.get(number=number).status == statuses.SHIPPED


def record_transfer(page, base, number, amount, bank_reference):
    visit(page, f"{base}/dashboard/bank-transfers/{number}/")
    page.locator("#id_amount").fill(str(amount))
    page.locator("#id_received_on").fill(timezone.localdate().isoformat())
    page.locator("#id_bank_reference").fill(bank_reference)
    follow(page, page.locator("form[method=post] button[type=submit]", has_text="Record"))
    expect(messages(page)).to_contain_text(bank_reference)


def download(page, link) -> tuple[str, str]:
    """(file name, text) of the PDF that clicking `link` downloads."""
    with page.expect_download() as info:
        link.click()
    pdf = info.value
    body = Path(pdf.path()).read_bytes()
    assert body.startswith(b"%PDF"), body[:20]
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(body)).pages)
    return pdf.suggested_filename, text


# --- the journey -----------------------------------------------------------------------


def test_a_spanish_importer_buys_from_two_yangjiang_sellers(market, sign_in, localstripe_url):  # noqa: F811
    base = market.url
    lucia = sign_in(market.buyer, currency="EUR")
    # The sellers read the dashboard in English.
    blades = sign_in(market.blades_user, locale="en-US")
    kitchen = sign_in(market.kitchen_user, locale="en-US")

    # 1. Lucía asks the knife maker for 500 knives, FOB, delivered on to Madrid.
    visit(lucia, f"{base}{product_url(market.knife)}")
    follow(lucia, lucia.locator(".request-quote a"))
    lucia.locator("#id_quantity").fill("500")
    lucia.locator("#id_target_price").fill("75.00")
    lucia.locator("#id_target_currency").select_option("CNY")
    lucia.locator("#id_destination_country").select_option("ES")
    lucia.locator("#id_destination_place").fill("Madrid")
    lucia.locator("#id_incoterm").select_option("FOB")
    lucia.locator("#id_deadline").fill((timezone.localdate() + timedelta(days=14)).isoformat())
    submit(lucia, es("Send the request"))
    rfq = RequestForQuotation.objects.get()
    assert (rfq.buyer, rfq.product, rfq.quantity) == (market.buyer, market.knife, 500)
    assert lucia.url.endswith(f"/es/rfq/{rfq.pk}/")

    # 2. The knife maker quotes 80 CNY a knife from 500, on its own RFQ page.
    def quote(price):
        visit(blades, f"{base}/en/rfq/seller/")
        follow(blades, blades.get_by_role("link", name=rfq.title))
        form = blades.locator(".quote-form")
        form.locator("#id_currency").select_option("CNY")
        form.locator("#id_lead_time_days").fill("25")
        form.locator("#id_incoterm").select_option("FOB")
        form.locator("#id_place").fill("Yangjiang Port")
        form.locator("#id_tiers-0-min_quantity").fill("500")
        form.locator("#id_tiers-0-unit_price").fill(price)
        submit(blades, "Send the quote")
        expect(messages(blades)).to_contain_text("Your quote was sent to the buyer.")
        return Quote.objects.filter(rfq=rfq).order_by("-pk").first()

    first = quote("80.00")
    visit(lucia, f"{base}/es/rfq/{rfq.pk}/")
    accept = lucia.locator(f"#quote-{first.pk} button[type=submit]")
    expect(accept).to_be_visible()

    # Bad input: the page stayed open past the quote's validity; accepting is refused.
    Quote.objects.filter(pk=first.pk).update(valid_until=timezone.localdate() - timedelta(days=1))
    follow(lucia, accept)
    expired_on = (timezone.localdate() - timedelta(days=1)).isoformat()
    expect(messages(lucia)).to_contain_text(es(
        "This quote expired on %(date)s and can no longer be accepted. Ask the seller for "
        "a new quote in the message thread.", date=expired_on))
    first.refresh_from_db()
    rfq.refresh_from_db()
    assert first.status == Quote.Status.SUBMITTED and rfq.status == RequestForQuotation.Status.QUOTED
    assert not Basket.objects.filter(owner=market.buyer, lines__isnull=False).exists()

    # The seller sends a fresh quote; Lucía accepts it and the knives are in her basket.
    second = quote("80.00")
    assert second.pk != first.pk
    visit(lucia, f"{base}/es/rfq/{rfq.pk}/")
    follow(lucia, lucia.locator(f"#quote-{second.pk} button[type=submit]"))
    expect(messages(lucia)).to_contain_text(es("You accepted the quote of %(seller)s.",
                                               seller="Yangjiang Blades"))
    basket = Basket.objects.get(owner=market.buyer, status=Basket.OPEN)
    line = basket.lines.get()
    quoted_eur = Converter().convert(Decimal("80.00"), "CNY", "EUR")
    assert (line.product, line.quantity, line.price_currency) == (market.knife, 500, "EUR")
    assert line.price_excl_tax == quoted_eur

    # 3. Bad input: five woks are under the wok maker's minimum order of twenty.
    visit(lucia, f"{base}{product_url(market.wok)}")
    quantity = lucia.locator("#add_to_basket_form input[name=quantity]")
    quantity.fill("5")
    # The browser stops the form first (the field's minimum is the MOQ)...
    assert quantity.evaluate("field => !field.checkValidity() && field.validity.rangeUnderflow")
    # ...and the server says why when the form is sent all the same (an old page, a script).
    lucia.locator("#add_to_basket_form").evaluate("form => { form.noValidate = true; }")
    follow(lucia, lucia.locator("#add_to_basket_form button[type=submit]"))
    expect(messages(lucia)).to_contain_text(es("The minimum order for this product is %(moq)s units.",
                                               moq=20))
    assert basket.lines.count() == 1

    # Lucía buys one wok as a sample instead.
    lucia.locator(".buy-sample #sample_quantity").fill("1")
    follow(lucia, lucia.locator(".buy-sample button[type=submit]"))
    assert "/es/basket/" in lucia.url
    assert basket.lines.count() == 2
    sample = basket.lines.get(product=market.wok)
    assert sample.quantity == 1
    assert sample.price_excl_tax == Converter().convert(Decimal("120.00"), "CNY", "EUR")

    # 4. Checkout. Bad input: the Lisbon warehouse, where the wok maker does not ship.
    visit(lucia, f"{base}/es/basket/")
    follow(lucia, lucia.locator("a[href$='/checkout/']").last)
    give_address(lucia, base, country="PT", city="Lisboa", postcode="1100-148",
                 line1="Rua Augusta 10")
    with translation.override("es"):
        refusal = gettext("%(seller)s does not ship to %(country)s.") % {
            "seller": "Hailing Kitchenware", "country": country_name("PT")}
    choose_terms(lucia, market.blades, "FOB|Yangjiang Port")
    choose_terms(lucia, market.kitchen, "DAP", place="Lisboa")
    submit(lucia, es("Continue to payment"), expected=(400,))
    wok_part = lucia.locator(f"section.seller-part[data-seller='{market.kitchen.name}']")
    expect(wok_part.locator(".invalid-feedback")).to_contain_text(refusal)
    assert lucia.url.endswith("/es/checkout/shipping-method/")
    visit(lucia, f"{base}/es/checkout/preview/")
    assert not lucia.url.endswith("/preview/")  # no terms agreed: sent back a step
    assert not Order.objects.exists() and not Purchase.objects.exists()

    # The Madrid office then: FOB Yangjiang Port for the knives, DAP Madrid for the wok.
    give_address(lucia, base, country="ES", city="Madrid", postcode="28014",
                 line1="Calle de Alcalá 42")
    choose_terms(lucia, market.blades, "FOB|Yangjiang Port")
    choose_terms(lucia, market.kitchen, "DAP", place="Madrid", freight=express())
    submit(lucia, es("Continue to payment"))
    choose_payment(lucia, "card")
    expect(lucia.locator(f".seller-order[data-seller='{market.blades.name}'] .trade-term")
           ).to_have_text("FOB Yangjiang Port")
    expect(lucia.locator(f".seller-order[data-seller='{market.kitchen.name}'] .trade-term")
           ).to_have_text("DAP Madrid")
    follow(lucia, lucia.locator("#place-order"))
    card_purchase = Purchase.objects.get()
    assert lucia.url.endswith(f"/es/checkout/pay/{card_purchase.reference}/")
    card_orders = {order.lines.first().partner_id: order for order in card_purchase.orders.all()}
    fob, dap = card_orders[market.blades.pk], card_orders[market.kitchen.pk]
    assert (fob.trade_terms["incoterm"], fob.trade_terms["named_place"]) == ("FOB", "Yangjiang Port")
    assert (dap.trade_terms["incoterm"], dap.trade_terms["named_place"]) == ("DAP", "Madrid")
    assert fob.lines.get().unit_price_incl_tax == quoted_eur
    assert fob.shipping_incl_tax == 0 < dap.shipping_incl_tax
    assert {fob.number, dap.number} == {f"{card_purchase.reference}-1", f"{card_purchase.reference}-2"}

    # 5. The card, confirmed at localstripe; its signed webhook reaches the live server.
    form = lucia.locator("#payment-form")
    intent_id = form.get_attribute("data-client-secret").split("_secret_")[0]
    return_url = form.get_attribute("data-return-url")
    def succeeded_events():
        # Only this intent's: localstripe may still deliver late events of earlier tests
        # that used the same server to whatever webhook is registered now.
        return [event for event in GatewayEvent.objects.filter(
                    type="payment_intent.succeeded", processed_at__isnull=False)
                if event.payload["data"]["object"].get("id") == intent_id]

    register_webhook(localstripe_url, f"{base}{WEBHOOK_PATH}")
    try:
        assert confirm_card(localstripe_url, intent_id).status == "succeeded"
        wait_for(lambda: bool(succeeded_events()), what="localstripe's payment_intent.succeeded webhook")
    finally:
        # The server lives for the whole session: later tests' events must not reach this one.
        register_webhook(localstripe_url, "http://127.0.0.1:9/", events=["marketplace.tests.none"])
    visit(lucia, return_url)
    assert lucia.url.endswith(f"/es/checkout/purchases/{card_purchase.reference}/")
    expect(messages(lucia)).to_contain_text(es("Thank you: your payment was received."))
    expect(lucia.locator(".purchase-payment")).to_contain_text(es("paid"))

    # Stripe delivers at least once: the same event again changes nothing.
    [event] = succeeded_events()
    body = json.dumps(event.payload).encode()
    replay = post_webhook(lucia, base, body, sign_payload(body, WEBHOOK_SECRET))
    assert replay.status == 200 and replay.json()["outcome"] == "replay"
    assert GatewayEvent.objects.filter(event_id=event.event_id).count() == 1
    [payment] = CardPayment.objects.filter(reference=card_purchase.reference)
    assert (payment.intent_id, payment.status) == (intent_id, CardPaymentStatus.SUCCEEDED)
    assert payment.amount == card_purchase.total
    for order in (fob, dap):
        order.refresh_from_db()
        assert order.status == statuses.PAID
        [source] = order.sources.all()
        assert (source.amount_debited, source.reference) == (order.total_incl_tax, intent_id)

    # 6. A second order, of 100 knives at the list price, by bank transfer with a deposit.
    visit(lucia, f"{base}{product_url(market.knife)}")
    lucia.locator("#add_to_basket_form input[name=quantity]").fill("100")
    follow(lucia, lucia.locator("#add_to_basket_form button[type=submit]"))
    visit(lucia, f"{base}/es/checkout/")
    give_address(lucia, base, country="ES", city="Madrid", postcode="28014",
                 line1="Calle de Alcalá 42")
    choose_terms(lucia, market.blades, "FOB|Yangjiang Port")
    submit(lucia, es("Continue to payment"))
    choose_payment(lucia, "bank_transfer", deposit=30)
    follow(lucia, lucia.locator("#place-order"))
    transfer_purchase = Purchase.objects.exclude(pk=card_purchase.pk).get()
    assert lucia.url.endswith(f"/es/checkout/purchases/{transfer_purchase.reference}/")
    [transfer_order] = transfer_purchase.orders.all()
    plan = transfer_order.payment_plan
    assert plan.deposit_amount == (transfer_order.total_incl_tax * Decimal("0.30")).quantize(Decimal("0.01"))
    assert transfer_order.status == statuses.AWAITING_PAYMENT
    proforma = lucia.locator(f"a[href$='/{transfer_order.number}/proforma-invoice.pdf']")
    name, text = download(lucia, proforma)
    assert name.endswith(".pdf") and plan.reference in text

    # Bad input: a webhook claiming that purchase was paid, signed with another secret.
    forged = json.dumps({
        "id": "evt_forged_1", "object": "event", "type": "payment_intent.succeeded",
        "created": int(time.time()), "livemode": False, "data": {"object": {
            "id": "pi_forged_1", "object": "payment_intent", "status": "succeeded",
            "amount": int(transfer_purchase.total * 100), "currency": "eur",
            "metadata": {"reference": transfer_purchase.reference}}}}).encode()
    refused = post_webhook(lucia, base, forged, sign_payload(forged, "whsec_not_ours"))
    assert refused.status == 400
    bad_signature = "The signature is missing or does not verify."
    assert refused.json()["error"] in (bad_signature, es(bad_signature))
    assert not GatewayEvent.objects.filter(event_id="evt_forged_1").exists()
    assert not CardPayment.objects.filter(reference=transfer_purchase.reference).exists()
    transfer_order.refresh_from_db()
    assert transfer_order.status == statuses.AWAITING_PAYMENT and not transfer_order.sources.exists()

    # 7. Each seller sees its own orders only, and ships them.
    visit(blades, f"{base}/dashboard/orders/")
    listed_numbers = blades.locator("body").inner_text()
    assert fob.number in listed_numbers and transfer_order.number in listed_numbers
    assert dap.number not in listed_numbers
    visit(kitchen, f"{base}/dashboard/orders/")
    listed_numbers = kitchen.locator("body").inner_text()
    assert dap.number in listed_numbers
    assert fob.number not in listed_numbers and transfer_order.number not in listed_numbers
    for number in (fob.number, transfer_order.number):
        assert kitchen.goto(f"{base}/dashboard/orders/{number}/").status == 404
        assert kitchen.goto(f"{base}/dashboard/bank-transfers/{number}/").status == 404
    assert blades.goto(f"{base}/dashboard/orders/{dap.number}/").status == 404

    ship(blades, base, fob.number, tracking="COSU6123456780")
    ship(kitchen, base, dap.number, tracking="1Z999AA10123456784")

    # The transfer order ships once paid in full: the deposit alone does not let it.
    record_transfer(blades, base, transfer_order.number, plan.deposit_amount, "BBVA-2026-0001")
    transfer_order.refresh_from_db()
    assert transfer_order.status == statuses.DEPOSIT_PAID
    visit(blades, f"{base}/dashboard/orders/{transfer_order.number}/")
    offered = blades.locator("#id_new_status option").evaluate_all("options => options.map(o => o.value)")
    assert offered == [statuses.IN_PRODUCTION]
    record_transfer(blades, base, transfer_order.number, plan.balance_amount, "BBVA-2026-0002")
    transfer_order.refresh_from_db()
    assert transfer_order.status == statuses.PAID
    ship(blades, base, transfer_order.number, tracking="COSU6123456791")

    # 8. Lucía downloads each order's documents from her order pages.
    for order in (fob, dap):
        visit(lucia, f"{base}/es/accounts/orders/{order.number}/")
        for kind in ("proforma-invoice", "commercial-invoice", "packing-list"):
            name, text = download(lucia, lucia.locator(f".trade-documents a[href$='/{kind}.pdf']"))
            assert name.endswith(".pdf") and order.number in text, (name, text[:500])
    assert Order.objects.count() == 3
    assert set(Order.objects.values_list("status", flat=True)) == {statuses.SHIPPED}


def test_an_import_into_china_needs_a_well_formed_resident_id(market, sign_in):
    base = market.url
    # Ten paring knives, CN¥300: within a cross-border purchase's limits.
    paring = listed(market.blades, "Paring knife 3.5in", price="30.00", moq=10, gross_weight="0.10")
    paring.hs_code_id = "8211100000"
    paring.save()
    buyer = sign_in(market.buyer, currency="CNY")
    visit(buyer, f"{base}{product_url(paring)}")
    buyer.locator("#add_to_basket_form input[name=quantity]").fill("10")
    follow(buyer, buyer.locator("#add_to_basket_form button[type=submit]"))
    visit(buyer, f"{base}/es/checkout/")
    give_address(buyer, base, country="CN", city="Shanghai", postcode="200000",
                 line1="88 Century Avenue")
    choose_terms(buyer, market.blades, "EXW", place="Yangjiang")
    submit(buyer, es("Continue to payment"))
    choose_payment(buyer, "card")

    # Bad input: a resident ID whose check digit is wrong.
    buyer.locator("#id_name").fill("张三")
    buyer.locator("#id_id_number").fill(MALFORMED_ID)
    follow(buyer, buyer.locator("#place-order"), expected=(400,))
    expect(buyer.locator(".invalid-feedback")).to_contain_text(
        es("The check digit (the last character) does not match: please check the number."))
    assert not Order.objects.exists() and not CbecPurchase.objects.exists()
    assert not Purchase.objects.exists()

    buyer.locator("#id_name").fill("张三")
    buyer.locator("#id_id_number").fill(VALID_ID)
    follow(buyer, buyer.locator("#place-order"))
    order = Order.objects.get()
    assert CbecPurchase.objects.filter(order_number=order.number).count() == 1
    assert "/es/checkout/pay/" in buyer.url
