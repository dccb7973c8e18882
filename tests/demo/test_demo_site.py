"""After seeding, a visitor finds the localized home page, the clusters and the products."""

import pytest
from django.conf import settings
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.models import Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from marketplace.content.models import ContentPage, HomePage
from marketplace.demo import page_data

LANGUAGES = [code for code, _name in settings.LANGUAGES]

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")


SEED_ONCE = {"products": 30}


@pytest.fixture
def seeded(seeded_once):
    """The demo, seeded once for the module (tests/demo/conftest.py)."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_answers_in_each_language_with_its_title(client, seeded, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert page_data.HOME[language]["title"] in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_about_page_is_translated(client, seeded, language):
    response = client.get(f"/{language}/about/")

    assert response.status_code == 200
    assert page_data.ABOUT[language]["title"] in response.content.decode()


def test_the_seeded_home_page_replaces_wagtails_welcome_page(seeded):
    site = Site.objects.get(is_default_site=True)

    assert (site.hostname, site.port) == ("localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    home = site.root_page.specific
    assert {page.locale.language_code for page in home.get_translations(inclusive=True)} == set(
        LANGUAGES)
    assert ContentPage.objects.filter(slug="about").count() == len(LANGUAGES)


@pytest.mark.parametrize("slug", [page_data.HOME_SLUG, page_data.ABOUT_SLUG])
def test_home_and_about_are_written_in_chinese_and_translated_through_wagtail_localize(
        client, seeded, slug):
    source_page = Page.objects.get(slug=slug, locale__language_code="zh-hans").specific
    assert {page.locale.language_code for page in source_page.get_translations()} == (
        set(LANGUAGES) - {"zh-hans"})
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    assert source.locale.language_code == "zh-hans"
    targets = {translation.target_locale.language_code
               for translation in Translation.objects.filter(source=source)}
    assert targets == set(LANGUAGES) - {"zh-hans"}
    # Every string of the Chinese page has its written (not machine) translation in Arabic,
    # and the Arabic page's links stay in Arabic.
    strings = source.stringsegment_set.values_list("string_id", flat=True)
    arabic = StringTranslation.objects.filter(translation_of__in=strings,
                                              locale__language_code="ar")
    assert arabic.values("translation_of").distinct().count() == len(set(strings))
    data = {"home": page_data.HOME, "about": page_data.ABOUT}[slug]
    html = client.get("/ar/" if slug == "home" else "/ar/about/").content.decode()
    assert data["ar"]["title"] in html
    assert data["zh-hans"]["title"] not in html
    for _kind, value in data["ar"]["body"]:
        if isinstance(value, dict):
            assert f'href="{value["url"].replace("{lang}", "ar")}"' in html


def test_the_knives_cluster_page_lists_its_products(client, seeded):
    knives = Category.objects.get(depth=1, slug="knives-scissors")
    knife = Product.objects.filter(categories__path__startswith=knives.path).first()
    with translation.override("en"):
        url = knives.get_absolute_url()

    response = client.get(url)

    assert url.startswith("/en/")
    assert response.status_code == 200
    assert "product_pod" in response.content.decode()
    assert knife.title_en in response.content.decode()


def test_a_seeded_product_page_answers_in_spanish(client, seeded):
    product = Product.objects.order_by("pk").first()
    with translation.override("es"):
        url = product.get_absolute_url()

    response = client.get(url)

    assert url.startswith("/es/catalogue/")
    assert response.status_code == 200
    assert product.title_es in response.content.decode()
