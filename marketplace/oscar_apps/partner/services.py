"""Changing a stock record's B2B terms: quantity breaks, Incoterms, MOQ and samples."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.core.chrome import forget_listings_on_commit
from marketplace.product_search.tasks import queue_index

from .ladder import validate_ladder
from .validators import validate_line_quantity

StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")


def _forget_prefetched(stockrecord, *names):
    cache = getattr(stockrecord, "_prefetched_objects_cache", {})
    for name in names:
        cache.pop(name, None)


def _field_errors(instance, exclude):
    try:
        instance.clean_fields(exclude=exclude)
    except ValidationError as error:
        return [message for messages in error.message_dict.values() for message in messages]
    return []


@transaction.atomic
def set_price_tiers(stockrecord, rungs):
    """Replace the stock record's quantity breaks with `rungs`, [(min_quantity, unit_price), ...].

    Prices are in the stock record's currency; the stock record's own price stays the
    unit price at its MOQ. The whole ladder is checked against the saved MOQ and price
    before anything is written, and written in one transaction: on a ValidationError
    the old breaks are untouched. `[]` removes every break.
    """
    locked = StockRecord.objects.select_for_update().get(pk=stockrecord.pk)
    tiers = [
        PriceTier(stockrecord=locked, min_quantity=int(quantity), price=Decimal(str(price)))
        for quantity, price in rungs
    ]
    errors = []
    try:
        validate_ladder(locked.moq, locked.price, [(t.min_quantity, t.price) for t in tiers])
    except ValidationError as error:
        errors.extend(error.messages)
    # The ladder covers the quantities' order; the fields check the prices' digits and
    # bounds, and a break no basket line can reach is refused here.
    for tier in tiers:
        errors.extend(_field_errors(tier, exclude=["stockrecord", "min_quantity"]))
        try:
            validate_line_quantity(tier.min_quantity)
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError(errors)
    locked.price_tiers.all().delete()
    PriceTier.objects.bulk_create(tiers)
    # bulk_create sends no save signal: the cached pages and the search index are told here.
    forget_listings_on_commit()
    queue_index([locked.product_id])
    _forget_prefetched(stockrecord, "price_tiers")
    return tiers


@transaction.atomic
def set_incoterms(stockrecord, offers):
    """Replace the Incoterms the stock record is offered under.

    `offers` holds terms, "EXW", or (term, port) pairs, ("FOB", "Yangjiang Port"). Each
    is checked (a sea term names its port, the others take none); all or nothing.
    """
    locked = StockRecord.objects.select_for_update().get(pk=stockrecord.pk)
    rows, errors, seen = [], [], set()
    for offer in offers:
        term, port = (offer, "") if isinstance(offer, str) else offer
        row = IncotermOffer(stockrecord=locked, term=term, port=port or "")
        try:
            row.full_clean(exclude=["stockrecord"], validate_unique=False)
        except ValidationError as error:
            errors.extend(m for messages in error.message_dict.values() for m in messages)
            continue
        if (row.term, row.port) in seen:
            errors.append(
                _("%(offer)s is listed twice.") % {"offer": f"{row.term} {row.port}".strip()}
            )
        seen.add((row.term, row.port))
        rows.append(row)
    if errors:
        raise ValidationError(errors)
    locked.incoterms.all().delete()
    IncotermOffer.objects.bulk_create(rows)
    # bulk_create sends no save signal: the cached pages and the search index are told here.
    forget_listings_on_commit()
    queue_index([locked.product_id])
    _forget_prefetched(stockrecord, "incoterms")
    return rows


@transaction.atomic
def set_trade_terms(stockrecord, *, moq=1, tiers=(), incoterms=(), sample_price=None,
                    sample_limit=None):
    """Set every B2B term of a stock record at once; afterwards it has exactly these.

    `moq` is the minimum order and the stock record's price the unit price there;
    `tiers` and `incoterms` as for set_price_tiers and set_incoterms; `sample_price`
    (stock record currency) and `sample_limit` describe samples, None for none.
    Checked as a whole, written in one transaction, nothing written on a ValidationError.
    """
    locked = StockRecord.objects.select_for_update().get(pk=stockrecord.pk)
    locked.moq = moq
    locked.sample_price = None if sample_price is None else Decimal(str(sample_price))
    locked.sample_limit = sample_limit
    # The old breaks may not fit the new MOQ; the new ones are checked by set_price_tiers.
    locked.price_tiers.all().delete()
    locked.full_clean()
    locked.save(update_fields=["moq", "sample_price", "sample_limit", "date_updated"])
    set_price_tiers(locked, tiers)
    set_incoterms(locked, incoterms)
    for field in ("moq", "sample_price", "sample_limit", "date_updated"):
        setattr(stockrecord, field, getattr(locked, field))
    _forget_prefetched(stockrecord, "price_tiers", "incoterms")
    return locked
