"""seed_demo writes every page type in Chinese and translates it into the nine other
languages through wagtail-localize; a second run adds nothing."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from marketplace.content.models import (
    BuyerGuidePage,
    ClusterPage,
    ContactPage,
    EventIndexPage,
    EventPage,
    IndustrialParkPage,
    NewsIndexPage,
    NewsPage,
)
from marketplace.content.selectors import public_products
from marketplace.demo.catalogue_data import LANGUAGES
from tests.module_rows import seeded_demo

PAGE_TYPES = [ClusterPage, IndustrialParkPage, NewsIndexPage, NewsPage, BuyerGuidePage,
              EventIndexPage, EventPage, ContactPage]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """seed_demo once for the module (it is slow), rolled back after the last test."""
    with seeded_demo(django_db_blocker, tmp_path_factory.mktemp("media"),
                     tmp_path_factory.mktemp("var"), products=5):
        yield


@pytest.fixture
def db_in_demo(demo, db):
    return demo


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda cls: cls.__name__)
def test_every_page_type_exists_in_every_language_as_a_translation_of_chinese(db_in_demo, page_type):
    sources = page_type.objects.filter(locale__language_code="zh-hans")
    assert sources.exists()
    for source in sources:
        assert TranslationSource.objects.filter(object_id=source.translation_key,
                                                locale__language_code="zh-hans").exists()
        languages = set(source.get_translations(inclusive=True).live()
                        .values_list("locale__language_code", flat=True))
        assert languages == set(LANGUAGES), source.title


def test_five_clusters_two_parks_three_news_two_events(db_in_demo):
    def count(cls):
        return cls.objects.filter(locale__language_code="zh-hans").count()

    assert (count(ClusterPage), count(IndustrialParkPage), count(NewsPage), count(EventPage)) == (5, 2, 3, 2)


@pytest.mark.parametrize("language", ["en", "zh-hans", "ar"])
def test_translated_pages_read_in_their_language(client, db_in_demo, language):
    page = ClusterPage.objects.get(locale__language_code=language, slug="knives-scissors")
    expected = {"en": "Knives and scissors", "zh-hans": "刀剪产业集群", "ar": "السكاكين والمقصات"}

    html = client.get(page.url).content.decode()

    assert page.title == expected[language]
    assert expected[language] in html
    assert ('dir="rtl"' in html) == (language == "ar")


def test_arabic_knife_cluster_leads_to_its_catalogue_with_knives(client, db_in_demo):
    page = ClusterPage.objects.get(locale__language_code="ar", slug="knives-scissors")
    html = client.get(page.url).content.decode()
    link = next(url for _label, url in page.specific.catalogue_links())

    listing = client.get(link)

    assert f'href="{link}"' in html
    assert listing.status_code == 200
    assert 'dir="rtl"' in listing.content.decode()
    knife = public_products().filter(categories__path__startswith=page.specific.category.path).first()
    assert knife is not None and knife.get_absolute_url().replace("/en/", "/ar/") in listing.content.decode()


def test_park_tenants_are_demo_sellers_with_storefronts(client, db_in_demo):
    park = IndustrialParkPage.objects.get(locale__language_code="fr", slug="jiangcheng-e-commerce-park")
    html = client.get(park.url).content.decode()

    assert park.tenant_picks.count() >= 1
    for pick in park.tenant_picks.all():
        tenant = pick.enterprise
        assert tenant.get_absolute_url() in html
        assert client.get(tenant.get_absolute_url()).status_code == 200


def test_a_second_seed_adds_no_page(db_in_demo):
    before = Page.objects.count()

    call_command("seed_demo", products=5, stdout=io.StringIO())

    assert Page.objects.count() == before


def test_news_indexes_go_through_the_news_review_workflow(db_in_demo):
    indexes = NewsIndexPage.objects.all()

    assert indexes.count() == len(LANGUAGES)
    for index in indexes:
        workflow = index.get_workflow()
        assert workflow is not None and workflow.name == "News review", index.locale
