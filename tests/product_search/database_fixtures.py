"""Fixtures of the database backend's test modules, imported by them (not a conftest: other
modules of this folder have a `backend` fixture of their own)."""

import pytest

from marketplace.product_search.backends.database import DatabaseBackend, forget_facet_indexes
from marketplace.product_search.query import ProductQuery


@pytest.fixture(name="backend")
def database_backend():
    return DatabaseBackend()


@pytest.fixture(name="_fresh_facet_index", autouse=True)
def fresh_facet_index():
    # Each test's rows are rolled back; a process's facet index must not remember them.
    forget_facet_indexes()
    yield
    forget_facet_indexes()


def search(backend, **kwargs):
    kwargs.setdefault("per_page", 100)
    return backend.search(ProductQuery(**kwargs))
