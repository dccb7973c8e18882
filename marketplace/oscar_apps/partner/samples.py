"""Sample orders: a few units of a product at the seller's sample price, below the MOQ.

A sample is a basket line carrying the "sample" option (catalog migration 0040), so it
stays apart from a bulk line of the same goods. The pricing strategy prices such a line
at the stock record's sample price and judges it by the sample limit instead of the
minimum order (strategy.SamplePricing); services.add_sample puts one in a basket.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import Base

#: The code of the catalogue Option marking a basket or order line as a sample.
SAMPLE_OPTION_CODE = "sample"
#: The option's value on a sample line (Oscar stores a value per line attribute).
SAMPLE_VALUE = "yes"

NO_SAMPLES = _("The seller does not send samples of this product.")


class SampleOrder(Base):
    """Availability of a sample line: the wrapped stock policy, at most `limit` units.

    `limit` None: the seller sets no limit beyond the stock (and the basket's own cap).
    """

    def __init__(self, policy, limit):
        self.policy = policy
        self.limit = limit

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
    def num_available(self):
        return getattr(self.policy, "num_available", None)

    @property
    def is_available_to_buy(self):
        return self.policy.is_purchase_permitted(1)[0]

    def is_purchase_permitted(self, quantity):
        if self.limit is not None and quantity > self.limit:
            return False, self.refusal()
        return self.policy.is_purchase_permitted(quantity)

    def refusal(self):
        return _("A sample order holds at most %(limit)s units of this product.") % {
            "limit": self.limit}

