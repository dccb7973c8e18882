"""tests/seed_snapshot.py: a module that reads a seed copied from another module's run sees
what seeding would have left, full-text index and pictures included."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from wagtail.models import Page

from tests import seed_snapshot
from tests.factories import ProductFactory, StockRecordFactory
from tests.template_db import COPIED_FROM

pytestmark = pytest.mark.django_db

OPTIONS = {"command": "suite-test", "products": 1}


@pytest.fixture
def snapshots(tmp_path, monkeypatch, settings):
    monkeypatch.setattr(seed_snapshot, "_work_dir", lambda: tmp_path / "snapshots")
    (tmp_path / "snapshots").mkdir()
    monkeypatch.setitem(COPIED_FROM, connection.alias, "suite")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VAR_DIR = tmp_path / "var"
    return tmp_path


@pytest.fixture
def seeding():
    runs = []

    def run_seed():
        product = StockRecordFactory(product=ProductFactory(title="Snapshot knife")).product
        runs.append(product.pk)
        # A page is indexed by Wagtail's search; on SQLite a trigger copies its entry into
        # a full-text table, which the snapshot must neither lose nor hold twice.
        Page.get_first_root_node().add_child(instance=Page(title="Snapshot cleaver",
                                                           slug="snapshot-cleaver"))
        default_storage.save("drawings/knife.txt", ContentFile(b"a drawn knife"))

    run_seed.runs = runs
    return run_seed


def _seed_and_roll_back(settings, seeding, options=OPTIONS):
    with transaction.atomic():
        point = transaction.savepoint()
        seed_snapshot.seed(connection, settings.MEDIA_ROOT, settings.VAR_DIR, seeding, options)
        seeded = seed_snapshot.dump_tables(connection)
        transaction.savepoint_rollback(point)
    return seeded


def test_a_second_seed_with_the_same_options_is_copied_row_for_row(snapshots, settings, seeding):
    seeded = _seed_and_roll_back(settings, seeding)
    (snapshots / "media" / "drawings" / "knife.txt").unlink()
    assert seed_snapshot.dump_tables(connection) != seeded

    seed_snapshot.seed(connection, settings.MEDIA_ROOT, settings.VAR_DIR, seeding, OPTIONS)

    assert len(seeding.runs) == 1
    assert seed_snapshot.dump_tables(connection) == seeded
    assert [page.title for page in Page.objects.search("cleaver")] == ["Snapshot cleaver"]
    assert (snapshots / "media" / "drawings" / "knife.txt").read_bytes() == b"a drawn knife"
    assert ProductFactory._meta.model.objects.filter(pk=seeding.runs[0]).exists()
    assert ProductFactory(title="Another knife").pk > seeding.runs[0]


def test_other_options_seed_afresh(snapshots, settings, seeding):
    _seed_and_roll_back(settings, seeding)

    _seed_and_roll_back(settings, seeding, {**OPTIONS, "products": 2})

    assert len(seeding.runs) == 2
    assert len([kept for kept in (snapshots / "snapshots").iterdir() if kept.is_dir()]) == 2


def test_without_a_template_nothing_is_kept(snapshots, settings, seeding, monkeypatch):
    monkeypatch.delitem(COPIED_FROM, connection.alias)

    _seed_and_roll_back(settings, seeding)
    _seed_and_roll_back(settings, seeding)

    assert len(seeding.runs) == 2
    assert not [kept for kept in (snapshots / "snapshots").iterdir() if kept.is_dir()]


def test_what_the_seed_queued_for_the_search_index_is_sent_before_the_snapshot(
        snapshots, settings, seeding, monkeypatch):
    # In a test, indexing waits for the first request (tests/conftest.py); a snapshot made
    # there must hold the index all the same, as one made by a module's fixture does.
    def index_queued():
        Page.get_first_root_node().add_child(instance=Page(title="Indexed", slug="indexed"))

    monkeypatch.setattr(seed_snapshot, "index_queued", index_queued)
    seeded = _seed_and_roll_back(settings, seeding)
    monkeypatch.setattr(seed_snapshot, "index_queued", None)

    seed_snapshot.seed(connection, settings.MEDIA_ROOT, settings.VAR_DIR, seeding, OPTIONS)

    assert seed_snapshot.dump_tables(connection) == seeded
    assert Page.objects.filter(slug="indexed").exists()
