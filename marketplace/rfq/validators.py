"""Rules for RFQ deadlines and quote tiers, called by the forms and again by the services."""

from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.oscar_apps.partner.validators import validate_line_quantity, validate_positive_price

DEFAULT_MAX_DEADLINE_DAYS = 180
DEFAULT_MAX_VALIDITY_DAYS = 365
#: A quote with more tiers than this is a price list; send it as an attachment.
MAX_TIERS = 10


def max_deadline_days() -> int:
    return getattr(settings, "MARKETPLACE_RFQ_MAX_DEADLINE_DAYS", DEFAULT_MAX_DEADLINE_DAYS)


def max_validity_days() -> int:
    return getattr(settings, "MARKETPLACE_RFQ_MAX_QUOTE_VALIDITY_DAYS", DEFAULT_MAX_VALIDITY_DAYS)


def validate_deadline(value: date | None, today: date | None = None) -> None:
    """An RFQ deadline is after today and at most max_deadline_days() ahead."""
    if value is None:
        return
    today = today or timezone.localdate()
    if value <= today:
        raise ValidationError(_("Choose a date after today."), code="deadline_past")
    latest = today + timedelta(days=max_deadline_days())
    if value > latest:
        raise ValidationError(
            _("Choose a date at most %(days)s days ahead."), code="deadline_too_far",
            params={"days": max_deadline_days()},
        )


def validate_validity(value: date | None, today: date | None = None) -> None:
    """A quote is valid at least until today and at most max_validity_days() ahead."""
    if value is None:
        return
    today = today or timezone.localdate()
    if value < today:
        raise ValidationError(_("A quote must be valid at least until today."), code="validity_past")
    if value > today + timedelta(days=max_validity_days()):
        raise ValidationError(
            _("A quote may be valid at most %(days)s days ahead."), code="validity_too_far",
            params={"days": max_validity_days()},
        )


def validate_tiers(tiers: list[tuple[int, Decimal]]) -> None:
    """At least one tier, at most MAX_TIERS; quantities from 1 and strictly ascending; prices positive."""
    if not tiers:
        raise ValidationError(_("Give at least one price tier."), code="tiers_missing")
    if len(tiers) > MAX_TIERS:
        raise ValidationError(
            _("Give at most %(count)s price tiers."), code="tiers_too_many", params={"count": MAX_TIERS},
        )
    previous = 0
    for quantity, price in tiers:
        if quantity is None or quantity < 1:
            raise ValidationError(_("A tier starts at 1 unit or more."), code="tier_quantity")
        validate_line_quantity(quantity)
        if price is None:
            raise ValidationError(_("Give every tier a unit price."), code="tier_price_missing")
        validate_positive_price(price)
        if quantity <= previous:
            raise ValidationError(
                _("List the tiers by quantity, smallest first, each quantity once."), code="tiers_order",
            )
        previous = quantity
