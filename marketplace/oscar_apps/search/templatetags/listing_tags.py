from django import template
from django.conf import settings
from django.db.models import prefetch_related_objects
from oscar.core.loading import get_class, get_model

from marketplace.core import cards

CustomerHistoryManager = get_class("customer.history", "CustomerHistoryManager")
Product = get_model("catalogue", "Product")

register = template.Library()

#: How many recently viewed products a product page shows.
RECENT_CARDS = 6


class RecentCards:
    """The visitor's recently viewed products, most recent first, without the page's own.

    Keyed by the ids in the visitor's history cookie, so a list cached whole (under the
    "listing" version, which any change to a product bumps) runs no query at all; `load()`
    reads the cards' products in one query, their stock records in another and their
    specs (`cards.prefetch`): four or five queries where Oscar's tag and the card
    prefetches took eight. A product no longer browsable drops out of the list.
    """

    def __init__(self, ids):
        self.ids = ids
        self.key = "-".join(str(pk) for pk in ids)
        self.products = []

    def load(self):
        rows = {p.pk: p for p in cards.card_products(
            Product.objects.browsable().filter(pk__in=self.ids)).prefetch_related(None)}
        self.products = [rows[pk] for pk in self.ids if pk in rows][:RECENT_CARDS]
        prefetch_related_objects(self.products, "stockrecords")
        cards.prefetch(self.products)


@register.simple_tag(takes_context=True)
def recent_cards(context, current_product=None):
    ids = [pk for pk in reversed(CustomerHistoryManager.extract(context["request"]))
           if isinstance(pk, int) and (current_product is None or pk != current_product.pk)]
    # A few more than are shown, for any that are no longer browsable; the cookie holds
    # at most OSCAR_RECENTLY_VIEWED_PRODUCTS.
    return RecentCards(ids[:min(2 * RECENT_CARDS, settings.OSCAR_RECENTLY_VIEWED_PRODUCTS)])
