"""One balance-of-payments record per payment received, written with the payment.

The daily and monthly settlement reports (report.py, services.submit_day) add payments
up; the forex side also wants each receipt declared on its own (DOMAIN.md §6: payer,
payer country, amount and currency, transaction code). So the moment a card payment is
marked succeeded, or a bank transfer is recorded, this module records an outbox message
(kind forex, FX_RECEIPT) in that same transaction: it commits with the payment or not at
all, and the relay delivers it later even if the broker is down right now.

The payments and bank-transfer apps know nothing of this: they send `payment_captured`
and `transfer_received` inside their transactions; the receivers below answer.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.dispatch import receiver

from marketplace.bank_transfer.signals import transfer_received
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind, OutboxMessage
from marketplace.payments.signals import payment_captured

from .rates import RateBook
from .report import SettlementLine, bank_line, bop_codes, card_line

MESSAGE_TYPE = "FX_RECEIPT"


def _plain(value):
    return str(value) if isinstance(value, Decimal | date) else value


def payload(line: SettlementLine) -> dict:
    row = line.as_row()
    row.pop("channel_label", None)
    row.pop("category_label", None)
    return {key: _plain(value) for key, value in row.items()}


def record_card_payment(payment) -> OutboxMessage:
    """The BOP record of a card payment that succeeded (once per gateway payment id)."""
    line = card_line(payment, RateBook(), bop_codes())
    return outbox.record(OutboxKind.FOREX, MESSAGE_TYPE, payment.reference[:100], payload(line),
                         idempotency_key=f"forex:{MESSAGE_TYPE}:card:{payment.pk}")


def record_bank_receipt(receipt) -> OutboxMessage:
    """The BOP record of a bank transfer credited to the platform (once per receipt)."""
    line = bank_line(receipt, RateBook(), bop_codes())
    return outbox.record(OutboxKind.FOREX, MESSAGE_TYPE, receipt.plan.reference[:100], payload(line),
                         idempotency_key=f"forex:{MESSAGE_TYPE}:tt:{receipt.pk}")


@receiver(payment_captured, dispatch_uid="forex_reports.card_payment_captured")
def _card_payment_captured(sender, reference, payment, **kwargs):
    record_card_payment(payment)


@receiver(transfer_received, dispatch_uid="forex_reports.transfer_received")
def _transfer_received(sender, receipt, **kwargs):
    record_bank_receipt(receipt)
