"""News newest first, ten to a page; events split into coming and past."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from marketplace.content.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

from .conftest import add_page


def test_news_newest_first_and_paginated(client, home):
    index = add_page(home, NewsIndexPage(title="News", slug="news"))
    for day in range(1, 13):
        index.add_child(instance=NewsPage(title=f"Item {day:02}", slug=f"item-{day}",
                                          date=date(2026, 1, day), summary="s"))

    first = client.get(index.url).content.decode()
    second = client.get(f"{index.url}?page=2").content.decode()

    assert first.index("Item 12") < first.index("Item 03")
    assert "Item 02" not in first and "Item 01" not in first
    assert "Item 02" in second and "Item 01" in second and "Item 12" not in second
    assert 'rel="next" href="?page=2"' in first


def test_events_split_into_upcoming_and_past(client, home):
    index = add_page(home, EventIndexPage(title="Events", slug="events"))
    now = timezone.now()
    for title, start in [("Coming fair", now + timedelta(days=5)),
                         ("Old forum", now - timedelta(days=40)),
                         ("Running training", now - timedelta(hours=1))]:
        index.add_child(instance=EventPage(title=title, slug=title.lower().replace(" ", "-"),
                                           start=start, end=start + timedelta(days=2),
                                           venue="Yangjiang", summary="s"))

    html = client.get(index.url).content.decode()
    upcoming, past = html.split('id="events-past-heading"')

    assert "Coming fair" in upcoming and "Running training" in upcoming
    assert "Old forum" in past and "Old forum" not in upcoming


def test_event_cannot_end_before_it_starts():
    now = timezone.now()
    event = EventPage(title="x", slug="x", start=now, end=now - timedelta(hours=1),
                      venue="v", summary="s")
    with pytest.raises(ValidationError):
        event.clean()


def test_the_breadcrumb_trail_names_the_sections_between_home_and_the_page(client, home):
    from lxml import html as lxml_html

    index = add_page(home, NewsIndexPage(title="News", slug="news"))
    item = NewsPage(title="Rebate rates", slug="rates", date=date(2026, 1, 5), summary="s")
    index.add_child(instance=item)

    def trail(url):
        tree = lxml_html.fromstring(client.get(url).content)
        return [" ".join(li.text_content().split())
                for li in tree.xpath("//ol[@class='breadcrumb']/li")]

    assert trail(item.url) == ["Home", "News", "Rebate rates"]
    assert trail(index.url) == ["Home", "News"]  # right below home: no section between
