"""The seam between accepted quotes and Oscar's pricing strategy.

A buyer who accepted a quote pays the quoted unit price for that product, at the tier its
basket line reaches, while the quote is valid; afterwards the listing's own price applies
again. This mixin is meant to sit in front of the marketplace strategy's pricing mixins
(marketplace/oscar_apps/partner/strategy.py):

    class Marketplace(UseFirstStockRecordOnce, ForSaleOnly, MinimumOrderRequired,
                      AcceptedQuotePricing, QuantityBreakPricing, DisplayCurrencyPricing,
                      oscar_strategy.Structured): ...

It only changes `fetch_for_line` (basket lines, where the quantity is known); product pages
keep showing the listing's price. It costs two queries per basket line of a signed-in buyer.
"""

import logging
from decimal import Decimal

from django.utils import timezone
from oscar.apps.partner.strategy import PurchaseInfo
from oscar.core.loading import get_class

from .models import Quote
from .selectors import quoted_unit_price

FixedPrice = get_class("partner.prices", "FixedPrice")
MinimumOrder = get_class("partner.availability", "MinimumOrder")


def without_minimum_order(policy):
    """`policy` without the listing's minimum order: a quote is the seller's agreement to
    sell the quoted quantity, whatever the listing's MOQ. Stock and for-sale checks stay."""
    return policy.policy if isinstance(policy, MinimumOrder) else policy

logger = logging.getLogger(__name__)


class AcceptedQuotePricing:
    """Pricing mixin: a basket line pays the buyer's accepted quote, converted to the display currency.

    The buyer is the basket's owner (else the request's user). Needs `display_currency` and a
    `fetch_for_line` behind it (QuantityBreakPricing); without an accepted, valid quote for the
    line's product and quantity, or without a rate into the display currency, the line is priced
    as before.
    """

    def fetch_for_line(self, line, stockrecord=None):
        info = super().fetch_for_line(line, stockrecord)
        basket = getattr(line, "basket", None)
        buyer = getattr(basket, "owner", None) or getattr(self, "user", None)
        if buyer is None or info.stockrecord is None or not line.quantity:
            return info
        currency = getattr(self, "display_currency", None) or info.price.currency
        amount = self._accepted_quote_price(buyer, line.product, line.quantity, currency)
        if amount is None:
            return info
        return PurchaseInfo(
            price=FixedPrice(currency=currency, excl_tax=amount, tax=Decimal("0.00")),
            availability=without_minimum_order(info.availability),
            stockrecord=info.stockrecord,
        )

    def _accepted_quote_price(self, buyer, product, quantity, currency):
        """accepted_quote_price, with the buyer's valid accepted quotes read once per strategy
        (a basket page prices each line several times: two queries in all, not per line)."""
        if not getattr(buyer, "is_authenticated", False) or product is None:
            return None
        cached = getattr(self, "_accepted_quotes", None)
        if cached is None or cached[0] != buyer.pk:
            on = timezone.localdate()
            quotes = {}
            for quote in (Quote.objects.filter(status=Quote.Status.ACCEPTED, rfq__buyer=buyer,
                                               rfq__product__isnull=False, valid_until__gte=on)
                          .select_related("rfq").prefetch_related("tiers")
                          .order_by("decided_at", "pk")):
                quotes[quote.rfq.product_id] = quote  # the latest decision wins
            cached = self._accepted_quotes = (buyer.pk, quotes)
        return quoted_unit_price(cached[1].get(product.pk), quantity, currency=currency)
