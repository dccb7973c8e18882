"""The figures of a hand-counted year (see conftest.py): month, cluster, country, mode,
growth and tiers, to the cent."""

from decimal import Decimal

import pytest

from marketplace.trade_stats import selectors
from marketplace.trade_stats.selectors import Cell

from .conftest import at

pytestmark = pytest.mark.django_db

D = Decimal


def month(number, year=2025):
    import datetime as dt

    return dt.date(year, number, 1)


def test_long_table_has_one_cell_per_month_direction_mode_cluster_and_country(trade):
    assert selectors.trade_cells(2025) == [
        Cell(month(1), "E", "9610", "knives_scissors", "DE", D("200.00"), 1),
        Cell(month(1), "E", "9710", "knives_scissors", "US", D("1000.00"), 1),
        Cell(month(1), "E", "9710", "kitchenware", "US", D("500.00"), 1),
        Cell(month(3), "E", "9610", "textiles", "US", D("100.00"), 1),
        Cell(month(3), "E", "9810", "seafood", "DE", D("3000.00"), 1),
        Cell(month(3), "I", "9610", "seafood", "CN", D("400.00"), 1),
        Cell(month(4), "E", "9710", "knives_scissors", "US", D("800.00"), 1),
        Cell(month(5), "E", "9610", "other", "GB", D("60.00"), 1),
        Cell(month(6), "E", "9610", "textiles", "AU", D("1500.00"), 1),
    ]


def test_months_split_export_and_import_in_the_site_time_zone(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))
    figures = {figure.month.month: figure for figure in stats.months}

    assert len(stats.months) == 12
    assert (figures[1].export_cny, figures[1].import_cny, figures[1].orders) == (D("1700"), 0, 2)
    # 31 March 23:30 in Yangjiang is March; 1 April 00:30 is April (both are the day before in UTC).
    assert (figures[3].export_cny, figures[3].import_cny, figures[3].orders) == (
        D("3100"), D("400"), 3)
    assert figures[4].export_cny == D("800")  # the cancelled line of the order is left out
    assert figures[2].total_cny == 0  # cancelled and unpaid orders are not trade
    assert figures[12].total_cny == 0  # 1 January 2026 00:10 belongs to 2026
    assert (stats.export_cny, stats.import_cny, stats.total_cny, stats.orders) == (
        D("7160"), D("400"), D("7560"), 8)
    assert stats.lines_without_cny == 1


def test_growth_per_month_and_for_the_year_against_the_plan(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))
    growth = {figure.month.month: figure.growth_percent for figure in stats.months}
    previous = {figure.month.month: figure.previous_total_cny for figure in stats.months}

    assert previous[1] == D("1000") and previous[3] == D("2800") and previous[12] == D("200")
    assert growth[1] == D("70.0")
    assert growth[3] == D("25.0")
    assert growth[12] == D("-100.0")
    assert growth[2] is None and growth[4] is None  # nothing a year earlier to compare with
    assert stats.previous_cny == D("4000")
    assert stats.growth_percent == D("89.0")  # (7,560 - 4,000) / 4,000
    assert stats.target_percent == D("25") and stats.meets_target is True
    assert stats.year_to_date is False


def test_running_year_compares_with_the_same_period_a_year_earlier(trade):
    stats = selectors.trade_statistics(2026, now=at(2026, 3, 15))
    growth = {figure.month.month: figure.growth_percent for figure in stats.months}

    assert stats.year_to_date is True
    # 2025 up to 15 March: O1 1,500 + O2 200 + O3 3,000 + O4 400.
    assert stats.previous_cny == D("5100")
    assert stats.total_cny == D("777")
    assert stats.growth_percent == D("-84.8")
    assert stats.meets_target is False
    assert growth[1] == D("-54.3")  # 777 against 1,700
    assert growth[3] is None  # March is not over


def test_growth_target_comes_from_settings(trade, settings):
    settings.MARKETPLACE_TRADE_GROWTH_TARGET_PERCENT = "95"

    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))

    assert stats.target_percent == D("95") and stats.meets_target is False


def test_clusters_follow_the_products_class_not_the_sellers_filing(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))
    by_code = {figure.code: (figure.export_cny, figure.import_cny) for figure in stats.clusters}

    # Seller A is filed under knives and kitchenware: its wok counts for kitchenware.
    assert by_code == {
        "knives_scissors": (D("2000"), 0),
        "kitchenware": (D("500"), 0),
        "seafood": (D("3000"), D("400")),
        "processed_food": (0, 0),
        "textiles": (D("1600"), 0),
        "other": (D("60"), 0),  # the line whose product was deleted
    }


def test_export_destinations_largest_first(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))

    assert [(c.code, c.name, c.value_cny, c.orders) for c in stats.countries] == [
        ("DE", "Germany", D("3200"), 2),
        ("US", "United States of America", D("2400"), 3),
        ("AU", "Australia", D("1500"), 1),
        ("GB", "United Kingdom", D("60"), 1),
    ]


def test_customs_modes_follow_the_declaration_rule(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))

    assert [(m.direction, m.code, m.value_cny, m.orders) for m in stats.customs_modes] == [
        ("E", "9610", D("1860"), 4),  # private parcels to DE, US, GB, AU
        ("E", "9710", D("2300"), 2),  # company purchases by sea
        ("E", "9810", D("3000"), 1),  # to an overseas warehouse
        ("I", "9610", D("400"), 1),   # retail import to a buyer in China
    ]


def test_enterprises_by_annual_value_fall_into_the_plans_tiers(trade):
    stats = selectors.trade_statistics(2025, now=at(2026, 3, 15))

    assert [(e.name_en, e.value_cny, e.tier.code) for e in stats.enterprises] == [
        ("Zhapo Sea Foods", D("3400"), "over_1bn"),
        ("Knife & Pot Works", D("2560"), "500m_to_1bn"),
        ("Yangxi Towels", D("1500"), "100m_to_500m"),
        ('<script>alert("x")</script> & "Co"', D("100"), "below_100m"),
    ]
    assert [(row.tier.code, row.enterprises, row.value_cny) for row in stats.tier_summary] == [
        ("over_1bn", 1, D("3400")), ("500m_to_1bn", 1, D("2560")),
        ("100m_to_500m", 1, D("1500")), ("below_100m", 1, D("100")),
    ]


def test_default_tiers_are_the_plans_bars():
    assert [(tier.code, tier.minimum_cny) for tier in selectors.tiers()] == [
        ("over_1bn", D("1000000000")), ("500m_to_1bn", D("500000000")),
        ("100m_to_500m", D("100000000")), ("below_100m", D("0")),
    ]
    assert selectors.tier_for(D("1000000000")).code == "over_1bn"
    assert selectors.tier_for(D("999999999.99")).code == "500m_to_1bn"
    assert selectors.tier_for(D("0")).code == "below_100m"


def test_a_year_without_trade_has_empty_figures(db):
    stats = selectors.trade_statistics(2019, now=at(2026, 3, 15))

    assert stats.total_cny == 0 and stats.orders == 0 and not stats.has_trade
    assert stats.growth_percent is None and stats.meets_target is None
    assert stats.countries == [] and stats.enterprises == [] and stats.cells == []


def test_figures_take_a_handful_of_queries(trade, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        selectors.trade_statistics(2025, now=at(2026, 3, 15))
