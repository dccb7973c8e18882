"""The formula, one component at a time, against numbers worked out by hand (README.md)."""

from decimal import Decimal

import pytest

from marketplace.seller_rating.formula import (
    RatingInputs,
    compute,
    disputes_value,
    grade_for,
    on_time_value,
    reviews_value,
    strikes_value,
    verification_value,
)
from marketplace.seller_rating.grades import grades_at_least

ALL_VERIFIED = {"approved_filing": True, "customs_code": True, "listings_verified": True,
                "inspection_filing": True}


def test_on_time_is_the_share_of_due_orders_shipped_in_time():
    assert on_time_value(RatingInputs(orders_due=8, orders_on_time=6)) == Decimal("0.75")
    assert on_time_value(RatingInputs()) == 1  # nothing due yet


def test_disputes_weigh_a_half_when_opened_and_one_more_when_lost():
    # 10 orders, 2 opened of which 1 decided for the buyer: 0.5×2 + 1 = 2; 2 / (0.25×10) = 0.8.
    inputs = RatingInputs(orders_due=10, disputes_opened=2, disputes_lost=1)
    assert disputes_value(inputs) == Decimal("0.2")
    assert disputes_value(RatingInputs(orders_due=10, disputes_opened=0, disputes_lost=0)) == 1
    assert disputes_value(RatingInputs(orders_due=2, disputes_opened=4, disputes_lost=4)) == 0
    assert disputes_value(RatingInputs(orders_due=10)) == 1  # no data from the returns app


def test_each_strike_takes_a_third():
    assert strikes_value(RatingInputs(strikes=1)) == 1 - Decimal(1) / 3
    assert strikes_value(RatingInputs(strikes=3)) == 0
    assert strikes_value(RatingInputs(strikes=5)) == 0
    assert strikes_value(RatingInputs(strikes=None)) == 1


def test_reviews_are_averaged_with_two_imaginary_three_star_reviews():
    assert reviews_value(RatingInputs()) == Decimal("0.5")  # (3 − 1) / 4
    # Two 5-star reviews: (10 + 6) / 4 = 4 stars -> 0.75.
    assert reviews_value(RatingInputs(review_count=2, review_stars=10)) == Decimal("0.75")
    # One 1-star review: (1 + 6) / 3 = 2.333 stars -> 0.3333.
    assert reviews_value(RatingInputs(review_count=1, review_stars=1)).quantize(
        Decimal("0.0001")) == Decimal("0.3333")


def test_verification_adds_its_parts():
    assert verification_value(RatingInputs(verification={"approved_filing": True})) == Decimal("0.4")
    assert verification_value(RatingInputs(verification=ALL_VERIFIED)) == 1


def test_score_is_the_weighted_sum_rounded_half_up():
    inputs = RatingInputs(orders_due=8, orders_on_time=6, disputes_opened=2, disputes_lost=1,
                          strikes=1, review_count=2, review_stars=10,
                          verification={"approved_filing": True, "customs_code": True})
    result = compute(inputs)
    # 35×0.75 + 20×(1 − 2/(0.25×8)) + 15×(2/3) + 20×0.75 + 10×0.6
    # = 26.25 + 0 + 10 + 15 + 6 = 57.25 -> 57, grade C.
    assert result.score == 57
    assert result.grade == "C"
    points = {c.key: c.points for c in result.components}
    assert points["on_time"] == Decimal("26.25") and points["disputes"] == 0
    assert points["verification"] == Decimal("6.0")
    breakdown = result.as_breakdown()
    assert breakdown["components"]["on_time"] == {
        "weight": 35, "value": "0.7500", "points": "26.2500",
        "inputs": {"orders_due": 8, "orders_on_time": 6}}
    assert breakdown["provisional_score"] == 57 and breakdown["new_seller"] is False


def test_a_perfect_seller_scores_100_and_grade_a():
    result = compute(RatingInputs(orders_due=5, orders_on_time=5, disputes_opened=0,
                                  disputes_lost=0, strikes=0, review_count=98,
                                  review_stars=490, verification=ALL_VERIFIED))
    # Reviews: (490 + 6) / 100 = 4.96 stars -> 0.99 -> 19.8 points; 35+20+15+19.8+10 = 99.8.
    assert (result.score, result.grade) == (100, "A")


def test_too_little_history_is_a_new_seller_without_score():
    result = compute(RatingInputs(orders_due=2, orders_on_time=2))
    assert result.score is None and result.grade == "new" and result.is_new
    # 35 + 20 + 15 + 20×0.5 (no reviews) + 0 (no verification).
    assert result.provisional_score == 80


@pytest.mark.parametrize("score, grade", [(100, "A"), (85, "A"), (84, "B"), (70, "B"),
                                          (69, "C"), (55, "C"), (54, "D"), (0, "D")])
def test_grade_floors(score, grade):
    assert grade_for(score) == grade


def test_grade_floors_and_weights_come_from_settings(settings):
    settings.MARKETPLACE_RATING_GRADE_FLOORS = [("A", 95), ("B", 50)]
    settings.MARKETPLACE_RATING_WEIGHTS = {"on_time": 100}
    assert grade_for(90) == "B" and grade_for(49) == "D"
    result = compute(RatingInputs(orders_due=4, orders_on_time=3))
    assert result.score == 75


def test_grades_at_least():
    assert grades_at_least("A") == ("A",)
    assert grades_at_least("C") == ("A", "B", "C")
    assert grades_at_least("new") == () and grades_at_least("<b>") == ()
