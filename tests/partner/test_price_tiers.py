"""A stock record's quantity breaks form one ladder: checked whole, written whole."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.forms import PriceTierFormSet
from marketplace.oscar_apps.partner.services import set_price_tiers, set_trade_terms

PriceTier = get_model("partner", "PriceTier")

pytestmark = pytest.mark.django_db


def ladder(stockrecord):
    tiers = stockrecord.price_tiers.order_by("min_quantity")
    return list(tiers.values_list("min_quantity", "price"))


def test_decreasing_prices_are_saved_as_the_ladder(stockrecord):
    set_price_tiers(stockrecord, [(1000, "8000.00"), (300, Decimal("9100.00"))])

    assert ladder(stockrecord) == [(300, Decimal("9100.00")), (1000, Decimal("8000.00"))]


def test_a_break_at_the_same_price_as_below_is_allowed(stockrecord):
    set_price_tiers(stockrecord, [(300, "9496.15"), (600, "9496.15")])

    assert len(ladder(stockrecord)) == 2


def test_a_larger_quantity_costing_more_per_unit_is_refused_and_nothing_changes(stockrecord):
    before = ladder(stockrecord)

    with pytest.raises(ValidationError) as refused:
        set_price_tiers(stockrecord, [(300, "9000.00"), (600, "9100.00")])

    assert "600 units cannot cost more per unit (9100.00) than 300 units (9000.00)." in (
        refused.value.messages
    )
    assert ladder(stockrecord) == before


def test_a_break_dearer_than_the_price_at_the_moq_is_refused(stockrecord):
    with pytest.raises(ValidationError, match="cannot cost more per unit"):
        set_price_tiers(stockrecord, [(300, "9500.00")])


def test_a_break_below_or_at_the_moq_is_refused(stockrecord):
    for quantity in (50, 100):
        with pytest.raises(ValidationError) as refused:
            set_price_tiers(stockrecord, [(quantity, "9000.00")])
        assert any("above the minimum order of 100 units" in m for m in refused.value.messages)


def test_two_breaks_at_one_quantity_are_refused(stockrecord):
    with pytest.raises(ValidationError) as refused:
        set_price_tiers(stockrecord, [(500, "9000.00"), (500, "8000.00")])

    assert "There are two quantity breaks at 500 units." in refused.value.messages


def test_the_database_refuses_a_second_break_at_one_quantity(stockrecord):
    with pytest.raises(IntegrityError), transaction.atomic():
        PriceTier.objects.create(stockrecord=stockrecord, min_quantity=200, price=Decimal("1.00"))


def test_a_price_of_zero_or_with_too_many_decimals_is_refused(stockrecord):
    with pytest.raises(ValidationError, match="more than zero"):
        set_price_tiers(stockrecord, [(300, "0")])
    with pytest.raises(ValidationError, match="decimal places"):
        set_price_tiers(stockrecord, [(300, "9000.005")])


def test_an_empty_ladder_removes_every_break(stockrecord):
    set_price_tiers(stockrecord, [])

    assert ladder(stockrecord) == []


def test_raising_the_moq_past_a_saved_break_is_refused_by_the_stock_record(stockrecord):
    stockrecord.moq = 600

    with pytest.raises(ValidationError, match="above the minimum order of 600 units"):
        stockrecord.full_clean()


def test_set_trade_terms_checks_the_breaks_against_the_new_moq_and_keeps_the_old_terms(
    stockrecord,
):
    before = ladder(stockrecord)

    with pytest.raises(ValidationError):
        set_trade_terms(stockrecord, moq=600, tiers=[(500, "9000.00")])

    stockrecord.refresh_from_db()
    assert stockrecord.moq == 100
    assert ladder(stockrecord) == before
    assert stockrecord.incoterms.count() == 3


def test_the_formset_checks_the_whole_ladder(stockrecord):
    data = {
        "price_tiers-TOTAL_FORMS": "2", "price_tiers-INITIAL_FORMS": "0",
        "price_tiers-0-min_quantity": "300", "price_tiers-0-price": "9000.00",
        "price_tiers-1-min_quantity": "600", "price_tiers-1-price": "9100.00",
    }
    PriceTier.objects.filter(stockrecord=stockrecord).delete()

    formset = PriceTierFormSet(data, instance=stockrecord)

    assert not formset.is_valid()
    assert "600 units cannot cost more per unit" in " ".join(formset.non_form_errors())

    data["price_tiers-1-price"] = "8800.00"
    formset = PriceTierFormSet(data, instance=stockrecord)
    assert formset.is_valid(), formset.errors
    formset.save()
    assert ladder(stockrecord) == [(300, Decimal("9000.00")), (600, Decimal("8800.00"))]


def test_a_sample_limit_needs_a_sample_price(stockrecord):
    stockrecord.sample_price = None
    stockrecord.sample_limit = 5

    with pytest.raises(ValidationError, match="sample price"):
        stockrecord.full_clean()
