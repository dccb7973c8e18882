"""The marketplace's pricing strategy: seller prices shown in the buyer's currency.

Sellers keep stock record prices in their own currency (yuan, mostly). Buyers see
and buy in the display currency they chose; export sales carry no VAT, so tax is
zero. The conversion lives here, in Oscar's Strategy, so product pages, the
basket and checkout all agree on one price.
"""

import logging
from decimal import Decimal

from django.conf import settings
from oscar.apps.partner import strategy as oscar_strategy
from oscar.core.loading import get_class

from marketplace.currency.services import Converter, RateUnavailable

FixedPrice = get_class("partner.prices", "FixedPrice")
UnavailablePrice = get_class("partner.prices", "Unavailable")

logger = logging.getLogger(__name__)

Default = oscar_strategy.Default
PurchaseInfo = oscar_strategy.PurchaseInfo


class DisplayCurrencyPricing:
    """Pricing mixin: the stock record price converted into the display currency, zero tax.

    When no rate is known for the pair, the price stays in the seller's currency
    (logged): a visitor sees a true price rather than none.
    """

    display_currency = None
    converter = None

    def converted_price(self, stockrecord):
        if not stockrecord or stockrecord.price is None:
            return UnavailablePrice()
        source = stockrecord.price_currency
        target = self.display_currency or source
        try:
            amount = self.converter.convert(stockrecord.price, source, target)
        except RateUnavailable:
            logger.warning("No rate %s->%s; showing the seller's currency", source, target)
            amount, target = stockrecord.price, source
        return FixedPrice(currency=target, excl_tax=amount, tax=Decimal("0.00"))

    def pricing_policy(self, product, stockrecord):
        return self.converted_price(stockrecord)

    def parent_pricing_policy(self, product, children_stock):
        stockrecords = [record for _child, record in children_stock if record is not None]
        return self.converted_price(stockrecords[0] if stockrecords else None)


class Marketplace(
    oscar_strategy.UseFirstStockRecord,
    oscar_strategy.StockRequired,
    DisplayCurrencyPricing,
    oscar_strategy.Structured,
):
    def __init__(self, request=None, display_currency=None, converter=None):
        super().__init__(request)
        self.display_currency = (
            display_currency
            or getattr(request, "display_currency", None)
            or settings.MARKETPLACE_BASE_CURRENCY
        )
        self.converter = converter or Converter()


class Selector:
    """Picks the strategy per request: the visitor's display currency decides prices."""

    def strategy(self, request=None, user=None, **kwargs):
        return Marketplace(request, display_currency=kwargs.get("display_currency"))
