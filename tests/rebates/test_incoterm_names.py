"""The rebate report names each line's Incoterm as the vocabulary's editors keep it, in the
reader's language, on the page and in the downloads; the tax office's payload keeps the code."""

import csv
import io
from datetime import date

import pytest
from django.test import Client
from modeltranslation.utils import build_localized_fieldname

from marketplace.rebates import report
from marketplace.vocabulary.models import Term

from .conftest import export_order, seller

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_clerk(staff):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(staff)
    return client


@pytest.fixture
def shipped_cif(db):
    export_order("EX-1", [("Chef knife 8in", "8211920000", "100.00", 10, "piece")],
                 partner=seller(), incoterm="CIF", shipped_on=date(2026, 11, 10))


def test_the_french_report_names_the_incoterm_as_corrected_by_an_editor(
        shipped_cif, french_clerk, django_capture_on_commit_callbacks):
    page = french_clerk.get("/dashboard/tax/rebates/2026-11/")
    assert page.status_code == 200
    assert "CIF – Coût, assurance et fret" in page.content.decode()

    term = Term.objects.get(kind="incoterm", code="CIF")
    setattr(term, build_localized_fieldname("name", "fr"), "Coût, assurance et fret (CAF)")
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    assert "CIF – Coût, assurance et fret (CAF)" in \
        french_clerk.get("/dashboard/tax/rebates/2026-11/").content.decode()
    download = french_clerk.get("/dashboard/tax/rebates/2026-11.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(download)))
    column = rows[0].index("Incoterm")
    assert rows[1][column] == "CIF – Coût, assurance et fret (CAF)"


def test_the_tax_office_payload_carries_the_code(shipped_cif):
    built = report.build_month(2026, 11)
    assert [line["incoterm"] for line in built.payload()["lines"]] == ["CIF"]
