"""Availability policies of the marketplace: Oscar's, plus a minimum order quantity and
the refusal of goods that are not for sale at all.

Oscar loads this module in place of its own (the partner app is forked), and falls
back to oscar.apps.partner.availability for every class not defined here.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import Base, Unavailable


class MinimumOrder(Base):
    """Another availability policy, with purchases below a minimum quantity refused.

    Stock checks, codes and messages stay those of the wrapped policy. A product can
    be bought only when its minimum order can be (in stock for tracked products).
    """

    def __init__(self, policy, moq):
        self.policy = policy
        self.moq = moq

    @property
    def code(self):
        return self.policy.code

    @property
    def message(self):
        return self.policy.message

    @property
    def short_message(self):
        return self.policy.short_message

    @property
    def dispatch_date(self):
        return self.policy.dispatch_date

    @property
    def num_available(self):
        # Oscar reads it (with getattr) to cap the basket's quantity inputs.
        return getattr(self.policy, "num_available", None)

    @property
    def is_available_to_buy(self):
        return self.policy.is_purchase_permitted(self.moq)[0]

    def is_purchase_permitted(self, quantity):
        # A quantity of zero or less is no purchase to judge by the minimum (a line
        # being removed).
        if 0 < quantity < self.moq:
            return False, self.refusal()
        return self.policy.is_purchase_permitted(quantity)

    def refusal(self):
        return _("The minimum order for this product is %(moq)s units.") % {"moq": self.moq}


class NotForSale(Unavailable):
    """A product nobody may buy now, whatever its stock: `reason` says why, in the buyer's words.

    An Unavailable policy, so Oscar's basket marks a line holding it as no longer
    available and its checkout refuses the basket with the reason.
    """

    def __init__(self, reason):
        self.reason = reason

    def is_purchase_permitted(self, quantity):
        return False, self.reason


#: A listing that is not public or not approved in moderation (pending, refused).
LISTING_NOT_FOR_SALE = _("This product is not for sale.")
#: A listing whose seller's filing is not approved (suspended, rejected, under review).
#: (No apostrophe in these: Oscar's basket escapes a form error before it becomes a message.)
SELLER_NOT_SELLING = _("The seller of this product is not selling on the marketplace at the moment.")
