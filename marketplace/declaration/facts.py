"""What an order still lacks before it can be declared to customs, said so a seller can fix it.

`missing_facts(order)` is asked before anything is written (services.declare_shipment), and
by the pages that list orders ready to ship. Each `MissingFact` names what is missing and
the page where it is fixed; an empty list means the mapping (mapping.py) has every fact it
needs. The rules here are the preconditions of mapping.py, written once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import import_module

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from marketplace.order_lifecycle import rules as lifecycle_rules
from marketplace.order_lifecycle import services as lifecycle_services
from marketplace.order_lifecycle import statuses

from . import codes_adapter, modes, parties

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MissingFact:
    """One thing an order lacks: `code` for programs, `what` for people, `where_to_fix_url`
    the page where it is fixed ("" when only the platform's staff can fix it)."""

    order_number: str
    code: str
    what: str
    where_to_fix_url: str = ""

    def __str__(self) -> str:
        return f"{self.order_number}: {self.what}"


def _url(name: str, **kwargs) -> str:
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return ""


def seller_enterprise(order):
    """The seller's Enterprise (its customs identity), or None."""
    partner = lifecycle_rules.order_seller(order)
    if partner is None:
        return None
    return getattr(partner, "enterprise", None)


def inspection_missing(order) -> list[str]:
    """The inspection app's word on the order's filings, if that app offers one."""
    try:
        inspection = import_module("marketplace.inspection.services")
    except ImportError:
        return []
    ask = getattr(inspection, "missing_filings", None)
    if ask is None:
        return []
    return [str(item) for item in ask(order)]


def missing_facts(order) -> list[MissingFact]:
    """Everything `order` lacks for its customs declaration, or [] when it can be declared."""
    number = order.number
    order_url = _url("dashboard:order-detail", number=number)
    missing: list[MissingFact] = []

    def lack(code: str, what, url: str = "") -> None:
        missing.append(MissingFact(order_number=number, code=code, what=str(what), where_to_fix_url=url))

    if hasattr(order, "declaration"):
        lack("declared", _("The order was declared to customs already."), _url("declaration:detail", number=number))
        return missing
    if order.status in statuses.UNPAID or not lifecycle_services.is_fully_paid(order):
        lack("unpaid", _("The order is not fully paid: customs are told of a shipment once it is paid."), order_url)

    country = modes.destination_country(order)
    direction = modes.direction(order)
    if not country:
        lack("no_address", _("The order has no shipping address: customs need the destination."), order_url)
    elif not codes_adapter.country_code(country):
        lack("unknown_country", _("The destination country %(country)s is not in the customs country table.")
             % {"country": country}, order_url)
    if not codes_adapter.currency_code("CNY"):
        lack("unknown_currency", _("The customs currency table has no code for CNY."))

    enterprise = seller_enterprise(order)
    if enterprise is None:
        lack("no_seller", _("The order holds no single registered seller's goods: staff must split it."), order_url)
    elif not enterprise.customs_code and not parties.agent():
        lack("no_customs_code", _("The seller %(seller)s has no customs registration code and the platform "
                                  "has no customs agent to declare for it.") % {"seller": enterprise.legal_name_zh},
             _url("sellers:application"))
    for party, label in ((parties.platform(), "MARKETPLACE_CUSTOMS_PLATFORM"),
                         (parties.logistics(), "MARKETPLACE_CUSTOMS_LOGISTICS")):
        if not party:
            lack("platform_setting", _("The platform setting %(name)s is empty.") % {"name": label})

    lines = list(order.lines.select_related("product", "product__hs_code"))
    if not lines:
        lack("no_lines", _("The order has no goods."), order_url)
    for line in lines:
        product = line.product
        product_url = _url("dashboard:catalogue-product", pk=product.pk) if product else ""
        title = line.title
        if product is None:
            lack("no_product", _("%(title)s: the product was deleted; customs need its HS code and weight.")
                 % {"title": title})
            continue
        if not product.hs_code_id:
            lack("no_hs_code", _("%(title)s has no HS code.") % {"title": title}, product_url)
        elif len(product.hs_code_id) != 10:
            lack("short_hs_code", _("%(title)s has HS code %(code)s; customs lists need all 10 digits.")
                 % {"title": title, "code": product.hs_code_id}, product_url)
        if not product.gross_weight_kg or not product.net_weight_kg:
            lack("no_weight", _("%(title)s has no net and gross weight.") % {"title": title}, product_url)
        if line.line_price_cny is None and order.currency != "CNY":
            lack("no_cny_price", _("%(title)s has no price in CNY: customs values are declared in CNY.")
                 % {"title": title}, order_url)
        if not codes_adapter.unit_code(product.unit_of_measure):
            lack("unknown_unit", _("%(title)s is sold by a unit customs have no code for.") % {"title": title},
                 product_url)

    if direction == modes.IMPORT:
        buyer = getattr(order, "import_buyer", None)
        if buyer is None:
            lack("no_buyer_identity", _("The buyer's real name and ID card number are missing: a retail import "
                                        "is declared in the buyer's name."), order_url)
        if not _has_cbec_purchase(order):
            lack("no_cbec_purchase", _("The order was not taxed as a cross-border retail import at checkout."),
                 order_url)
    for problem in inspection_missing(order):
        lack("inspection", problem, _url("inspection:index"))
    return missing


def _has_cbec_purchase(order) -> bool:
    from marketplace.cbec_tax.models import CbecPurchase

    return CbecPurchase.objects.filter(order_number=order.number).exists()


def missing_for_orders(orders) -> dict[str, list[MissingFact]]:
    """`missing_facts` of each order, only the orders lacking something, by order number."""
    result = {}
    for order in orders:
        missing = missing_facts(order)
        if missing:
            result[order.number] = missing
    return result
