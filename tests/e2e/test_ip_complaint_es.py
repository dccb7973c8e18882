"""Issue 14's notice and takedown in a real browser, in Spanish.

A rights holder reports two listings of a Yangjiang seller with an evidence file; an IP
moderator takes one down, and it leaves the Spanish search and a buyer's basket at once
while the other stays; the seller counter-notices; the moderator keeps the listing down.
With two earlier upheld strikes on record, this third one suspends the seller, whose
storefront then answers 404.

The seller, listings, earlier strikes and accounts are made with the ORM; everything a
person does goes through the pages.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from oscar.core.loading import get_model

from marketplace.ip_complaints import services
from marketplace.ip_complaints.models import Complaint, ListingCase, Strike
from marketplace.roles.definitions import IP_MODERATORS
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import StockRecordFactory, rate
from tests.sellers.factories import PDF_BYTES, EnterpriseFactory, UserFactory, reviewer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Basket = get_model("basket", "Basket")

SANTOKU = "Cuchillo santoku Toledano"
CLEAVER = "Cuchilla de carnicero Toledana"


def product_url(product, language="es"):
    with translation.override(language):
        return product.get_absolute_url()


@pytest.fixture
def market(live_server):
    for quote, value in (("EUR", "0.13"), ("USD", "0.14")):
        rate("CNY", quote, value, on=timezone.localdate() - timedelta(days=1))
    enterprise = EnterpriseFactory(name_en="Copycat Cutlery", status=Enterprise.Status.SUBMITTED,
                                   contact_email="sales@copycat.example")
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    santoku, cleaver = (
        StockRecordFactory(partner=enterprise.partner, price=Decimal("85.00"),
                           product__title_en=title.replace("Cuchillo", "Knife"),
                           product__title_es=title).product
        for title in (SANTOKU, CLEAVER))
    moderator = UserFactory(username="moderadora", email="moderadora@platform.example")
    moderator.groups.add(Group.objects.get(name=IP_MODERATORS))
    moderator = User.objects.get(pk=moderator.pk)
    seller_user = User.objects.get(pk=enterprise.applicant_id)
    _earlier_strikes(enterprise, moderator, seller_user, 2)
    return {"url": live_server.url, "enterprise": enterprise, "santoku": santoku,
            "cleaver": cleaver, "moderator": moderator, "seller": seller_user,
            "buyer": UserFactory(username="comprador", email="comprador@example.es")}


def _earlier_strikes(enterprise, moderator, seller_user, count):
    """Two takedowns upheld before, within the strike period, through the services."""
    for n in range(count):
        product = StockRecordFactory(partner=enterprise.partner,
                                     product__title_en=f"Earlier copy {n}").product
        services.file_complaint(
            facts={"complainant_name": f"Holder {n}", "organisation": "", "email":
                   f"holder{n}@example.com", "country": "FR", "capacity": "owner",
                   "ip_type": "design", "registration_number": f"D-{n}", "office": "EUIPO",
                   "valid_from": timezone.localdate() - timedelta(days=400),
                   "valid_until": timezone.localdate() + timedelta(days=400),
                   "description": "Copy of our design.", "good_faith": True, "accurate": True},
            listings=[(product, str(product.pk))], language="fr")
        case = ListingCase.objects.get(product=product)
        services.take_down(case, decided_by=moderator, reason="Design copied.")
        services.counter_notice(case, user=seller_user, statement="We disagree.")
        services.keep_down(case, decided_by=moderator, reason="Upheld.")
    assert Strike.objects.filter(enterprise=enterprise).count() == count
    assert Enterprise.objects.get(pk=enterprise.pk).status == Enterprise.Status.APPROVED


@pytest.fixture
def open_as(browser, market):
    contexts = []

    def open_page(user=None):
        context = browser.new_context(locale="es-ES", viewport={"width": 1280, "height": 900})
        if user is not None:
            client = Client()
            client.force_login(user)
            context.add_cookies([{
                "name": django_settings.SESSION_COOKIE_NAME, "url": market["url"],
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value}])
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


QUERIES = {SANTOKU: "santoku", CLEAVER: "carnicero"}


def in_search(page, url, title):
    page.goto(f"{url}/es/search/?q={QUERIES[title]}")
    return title in page.content()


def test_a_spanish_rights_holder_gets_a_listing_taken_down_and_the_third_strike_suspends(
        market, open_as, tmp_path):
    url, santoku, cleaver = market["url"], market["santoku"], market["cleaver"]

    # A buyer has both listings in their basket.
    buyer = open_as(market["buyer"])
    for product in (santoku, cleaver):
        buyer.goto(url + product_url(product))
        buyer.locator("#add_to_basket_form button[type=submit]").click()
        buyer.wait_for_load_state()
    assert Basket.objects.get(owner=market["buyer"]).lines.count() == 2
    assert in_search(buyer, url, SANTOKU) and in_search(buyer, url, CLEAVER)

    # The rights holder reports both from the santoku's page, in Spanish, with evidence.
    holder = open_as()
    holder.goto(url + product_url(santoku))
    holder.locator(f'a[href="/es/ip-complaints/?product={santoku.pk}"]').click()
    holder.wait_for_load_state()
    assert holder.locator("html").get_attribute("lang") == "es"
    listings = holder.locator("#id_listings")
    assert product_url(santoku) in listings.input_value()
    listings.fill(listings.input_value() + "\n" + url + product_url(cleaver))
    holder.fill("#id_complainant_name", "Ana García")
    holder.fill("#id_organisation", "Cuchillería Toledo S.L.")
    holder.fill("#id_email", "ana@toledo.example")
    holder.select_option("#id_country", "ES")
    holder.check("#id_capacity_0")  # the owner
    holder.select_option("#id_ip_type", "trademark")
    holder.fill("#id_registration_number", "EUTM 018123456")
    holder.fill("#id_office", "EUIPO")
    holder.fill("#id_valid_from", "2015-03-01")
    holder.fill("#id_valid_until", (timezone.localdate() + timedelta(days=900)).isoformat())
    holder.fill("#id_description", "Usan nuestra marca TOLEDANO en la hoja.")
    certificate = tmp_path / "certificado-marca.pdf"
    certificate.write_bytes(PDF_BYTES)
    holder.set_input_files("#id_evidence", str(certificate))
    holder.check("#id_good_faith")
    holder.check("#id_accurate")
    with holder.expect_navigation():
        holder.locator("#ip_complaint_form button[type=submit]").click()

    complaint = Complaint.objects.get(email="ana@toledo.example")
    assert f"/es/ip-complaints/case/{complaint.reference}/" in holder.url
    assert complaint.reference in holder.content()
    assert complaint.language == "es"
    assert complaint.evidence.get().original_name == "certificado-marca.pdf"
    assert complaint.listing_cases.count() == 2
    receipt = next(m for m in mail.outbox if m.to == ["ana@toledo.example"])
    assert complaint.reference in receipt.subject
    assert holder.url.replace(url, "") in receipt.body  # the private link
    tracking = holder.url

    # The IP moderator takes the santoku down from the queue; the cleaver stays.
    moderator = open_as(market["moderator"])
    moderator.goto(url + "/dashboard/ip-complaints/")
    moderator.get_by_role("link", name=complaint.reference).click()
    moderator.wait_for_load_state()
    santoku_case = ListingCase.objects.get(product=santoku)
    box = moderator.locator(f"#case-{santoku_case.pk}")
    box.locator(".ip-take-down textarea").fill("Marca TOLEDANO falsificada.")
    with moderator.expect_navigation():
        box.locator(".ip-take-down button").click()
    santoku_case.refresh_from_db()
    assert santoku_case.status == ListingCase.Status.TAKEN_DOWN

    # Gone from the Spanish search and from the buyer's basket at once; the other stays.
    assert not in_search(buyer, url, SANTOKU)
    assert in_search(buyer, url, CLEAVER)
    buyer.goto(f"{url}/es/basket/")
    assert [line.product_id for line in Basket.objects.get(owner=market["buyer"]).lines.all()] == [
        cleaver.pk]
    assert buyer.locator(".alert-warning, .alert").filter(has_text=SANTOKU).count() >= 1
    assert buyer.goto(url + product_url(santoku)).status == 404
    assert buyer.goto(url + product_url(cleaver)).status == 200

    # The seller counter-notices from their dashboard, with their own evidence.
    seller = open_as(market["seller"])
    seller.goto(f"{url}/dashboard/ip-complaints/seller/{santoku_case.pk}/")
    assert "EUTM 018123456" in seller.content()
    assert "ana@toledo.example" not in seller.content()
    seller.fill("#id_statement", "Toledano es el apellido de nuestro fundador; marca china "
                                 "registrada.")
    licence = tmp_path / "registro-cnipa.pdf"
    licence.write_bytes(PDF_BYTES)
    seller.set_input_files("#id_evidence", str(licence))
    seller.check("#id_accurate")
    with seller.expect_navigation():
        seller.locator("#counter_notice_form button[type=submit]").click()
    santoku_case.refresh_from_db()
    assert santoku_case.status == ListingCase.Status.COUNTER_NOTICED

    # The complainant sees the counter-notice on their private page.
    holder.goto(tracking)
    assert "apellido de nuestro fundador" in holder.content()

    # The moderator keeps it down: the third upheld strike suspends the seller.
    moderator.goto(f"{url}/dashboard/ip-complaints/{complaint.reference}/")
    box = moderator.locator(f"#case-{santoku_case.pk}")
    box.locator(".ip-keep-down textarea").fill("La marca de la UE es anterior y válida en España.")
    with moderator.expect_navigation():
        box.locator(".ip-keep-down button").click()
    santoku_case.refresh_from_db()
    assert santoku_case.status == ListingCase.Status.UPHELD
    enterprise = Enterprise.objects.get(pk=market["enterprise"].pk)
    assert enterprise.status == Enterprise.Status.SUSPENDED
    assert Strike.objects.filter(enterprise=enterprise).count() == 3
    assert buyer.goto(f"{url}/es/sellers/{enterprise.slug}/").status == 404
    to_seller = [m for m in mail.outbox if "sales@copycat.example" in m.to]
    assert to_seller and not any("ana@toledo.example" in m.body for m in to_seller)
