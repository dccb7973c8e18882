"""Changes reach the search index through one Celery task per committed transaction.

A recording backend stands in for the search service: it keeps the calls the tasks
make, and Celery runs the tasks in the process (eager), as the embedded profile does.
Most tests commit with django_capture_on_commit_callbacks; those about what happens
before a commit, or on a rollback, commit for real (transaction=True).
"""

import io
import logging
from decimal import Decimal
from typing import ClassVar

import pytest
from celery.exceptions import Retry
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from oscar.core.loading import get_model

from marketplace.celery import app as celery_app
from marketplace.currency.services import import_rates_csv
from marketplace.moderation.services import refuse_listing
from marketplace.product_search import tasks
from marketplace.product_search.backends.base import SearchBackend, SearchBackendUnavailable
from marketplace.product_search.tasks import queue_index, queue_removal
from marketplace.sellers.models import Enterprise
from tests.factories import (
    PartnerFactory,
    ProductFactory,
    StockRecordFactory,
    add_category,
)

# The after-commit hooks themselves are under test here.
pytestmark = pytest.mark.commit_hooks

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
AttributeOption = get_model("catalogue", "AttributeOption")
Certification = get_model("catalogue", "Certification")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

BACKEND = f"{__name__}.RecordingBackend"


class RecordingBackend(SearchBackend):
    """Keeps every call ("index" or "remove", ids); raises while `down` is set."""

    name = "recording"
    calls: ClassVar[list] = []
    down = False

    def index_products(self, product_ids):
        self._record("index", product_ids)

    def remove_products(self, product_ids):
        self._record("remove", product_ids)

    def _record(self, kind, product_ids):
        if RecordingBackend.down:
            raise SearchBackendUnavailable("connection refused")
        RecordingBackend.calls.append((kind, list(product_ids)))


@pytest.fixture(autouse=True)
def calls(settings, monkeypatch):
    settings.MARKETPLACE_SEARCH_BACKEND = BACKEND
    monkeypatch.setattr(RecordingBackend, "calls", [])
    monkeypatch.setattr(RecordingBackend, "down", False)
    eager, celery_app.conf.task_always_eager = celery_app.conf.task_always_eager, True
    yield RecordingBackend.calls
    celery_app.conf.task_always_eager = eager


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """`with commit(): ...` runs what the block queued as if its transaction committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def record(db, commit, calls):
    """A public product with its stock record, committed before the test changes it."""
    with commit():
        stockrecord = StockRecordFactory()
    calls.clear()
    return stockrecord


def ids_of(calls, kind="index"):
    return sorted(pk for call_kind, ids in calls if call_kind == kind for pk in ids)


# --- when tasks are sent --------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_before_the_transaction_commits(calls):
    with transaction.atomic():
        product = StockRecordFactory().product
        product.title_es = "Cuchillo de chef"
        product.save()
        assert calls == []
    assert calls == [("index", [product.pk])]


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_changes_in_one_transaction_sends_one_task(calls, monkeypatch):
    sent = []
    send = tasks.index_products.delay
    monkeypatch.setattr(tasks.index_products, "delay", lambda ids: sent.append(ids) or send(ids))
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    with transaction.atomic():
        record = StockRecordFactory()
        product = record.product
        for quantity, price in ((100, "90"), (500, "80"), (1000, "70")):
            PriceTier.objects.create(stockrecord=record, min_quantity=quantity, price=price)
        IncotermOffer.objects.create(stockrecord=record, term="EXW")
        ProductCategory.objects.create(product=product, category=category)
        product.certifications.add(Certification.objects.create(code="test-lfgb", name="LFGB"))
        record.num_in_stock = 5
        record.save()
    assert sent == [[product.pk]]
    assert calls == [("index", [product.pk])]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_transaction_sends_nothing(calls):
    with pytest.raises(RuntimeError), transaction.atomic():
        StockRecordFactory()
        raise RuntimeError("the form failed after saving")
    assert calls == []
    # The next transaction starts a batch of its own.
    with transaction.atomic():
        product = ProductFactory()
    assert calls == [("index", [product.pk])]


@pytest.mark.django_db(transaction=True)
def test_changes_in_a_rolled_back_savepoint_are_not_sent(calls):
    with transaction.atomic():
        try:
            with transaction.atomic():
                ProductFactory(title_en="Never saved")
                raise RuntimeError
        except RuntimeError:
            pass
        kept = ProductFactory()
    assert calls == [("index", [kept.pk])]


@pytest.mark.django_db(transaction=True)
def test_a_removal_queued_in_a_rolled_back_savepoint_does_not_remove_a_live_product(calls):
    pk = ProductFactory().pk
    calls.clear()
    with transaction.atomic():
        ProductFactory()  # the batch starts outside the savepoint
        try:
            with transaction.atomic():
                Product.objects.get(pk=pk).delete()
                raise RuntimeError
        except RuntimeError:
            pass
    assert pk not in ids_of(calls, "remove")
    assert pk in ids_of(calls, "index")


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_each_change_is_sent_at_once(calls):
    product = ProductFactory()
    assert calls == [("index", [product.pk])]


def test_many_ids_are_sent_in_chunks(db, commit, calls, monkeypatch):
    monkeypatch.setattr(tasks, "TASK_CHUNK", 2)
    with commit():
        queue_index([5, 4, 3, 3, 2, 1])
    assert calls == [("index", [1, 2]), ("index", [3, 4]), ("index", [5])]


# --- what each change queues ----------------------------------------------------------------


def test_editing_a_product_indexes_it(record, commit, calls):
    product = record.product
    with commit():
        product.title_zh_hans = "主厨刀"
        product.save()
    assert calls == [("index", [product.pk])]


@pytest.mark.parametrize("change", [
    {"is_public": False},
    {"review_status": "pending", "is_public": False},
    {"review_status": "refused", "is_public": False},
])
def test_a_product_taken_down_is_removed(record, commit, calls, change):
    product = record.product
    with commit():
        for name, value in change.items():
            setattr(product, name, value)
        product.save()
    assert calls == [("remove", [product.pk])]


def test_a_deleted_product_is_removed(record, commit, calls):
    pk = record.product.pk
    with commit():
        record.product.delete()
    assert calls == [("remove", [pk])]


def test_a_listing_refused_by_moderation_is_removed(record, commit, calls):
    officer = User.objects.create_user("officer", is_staff=True)
    with commit():
        refuse_listing(record.product, decided_by=officer, reason="Blade too long")
    assert calls == [("remove", [record.product.pk])]


def test_a_variant_change_indexes_its_parent(db, commit, calls):
    with commit():
        parent = ProductFactory(structure="parent")
        child = ProductFactory(structure="child", parent=parent, product_class=None)
        record = StockRecordFactory(product=child)
    calls.clear()
    with commit():
        record.price = Decimal("75.00")
        record.save()
    assert calls == [("index", [parent.pk])]
    child_pk = child.pk
    with commit():
        child.delete()
    assert ids_of(calls) == [parent.pk, parent.pk]
    assert ids_of(calls, "remove") == [child_pk]


def test_stock_record_changes_index_the_product(record, commit, calls):
    with commit():
        record.num_in_stock = 0
        record.save()
    with commit():
        StockRecordFactory(product=record.product)
    with commit():
        record.delete()
    assert calls == [("index", [record.product_id])] * 3


@pytest.mark.parametrize("make", [
    lambda record: PriceTier.objects.create(stockrecord=record, min_quantity=500, price="80"),
    lambda record: IncotermOffer.objects.create(stockrecord=record, term="FOB",
                                                port="Yangjiang Port"),
])
def test_price_tiers_and_incoterms_index_their_stock_records_product(record, commit, calls, make):
    with commit():
        row = make(record)
    with commit():
        row.save()
    with commit():
        row.delete()
    assert calls == [("index", [record.product_id])] * 3


def test_categories_attributes_and_certifications_index_the_product(record, commit, calls):
    product = record.product
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    attribute = ProductAttribute.objects.create(
        product_class=product.product_class, name="Handle", code="handle", type="text")
    certification = Certification.objects.create(code="test-fda", name="FDA")
    calls.clear()
    with commit():
        link = ProductCategory.objects.create(product=product, category=category)
    with commit():
        link.delete()
    with commit():
        ProductAttributeValue.objects.create(product=product, attribute=attribute,
                                             value_text="Pakkawood")
    with commit():
        product.certifications.add(certification)
    with commit():
        product.certifications.clear()
    assert calls == [("index", [product.pk])] * 5


def test_certification_changes_from_its_side_index_its_products(record, commit, calls):
    other = ProductFactory()
    certification = Certification.objects.create(code="test-bpa", name="BPA free")
    calls.clear()
    with commit():
        certification.products.add(record.product, other)
    with commit():
        certification.products.remove(other)
    with commit():
        certification.name = "BPA-free"
        certification.save()
    with commit():
        certification.products.clear()
    assert calls == [("index", sorted([record.product_id, other.pk])), ("index", [other.pk]),
                     ("index", [record.product_id]), ("index", [record.product_id])]


def test_renaming_an_option_indexes_the_products_that_use_it(record, commit, calls):
    group = AttributeOptionGroup.objects.create(name="Steel")
    vg10 = AttributeOption.objects.create(group=group, option="VG-10", code="steel.vg10")
    unused = AttributeOption.objects.create(group=group, option="AUS-8", code="steel.aus8")
    attribute = ProductAttribute.objects.create(
        product_class=record.product.product_class, name="Blade steel", code="blade_steel",
        type="multi_option", option_group=group)
    value = ProductAttributeValue.objects.create(product=record.product, attribute=attribute)
    calls.clear()
    with commit():
        value.value_multi_option.add(vg10)
    with commit():
        vg10.option = "VG10 Damascus"
        vg10.save()
    with commit():
        unused.option = "AUS8"
        unused.save()
    assert calls == [("index", [record.product_id])] * 2


def test_renaming_a_category_indexes_the_products_of_its_subtree(db, commit, calls):
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    shrimp = add_category(["Seafood", "Frozen shrimp"])
    with commit():
        knife = ProductFactory()
        prawn = ProductFactory()
        ProductCategory.objects.create(product=knife, category=knives)
        ProductCategory.objects.create(product=prawn, category=shrimp)
    calls.clear()
    cluster = knives.get_parent()
    with commit():
        cluster.name_es = "Cuchillos y tijeras"
        cluster.save()
    assert calls == [("index", [knife.pk])]


@pytest.fixture
def seller_products(db, commit, calls):
    """An approved enterprise's two products, and another seller's product."""
    from tests.sellers.factories import EnterpriseFactory

    with commit():
        partner = PartnerFactory(name="Yangjiang Eighteen")
        enterprise = EnterpriseFactory(status=Enterprise.Status.APPROVED, partner=partner)
        products = [StockRecordFactory(partner=partner).product for _ in range(2)]
        StockRecordFactory()
    calls.clear()
    return enterprise, sorted(product.pk for product in products)


def test_a_suspended_seller_has_its_products_reindexed(seller_products, commit, calls):
    enterprise, products = seller_products
    with commit():
        enterprise.status = Enterprise.Status.SUSPENDED
        enterprise.save(update_fields=["status", "updated_at"])
    assert calls == [("index", products)]


def test_a_seller_renamed_has_its_products_reindexed(seller_products, commit, calls):
    enterprise, products = seller_products
    with commit():
        enterprise.name_en = "Eighteen Knives"
        enterprise.save()
    with commit():
        enterprise.partner.name = "Eighteen Knives Co."
        enterprise.partner.save()
    assert calls == [("index", products)] * 2


def test_a_seller_moved_to_another_partner_reindexes_both(seller_products, commit, calls):
    enterprise, products = seller_products
    with commit():
        record = StockRecordFactory()
    calls.clear()
    with commit():
        enterprise.partner = record.partner
        enterprise.save(update_fields=["partner"])
    assert calls == [("index", sorted([*products, record.product_id]))]


def test_a_seller_change_search_does_not_show_reindexes_nothing(seller_products, commit, calls):
    enterprise, _products = seller_products
    with commit():
        enterprise.contact_phone = "+86 662 1111111"
        enterprise.save()
    with commit():
        enterprise.partner.save()
    assert calls == []


def test_a_new_exchange_rate_reindexes_products_priced_in_its_currencies(db, commit, calls):
    with commit():
        in_dollars = StockRecordFactory(price_currency="USD").product
        StockRecordFactory(price_currency="CNY")
    calls.clear()
    with commit():
        result = import_rates_csv("base,quote,rate,date\nCNY,USD,0.14,2026-11-24\n"
                                  "CNY,EUR,0.13,2026-11-24\n")
    assert result.errors == []
    assert calls == [("index", [in_dollars.pk])]


def test_bulk_created_demo_products_are_indexed_in_one_task(db, commit, calls, monkeypatch):
    # The seeder writes with bulk_create (no signals) and queues its batches itself. (The
    # demo orders then move their sellers' ratings, which reindex those sellers' products
    # in tasks of their own, a minute later: not this test's subject.)
    monkeypatch.setattr("marketplace.seller_rating.services._send_recompute", lambda pk: None)
    with commit():
        call_command("seed_demo", products=12, content_pages=False, stdout=io.StringIO())
    assert calls == [("index", sorted(Product.objects.values_list("pk", flat=True)))]


def test_queue_helpers_ignore_missing_ids(db, commit, calls):
    with commit():
        queue_index([None])
        queue_removal([])
    assert calls == []


# --- retries -------------------------------------------------------------------------------------


def run_in_worker(task, product_ids, retries=0):
    """Run `task` as a worker does (not eagerly), as its `retries`-th retry."""
    task.push_request(id="task-id", retries=retries, is_eager=False, called_directly=False)
    try:
        return task.run(product_ids)
    finally:
        task.pop_request()


def test_an_unavailable_backend_is_retried_with_backoff(db, calls, monkeypatch):
    retried = []

    def retry(exc, countdown):
        retried.append((type(exc), countdown))
        return Retry()

    monkeypatch.setattr(tasks.index_products, "retry", retry)
    RecordingBackend.down = True
    with pytest.raises(Retry):
        run_in_worker(tasks.index_products, [7])
    with pytest.raises(Retry):
        run_in_worker(tasks.index_products, [7], retries=3)
    assert [exc for exc, _delay in retried] == [SearchBackendUnavailable] * 2
    assert 10 <= retried[0][1] <= 11 and 80 <= retried[1][1] <= 88


def test_a_task_that_ran_out_of_retries_logs_the_ids(db, calls, caplog, monkeypatch):
    monkeypatch.setattr(tasks.remove_products, "retry", pytest.fail)
    RecordingBackend.down = True
    with caplog.at_level(logging.ERROR, logger="marketplace.product_search.tasks"):
        run_in_worker(tasks.remove_products, [7, 8], retries=tasks.MAX_RETRIES)
    assert "search_index --products 7 8" in caplog.text


def test_in_eager_mode_an_unavailable_backend_is_logged_not_raised(db, commit, calls, caplog):
    RecordingBackend.down = True
    with caplog.at_level(logging.ERROR), commit():
        product = ProductFactory()
    assert calls == []
    assert f"search_index --products {product.pk}" in caplog.text
    RecordingBackend.down = False
    tasks.index_products.delay([product.pk])  # idempotent: the catch-up is the same task
    assert calls == [("index", [product.pk])]


def test_the_removal_task_indexes_a_product_that_is_browsable_again(record, calls):
    tasks.remove_products.delay([record.product_id, 999999])
    assert calls == [("remove", [999999]), ("index", [record.product_id])]
