"""Oscar's basket forms, with a basket line's new quantity judged as the order it makes.

Oscar loads this module in place of its own (the basket app is forked), and falls
back to oscar.apps.basket.forms for every class not defined here.
"""

from django import forms
from django.db.models import Sum
from oscar.apps.basket import forms as oscar_forms

from marketplace.oscar_apps.partner.samples import SAMPLE_OPTION_CODE
from marketplace.oscar_apps.partner.validators import validate_line_quantity


class BasketLineForm(oscar_forms.BasketLineForm):
    """A buyer's change of a line's quantity, checked against the quantity it leads to.

    Oscar asks the availability policy about the *change* (raising 100 to 150 reads as
    buying 50, below a minimum order of 100) and words a refusal of the stock record's
    total as a stock shortage. A minimum order, like the stock, is about what the buyer
    ends up ordering: the line's new quantity plus the other lines of the same stock
    record (the same goods with other options). The policy's own reason is shown, so a
    refusal names the minimum or the stock that is left.
    """

    def clean_quantity(self):
        # A negative quantity is refused by the field (zero stays Oscar's way of removing
        # the line); Oscar refuses a basket above its size cap. Neither limit may be lifted
        # for one line: a line above the cap could never be ordered, whatever the stock.
        qty = super().clean_quantity()
        validate_line_quantity(qty)
        return qty

    def check_max_allowed_quantity(self, qty):
        # Without a line, Oscar only applies the basket's size cap, which is about how
        # many units are added.
        is_allowed, reason = self.instance.basket.is_quantity_allowed(qty - self.instance.quantity)
        if not is_allowed:
            raise forms.ValidationError(reason)

    def check_permission(self, qty):
        policy = self.instance.purchase_info.availability
        is_permitted, reason = policy.is_purchase_permitted(quantity=self.ordered_quantity(qty))
        if not is_permitted:
            raise forms.ValidationError(reason)

    def ordered_quantity(self, qty):
        """How many units of the line's stock record the basket holds once the line has `qty`.

        Samples are an order of their own: a sample line is judged alone (by the sample
        limit), and bulk lines without the samples (by the minimum order).
        """
        line = self.instance
        if line.stockrecord_id is None:
            return qty
        strategy = line.basket.strategy
        if strategy.is_sample(line):
            return qty
        others = (
            line.basket.lines.filter(stockrecord_id=line.stockrecord_id)
            .exclude(pk=line.pk)
            .exclude(attributes__option__code=SAMPLE_OPTION_CODE)
            .aggregate(total=Sum("quantity"))["total"]
        )
        return qty + (others or 0)
