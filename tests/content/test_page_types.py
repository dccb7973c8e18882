"""Every page type renders in English, in Chinese (the source language) and right-to-left in
Arabic, inside the shop's layout, with what a buyer comes for."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

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
from marketplace.sellers.models import Cluster
from tests.module_rows import made_once

from .conftest import LANGUAGES, add_page, approved_seller, english_home, translation_of


def make_pages(home, approved):
    knives = approved.product.categories.get().get_parent()
    news = add_page(home, NewsIndexPage(title="News", slug="news"))
    events = add_page(home, EventIndexPage(title="Events", slug="events"))
    now = timezone.now()
    return {
        "cluster": add_page(home, ClusterPage(
            title="Knives and scissors", slug="knives", cluster_id=Cluster.KNIVES_SCISSORS,
            category=knives, intro="Blades from Yangjiang.")),
        "park": add_page(home, IndustrialParkPage(
            title="E-commerce park", slug="park", address="Jiangcheng District",
            latitude="21.857900", longitude="111.982200")),
        "guide": add_page(home, BuyerGuidePage(title="Buyer guide", slug="guide", sections=[
            ("section", {"topic": "customs", "heading": "Customs clearance",
                         "text": RichText("<p>Papers.</p>")})])),
        "contact": add_page(home, ContactPage(title="Contact", slug="contact", email="a@b.example")),
        "news_index": news,
        "news": add_page(news, NewsPage(title="Support measures", slug="plan", kind="policy",
                                        date=date(2026, 3, 1), summary="The city's plan.")),
        "event_index": events,
        "event": add_page(events, EventPage(
            title="Knife fair", slug="fair", start=now + timedelta(days=30),
            end=now + timedelta(days=32), venue="Yangjiang", summary="Three halls.")),
    }


@pytest.fixture(scope="module")
def pages_once(django_db_setup, django_db_blocker):
    """Every test below only reads the pages: the tree in three languages is built once for
    the module (it costs seconds on PostgreSQL) and rolled back after its last test."""
    with made_once(django_db_blocker):
        home = english_home()
        yield {**make_pages(home, approved_seller()), "home": home}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["cluster", "park", "guide", "contact", "news_index", "news",
                                  "event_index", "event"])
def test_each_page_type_renders_in_its_language(client, pages_once, kind, language):
    page = translation_of(pages_once[kind], language)

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert ('dir="rtl"' in html) == (language == "ar")
    assert page.title in html
    assert 'class="page_inner' in html


def test_home_page_links_cluster_pages_and_latest_news(client, pages_once):
    pages = pages_once
    html = client.get(pages["home"].url).content.decode()

    assert pages["cluster"].url in html
    assert pages["news"].url in html


def test_guide_has_a_table_of_contents_pointing_at_its_sections(client, pages_once):
    html = client.get(pages_once["guide"].url).content.decode()

    assert 'href="#guide-customs"' in html
    assert 'id="guide-customs"' in html


def test_contact_page_leads_to_a_request_for_quotation(client, pages_once):
    html = client.get(pages_once["contact"].url).content.decode()

    assert 'class="btn btn-primary contact-rfq" href="/en/rfq/new/"' in html


def test_park_shows_its_place_on_openstreetmap(client, pages_once):
    html = client.get(pages_once["park"].url).content.decode()

    assert "https://www.openstreetmap.org/?mlat=21.857900&amp;mlon=111.982200" in html


def test_page_types_only_go_where_they_belong():
    assert NewsPage.parent_page_types == ["content.NewsIndexPage"]
    assert EventPage.parent_page_types == ["content.EventIndexPage"]
    assert ContactPage.max_count_per_parent == 1
    assert not ClusterPage.can_create_at(NewsIndexPage())
