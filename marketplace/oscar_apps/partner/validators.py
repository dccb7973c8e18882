"""The one place the rules for a seller's amounts and quantities are written.

Model fields, dashboard forms and the bulk import all call these, so a price the form
refuses is refused by the import with the same words (and the database constraints on
the models repeat the bounds as the last line of defence).
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: The largest unit price (in the record's currency) a listing may carry: a ceiling far
#: above any Yangjiang product, low enough that a line total stays inside the 12 digits
#: of the price columns.
MAX_UNIT_PRICE = Decimal("1000000.00")


def validate_positive_price(value):
    """A unit price is more than zero and at most MAX_UNIT_PRICE."""
    if value is None:
        return
    if value <= 0:
        raise ValidationError(_("A price must be more than zero."), code="price_not_positive")
    if value > MAX_UNIT_PRICE:
        raise ValidationError(
            _("A unit price may be at most %(limit)s."),
            code="price_too_high",
            params={"limit": MAX_UNIT_PRICE},
        )


def validate_supported_currency(value):
    """A price currency is one the platform converts: the base currency or a display one."""
    supported = {settings.MARKETPLACE_BASE_CURRENCY, *settings.MARKETPLACE_DISPLAY_CURRENCIES}
    if value not in supported:
        raise ValidationError(
            _("%(currency)s is not a currency this platform trades in (%(supported)s)."),
            code="currency_not_supported",
            params={"currency": value, "supported": ", ".join(sorted(supported))},
        )


def validate_line_quantity(value):
    """A quantity (MOQ, tier start, sample limit) fits in one basket line."""
    # Oscar's basket refuses more than this in one basket; MOQ, tier start quantities and
    # sample limits above it would list goods nobody could ever buy.
    limit = settings.OSCAR_MAX_BASKET_QUANTITY_THRESHOLD
    if value is None:
        return
    if value > limit:
        raise ValidationError(
            _("A quantity may be at most %(limit)s units, the most one order line holds."),
            code="quantity_too_large",
            params={"limit": limit},
        )
