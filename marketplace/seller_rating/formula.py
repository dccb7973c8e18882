"""The score, from what a seller did: pure arithmetic, no database (README.md, "Formula").

Each component is a value between 0 and 1; the score is the sum of value × weight,
rounded half up to a whole number between 0 and 100. Tests compute the expected
numbers by hand from the same rules.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

from . import conf
from .grades import GRADES, Grade

#: The components in the order pages show them, with what a buyer reads.
COMPONENTS = {
    "on_time": _("On-time shipping"),
    "disputes": _("Disputes"),
    "ip_strikes": _("Upheld IP complaints"),
    "reviews": _("Buyer reviews"),
    "verification": _("Verification"),
}

#: Parts of the verification component: each adds its share of the component.
VERIFICATION_PARTS = {
    "approved_filing": (Decimal("0.4"), _("Filing approved by the platform")),
    "customs_code": (Decimal("0.2"), _("Customs registration code on file")),
    "listings_verified": (Decimal("0.2"), _("Listings verified by the platform")),
    "inspection_filing": (Decimal("0.2"), _("Inspection filing accepted and in force")),
}


@dataclass
class RatingInputs:
    """What the formula reads of one seller, over the window (conf.window_days)."""

    #: Orders whose promised shipping date has come: shipped ones, and unshipped ones late.
    orders_due: int = 0
    #: Of those, shipped by the promised date.
    orders_on_time: int = 0
    #: None: the returns app gives no data (yet).
    disputes_opened: int | None = None
    disputes_lost: int | None = None
    #: None: the IP complaints app gives no data (yet).
    strikes: int | None = None
    review_count: int = 0
    review_stars: int = 0
    verification: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Component:
    key: str
    weight: int
    value: Decimal  # 0..1
    inputs: dict

    @property
    def points(self) -> Decimal:
        return self.value * self.weight

    @property
    def label(self):
        return COMPONENTS[self.key]


@dataclass(frozen=True)
class RatingResult:
    score: int | None  # None for a new seller
    provisional_score: int
    grade: str
    components: tuple

    @property
    def is_new(self) -> bool:
        return self.grade == Grade.NEW

    def as_breakdown(self) -> dict:
        """What SellerRating.breakdown stores (JSON: values as strings of 4 decimals)."""
        return {
            "components": {
                c.key: {"weight": c.weight, "value": _json_decimal(c.value),
                        "points": _json_decimal(c.points), "inputs": c.inputs}
                for c in self.components
            },
            "provisional_score": self.provisional_score,
            "new_seller": self.is_new,
            "window_days": conf.window_days(),
            "min_orders": conf.min_orders(),
        }


def _json_decimal(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


def _clamp(value: Decimal) -> Decimal:
    return max(Decimal(0), min(Decimal(1), value))


def on_time_value(inputs: RatingInputs) -> Decimal:
    """Share of due orders shipped by the promised date; 1 with no order due yet."""
    if not inputs.orders_due:
        return Decimal(1)
    return _clamp(Decimal(inputs.orders_on_time) / Decimal(inputs.orders_due))


def disputes_value(inputs: RatingInputs) -> Decimal:
    """1 − (0.5 × opened + 1 × decided for the buyer) / (tolerance × orders due), at least 0."""
    if inputs.disputes_opened is None and inputs.disputes_lost is None:
        return Decimal(1)
    weighted = (Decimal("0.5") * (inputs.disputes_opened or 0)) + (inputs.disputes_lost or 0)
    if not weighted:
        return Decimal(1)
    orders = max(inputs.orders_due, 1)
    tolerance = Decimal(str(conf.dispute_tolerance()))
    return _clamp(1 - weighted / (tolerance * orders))


def strikes_value(inputs: RatingInputs) -> Decimal:
    """1 − strikes / limit, at least 0."""
    if not inputs.strikes:
        return Decimal(1)
    return _clamp(1 - Decimal(inputs.strikes) / Decimal(conf.strike_limit()))


def reviews_value(inputs: RatingInputs) -> Decimal:
    """(mean stars − 1) / 4, the mean taken with the prior's imaginary reviews."""
    prior_stars, prior_count = conf.review_prior()
    count = inputs.review_count + prior_count
    if not count:
        return Decimal("0.5")
    mean = (Decimal(inputs.review_stars) + Decimal(str(prior_stars)) * prior_count) / count
    return _clamp((mean - 1) / 4)


def verification_value(inputs: RatingInputs) -> Decimal:
    return _clamp(sum((share for key, (share, _label) in VERIFICATION_PARTS.items()
                       if inputs.verification.get(key)), Decimal(0)))


def grade_for(score: int) -> str:
    for grade, floor in conf.grade_floors():
        if score >= floor:
            return grade
    return GRADES[-1]


def compute(inputs: RatingInputs) -> RatingResult:
    """The score, grade and breakdown of one seller."""
    weights = conf.weights()
    values = {
        "on_time": (on_time_value(inputs), {"orders_due": inputs.orders_due,
                                            "orders_on_time": inputs.orders_on_time}),
        "disputes": (disputes_value(inputs), {"opened": inputs.disputes_opened,
                                              "decided_for_buyer": inputs.disputes_lost,
                                              "orders_due": inputs.orders_due}),
        "ip_strikes": (strikes_value(inputs), {"strikes": inputs.strikes}),
        "reviews": (reviews_value(inputs), {"count": inputs.review_count,
                                            "stars": inputs.review_stars}),
        "verification": (verification_value(inputs), {
            key: bool(inputs.verification.get(key)) for key in VERIFICATION_PARTS}),
    }
    components = tuple(Component(key, int(weights.get(key, 0)), value, details)
                       for key, (value, details) in values.items())
    total = sum((c.points for c in components), Decimal(0))
    score = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    score = max(0, min(100, score))
    if inputs.orders_due < conf.min_orders():
        return RatingResult(None, score, Grade.NEW.value, components)
    return RatingResult(score, score, grade_for(score), components)
