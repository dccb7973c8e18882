"""Recall notices on public pages: the product page (from one cached value) and the trace page."""

from django import template

from .. import messages, selectors
from ..models import Recall

register = template.Library()


@register.simple_tag
def product_recalls(product):
    """The recalled lots of `product` (or of its variants), each with its public message in
    the active language. One cache read per page; no query while the cache is warm."""
    lots = selectors.recalled_lots_of(product)
    if not lots:
        return []
    title = product.get_title()
    return [{**lot, "message": messages.public_message(
        lot=lot["lot"], product_title=title, hazard=lot["hazard"], remedy=lot["remedy"])}
        for lot in lots]


@register.simple_tag
def batch_recall(batch):
    """The recall of a recalled batch with its public message, or None."""
    if batch is None or getattr(batch, "status", None) != "recalled":
        return None
    recall = Recall.objects.filter(batch=batch).first()
    if recall is None:
        return None
    recall.batch = batch
    return {"recall": recall, "message": messages.recall_message(recall), "note": recall.note,
            "recalled_at": recall.recalled_at}
