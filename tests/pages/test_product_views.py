"""Product views are counted without a database write per page: in the process's memory,
then added to Oscar's ProductRecord in batches (marketplace.oscar_apps.analytics)."""

import pytest
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from marketplace.oscar_apps.analytics import product_views
from tests.factories import add_category, product_in_category

ProductRecord = get_model("analytics", "ProductRecord")
UserProductView = get_model("analytics", "UserProductView")

pytestmark = pytest.mark.django_db


@pytest.fixture
def knives():
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return [product_in_category(category, product__title_en=f"Knife {n}") for n in range(3)]


def counting(monkeypatch, **thresholds):
    found = product_views.ViewCounter(**thresholds)
    monkeypatch.setattr(product_views, "counter", found)
    return found


def views(product):
    return ProductRecord.objects.filter(product=product).values_list("num_views", flat=True).first()


def test_a_product_page_writes_no_view_count(client, knives):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(knives[0].get_absolute_url()).status_code == 200

    assert not [q["sql"] for q in captured if "analytics_" in q["sql"]]
    assert product_views.counter.waiting() == {knives[0].pk: 1}


def test_views_are_written_in_one_batch_and_added_to_earlier_counts(client, knives, monkeypatch):
    counting(monkeypatch, flush_every=5, flush_seconds=float("inf"))
    first, second = knives[0], knives[1]
    for product in (first, second, first, first):
        client.get(product.get_absolute_url())
    assert views(first) is None  # four views wait

    client.get(second.get_absolute_url())  # the fifth writes the batch
    assert (views(first), views(second)) == (3, 2)
    for _ in range(5):
        client.get(first.get_absolute_url())
    assert views(first) == 8
    assert product_views.counter.waiting() == {}


def test_views_are_written_after_a_while_even_when_few(client, knives, monkeypatch):
    now = [1000.0]
    counting(monkeypatch, flush_every=1000, flush_seconds=30, clock=lambda: now[0])
    client.get(knives[0].get_absolute_url())
    assert views(knives[0]) is None
    now[0] += 31
    client.get(knives[0].get_absolute_url())
    assert views(knives[0]) == 2


def test_a_failed_write_keeps_the_views_for_the_next_batch(knives, monkeypatch):
    counter = counting(monkeypatch, flush_every=1000, flush_seconds=float("inf"))
    counter.add(knives[0].pk)
    counter.add(knives[2].pk)
    real_write = product_views._write
    monkeypatch.setattr(product_views, "_write", lambda counts: (_ for _ in ()).throw(
        DatabaseError("database is locked")))
    counter.flush()
    assert counter.waiting() == {knives[0].pk: 1, knives[2].pk: 1}

    monkeypatch.setattr(product_views, "_write", real_write)
    counter.add(knives[0].pk)
    counter.flush()
    assert (views(knives[0]), views(knives[2])) == (2, 1)


def test_a_record_another_process_created_meanwhile_does_not_fail_the_batch(knives, monkeypatch):
    counter = counting(monkeypatch, flush_every=1000, flush_seconds=float("inf"))
    ProductRecord.objects.create(product=knives[2], num_views=4)
    for product in (knives[0], knives[1], knives[2]):
        counter.add(product.pk)
    real_bulk_create = ProductRecord.objects.bulk_create

    def racing(records, **kwargs):
        # Another worker's batch creates the first product's record first.
        ProductRecord.objects.create(product=knives[0], num_views=3)
        return real_bulk_create(records, **kwargs)

    monkeypatch.setattr(ProductRecord.objects, "bulk_create", racing)
    counter.flush()
    assert counter.waiting() == {}
    assert [views(product) for product in knives] == [4, 1, 5]


def test_views_of_a_product_deleted_since_are_dropped(knives, monkeypatch):
    counter = counting(monkeypatch, flush_every=1000, flush_seconds=float("inf"))
    counter.add(knives[1].pk)
    counter.add(knives[0].pk)
    gone = knives[1].pk
    knives[1].delete()
    counter.flush()
    assert views(knives[0]) == 1
    assert not ProductRecord.objects.filter(product_id=gone).exists()
    assert counter.waiting() == {}


def test_a_signed_in_buyers_view_is_in_their_history_at_once(client, knives):
    buyer = get_user_model().objects.create_user("buyer", "buyer@example.com", "x")
    client.force_login(buyer)
    client.get(knives[2].get_absolute_url())
    assert UserProductView.objects.filter(user=buyer, product=knives[2]).exists()
