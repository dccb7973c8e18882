"""A buyer who chose a language other than English reads no English sentence on the main
pages, including the strings of Oscar's and Wagtail's templates and the messages shown
after an action (adding to the basket, changing a quantity, signing in with a basket).

The pages are rendered with the test client, their visible text (and the attributes a
browser shows or reads out: title, placeholder, aria-label, alt) is taken apart node by
node, and a node with several English function words, Oscar's "Page 1 of 3", or one of the
short English labels Oscar's markup hard-codes ("breadcrumb", "Toggle navigation") counts
as English. Seller and CMS
texts are written in every language here, so what is left is the interface.
"""

import re
from datetime import date
from decimal import Decimal

import lxml.html
import pytest
from django.conf import settings
from django.test import Client
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.demo import page_data
from marketplace.demo.services import seed_pages
from marketplace.oscar_apps.search.views import ProductResultsView
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from marketplace.traceability.models import Batch
from tests.factories import StockRecordFactory, rate
from tests.i18n.test_catalogs import compiled_catalogs  # noqa: F401  (fresh .mo files)
from tests.module_rows import made_once
from tests.sellers.factories import PASSWORD, EnterpriseFactory, UserFactory, reviewer

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]

# Words that make an English sentence. Some are words of another site language too
# (Spanish "has", Portuguese "for", German "will"): there they do not count.
ENGLISH_WORDS = frozenset(
    "the your you we have has been is are this with for now please will our of to".split())
ALSO_NATIVE = {"es": {"has"}, "pt": {"for"}, "de": {"will"}}
# Oscar's pagination, whose one function word ("of") would slip through the count.
PAGE_X_OF_Y = re.compile(r"\b[Pp]age \d+ of \d+\b")
LATIN_SCRIPT = {"es", "fr", "de", "pt"}
WORD = re.compile(r"[A-Za-z']+")
INVISIBLE = {"script", "style", "template"}
SHOWN_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
# Labels of one or two words, with no function word to give them away, that Oscar's and
# Bootstrap's markup writes in English outside any msgid: a screen reader reads them out
# ("breadcrumb", "Toggle navigation"), a sighted buyer sees them as tooltips.
ENGLISH_LABELS = frozenset({
    "breadcrumb", "breadcrumbs", "toggle navigation", "toggle dropdown", "close", "previous",
    "next", "pagination", "page navigation", "navigation", "search", "menu", "remove",
    "loading", "dismiss", "basket", "cart", "account", "main navigation", "language",
    "currency", "page"})
# Words of the list that are words of another site language too (French "Pagination",
# German "Navigation" and "Menu"): there they do not count.
NATIVE_LABELS = {"fr": {"pagination", "navigation", "menu", "page"},
                 "de": {"navigation", "menu"}, "es": {"menu"}, "pt": {"menu"}}

# --- texts a seller or editor writes, in every language ------------------------------

NAMES = {
    "Knives & Scissors": {
        "zh-hans": "刀剪", "es": "Cuchillos y tijeras", "fr": "Couteaux et ciseaux",
        "de": "Messer und Scheren", "ru": "Ножи и ножницы", "ar": "سكاكين ومقصات",
        "ja": "包丁・はさみ", "ko": "칼과 가위", "pt": "Facas e tesouras"},
    "Kitchen knives": {
        "zh-hans": "厨房刀具", "es": "Cuchillos de cocina", "fr": "Couteaux de cuisine",
        "de": "Küchenmesser", "ru": "Кухонные ножи", "ar": "سكاكين المطبخ",
        "ja": "包丁", "ko": "주방 칼", "pt": "Facas de cozinha"},
    "Chef knife": {
        "zh-hans": "主厨刀", "es": "Cuchillo de chef", "fr": "Couteau de chef",
        "de": "Kochmesser", "ru": "Поварской нож", "ar": "سكين الطاهي",
        "ja": "牛刀", "ko": "셰프 나이프", "pt": "Faca de chef"},
    "Welcome": {
        "zh-hans": "欢迎", "es": "Bienvenido", "fr": "Bienvenue", "de": "Willkommen",
        "ru": "Добро пожаловать", "ar": "مرحبا", "ja": "ようこそ", "ko": "환영합니다",
        "pt": "Bem-vindo"},
    "About": {
        "zh-hans": "关于", "es": "Acerca de", "fr": "À propos", "de": "Über uns",
        "ru": "О нас", "ar": "من نحن", "ja": "概要", "ko": "소개", "pt": "Sobre"},
}


def in_every_language(field, english, suffix=""):
    values = {f"{field}_en": english + suffix}
    for language, text in NAMES[english].items():
        values[f"{field}_{language.replace('-', '_')}"] = text + suffix
    return values


def category(names, parent=None):
    fields = in_every_language("name", names)
    fields["name"] = names
    if parent is None:
        return Category.add_root(**fields)
    return parent.add_child(**fields)


def cms_page(english):
    return {"title": english, "intro": "", "body": []}


@pytest.fixture(scope="module")
def shop_once(django_db_setup, django_db_blocker):
    """The shop, made once for the module's ten languages (tests/module_rows.py): each test
    only reads it, in its own savepoint."""
    with pytest.MonkeyPatch.context() as monkeypatch, made_once(django_db_blocker):
        yield make_shop(monkeypatch)


@pytest.fixture
def shop(shop_once, db):
    return shop_once


def make_shop(monkeypatch):
    """Five chef knives of one approved seller in a category; a buyer with an order."""
    rate("CNY", "USD", "0.14")
    rate("CNY", "EUR", "0.13")
    for name, texts in (("HOME", "Welcome"), ("ABOUT", "About")):
        pages = {"en": cms_page(texts)}
        pages.update({language: cms_page(text) for language, text in NAMES[texts].items()})
        monkeypatch.setattr(page_data, name, pages)
    seed_pages()
    knives = category("Kitchen knives", category("Knives & Scissors"))
    enterprise = EnterpriseFactory(name_en="Yangjiang Blades", slug="yangjiang-blades",
                                   status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    products = []
    for n in range(5):
        record = StockRecordFactory(
            partner=enterprise.partner, price=Decimal("100.00"), num_in_stock=500,
            **{f"product__{field}": value
               for field, value in in_every_language("title", "Chef knife", f" {n}").items()})
        ProductCategory.objects.create(product=record.product, category=knives)
        products.append(record.product)
    products[0].gtin = "6901234567892"
    products[0].save()
    # The batch facts a maker types, in the maker's Chinese (not the interface's subject).
    Batch.objects.create(
        product=products[0], enterprise=enterprise, lot_number="A2026-001",
        production_date=date(2026, 11, 2), factory_name="阳东二厂",
        factory_address="阳江市阳东区工业路1号", quantity=5000, raw_material_origin="3Cr13")
    # Three pages of results out of five products.
    monkeypatch.setattr(ProductResultsView, "paginate_by", 2)
    buyer = UserFactory(email="ana@example.es")
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(products[0], quantity=2)
    order = create_order(number="YJ-1001", basket=basket, user=buyer)
    return {"category": knives, "products": products, "seller": enterprise, "buyer": buyer,
            "order": order}


# --- reading a page --------------------------------------------------------------------


def _other_language(element, language):
    lang = element.get("lang")
    return lang is not None and lang.lower().split("-")[0] != language.split("-")[0]


def texts_of(html, language):
    """The visible text nodes and shown attributes of a page, outside other-language parts."""
    root = lxml.html.document_fromstring(html)
    found = []

    def walk(element):
        if not isinstance(element.tag, str) or element.tag in INVISIBLE:
            return
        if element is not root and _other_language(element, language):
            return
        if element.tag == "input" and element.get("type") == "hidden":
            return
        for attribute in SHOWN_ATTRIBUTES:
            if element.get(attribute):
                found.append(element.get(attribute))
        if element.tag == "input" and element.get("type") in ("submit", "button"):
            found.append(element.get("value") or "")
        if element.text:
            found.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                found.append(child.tail)

    walk(root)
    return [" ".join(text.split()) for text in found if text.strip()]


def is_english(text, language):
    words = [word.lower() for word in WORD.findall(text)]
    function_words = set(words) & ENGLISH_WORDS - ALSO_NATIVE.get(language, set())
    if len(function_words) >= 2 or PAGE_X_OF_Y.search(text):
        return True
    # In a page written in another script, Latin words around one of them are English too:
    # "Search for products" on a Russian page.
    return (language not in LATIN_SCRIPT and bool(function_words) and len(words) >= 2
            and not re.search(r"[^\W\d_A-Za-z]", text))


def is_english_label(text, language):
    label = " ".join(text.lower().split()).strip(" .:")
    return label in ENGLISH_LABELS - NATIVE_LABELS.get(language, set())


def english_sentences(html, language):
    return [text for text in texts_of(html, language)
            if is_english(text, language) or is_english_label(text, language)]


def test_the_check_finds_english_and_leaves_other_languages_alone():
    page = """<html lang="es"><body><p>Your cart total is now <b>10 €</b></p>
        <span class="page-link">Page 1 of 3</span><p>¿Quién es usted?</p>
        <p>Has añadido el producto a tu cesta</p>
        <select><option lang="en">English</option></select>
        <blockquote lang="en">This is what the seller wrote for us</blockquote>
        <input placeholder="Search for your products"><script>var the = "you are";</script>
        <nav aria-label="breadcrumb"><ol><li>Inicio</li></ol></nav>
        <button aria-label="Toggle navigation" title="Cerrar"></button>
        <span class="sr-only">Toggle Dropdown</span><img alt="Cuchillo de chef" src="a.png">
        </body></html>"""
    assert english_sentences(page, "es") == [
        "Your cart total is now", "Page 1 of 3", "Search for your products", "breadcrumb",
        "Toggle navigation", "Toggle Dropdown"]
    assert english_sentences('<nav aria-label="Pagination">1</nav>', "fr") == []
    assert english_sentences('<nav aria-label="Pagination">1</nav>', "ja") == ["Pagination"]
    assert english_sentences("<p>Search for products</p><p>Поиск товаров</p>",
                             "ru") == ["Search for products"]


# --- the pages -------------------------------------------------------------------------


def localized(language, url):
    """A URL the models gave in whatever language was active, in `language`."""
    return re.sub(r"^/[a-z]{2}(-[a-z]+)?/", f"/{language}/", url)


def get(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response


def buyer_pages(client, language, shop):
    """(name, html) of each page, in the order a buyer meets them."""
    prefix = f"/{language}"
    product = shop["products"][0]
    product_url = localized(language, product.get_absolute_url())
    yield "home", get(client, f"{prefix}/")
    yield "catalogue", get(client, f"{prefix}/catalogue/")
    yield "category", get(client, localized(language, shop["category"].get_absolute_url()))
    yield "product", get(client, product_url)
    search = f"{prefix}/search/?q={NAMES['Chef knife'][language].split()[0]}"
    yield "search", get(client, search)
    yield "search, second page", get(client, search + "&page=2")
    yield "search without results", get(client, f"{prefix}/search/?q=zzyzx")
    yield "seller storefront", get(client, f"{prefix}/sellers/{shop['seller'].slug}/")
    yield "empty basket", get(client, f"{prefix}/basket/")
    yield "added to basket", client.post(
        f"{prefix}/basket/add/{product.pk}/", {"quantity": 3}, follow=True)
    basket_page = get(client, f"{prefix}/basket/")
    yield "basket with a line", basket_page
    formset = basket_page.context["formset"]
    line = formset.forms[0].instance
    yield "quantity changed", client.post(f"{prefix}/basket/", {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000", "form-0-id": str(line.pk), "form-0-quantity": "5",
    }, follow=True)
    yield "checkout gateway", get(client, f"{prefix}/checkout/")
    yield "login and register", get(client, f"{prefix}/accounts/login/")
    yield "register", get(client, f"{prefix}/accounts/register/")
    # The buyer's own basket holds a line too: signing in merges the two.
    own = Basket.objects.create(owner=shop["buyer"])
    own.strategy = Default()
    own.add_product(shop["products"][1], quantity=1)
    signed_in = client.post(f"{prefix}/accounts/login/", {
        "login-username": shop["buyer"].email, "login-password": PASSWORD,
        "login_submit": "1"}, follow=True)
    assert signed_in.wsgi_request.user == shop["buyer"]  # else the account pages are the login
    yield "signed in with a basket", signed_in
    yield "checkout, first step", get(client, f"{prefix}/checkout/")
    yield "account", get(client, f"{prefix}/accounts/profile/")
    yield "orders", get(client, f"{prefix}/accounts/orders/")
    order = shop["order"]
    order_page = get(client, f"{prefix}/accounts/orders/{order.number}/")
    assert order.number in order_page.content.decode()
    yield "order", order_page
    yield "order tracking", get(
        client, f"{prefix}/accounts/order-status/{order.number}/{order.verification_hash()}/")
    yield "request for quotation", get(client, f"{prefix}/rfq/new/")
    # The label's code, scanned: the page answers in the phone's language.
    trace = get(client, "/01/06901234567892/10/A2026-001")
    assert "阳东二厂" in trace.content.decode()  # the batch's page, not "not genuine"
    yield "batch trace", trace


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_sentence_on_the_buyer_pages(shop, language):
    found = []
    # A browser set to the language, as a buyer's is: pages outside the language prefix
    # (Django's login redirect, /accounts/login/) answer in it too.
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    for name, response in buyer_pages(client, language, shop):
        for sentence in english_sentences(response.content.decode(), language):
            found.append(f"{name}: {sentence}")
    assert not found, f"English on the {language} pages:\n" + "\n".join(found)
