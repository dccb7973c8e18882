"""The public words of a recall, in the active language.

The message is assembled from translated sentences (the hazard and what buyers must do
are choices, not free text), so a buyer reads it in their own language; the officer's
own note is added as it was typed and is escaped wherever it is printed.
"""

from django.utils.translation import gettext as _

from .models import Recall

REMEDY_INSTRUCTIONS = {
    Recall.Remedy.RETURN: lambda: _(
        "Stop using and selling the goods of this lot and return them to the seller; "
        "the seller or the marketplace will contact you to arrange the return at no cost "
        "to you."),
    Recall.Remedy.DESTROY: lambda: _(
        "Stop using and selling the goods of this lot and destroy them safely; keep a "
        "photo or a certificate of destruction and send it to the seller."),
    Recall.Remedy.RETURN_OR_DESTROY: lambda: _(
        "Stop using and selling the goods of this lot, then return them to the seller or "
        "destroy them safely; the seller or the marketplace will contact you."),
}


def hazard_text(hazard: str) -> str:
    try:
        return str(Recall.Hazard(hazard).label)
    except ValueError:
        return str(Recall.Hazard.OTHER.label)


def what_to_do(remedy: str) -> str:
    return REMEDY_INSTRUCTIONS.get(remedy, REMEDY_INSTRUCTIONS[Recall.Remedy.RETURN_OR_DESTROY])()


def public_message(*, lot: str, product_title: str, hazard: str, remedy: str) -> str:
    """One paragraph of plain text (escape it where it is printed as HTML)."""
    headline = _("Lot %(lot)s of “%(product)s” is recalled: %(hazard)s.") % {
        "lot": lot, "product": product_title, "hazard": hazard_text(hazard)}
    return f"{headline} {what_to_do(remedy)}"


def recall_message(recall: Recall) -> str:
    batch = recall.batch
    return public_message(lot=batch.lot_number, product_title=batch.product.get_title(),
                          hazard=recall.hazard, remedy=recall.remedy)
