import csv
import io

import pytest
from django.utils import translation

from marketplace.product_import.examples import EXAMPLES
from marketplace.product_import.files import write_rows
from marketplace.product_import.importer import import_file
from marketplace.product_import.services import template_rows
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import add_category
from tests.sellers.factories import EnterpriseFactory, reviewer


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def categories(db):
    """The categories the template's example rows name."""
    return {slug: add_category([part.strip() for part in example["category"].split(">")])
            for slug, example in EXAMPLES.items()}


def make_seller():
    enterprise = EnterpriseFactory(status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    return enterprise.partner


@pytest.fixture
def seller(categories):
    return make_seller()


@pytest.fixture
def other_seller(categories):
    return make_seller()


def example_rows(**changes):
    """The template's example rows, with {class slug: {column: value}} changes applied."""
    header, rows = template_rows()
    rows = [dict(row) for row in rows]
    for row in rows:
        row.update(changes.get(row["product_class"], {}))
    return header, rows


def sheet(rows=None, header=None, file_format="csv"):
    if rows is None:
        header, rows = example_rows()
    header = header or template_rows()[0]
    target = io.BytesIO()
    write_rows(target, file_format, header, rows)
    return target.getvalue()


def typed_csv(header, rows):
    """A CSV as a seller's own program saves it: every cell exactly as typed, where
    `sheet` writes what an export would (formula-like text quoted, controls replaced)."""
    target = io.StringIO()
    writer = csv.writer(target)
    writer.writerow(header)
    writer.writerows([[row.get(name, "") for name in header] for row in rows])
    return target.getvalue().encode()


def run(partner, data, file_format="csv", **kwargs):
    return import_file(data, file_format, partner, **kwargs)
