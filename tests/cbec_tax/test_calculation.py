"""The comprehensive tax of an order, computed from rules given as values (no database)."""

from datetime import date
from decimal import Decimal

import pytest

from marketplace.cbec_tax.services import (
    GoodsLine,
    Limits,
    Rates,
    RefusalReason,
    Treatment,
    calculate_cbec_tax,
    line_tax,
)

D = Decimal
LIMITS_2019 = Limits(per_transaction=D("5000.00"), per_year=D("26000.00"), single_item_exception=True,
                     valid_from=date(2019, 1, 1))
LIMITS_2016 = Limits(per_transaction=D("2000.00"), per_year=D("20000.00"), single_item_exception=False,
                     valid_from=date(2016, 4, 8))
KNIVES = Rates(hs_prefix="8211", vat_rate=D("0.13"), consumption_tax_rate=D("0"), tariff_rate=D("0.10"),
               valid_from=date(2019, 4, 1))
COSMETICS = Rates(hs_prefix="3304", vat_rate=D("0.13"), consumption_tax_rate=D("0.15"), tariff_rate=None,
                  valid_from=date(2019, 4, 1))


NOTHING_BOUGHT = D("0.00")
ORDER_DATE = date(2026, 5, 1)


def calculate(lines, *, rates=KNIVES, limits=LIMITS_2019, before=NOTHING_BOUGHT, on=ORDER_DATE):
    return calculate_cbec_tax(lines, order_date=on, annual_total_before=before, limits=limits,
                              rates_for=lambda hs_code: rates)


def test_worked_example_a_knife_set_pays_seventy_percent_of_vat():
    # 780.00 + freight 20.00 = 800.00; VAT 104.00; payable 72.80.
    result = calculate([GoodsLine("8211100000", D("780.00") + D("20.00"))])
    assert result.treatment is Treatment.WITHIN_LIMITS and result.allowed
    (line,) = result.lines
    assert line.vat == D("104.00")
    assert (line.tariff_payable, line.consumption_tax_payable, line.vat_payable) == (D("0.00"), D("0.00"), D("72.80"))
    assert result.total == D("72.80")
    assert result.currency == "CNY"


def test_worked_example_b_cosmetic_with_consumption_tax():
    result = calculate([GoodsLine("3304990000", D("1000.00"))], rates=COSMETICS)
    (line,) = result.lines
    assert line.consumption_tax == D("176.47") and line.vat == D("152.94")
    assert result.consumption_tax == D("123.53")
    assert result.vat == D("107.06")
    assert result.total == D("230.59")


def test_worked_example_c_one_item_over_the_single_limit_pays_full_duty_and_counts_toward_the_year():
    result = calculate([GoodsLine("8211100000", D("5200.00"))])
    assert result.treatment is Treatment.FULL_TAX and result.allowed and not result.within_limits
    assert result.tariff == D("520.00")
    assert result.vat == D("743.60")
    assert result.consumption_tax == D("0.00")
    assert result.total == D("1263.60")
    assert result.counts_toward_annual == D("5200.00")
    assert result.annual_total_after == D("5200.00")


def test_a_good_at_thirteen_percent_without_consumption_tax_pays_nine_point_one_percent():
    assert calculate([GoodsLine("8211100000", D("1000.00"))]).total == D("91.00")


def test_the_single_limit_is_inclusive():
    assert calculate([GoodsLine("8211100000", D("5000.00"), quantity=3)]).within_limits


def test_an_order_of_several_items_over_the_single_limit_is_refused():
    result = calculate([GoodsLine("8211100000", D("2600.00"), quantity=2),
                        GoodsLine("8211910000", D("2600.00"))])
    assert result.treatment is Treatment.REFUSED and not result.allowed
    assert result.refusal.reason is RefusalReason.OVER_TRANSACTION_LIMIT
    assert "5,000.00" in result.refusal.message and "5,200.00" in result.refusal.message
    assert result.lines == () and result.total == D("0.00")
    assert result.counts_toward_annual == D("0.00")


def test_one_line_of_two_units_over_the_single_limit_is_not_the_single_item_exception():
    result = calculate([GoodsLine("8211100000", D("5200.00"), quantity=2)])
    assert result.refusal.reason is RefusalReason.OVER_TRANSACTION_LIMIT


def test_an_order_taking_the_year_over_the_annual_limit_is_refused():
    result = calculate([GoodsLine("8211100000", D("1000.01"))], before=D("25000.00"))
    assert result.refusal.reason is RefusalReason.OVER_ANNUAL_LIMIT
    assert "26,000.00" in result.refusal.message and "26,000.01" in result.refusal.message


def test_an_order_reaching_exactly_the_annual_limit_is_accepted():
    assert calculate([GoodsLine("8211100000", D("1000.00"))], before=D("25000.00")).within_limits


def test_the_single_item_exception_still_respects_the_annual_limit():
    result = calculate([GoodsLine("8211100000", D("5200.00"))], before=D("21000.00"))
    assert result.refusal.reason is RefusalReason.OVER_ANNUAL_LIMIT


def test_under_the_2016_rules_one_item_over_the_single_limit_is_general_trade():
    result = calculate([GoodsLine("8211100000", D("2500.00"))], limits=LIMITS_2016, on=date(2018, 6, 1))
    assert result.refusal.reason is RefusalReason.SINGLE_ITEM_OVER_LIMIT
    assert "2,000.00" in result.refusal.message


def test_full_tax_needs_a_known_tariff_rate():
    result = calculate([GoodsLine("3304990000", D("5200.00"))], rates=COSMETICS)
    assert result.refusal.reason is RefusalReason.NO_TARIFF_RATE
    assert "3304990000" in result.refusal.message


def test_without_rules_for_the_date_the_order_is_refused():
    result = calculate([GoodsLine("8211100000", D("100.00"))], limits=None, on=date(2015, 1, 1))
    assert result.refusal.reason is RefusalReason.NO_RULES


def test_without_a_rate_for_the_goods_the_order_is_refused():
    result = calculate([GoodsLine("8211100000", D("100.00"))], rates=None)
    assert result.refusal.reason is RefusalReason.NO_RATE


def test_each_tax_is_rounded_half_up_from_its_full_precision_value():
    # VAT × 0.7 = 1.365 exactly: half up gives 1.37 (half-even would give 1.36).
    assert line_tax(GoodsLine("8211100000", D("15.00")), KNIVES, full_tax=False).vat_payable == D("1.37")


def test_the_payable_share_is_taken_before_rounding_and_vat_is_based_on_the_unrounded_ct():
    # CT 0.45352…, VAT 0.39305…; 70 %: 0.31747… and 0.27514… Rounding VAT first
    # (0.39 × 0.7 = 0.273) or rounding CT first would both give 0.27.
    line = line_tax(GoodsLine("3304990000", D("2.57")), COSMETICS, full_tax=False)
    assert (line.consumption_tax_payable, line.vat_payable) == (D("0.32"), D("0.28"))
    assert line.total_payable == D("0.60")


def test_order_totals_are_the_sums_of_the_rounded_lines():
    # Each line's VAT payable is 1.37 (1.365 rounded); one line of 30.00 would pay 2.73.
    result = calculate([GoodsLine("8211100000", D("15.00")), GoodsLine("8211910000", D("15.00"))])
    assert result.vat == D("2.74")


def test_a_goods_line_takes_decimal_money_only():
    with pytest.raises(TypeError):
        GoodsLine("8211100000", 10.5)
    with pytest.raises(ValueError):
        GoodsLine("8211100000", D("10.00"), quantity=0)
