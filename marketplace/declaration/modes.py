"""Which customs supervision mode (监管方式, DOMAIN.md §1) an order goes under.

The platform decides it from facts it already holds, so the seller types nothing: where
the goods go, how they travel, and whether a company bought them. Statistics, reports and
the declaration itself all ask this one function, so they never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from marketplace.oscar_apps.order.models import Order

#: China, as the shipping address stores it (ISO 3166-1 alpha-2).
CHINA = "CN"

RETAIL = "9610"  # B2C retail, list release and periodic summary declaration
B2B_DIRECT = "9710"  # B2B direct export
OVERSEAS_WAREHOUSE = "9810"  # export to an overseas warehouse
BONDED = "1210"  # bonded retail (import through a special customs zone)

MODE_LABELS = {
    RETAIL: _("9610 cross-border retail"),
    B2B_DIRECT: _("9710 B2B direct export"),
    OVERSEAS_WAREHOUSE: _("9810 export to overseas warehouse"),
    BONDED: _("1210 bonded e-commerce"),
}

EXPORT, IMPORT = "E", "I"


def destination_country(order: Order) -> str:
    """The ISO alpha-2 country the goods go to ("" when the order has no address)."""
    address = getattr(order, "shipping_address", None)
    country_id = getattr(address, "country_id", "") if address is not None else ""
    return (country_id or "").upper()


def direction(order: Order) -> str:
    """E for goods leaving China, I for goods entering it (retail import to a buyer here)."""
    return IMPORT if destination_country(order) == CHINA else EXPORT


def freight_trade_mode(order: Order) -> str:
    freight = ((getattr(order, "trade_terms", None) or {}).get("freight") or {})
    return freight.get("trade_mode") or ""


def customs_mode(order: Order, *, company_id: int | None = None) -> str:
    """The supervision mode code of `order`.

    Imports to buyers in China are retail direct purchases (9610). Exports delivered
    from an overseas warehouse go under 9810; orders a company placed (a buyer company on
    the purchase) under 9710, the B2B direct mode; anything else — a private buyer's
    parcel — is retail export, 9610. `company_id` saves a query when the caller knows it.
    """
    if direction(order) == IMPORT:
        return RETAIL
    if freight_trade_mode(order) == "overseas_warehouse":
        return OVERSEAS_WAREHOUSE
    if company_id is None:
        purchase = getattr(order, "purchase", None)
        company_id = getattr(purchase, "company_id", None) if purchase is not None else None
    return B2B_DIRECT if company_id else RETAIL
