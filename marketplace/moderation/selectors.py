"""Reads for the review queue: listings with their sellers and screening results."""

import re

from django.conf import settings
from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model

from . import rules

Product = get_model("catalogue", "Product")


def listings_for_review(*, status, product_class=None, text=""):
    listings = (
        Product.objects.filter(review_status=status)
        .select_related("product_class", "parent__product_class", "hs_code")
        .prefetch_related("stockrecords__partner__enterprise")
        .order_by("date_updated", "pk")  # oldest first: the queue is worked in order
    )
    if product_class is not None:
        listings = listings.filter(Q(product_class=product_class)
                                   | Q(parent__product_class=product_class))
    if text:
        listings = listings.filter(text_query(text))
    return listings


#: How an HS code is written on forms and invoices: digits grouped by dots or spaces.
_HS_CODE_TYPED = re.compile(r"[\d. ]+")


def text_query(text: str) -> Q:
    """Listings whose title (in any language), UPC or HS code matches what a reviewer typed.

    The title is read in every language's column, not through modeltranslation's `title`,
    because a reviewer reading the English dashboard searches Chinese titles too.
    """
    query = Q(upc__iexact=text)
    for language in settings.MODELTRANSLATION_LANGUAGES:
        query |= Q(**{f"{build_localized_fieldname('title', language)}__icontains": text})
    if _HS_CODE_TYPED.fullmatch(text):
        digits = text.replace(".", "").replace(" ", "")
        if digits:
            # The foreign key's column holds the code: prefix-match it on the HS table's key,
            # since a ForeignKey itself takes no `startswith`.
            query |= Q(hs_code__code__startswith=digits)
    return query


def sellers(product):
    """The enterprises selling `product` (those whose partner holds its stock records)."""
    found = []
    for record in product.stockrecords.all():
        enterprise = getattr(record.partner, "enterprise", None)
        if enterprise is not None and enterprise not in found:
            found.append(enterprise)
    return found


class Screening:
    """What the automatic rules say of a listing now: reasons to refuse, things to check."""

    def __init__(self, product, prohibited):
        facts = rules.ListingFacts.of(product)
        self.reasons = rules.reasons_for(facts, prohibited)
        self.notes = rules.review_notes(facts)

    @property
    def passed(self):
        return not self.reasons and not self.notes


def annotate(products):
    """Attach `sellers` and `screening` to each product of a page of the queue."""
    prohibited = rules.prohibited_prefixes()
    for product in products:
        product.sellers = sellers(product)
        product.screening = Screening(product, prohibited)
    return products
