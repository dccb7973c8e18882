"""Changes to a buyer's basket beyond Oscar's own: samples."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.samples import SAMPLE_OPTION_CODE, SAMPLE_VALUE
from marketplace.oscar_apps.partner.validators import validate_line_quantity

Option = get_model("catalogue", "Option")


def add_sample(basket, product, quantity: int):
    """Puts `quantity` sample units of `product` into `basket` and returns the sample line.

    Guarantees: the sample line is a line of its own (a bulk line of the same goods keeps
    its quantity and minimum order); the product's sample units in the basket stay within
    the seller's sample limit and stock; the line is priced at the sample price. Raises
    ValidationError with the buyer's reason, leaving the basket unchanged.
    """
    if not isinstance(quantity, int) or quantity < 1:
        raise ValidationError(_("Order at least one sample unit."), code="quantity")
    validate_line_quantity(quantity)
    if product.is_parent:
        raise ValidationError(_("Choose a variant of this product first."), code="parent")
    strategy = basket.strategy
    stockrecord = strategy.select_stockrecord(product)
    if stockrecord is None:
        raise ValidationError(_("This product is not for sale."), code="unavailable")
    info = strategy.fetch_sample(product, stockrecord)
    options = [{"option": Option.objects.get(code=SAMPLE_OPTION_CODE), "value": SAMPLE_VALUE}]
    in_basket = basket.line_quantity(product, stockrecord, options) if basket.id else 0
    permitted, reason = info.availability.is_purchase_permitted(in_basket + quantity)
    if not permitted:
        raise ValidationError(reason, code="not_permitted")
    allowed, reason = basket.is_quantity_allowed(quantity)
    if not allowed:
        raise ValidationError(reason, code="basket_full")
    line, _created = basket.add_product(product, quantity, options=options)
    # Oscar keeps the price found when a line is added, and the basket page warns when
    # the live price differs from it: keep the sample price, not the bulk price.
    line.price_currency = info.price.currency
    line.price_excl_tax = info.price.excl_tax
    line.price_incl_tax = info.price.incl_tax
    line.save(update_fields=["price_currency", "price_excl_tax", "price_incl_tax"])
    basket.reset_offer_applications()
    return line
