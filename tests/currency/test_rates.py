from datetime import date
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from marketplace.currency.models import ExchangeRate
from marketplace.currency.money import format_money, quantize
from marketplace.currency.services import Converter, RateUnavailable, import_rates_csv
from tests.factories import rate

pytestmark = pytest.mark.django_db


def test_direct_inverse_and_cross_rates_convert_with_decimal():
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")
    rate("GBP", "CNY", "9.0")
    converter = Converter()
    assert converter.convert(Decimal("100"), "CNY", "EUR") == Decimal("13.00")
    assert converter.convert(Decimal("13"), "EUR", "CNY") == Decimal("100.00")
    # USD -> EUR goes through yuan: 100 USD = 714.2857 CNY = 92.86 EUR
    assert converter.convert(Decimal("100"), "USD", "EUR") == Decimal("92.86")
    assert converter.convert(Decimal("1"), "GBP", "USD") == Decimal("1.26")


def test_the_newest_rate_on_or_before_the_date_is_used():
    rate("CNY", "EUR", "0.12", on=date(2026, 1, 1))
    rate("CNY", "EUR", "0.13", on=date(2026, 6, 1))
    assert Converter().convert(100, "CNY", "EUR") == Decimal("13.00")
    assert Converter(on_date=date(2026, 3, 1)).convert(100, "CNY", "EUR") == Decimal("12.00")
    with pytest.raises(RateUnavailable):
        Converter(on_date=date(2025, 12, 31)).convert(100, "CNY", "EUR")


def test_yen_and_won_have_no_minor_unit():
    rate("CNY", "JPY", "21.3456")
    rate("CNY", "KRW", "195.5")
    assert Converter().convert(Decimal("9.99"), "CNY", "JPY") == Decimal("213")
    assert Converter().convert(Decimal("1"), "CNY", "KRW") == Decimal("196")
    assert quantize(Decimal("2.675"), "EUR") == Decimal("2.68")


@pytest.mark.parametrize(
    "language, expected",
    [("es", "1.234,50\xa0€"), ("en", "€1,234.50"), ("de", "1.234,50\xa0€"), ("zh-hans", "€1,234.50")],
)
def test_money_is_written_the_way_the_locale_writes_it(language, expected):
    assert format_money(Decimal("1234.5"), "EUR", language=language) == expected


def test_csv_import_is_all_or_nothing_and_reports_every_bad_line():
    text = (
        "base,quote,rate,date,source\n"
        "CNY,EUR,0.13,2026-11-20,ECB\n"
        "CNY,XXX,0.1,2026-11-20,ECB\n"
        "CNY,USD,-1,2026-11-20,ECB\n"
        "CNY,GBP,0.11,20/11/2026,ECB\n"
    )
    result = import_rates_csv(text)
    assert [line for line, _message in result.errors] == [3, 4, 5]
    assert "XXX" in result.errors[0][1]
    assert ExchangeRate.objects.count() == 0


def test_csv_import_creates_then_updates_the_same_day():
    first = import_rates_csv("base,quote,rate,date\nCNY,EUR,0.13,2026-11-20\n", source_name="PBOC")
    second = import_rates_csv("base,quote,rate,date\nCNY,EUR,0.131,2026-11-20\n")
    assert (first.created, second.updated) == (1, 1)
    stored = ExchangeRate.objects.get()
    assert stored.rate == Decimal("0.131")


def test_csv_without_required_columns_is_refused():
    result = import_rates_csv("from,to,value\nCNY,EUR,1\n")
    assert result.errors and "base" in result.errors[0][1]


def test_import_command_reads_a_file_and_fails_loudly_on_bad_rows(tmp_path, capsys):
    good = tmp_path / "rates.csv"
    good.write_text("base,quote,rate,date\nCNY,USD,0.14,2026-11-20\nCNY,EUR,0.13,2026-11-20\n")
    call_command("import_fx_rates", str(good))
    assert "2 rate(s) created" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("base,quote,rate,date\nCNY,USD,abc,2026-11-21\n")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_fx_rates", str(bad))
    assert "bad.csv:2" in capsys.readouterr().err
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_fx_rates", str(tmp_path / "missing.csv"))
    assert ExchangeRate.objects.count() == 2
