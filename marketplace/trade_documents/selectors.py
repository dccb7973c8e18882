"""Reading what a trade document needs: who may see which part of an order, its trade terms."""

from collections.abc import Mapping
from dataclasses import dataclass

from oscar.core.loading import get_model

from marketplace.vocabulary.selectors import term_name

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")


@dataclass(frozen=True)
class TradeTerms:
    """The Incoterm® 2020 rule and its named port or place (e.g. FOB Yangjiang); empty when unknown."""

    incoterm: str = ""
    named_place: str = ""
    #: The rule's name in the document's language, as the vocabulary's editors keep it.
    incoterm_name: str = ""


def trade_terms_of(order) -> TradeTerms:
    """The order's agreed trade terms, from its optional `trade_terms` mapping.

    Oscar's order has no field for them yet; the checkout is to store a mapping
    `{"incoterm": "FOB", "named_place": "Yangjiang"}` as `order.trade_terms` (a JSONField on
    a forked Order, or an attribute set before rendering). Anything else reads as unknown.
    """
    terms = getattr(order, "trade_terms", None)
    if not isinstance(terms, Mapping):
        return TradeTerms()
    incoterm = str(terms.get("incoterm") or "").strip().upper()
    named_place = str(terms.get("named_place") or terms.get("port") or "").strip()
    name = term_name("incoterm", incoterm) if incoterm else ""
    return TradeTerms(incoterm=incoterm, named_place=named_place,
                      incoterm_name=name if name != incoterm else "")


def visible_partner_ids(order, user) -> set[int | None]:
    """The partners whose lines of `order` the user may see on its documents.

    The buyer who placed the order and staff see every line (None stands for lines whose
    partner was deleted); a seller sees the lines of the partners it works for; anyone else
    nothing.
    """
    line_partner_ids = set(order.lines.values_list("partner_id", flat=True))
    if not user.is_authenticated:
        return set()
    if user.is_staff or (order.user_id is not None and order.user_id == user.pk):
        return line_partner_ids
    own = set(Partner.objects.filter(users=user, pk__in=line_partner_ids - {None})
              .values_list("pk", flat=True))
    return own


def order_for_viewer(number: str, user):
    """The order with this number if the user may see some of its documents, else None."""
    order = (Order.objects.select_related("user", "shipping_address__country",
                                          "billing_address__country")
             .filter(number=number).first())
    if order is None or not visible_partner_ids(order, user):
        return None
    return order
