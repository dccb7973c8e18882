"""`{% product_card %}` renders what Oscar's `{% render_product %}` renders, choosing the
same template (a UPC's own card, then the product class's), without a disk search per card."""

import re
from decimal import Decimal

import pytest
from django.template import engines
from django.test import RequestFactory

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
    # The same HTML, rendered again (the card is cached) and by Oscar's tag.
    assert render("render_product", knife) == html


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
    storefront_tags._card_overrides.cache_clear()
    try:
        assert "oscar/catalogue/partials/product/class-knives.html" in storefront_tags._card_overrides()
    finally:
        storefront_tags._card_overrides.cache_clear()
