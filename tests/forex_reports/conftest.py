"""Payments received on 20 and 21 November 2026: a US buyer's card payment in dollars, a Hong
Kong buyer's card payment in yuan (cross-border RMB), a Spanish company's T/T in euros."""

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.bank_transfer.models import Receipt
from marketplace.bank_transfer.services import create_plan
from marketplace.buyers.models import BuyerCompany
from marketplace.payments.models import CardPayment, CardPaymentStatus
from tests.factories import rate
from tests.rebates.conftest import export_order, logged_in, seller  # noqa: F401
from tests.sellers.factories import UserFactory

Purchase = get_model("order", "Purchase")

D = Decimal


def at(day: date, hour: int = 10) -> int:
    return int(timezone.make_aware(datetime.combine(day, time(hour))).timestamp())


def card_purchase(reference, *, currency, amount, country, paid_on, status=CardPaymentStatus.SUCCEEDED,
                  partner, company=None):
    order = export_order(f"{reference}-1", [("Chef knife", "8211920000", amount, 1, "piece")], partner=partner,
                         currency=currency, country=country)
    order.purchase = Purchase.objects.create(reference=reference, currency=currency, total=D(amount),
                                             payment_method=Purchase.CARD, company=company)
    order.save()
    return CardPayment.objects.create(reference=reference, intent_id=f"pi_{reference}", amount=D(amount),
                                      currency=currency, status=status, status_changed_at=at(paid_on))


def bank_receipt(number, *, currency, amount, country, received_on, partner, company=None, bank_reference="FT1"):
    order = export_order(number, [("Wok", "7323990000", amount, 1, "piece")], partner=partner,
                         currency=currency, country=country)
    order.purchase = Purchase.objects.create(reference=number, currency=currency, total=D(amount),
                                             payment_method=Purchase.BANK_TRANSFER, company=company)
    order.save()
    plan = create_plan(order, deposit_percent=0)
    return Receipt.objects.create(plan=plan, amount=D(amount), received_on=received_on, bank_reference=bank_reference)


@pytest.fixture
def payments(db):
    rate("USD", "CNY", "7.1", on=date(2026, 11, 1), source="PBOC central parity")
    rate("CNY", "EUR", "0.13", on=date(2026, 11, 5), source="BOC")
    knives = seller()
    cocina = BuyerCompany.objects.create(legal_name="Cocina Bonita S.L.", country="ES")
    card_purchase("P100", currency="USD", amount="1000.00", country="US", paid_on=date(2026, 11, 20),
                  partner=knives)
    card_purchase("P200", currency="CNY", amount="500.00", country="HK", paid_on=date(2026, 11, 20),
                  partner=knives)
    card_purchase("P300", currency="USD", amount="80.00", country="US", paid_on=date(2026, 11, 20),
                  partner=knives, status=CardPaymentStatus.FAILED)
    bank_receipt("BT-1", currency="EUR", amount="300.00", country="ES", received_on=date(2026, 11, 20),
                 partner=knives, company=cocina)
    bank_receipt("BT-2", currency="USD", amount="200.00", country="US", received_on=date(2026, 11, 21),
                 partner=knives, bank_reference="FT2")
    return knives


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="fx@yangjiang-trade.example")


@pytest.fixture
def outsider(db):
    return UserFactory(email="buyer@example.com")
