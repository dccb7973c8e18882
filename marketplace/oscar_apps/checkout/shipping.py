"""Freight as Oscar's checkout sees it: one shipping method standing for every seller's part.

Oscar prices a basket with one shipping method; here each seller's part travels under its
own terms, so the method's charge is the sum of the parts' freight, converted from the
sellers' CNY into the basket's currency. On-quote freight (sea, air) adds nothing now:
it is agreed with the seller after the order.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from marketplace.currency.services import Converter

CODE = "trade-terms"


def freight_in(currency: str, amount_cny: Decimal, converter: Converter | None = None) -> Decimal:
    converter = converter or Converter()
    return converter.convert(amount_cny, "CNY", currency)


class TradeTermsShipping(Base):
    code = CODE
    name = _("Freight by trade term, per seller")

    def __init__(self, agreed_by_part: list, currency: str, converter: Converter | None = None):
        #: [(SellerPart, AgreedTerms)]
        self.agreed_by_part = agreed_by_part
        self.currency = currency
        self.converter = converter or Converter()

    def charge_for(self, agreed) -> Decimal:
        return freight_in(self.currency, agreed.freight_charge_cny, self.converter)

    def calculate(self, basket):
        total = sum((self.charge_for(agreed) for _part, agreed in self.agreed_by_part), Decimal("0.00"))
        return prices.Price(currency=basket.currency, excl_tax=total, tax=Decimal("0.00"))
