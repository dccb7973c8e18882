"""`{% product_card %}` renders what Oscar's `{% render_product %}` renders, choosing the
same template (a UPC's own card, then the product class's), without a disk search per card."""

import re
from decimal import Decimal

import pytest
from django.template import engines
from django.test import RequestFactory

from marketplace.core import template_overrides
from marketplace.core.templatetags import storefront_tags
from tests.factories import add_category, product_in_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def knife():
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return product_in_category(category, price=Decimal("100.00"), product__title_en="Chef knife")


def render(tag, product):
    from django.contrib.auth.models import AnonymousUser
    from oscar.core.loading import get_class, get_model

    request = RequestFactory().get("/en/catalogue/")
    request.user, request.session = AnonymousUser(), {}
    request.basket = get_model("basket", "Basket")()
    request.strategy = get_class("partner.strategy", "Selector")().strategy(request=request)
    template = engines["django"].from_string(
        "{% load product_tags storefront_tags %}{% " + tag + " product %}")
    html = template.render({"product": product}, request)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "TOKEN", html)  # masked afresh


def test_the_card_is_oscars_card(knife):
    html = render("product_card", knife)
    assert "Chef knife" in html and 'class="product_pod"' in html
    # The same HTML, rendered again and by Oscar's tag (through the templates; the layout
    # whitespace differs from the card written in Python).
    assert normalised(render("render_product", knife)) == normalised(html)


def test_a_products_own_card_template_is_still_chosen(knife, monkeypatch):
    upc = f"{storefront_tags._CARD_OVERRIDES}upc-{knife.upc}.html"
    by_class = f"{storefront_tags._CARD_OVERRIDES}class-{knife.get_product_class().slug}.html"
    monkeypatch.setattr(storefront_tags, "_card_overrides", lambda: frozenset({by_class}))
    assert storefront_tags.card_template_name(knife) == by_class
    monkeypatch.setattr(storefront_tags, "_card_overrides", lambda: frozenset({upc, by_class}))
    assert storefront_tags.card_template_name(knife) == upc
    monkeypatch.setattr(storefront_tags, "_card_overrides", lambda: frozenset())
    assert storefront_tags.card_template_name(knife) == storefront_tags.CARD_TEMPLATE


def test_the_override_folders_are_read_from_disk(tmp_path, settings):
    folder = tmp_path / "oscar" / "catalogue" / "partials" / "product"
    folder.mkdir(parents=True)
    (folder / "class-knives.html").write_text("{{ product.title }}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    template_overrides.templates_in.cache_clear()
    try:
        assert "oscar/catalogue/partials/product/class-knives.html" in storefront_tags._card_overrides()
    finally:
        template_overrides.templates_in.cache_clear()


# --- the card written in Python (core/cards.py) is the card template's HTML ------------------


def normalised(html):
    """The HTML with the layout whitespace of the templates folded away."""
    html = re.sub(r"\s+", " ", str(html))
    return re.sub(r"\s*(<[^>]*>)\s*", r"\1", html).strip()


def both_cards(product, language="en", currency=None):
    """(Python card, template card) for one anonymous visitor of a language and currency."""
    from django.contrib.auth.models import AnonymousUser
    from django.core.cache import cache
    from django.template import Context
    from django.utils import translation
    from oscar.core.loading import get_class, get_model

    from marketplace.core import cards

    cache.clear()  # the template keeps its cards; each side renders afresh
    with translation.override(language):
        request = RequestFactory().get(f"/{language}/catalogue/")
        request.user, request.session = AnonymousUser(), {}
        request.display_currency = currency or "CNY"
        request.basket = get_model("basket", "Basket")()
        request.strategy = get_class("partner.strategy", "Selector")().strategy(request=request)
        python = cards.render(request, product, "TOKEN123")
        context = Context({"request": request, "csrf_token": "TOKEN123", "LANGUAGE_CODE": language})
        template = storefront_tags.render_card_template(context, product)
    return normalised(python), normalised(template)


@pytest.fixture
def rates(db):
    from tests.factories import rate

    rate("CNY", "EUR", "0.1300")
    rate("CNY", "JPY", "21.0000")
    rate("CNY", "AED", "0.5100")


@pytest.mark.parametrize("language,currency", [
    ("en", None), ("de", "EUR"), ("ar", "AED"), ("ja", "JPY"), ("zh-hans", None),
])
def test_the_python_card_is_the_templates_card(knife, rates, language, currency):
    python, template = both_cards(knife, language, currency)
    assert 'name="quantity" value="1"' in python and "TOKEN123" in python  # one-click basket form
    assert python == template


def test_a_minimum_order_card_sends_the_buyer_to_the_product_page(knife, rates):
    record = knife.stockrecords.get()
    record.moq, record.num_in_stock = 1500, 5000
    record.save()
    python, template = both_cards(knife, "de", "EUR")
    assert "order-from-moq" in python and "1.500" in python and 'name="quantity"' not in python
    assert python == template


def test_cards_of_goods_out_of_stock_or_without_offer(knife):
    record = knife.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    python, template = both_cards(knife)
    assert "disabled" in python and python == template
    record.delete()
    python, template = both_cards(knife, "fr")
    assert "fa-ban" in python and python == template


def test_hostile_titles_and_specs_are_escaped_the_same_way(knife, rates):
    from oscar.core.loading import get_model

    knife.title_en = '"Chef" & <knife>'
    knife.rating = 4.2
    knife.save()
    attribute = get_model("catalogue", "ProductAttribute").objects.create(
        product_class=knife.get_product_class(), name="Blade steel", code="blade_steel", type="text")
    get_model("catalogue", "ProductAttributeValue").objects.create(
        product=knife, attribute=attribute, value_text='5Cr15 "<b>" & co')
    knife.refresh_from_db()
    python, template = both_cards(knife)
    assert "<knife>" not in python and "<b>" not in python
    assert "&quot;Chef&quot; &amp;" in python and "star-rating Four" in python
    assert "Blade steel:<bdi>5Cr15 &quot;" in python
    assert python == template


def test_a_parent_products_card_has_no_basket_form(rates):
    from oscar.core.loading import get_model

    from tests.factories import ProductFactory, StockRecordFactory

    category = add_category(["Textiles & Garments", "Workwear"])
    parent = ProductFactory(structure="parent", title_en="Work jacket")
    get_model("catalogue", "ProductCategory").objects.create(product=parent, category=category)
    StockRecordFactory(product=ProductFactory(structure="child", parent=parent, product_class=None,
                                              title_en="Work jacket, L"))
    python, template = both_cards(parent, "de", "EUR")
    assert "Work jacket" in python and "<form" not in python
    assert python == template


def test_the_sellers_badge_is_on_the_card(rates):
    from tests.seller_dashboard.conftest import make_seller
    from tests.seller_rating.helpers import rate

    category = add_category(["Knives & Scissors", "Kitchen knives"])
    seller = make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in", category)
    seller.enterprise = seller.partner.enterprise
    rate(seller, 77, "B")
    python, template = both_cards(seller.product, "en", "EUR")
    assert "Seller rating B · 77/100" in python
    assert python == template


def test_a_pages_pictures_are_found_once(knife, monkeypatch):
    from marketplace.core import cards

    cards.prefetch_pictures([knife])
    first = knife._card_picture
    assert first.startswith("/media/") or first.startswith("http")
    monkeypatch.setattr(cards, "_thumbnail_url", lambda product: pytest.fail("asked again"))
    again = type(knife).objects.get(pk=knife.pk)
    cards.prefetch_pictures([again])  # the address kept from the first page
    assert again._card_picture == first


def test_the_product_page_asks_for_its_own_templates_only_when_they_exist(knife, monkeypatch):
    from catalog.views import ProductDetailView

    view = ProductDetailView()
    view.object = knife
    oscars = [f"oscar/catalogue/detail-for-upc-{knife.upc}.html",
              f"oscar/catalogue/detail-for-class-{knife.get_product_class().slug}.html",
              "oscar/catalogue/detail.html"]
    assert view.get_template_names() == oscars[2:]
    monkeypatch.setattr(template_overrides, "templates_in",
                        lambda folder: frozenset(oscars[1:]) if folder == "oscar/catalogue/" else frozenset())
    assert view.get_template_names() == oscars[1:]
