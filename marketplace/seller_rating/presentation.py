"""A stored breakdown in words: what the public page and the dashboard show per component."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import conf
from .formula import COMPONENTS, VERIFICATION_PARTS


@dataclass(frozen=True)
class ComponentRow:
    key: str
    label: str
    weight: int
    percent: int  # the component's value, 0-100
    points: str
    facts: str


def _decimal(value) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def component_rows(breakdown: dict) -> list[ComponentRow]:
    rows = []
    for key, part in (breakdown or {}).get("components", {}).items():
        if key not in COMPONENTS:
            continue
        value = _decimal(part.get("value"))
        rows.append(ComponentRow(
            key=key, label=str(COMPONENTS[key]), weight=int(part.get("weight") or 0),
            percent=int((value * 100).quantize(Decimal(1))),
            points=f"{_decimal(part.get('points')):.1f}", facts=_facts(key, part.get("inputs") or {})))
    return rows


def _facts(key, inputs) -> str:
    if key == "on_time":
        due = inputs.get("orders_due") or 0
        if not due:
            return _("No order due for shipment yet.")
        return ngettext("%(on_time)s of %(due)s order shipped by the promised date.",
                        "%(on_time)s of %(due)s orders shipped by the promised date.", due) % {
            "on_time": inputs.get("orders_on_time") or 0, "due": due}
    if key == "disputes":
        if inputs.get("opened") is None:
            return _("No dispute data yet.")
        return _("%(opened)s disputes opened, %(lost)s decided for the buyer.") % {
            "opened": inputs.get("opened") or 0, "lost": inputs.get("decided_for_buyer") or 0}
    if key == "ip_strikes":
        if inputs.get("strikes") is None:
            return _("No complaint data yet.")
        return ngettext("%(count)s upheld intellectual-property complaint.",
                        "%(count)s upheld intellectual-property complaints.",
                        inputs["strikes"]) % {"count": inputs["strikes"]}
    if key == "reviews":
        count = inputs.get("count") or 0
        if not count:
            return _("No reviews yet.")
        return ngettext("%(count)s review, %(average)s stars on average.",
                        "%(count)s reviews, %(average)s stars on average.", count) % {
            "count": count, "average": f"{(inputs.get('stars') or 0) / count:.1f}"}
    if key == "verification":
        held = [str(label) for part, (_share, label) in VERIFICATION_PARTS.items()
                if inputs.get(part)]
        return "; ".join(held) if held else _("Not verified.")
    return ""


def formula_facts() -> dict:
    """The settings the formula uses, for the explanation on the page."""
    prior_stars, prior_count = conf.review_prior()
    return {
        "weights": [(str(COMPONENTS[key]), weight) for key, weight in conf.weights().items()
                    if key in COMPONENTS],
        "grade_floors": conf.grade_floors(),
        "window_days": conf.window_days(),
        "min_orders": conf.min_orders(),
        "default_lead_days": conf.default_lead_days(),
        "handling_days": conf.handling_days(),
        "dispute_tolerance_percent": int(conf.dispute_tolerance() * 100),
        "strike_limit": conf.strike_limit(),
        "prior_stars": f"{prior_stars:g}",
        "prior_count": prior_count,
        "verification_parts": [(str(label), int(share * 100))
                               for share, label in VERIFICATION_PARTS.values()],
    }
