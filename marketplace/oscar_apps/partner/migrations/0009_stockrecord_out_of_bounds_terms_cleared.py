"""Clear the trade terms that 0010's constraints forbid, so the constraints can be added.

Before them the database kept whatever a form or an import let through: prices of zero
or less, sample prices of zero, quantities no basket can hold, currencies the platform
does not convert. Such a price means nothing, so it is removed rather than guessed: the
stock record is left unpriced (Oscar cannot sell it) until its seller enters a price.
Each change is logged with the stock record's id.
"""

import logging
from decimal import Decimal

from django.db import migrations
from django.db.models import Q

logger = logging.getLogger(__name__)

# The bounds as they are when this migration is written (partner.validators, settings).
MAX_UNIT_PRICE = Decimal("1000000.00")
MAX_LINE_QUANTITY = 1_000_000
SUPPORTED_CURRENCIES = ["AED", "CNY", "EUR", "GBP", "HKD", "JPY", "KRW", "RUB", "USD"]
BASE_CURRENCY = "CNY"


def _out_of_bounds(field):
    return Q(**{f"{field}__lte": 0}) | Q(**{f"{field}__gt": MAX_UNIT_PRICE})


def clear_out_of_bounds_terms(apps, schema_editor):
    StockRecord = apps.get_model("partner", "StockRecord")
    PriceTier = apps.get_model("partner", "PriceTier")

    def report(what, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        if ids:
            logger.warning("partner 0009: %s on stock records %s", what, ids)
        return ids

    # A price in a currency nobody converts, or out of bounds: unpriced, and the amounts
    # that go with it (quantity breaks, samples) removed; the currency becomes the base one.
    foreign = report("price removed (currency not supported)",
                     StockRecord.objects.exclude(price_currency__in=SUPPORTED_CURRENCIES))
    unpriced = foreign + report("price removed (not positive or too high)",
                                StockRecord.objects.filter(_out_of_bounds("price")))
    StockRecord.objects.filter(pk__in=foreign).update(price_currency=BASE_CURRENCY)
    StockRecord.objects.filter(pk__in=unpriced).update(
        price=None, sample_price=None, sample_limit=None)
    PriceTier.objects.filter(stockrecord_id__in=unpriced).delete()

    no_samples = report("samples removed (sample price not positive or too high)",
                        StockRecord.objects.filter(_out_of_bounds("sample_price")))
    StockRecord.objects.filter(pk__in=no_samples).update(sample_price=None, sample_limit=None)

    # Quantities above what one basket line holds: lowered to that, the most anyone can buy.
    report("MOQ lowered to %s" % MAX_LINE_QUANTITY,
           StockRecord.objects.filter(moq__gt=MAX_LINE_QUANTITY))
    StockRecord.objects.filter(moq__gt=MAX_LINE_QUANTITY).update(moq=MAX_LINE_QUANTITY)
    report("sample limit lowered to %s" % MAX_LINE_QUANTITY,
           StockRecord.objects.filter(sample_limit__gt=MAX_LINE_QUANTITY))
    StockRecord.objects.filter(sample_limit__gt=MAX_LINE_QUANTITY).update(
        sample_limit=MAX_LINE_QUANTITY)

    # A break nobody can reach, or priced beyond the bound: removed (the ladder below it stays).
    unreachable = PriceTier.objects.filter(
        Q(min_quantity__gt=MAX_LINE_QUANTITY) | Q(price__gt=MAX_UNIT_PRICE))
    report("quantity breaks removed (unreachable or priced too high)",
           StockRecord.objects.filter(price_tiers__in=unreachable).distinct())
    unreachable.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("partner", "0008_stockrecord_b2b_terms_price_tiers_incoterms"),
    ]

    operations = [
        migrations.RunPython(clear_out_of_bounds_terms, migrations.RunPython.noop),
    ]
