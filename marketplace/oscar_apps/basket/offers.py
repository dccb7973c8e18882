"""Whether any Oscar offer or voucher exists, read once a minute rather than on every request.

B2B prices come from quantity breaks and accepted quotes; Oscar's offers and vouchers stay
available to staff but are rarely used. Applying them costs two queries on every request
with a basket, for nothing while there are none: this flag lets the middleware skip them,
and is forgotten as soon as staff save or delete an offer, a voucher or a range.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model

CACHE_KEY = "marketplace:offers-in-use"
TTL_SECONDS = 60

ConditionalOffer = get_model("offer", "ConditionalOffer")
Voucher = get_model("voucher", "Voucher")
Range = get_model("offer", "Range")


def offers_in_use() -> bool:
    found = cache.get(CACHE_KEY)
    if found is None:
        found = ConditionalOffer.objects.exists() or Voucher.objects.exists()
        cache.set(CACHE_KEY, found, TTL_SECONDS)
    return found


def forget(**_kwargs) -> None:
    cache.delete(CACHE_KEY)


for _model in (ConditionalOffer, Voucher, Range):
    post_save.connect(forget, sender=_model, dispatch_uid=f"offers_in_use.save.{_model.__name__}")
    post_delete.connect(forget, sender=_model, dispatch_uid=f"offers_in_use.delete.{_model.__name__}")
