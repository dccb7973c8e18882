"""The proforma invoice of a bank-transfer order tells the buyer the reference to quote and
the deposit and balance with their due dates."""

import io
import re
from datetime import timedelta

import pytest
from babel.dates import format_date
from django.utils import timezone
from pypdf import PdfReader

from marketplace.bank_transfer import services

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def proforma_text(client, number, language="en") -> str:
    response = client.get(f"/{language}/documents/trade/{number}/proforma-invoice.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return re.sub(r"\s+", " ", text)


def test_the_proforma_gives_the_reference_deposit_and_balance_with_due_dates(order, buyer, seller):
    services.create_plan(order, deposit_percent=30, reference="MADRID-CUCHILLOS-1001")
    placed = timezone.localdate(order.date_placed)

    text = proforma_text(logged_in(buyer), "BT-1001")
    assert "Payment reference: MADRID-CUCHILLOS-1001" in text
    assert "30% deposit, 70% balance by bank transfer (T/T)" in text
    deposit_due = format_date(placed + timedelta(days=7), format="long", locale="en")
    balance_due = format_date(placed + timedelta(days=30), format="long", locale="en")
    assert re.search(rf"Deposit \(30%\) €300\.00 {deposit_due}", text), text
    assert re.search(rf"Balance \(70%\) €700\.01 {balance_due}", text), text
    assert "BKCHCNBJ47A" in text

    # The seller of the order's goods sees the same terms on its own proforma.
    assert "€700.01" in proforma_text(logged_in(seller), "BT-1001")


def test_a_single_payment_is_one_line_and_yen_prints_no_decimals(yen_order):
    services.create_plan(yen_order, deposit_percent=0, deposit_due_days=10)
    text = proforma_text(logged_in(yen_order.user), "BT-2001")
    assert "Payment reference: BT-2001" in text
    assert "Full payment" in text and "Deposit (" not in text and "balance by bank" not in text
    assert "¥100,001" in text and "¥100,001.00" not in text


def test_an_order_paid_otherwise_keeps_the_plain_proforma(order, buyer):
    text = proforma_text(logged_in(buyer), "BT-1001")
    assert "Payment reference: BT-1001" in text and "Due on" not in text
