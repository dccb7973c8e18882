"""The rules of a price ladder, in one place for the model, the formset and the service."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_ladder(moq, base_price, rungs):
    """Check quantity breaks [(min_quantity, unit_price), ...] against a stock record's terms.

    `base_price` is the unit price at the minimum order `moq`. Every break starts above
    the MOQ, appears once and costs more than nothing, and no quantity costs more per
    unit than any smaller one. Raises one ValidationError listing every problem found.
    """
    if not rungs:
        return
    if base_price is None:
        raise ValidationError(
            _("Set the unit price at the minimum order before adding quantity breaks."),
            code="no_base_price",
        )
    errors, seen = [], set()
    for quantity, price in rungs:
        if quantity in seen:
            errors.append(ValidationError(
                _("There are two quantity breaks at %(quantity)s units."),
                code="duplicate_quantity", params={"quantity": quantity},
            ))
        seen.add(quantity)
        if quantity <= moq:
            errors.append(ValidationError(
                _("A quantity break must start above the minimum order of %(moq)s units "
                  "(%(quantity)s given): up to the first break the unit price applies."),
                code="below_moq", params={"moq": moq, "quantity": quantity},
            ))
        if price <= 0:
            errors.append(ValidationError(
                _("The unit price from %(quantity)s units must be more than zero."),
                code="price_not_positive", params={"quantity": quantity},
            ))
    if errors:
        raise ValidationError(errors)

    # Compare each break with the cheapest smaller quantity, so one bad rung cannot
    # hide a later one that is dearer than the ladder below it.
    cheapest_quantity, cheapest_price = moq, base_price
    for quantity, price in sorted(rungs):
        if price > cheapest_price:
            errors.append(ValidationError(
                _("%(quantity)s units cannot cost more per unit (%(price)s) than "
                  "%(smaller)s units (%(smaller_price)s)."),
                code="price_increases",
                params={"quantity": quantity, "price": price,
                        "smaller": cheapest_quantity, "smaller_price": cheapest_price},
            ))
        else:
            cheapest_quantity, cheapest_price = quantity, price
    if errors:
        raise ValidationError(errors)
