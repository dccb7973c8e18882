"""`manage.py search_index`: rebuild with progress, index some products, fail loudly when down."""

import io
from typing import ClassVar

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from marketplace.product_search.backends.base import SearchBackend, SearchBackendUnavailable
from marketplace.product_search.management.commands.search_index import Command
from tests.factories import ProductFactory

pytestmark = [pytest.mark.django_db, pytest.mark.commit_hooks]


class BatchedBackend(SearchBackend):
    """Rebuilds 2,500 products in batches of 1,000; unavailable while `down` is set."""

    name = "batched"
    down = False
    indexed: ClassVar[list] = []

    def rebuild(self, progress=None):
        self._check()
        for done in (1000, 2000, 2500):
            progress(done, 2500)

    def index_products(self, product_ids):
        self._check()
        BatchedBackend.indexed.append(list(product_ids))

    def _check(self):
        if BatchedBackend.down:
            raise SearchBackendUnavailable("Connection refused (127.0.0.1:9200)")


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture(autouse=True)
def backend(settings, monkeypatch):
    settings.MARKETPLACE_SEARCH_BACKEND = f"{__name__}.BatchedBackend"
    monkeypatch.setattr(BatchedBackend, "down", False)
    monkeypatch.setattr(BatchedBackend, "indexed", [])
    return BatchedBackend


def test_rebuild_on_a_terminal_rewrites_one_progress_line():
    out = Terminal()
    call_command("search_index", "--rebuild", stdout=out)
    text = out.getvalue()
    assert text.startswith("\r1000/2500 products indexed (40%)\r2000/2500 products indexed (80%)"
                           "\r2500/2500 products indexed (100%)\n")
    assert "Search index rebuilt (batched): 2500 products in" in text


def test_rebuild_into_a_log_writes_plain_lines():
    out = io.StringIO()
    call_command("search_index", "--rebuild", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[:3] == ["1000/2500 products indexed (40%)", "2000/2500 products indexed (80%)",
                         "2500/2500 products indexed (100%)"]
    assert "\r" not in out.getvalue()


def test_products_are_indexed_by_id_variants_through_their_parent():
    parent = ProductFactory(structure="parent")
    child = ProductFactory(structure="child", parent=parent, product_class=None)
    standalone = ProductFactory()
    out = io.StringIO()
    call_command("search_index", "--products", str(child.pk), str(standalone.pk), stdout=out)
    assert BatchedBackend.indexed == [sorted([parent.pk, standalone.pk])]
    assert "Search index updated (batched): 2 product(s)" in out.getvalue()


def test_an_unavailable_backend_is_a_clear_error():
    BatchedBackend.down = True
    with pytest.raises(CommandError, match=r"search backend \(batched\) is unavailable: "
                                           r"Connection refused"):
        call_command("search_index", "--rebuild", stdout=io.StringIO())


def test_an_unavailable_backend_exits_non_zero(capsys):
    BatchedBackend.down = True
    with pytest.raises(SystemExit) as exited:
        Command().run_from_argv(["manage.py", "search_index", "--products", "1"])
    assert exited.value.code == 1
    assert "is unavailable" in capsys.readouterr().err


def test_the_command_needs_to_be_told_what_to_do():
    with pytest.raises(CommandError, match="--rebuild"):
        call_command("search_index", stdout=io.StringIO())
