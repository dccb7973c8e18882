"""The seeded limits and rates, looked up by date and HS code, and the buyer's annual total."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from marketplace.cbec_tax import selectors
from marketplace.cbec_tax.identity import BuyerIdentity
from marketplace.cbec_tax.models import CbecPurchase, ImportLimit, TaxRate
from marketplace.cbec_tax.services import (
    AnnualLimitExceeded,
    GoodsLine,
    RefusalReason,
    ReturnWindowClosed,
    Treatment,
    cbec_tax_for_buyer,
    estimate_cbec_tax,
    record_purchase,
    record_return,
)

pytestmark = pytest.mark.django_db
D = Decimal
BUYER = BuyerIdentity("张三", "441702199001011233")
OTHER_BUYER = BuyerIdentity("李四", "44170219900101109X")


@pytest.mark.parametrize("day, single, annual", [
    (date(2016, 4, 8), "2000.00", "20000.00"),
    (date(2018, 12, 31), "2000.00", "20000.00"),
    (date(2019, 1, 1), "5000.00", "26000.00"),
    (date(2026, 12, 3), "5000.00", "26000.00"),
])
def test_the_limits_in_force_follow_the_date(day, single, annual):
    limit = selectors.limit_on(day)
    assert (limit.per_transaction, limit.per_year) == (D(single), D(annual))


def test_there_are_no_limits_before_the_cbec_rules():
    assert selectors.limit_on(date(2016, 4, 7)) is None


@pytest.mark.parametrize("hs_code, day, vat", [
    ("8211100000", date(2017, 1, 1), "0.1700"),
    ("8211100000", date(2018, 5, 1), "0.1600"),
    ("8211100000", date(2019, 3, 31), "0.1600"),
    ("8211100000", date(2019, 4, 1), "0.1300"),
    ("6109100000", date(2026, 1, 1), "0.1300"),  # no row of its own: the default
    ("0306172900", date(2017, 6, 30), "0.1300"),
    ("0306172900", date(2017, 7, 1), "0.1100"),
    ("0306172900", date(2018, 5, 1), "0.1000"),
    ("0306172900", date(2019, 4, 1), "0.0900"),
    ("1605210000", date(2026, 1, 1), "0.1300"),  # prepared shrimps are not a primary product
])
def test_the_vat_rate_follows_the_date_and_the_goods(hs_code, day, vat):
    assert selectors.tax_rate_for(hs_code, day).vat_rate == D(vat)


def test_the_most_specific_hs_prefix_wins():
    TaxRate.objects.create(hs_prefix="030617", vat_rate=D("0.05"), valid_from=date(2020, 1, 1), source="test")
    TaxRate.objects.create(hs_prefix="0306172900", vat_rate=D("0.01"), valid_from=date(2021, 1, 1),
                           valid_to=date(2021, 12, 31), source="test")
    assert selectors.tax_rate_for("0306172100", date(2026, 1, 1)).hs_prefix == "030617"
    assert selectors.tax_rate_for("0306172900", date(2021, 6, 1)).vat_rate == D("0.01")
    # Its rows over, the code falls back to the next prefix in force.
    assert selectors.tax_rate_for("0306172900", date(2022, 1, 1)).hs_prefix == "030617"
    assert selectors.tax_rate_for("0306172900", date(2019, 12, 31)).hs_prefix == "03"
    assert selectors.tax_rate_for("0307000000", date(2026, 1, 1)).hs_prefix == "03"


def test_overlapping_rows_for_one_prefix_are_refused():
    row = TaxRate(hs_prefix="8211", vat_rate=D("0.13"), valid_from=date(2020, 1, 1), source="test")
    with pytest.raises(ValidationError):
        row.full_clean()
    limit = ImportLimit(per_transaction=D("6000"), per_year=D("30000"), valid_from=date(2030, 1, 1), source="test")
    with pytest.raises(ValidationError):
        limit.full_clean()


def test_a_2018_order_is_judged_by_the_2000_and_20000_limits():
    assert estimate_cbec_tax([GoodsLine("8211100000", D("1500.00"), quantity=3)],
                             order_date=date(2018, 6, 1)).within_limits
    over = estimate_cbec_tax([GoodsLine("8211100000", D("2000.01"), quantity=3)], order_date=date(2018, 6, 1))
    assert over.refusal.reason is RefusalReason.OVER_TRANSACTION_LIMIT
    single = estimate_cbec_tax([GoodsLine("8211100000", D("2500.00"))], order_date=date(2018, 6, 1))
    assert single.refusal.reason is RefusalReason.SINGLE_ITEM_OVER_LIMIT
    annual = estimate_cbec_tax([GoodsLine("8211100000", D("1500.00"))], order_date=date(2018, 6, 1),
                               annual_total_before=D("19000.00"))
    assert annual.refusal.reason is RefusalReason.OVER_ANNUAL_LIMIT


def test_a_2018_order_pays_seventy_percent_of_the_sixteen_percent_vat():
    result = estimate_cbec_tax([GoodsLine("8211100000", D("800.00"))], order_date=date(2018, 6, 1))
    assert result.total == D("89.60")  # 800 × 16 % × 0.7


def test_worked_example_a_with_the_seeded_rates():
    result = estimate_cbec_tax([GoodsLine("8211100000", D("800.00"))], order_date=date(2026, 12, 3))
    assert result.total == D("72.80")


def test_the_2019_exception_with_a_tariff_rate_in_the_table():
    TaxRate.objects.filter(hs_prefix="8211", valid_to__isnull=True).update(tariff_rate=D("0.10"))  # DEMO rate
    result = estimate_cbec_tax([GoodsLine("8211100000", D("5200.00"))], order_date=date(2026, 12, 3))
    assert result.treatment is Treatment.FULL_TAX
    assert result.total == D("1263.60")


def test_the_2019_exception_without_a_tariff_rate_is_refused_with_the_reason():
    result = estimate_cbec_tax([GoodsLine("8211100000", D("5200.00"))], order_date=date(2026, 12, 3))
    assert result.refusal.reason is RefusalReason.NO_TARIFF_RATE


def record(buyer, number, value, on=date(2026, 3, 1), **kwargs):
    result = cbec_tax_for_buyer([GoodsLine("8211100000", D(value))], order_date=on, buyer=buyer)
    return record_purchase(buyer=buyer, order_number=number, result=result, **kwargs)


def test_purchases_add_up_per_buyer_and_calendar_year_under_a_hash_of_the_id_number():
    record(BUYER, "A-1", "4000.00")
    record(BUYER, "A-2", "3000.00")
    record(BUYER, "A-0", "4500.00", on=date(2025, 12, 31))
    record(OTHER_BUYER, "B-1", "5000.00")
    assert selectors.annual_total(BUYER.buyer_key, 2026) == D("7000.00")
    assert selectors.annual_total(BUYER.buyer_key, 2025) == D("4500.00")
    stored = CbecPurchase.objects.get(order_number="A-1")
    assert stored.buyer_key == BUYER.buyer_key and BUYER.id_number not in stored.buyer_key


def test_the_annual_total_refuses_the_order_that_would_pass_the_limit():
    for number in range(5):
        record(BUYER, f"A-{number}", "5000.00")
    result = cbec_tax_for_buyer([GoodsLine("8211100000", D("1000.01"))], order_date=date(2026, 6, 1), buyer=BUYER)
    assert result.refusal.reason is RefusalReason.OVER_ANNUAL_LIMIT
    assert cbec_tax_for_buyer([GoodsLine("8211100000", D("1000.00"))], order_date=date(2026, 6, 1),
                              buyer=BUYER).within_limits


def test_recording_checks_the_annual_limit_again():
    stale = cbec_tax_for_buyer([GoodsLine("8211100000", D("5000.00"))], order_date=date(2026, 6, 1), buyer=BUYER)
    for number in range(5):
        record(BUYER, f"A-{number}", "5000.00")
    with pytest.raises(AnnualLimitExceeded):
        record_purchase(buyer=BUYER, order_number="late", result=stale)


def test_recording_twice_keeps_one_purchase_and_a_refused_order_is_not_recorded():
    first = record(BUYER, "A-1", "100.00")
    assert record(BUYER, "A-1", "100.00") == first
    refused = cbec_tax_for_buyer([GoodsLine("8211100000", D("9000.00"), quantity=2)], order_date=date(2026, 6, 1),
                                 buyer=BUYER)
    with pytest.raises(ValueError):
        record_purchase(buyer=BUYER, order_number="A-2", result=refused)
    assert CbecPurchase.objects.count() == 1


def test_a_return_within_30_days_of_release_reduces_the_annual_total():
    record(BUYER, "A-1", "4000.00", released_on=date(2026, 3, 3))
    record_return("A-1", returned_on=date(2026, 4, 2))
    assert selectors.annual_total(BUYER.buyer_key, 2026) == D("0.00")


def test_a_return_after_30_days_leaves_the_annual_total():
    record(BUYER, "A-1", "4000.00", released_on=date(2026, 3, 3))
    with pytest.raises(ReturnWindowClosed):
        record_return("A-1", returned_on=date(2026, 4, 3))
    assert selectors.annual_total(BUYER.buyer_key, 2026) == D("4000.00")
