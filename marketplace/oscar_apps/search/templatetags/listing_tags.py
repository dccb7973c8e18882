from django import template
from django.db.models import prefetch_related_objects

from marketplace.core import cards

register = template.Library()


@register.simple_tag
def ready_for_cards(products):
    """The products, with what their cards read fetched for all of them at once.

    For lists that do not come from the search backend (recently viewed products): six
    queries whatever their number (four for the products, two for their specs), instead of
    five per card.
    """
    products = list(products)
    prefetch_related_objects(
        products, "images", "stockrecords", "product_options", "product_class__options"
    )
    for product in products:
        # Oscar's has_options reads these instead of asking the database per card.
        product.has_product_options = bool(product.product_options.all())
        product.has_product_class_options = bool(
            product.product_class and product.product_class.options.all()
        )
    cards.prefetch(products)  # the specs and pictures of every card at once
    return products


class CardList:
    """Products whose cards are shown together, with a cache key; `load()` fetches what the
    cards read (see ready_for_cards) only when the list is not cached whole."""

    def __init__(self, products):
        self.products = list(products)
        self.key = "-".join(str(product.pk) for product in self.products)

    def load(self):
        self.products = ready_for_cards(self.products)


@register.simple_tag
def card_list(products):
    return CardList(products)
