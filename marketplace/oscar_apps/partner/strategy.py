"""The marketplace's pricing strategy: seller prices shown in the buyer's currency, by quantity.

Sellers keep stock record prices in their own currency (yuan, mostly). Buyers see
and buy in the display currency they chose; export sales carry no VAT, so tax is
zero. The conversion lives here, in Oscar's Strategy, so product pages, the
basket and checkout all agree on one price.

B2B terms live here too: the stock record's price is the unit price at its minimum
order quantity (MOQ), quantity breaks (PriceTier) lower it for larger basket lines,
and a purchase below the MOQ is refused by the availability policy.

Only what is for sale can be bought: a public listing approved in moderation, offered
by a seller whose filing is approved (not suspended). Anything else is unavailable,
whatever its stock, so Oscar's basket form, basket page and checkout all refuse it.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import prefetch_related_objects
from oscar.apps.partner import strategy as oscar_strategy
from oscar.core.loading import get_class

from catalog.models import ReviewStatus
from marketplace.currency.services import Converter, RateUnavailable
from marketplace.rfq.pricing import AcceptedQuotePricing

from .availability import LISTING_NOT_FOR_SALE, SELLER_NOT_SELLING
from .samples import NO_SAMPLES, SAMPLE_OPTION_CODE, SampleOrder
from .selectors import withdrawn_partner_ids

FixedPrice = get_class("partner.prices", "FixedPrice")
UnavailablePrice = get_class("partner.prices", "Unavailable")
MinimumOrder = get_class("partner.availability", "MinimumOrder")
NotForSale = get_class("partner.availability", "NotForSale")

logger = logging.getLogger(__name__)

Default = oscar_strategy.Default
PurchaseInfo = oscar_strategy.PurchaseInfo


@dataclass(frozen=True)
class PriceBreak:
    """From `min_quantity` units (to `max_quantity`, None for no limit) each unit costs `price`."""

    min_quantity: int
    max_quantity: int | None
    price: FixedPrice


@dataclass(frozen=True)
class TradeTerms:
    """What a product page shows of a stock record's B2B terms, prices in the display currency."""

    stockrecord: object
    moq: int
    ladder: list  # [PriceBreak], the first one starting at the MOQ
    sample_price: FixedPrice | None  # None: the seller sends no samples
    sample_limit: int | None
    incoterms: list  # [IncotermOffer]


class DisplayCurrencyPricing:
    """Pricing mixin: the stock record price converted into the display currency, zero tax.

    When no rate is known for the pair, the price stays in the seller's currency
    (logged): a visitor sees a true price rather than none.
    """

    display_currency = None
    converter = None

    def converted_price(self, stockrecord, amount=None):
        """`amount` (default: the stock record's price), in its currency, as a display price."""
        if amount is None:
            amount = stockrecord.price if stockrecord else None
        if amount is None:
            return UnavailablePrice()
        source = stockrecord.price_currency
        target = self.display_currency or source
        try:
            converted = self.converter.convert(amount, source, target)
        except RateUnavailable:
            logger.warning("No rate %s->%s; showing the seller's currency", source, target)
            converted, target = amount, source
        return FixedPrice(currency=target, excl_tax=converted, tax=Decimal("0.00"))

    def pricing_policy(self, product, stockrecord):
        return self.converted_price(stockrecord)

    def parent_pricing_policy(self, product, children_stock):
        stockrecords = [record for _child, record in children_stock if record is not None]
        return self.converted_price(stockrecords[0] if stockrecords else None)


class QuantityBreakPricing:
    """Pricing mixin: a basket line pays the unit price of the quantity break it reaches.

    Oscar asks `fetch_for_product` without a quantity (product pages, adding to the
    basket: the price at the MOQ) and `fetch_for_line` for basket lines, which is where
    the quantity is known. Needs a pricing mixin with `converted_price` beside it.
    """

    def unit_price_for_quantity(self, stockrecord, quantity):
        """The unit price, in the stock record's currency, for buying `quantity` units."""
        reached = [tier for tier in stockrecord.price_tiers.all() if tier.min_quantity <= quantity]
        if not reached:
            return stockrecord.price
        return max(reached, key=lambda tier: tier.min_quantity).price

    def quantity_pricing_policy(self, product, stockrecord, quantity):
        if not stockrecord or stockrecord.price is None:
            return UnavailablePrice()
        return self.converted_price(
            stockrecord, self.unit_price_for_quantity(stockrecord, quantity)
        )

    def fetch_for_line(self, line, stockrecord=None):
        # The line keeps the stock record it was added with; price it there, at its quantity.
        stockrecord = stockrecord or line.stockrecord
        if stockrecord is None:
            return self.fetch_for_product(line.product)
        return PurchaseInfo(
            price=self.quantity_pricing_policy(line.product, stockrecord, line.quantity),
            availability=self.availability_policy(line.product, stockrecord),
            stockrecord=stockrecord,
        )

    def price_ladder(self, product):
        """[PriceBreak] of the product's stock record in the display currency; [] when unpriced."""
        stockrecord = self.select_stockrecord(product) if not product.is_parent else None
        return self.ladder_for(stockrecord)

    def ladder_for(self, stockrecord):
        if stockrecord is None or stockrecord.price is None:
            return []
        prefetch_related_objects([stockrecord], "price_tiers")
        tiers = sorted(stockrecord.price_tiers.all(), key=lambda tier: tier.min_quantity)
        starts = [(stockrecord.moq, stockrecord.price)]
        starts += [(tier.min_quantity, tier.price) for tier in tiers]
        ladder = []
        for index, (min_quantity, amount) in enumerate(starts):
            following = starts[index + 1][0] if index + 1 < len(starts) else None
            ladder.append(PriceBreak(
                min_quantity=min_quantity,
                max_quantity=following - 1 if following is not None else None,
                price=self.converted_price(stockrecord, amount),
            ))
        return ladder

    def trade_terms(self, product):
        """The product's TradeTerms for its page, or None when it has no priced stock record.

        Reads the quantity breaks and Incoterms in two queries whatever their number
        (none when the caller prefetched them).
        """
        stockrecord = self.select_stockrecord(product) if not product.is_parent else None
        if stockrecord is None or stockrecord.price is None:
            return None
        prefetch_related_objects([stockrecord], "price_tiers", "incoterms")
        sample_price = None
        if stockrecord.sample_price is not None:
            sample_price = self.converted_price(stockrecord, stockrecord.sample_price)
        return TradeTerms(
            stockrecord=stockrecord,
            moq=stockrecord.moq,
            ladder=self.ladder_for(stockrecord),
            sample_price=sample_price,
            sample_limit=stockrecord.sample_limit if sample_price is not None else None,
            incoterms=sorted(stockrecord.incoterms.all(), key=_incoterm_order),
        )


def _incoterm_order(offer):
    codes = [code for code, _label in offer.TERM_CHOICES]
    return (codes.index(offer.term) if offer.term in codes else len(codes), offer.port)


class UseFirstStockRecordOnce(oscar_strategy.UseFirstStockRecord):
    """Oscar's first-stock-record rule, reading a product's stock records once per instance.

    A product page asks the strategy several times for one product (price, availability,
    basket form, terms); with the records kept on the product it costs one query in all.
    Querysets that already prefetched them (Oscar's browse pages) cost nothing more.
    """

    def select_stockrecord(self, product):
        prefetch_related_objects([product], "stockrecords")
        return super().select_stockrecord(product)


class MinimumOrderRequired(oscar_strategy.StockRequired):
    """Availability mixin: Oscar's stock rule, and no purchase below the stock record's MOQ."""

    def availability_policy(self, product, stockrecord):
        policy = super().availability_policy(product, stockrecord)
        if stockrecord is None:
            return policy
        return MinimumOrder(policy, stockrecord.moq)


def _listing_for_sale(product):
    # A variant is sold under its parent's listing: both must be public and approved.
    listings = [product, product.parent] if product.is_child and product.parent_id else [product]
    return all(
        listing.is_public and listing.review_status == ReviewStatus.APPROVED
        for listing in listings
    )


class ForSaleOnly:
    """Availability mixin: nothing can be bought of a listing or a seller not for sale.

    The listing's state is on the product row already read; who may sell is one set of
    partner ids per strategy (a request), read from the cache (selectors), so a page of
    products costs no query per product.
    """

    _withdrawn_partner_ids = None

    def withdrawn_partner_ids(self):
        if self._withdrawn_partner_ids is None:
            self._withdrawn_partner_ids = withdrawn_partner_ids()
        return self._withdrawn_partner_ids

    def refusal(self, product, stockrecord):
        """The NotForSale policy for `product` sold from `stockrecord`, or None if it is for sale."""
        if not _listing_for_sale(product):
            return NotForSale(LISTING_NOT_FOR_SALE)
        if stockrecord is not None and stockrecord.partner_id in self.withdrawn_partner_ids():
            return NotForSale(SELLER_NOT_SELLING)
        return None

    def availability_policy(self, product, stockrecord):
        return self.refusal(product, stockrecord) or super().availability_policy(
            product, stockrecord)

    def parent_availability_policy(self, product, children_stock):
        # Each variant is judged by availability_policy; the parent's own listing here.
        return self.refusal(product, None) or super().parent_availability_policy(
            product, children_stock)


class SamplePricing:
    """Pricing and availability of sample lines: the sample price, within the sample limit.

    Needs ForSaleOnly (a sample of goods not for sale cannot be bought either) and the
    pricing mixins beside it. Other lines go on to the quantity-break pricing.
    """

    _sample_option_id = None

    def sample_option_id(self):
        if self._sample_option_id is None:
            from oscar.core.loading import get_model

            option = get_model("catalogue", "Option").objects.filter(code=SAMPLE_OPTION_CODE).first()
            self._sample_option_id = option.pk if option else 0
        return self._sample_option_id

    def fetch_for_line(self, line, stockrecord=None):
        stockrecord = stockrecord or line.stockrecord
        if stockrecord is not None and self.is_sample(line):
            return self.fetch_sample(line.product, stockrecord)
        return super().fetch_for_line(line, stockrecord)

    def is_sample(self, line):
        """Whether a basket line is a sample. Oscar's basket prefetches its lines' attributes;
        a line without any (most lines) costs no lookup of the option."""
        attributes = list(line.attributes.all()) if line.pk else []
        return bool(attributes) and any(
            attribute.option_id == self.sample_option_id() for attribute in attributes)

    def fetch_sample(self, product, stockrecord):
        """PurchaseInfo of buying samples of `product` from `stockrecord`."""
        refusal = self.refusal(product, stockrecord)
        if stockrecord.sample_price is None:
            return PurchaseInfo(price=UnavailablePrice(), availability=refusal or NotForSale(NO_SAMPLES),
                                stockrecord=stockrecord)
        # The stock rule without the minimum order, which samples are exempt from.
        stock = oscar_strategy.StockRequired.availability_policy(self, product, stockrecord)
        return PurchaseInfo(
            price=self.converted_price(stockrecord, stockrecord.sample_price),
            availability=refusal or SampleOrder(stock, stockrecord.sample_limit),
            stockrecord=stockrecord,
        )


class Marketplace(
    UseFirstStockRecordOnce,
    SamplePricing,
    ForSaleOnly,
    MinimumOrderRequired,
    # A buyer's accepted quote prices its basket lines while valid (samples keep theirs).
    AcceptedQuotePricing,
    QuantityBreakPricing,
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
