"""The freight a seller can offer for one part of a basket: the checkout's interface.

The checkout calls `freight_options` once per seller part of a basket on every checkout
page, so it reads what it needs in a handful of queries (the profile, the services with
their rates, the zones, the cold-chain attributes of the lines' products) and no more.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django_countries import countries
from oscar.core.loading import get_model

from marketplace.buyers.countries import EXCLUDED_COUNTRIES
from marketplace.core.cache_versions import CacheVersion

from . import incoterms
from .models import (
    SEA_MODES,
    FreightRate,
    FreightService,
    FreightZone,
    SellerShippingProfile,
    zone_for,
)

ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

BUYER_FORWARDER = "buyer-forwarder"
BUYER_FORWARDER_MODE = "buyer_forwarder"

#: Attribute option codes (catalog/product_classes.py) of goods that travel refrigerated
#: or frozen: chilled aquatic products at 0-4 °C, frozen at -18 °C or colder (DOMAIN §11).
COLD_OPTION_CODES = frozenset({
    "food_storage.chilled", "food_storage.frozen",
    "seafood_processing.frozen", "seafood_processing.chilled", "seafood_processing.live",
})
COLD_ATTRIBUTE_CODES = ("storage", "processing", "storage_temperature_c")
#: The top of the chilled range: anything stored at this or colder needs a cold chain.
CHILLED_MAX_C = 4


@dataclass(frozen=True)
class ShipmentLine:
    product: object
    quantity: int


@dataclass(frozen=True)
class FreightOption:
    code: str  # stable form value, e.g. "svc-12" or "buyer-forwarder"
    name: str
    trade_mode: str
    cold_chain: bool
    charge_cny: Decimal | None  # None when the freight is on quote
    on_quote: bool
    transit_days: tuple[int, int] | None


@dataclass(frozen=True)
class FreightChoice:
    options: list[FreightOption]
    refusal: str  # "" or why nothing can ship, naming the country or the product


def service_code(service: FreightService) -> str:
    return f"svc-{service.pk}"


def find_option(choice: FreightChoice, code: str) -> FreightOption | None:
    """The option the buyer picked, by its form value; None for a value not offered."""
    return next((option for option in choice.options if option.code == code), None)


def country_name(code: str) -> str:
    return str(countries.name(code)) or code


# --- cold chain -------------------------------------------------------------------------

def _is_cold(value) -> bool:
    option = value.value_option
    if option is not None and option.code in COLD_OPTION_CODES:
        return True
    return (value.attribute.code == "storage_temperature_c" and value.value_integer is not None
            and value.value_integer <= CHILLED_MAX_C)


def products_needing_cold_chain(products: Iterable) -> set[int]:
    """The ids among `products` that need a cold chain, read in one query.

    A variant inherits its parent's attributes unless it sets its own (Oscar's rule), so
    both are read and the variant's values win. The answer is remembered on each product
    instance: a checkout that calls this once with every product of the basket spares
    each seller's `freight_options` call the query.
    """
    products = [product for product in products if product.pk]
    if all(hasattr(product, "_needs_cold_chain") for product in products):
        return {product.pk for product in products if product._needs_cold_chain}
    parent_ids = {product.parent_id for product in products if product.parent_id}
    values = (ProductAttributeValue.objects
              .filter(product_id__in={product.pk for product in products} | parent_ids,
                      attribute__code__in=COLD_ATTRIBUTE_CODES)
              .select_related("attribute", "value_option"))
    by_product: dict[int, dict[str, object]] = {}
    for value in values:
        by_product.setdefault(value.product_id, {})[value.attribute.code] = value
    cold = set()
    for product in products:
        merged = {**by_product.get(product.parent_id, {}), **by_product.get(product.pk, {})}
        product._needs_cold_chain = any(_is_cold(value) for value in merged.values())
        if product._needs_cold_chain:
            cold.add(product.pk)
    return cold


# The name the checkout first called it by.
_products_needing_cold_chain = products_needing_cold_chain


def needs_cold_chain(product) -> bool:
    """Whether `product` must travel refrigerated or frozen: stored chilled or frozen,
    processed frozen, chilled or live, or kept at 4 °C or colder."""
    return product.pk in products_needing_cold_chain([product])


# --- options ----------------------------------------------------------------------------

def _buyer_forwarder(term: str, cold_products: list) -> FreightOption:
    place = incoterms.duties(term).named_place_label
    if cold_products:
        name = _("Buyer's own forwarder, from %(place)s (the cold chain is the buyer's to "
                 "arrange)") % {"place": place}
    else:
        name = _("Buyer's own forwarder, from %(place)s") % {"place": place}
    return FreightOption(code=BUYER_FORWARDER, name=name, trade_mode=BUYER_FORWARDER_MODE,
                         cold_chain=False, charge_cny=Decimal("0.00"), on_quote=False,
                         transit_days=None)


def _option(service: FreightService, charge: Decimal | None) -> FreightOption:
    return FreightOption(code=service_code(service), name=service.name,
                         trade_mode=service.trade_mode, cold_chain=service.cold_chain,
                         charge_cny=charge, on_quote=service.on_quote,
                         transit_days=service.transit_days)


def _shipment_weight(lines: Sequence[ShipmentLine]):
    """(total gross kg, None) or (None, the first product whose gross weight is unknown)."""
    total = Decimal("0")
    for line in lines:
        if line.product.gross_weight_kg is None:
            return None, line.product
        total += line.product.gross_weight_kg * line.quantity
    return total, None


class FreightTables:
    """The freight rows several sellers' parts share, each read once and only when needed:
    a checkout page asks freight_options for every seller of the basket on one request.

    Services, rates and zones are reference data that staff and sellers change rarely:
    they are also kept in the cache (shared by every process) under a version that any
    save or delete of them moves on (`forget_tables`), so a change shows at the next request.
    """

    def __init__(self, partners):
        self.partner_ids = sorted(partner.pk for partner in partners)

    @classmethod
    def load(cls, partners) -> "FreightTables":
        return cls(partners)

    @staticmethod
    def _cached(name, load):
        key = f"freight:tables:{TABLES.current()}:{name}"
        found = cache.get(key)
        if found is None:
            found = load()
            cache.set(key, found, TABLES_TTL_SECONDS)
        return found

    @cached_property
    def profiles(self) -> dict:
        ids = ",".join(map(str, self.partner_ids))
        return self._cached(f"profiles:{ids}", lambda: {
            profile.partner_id: profile
            for profile in SellerShippingProfile.objects.filter(partner_id__in=self.partner_ids)})

    @cached_property
    def services(self) -> list:
        def load():
            return list(
                FreightService.objects.filter(is_active=True)
                .prefetch_related(Prefetch("rates", queryset=FreightRate.objects.all()))
                .order_by("partner_id", "name", "pk"))
        return [service for service in self._cached("services", load)
                if service.partner_id is None or service.partner_id in self.partner_ids]

    @cached_property
    def zones(self) -> list:
        return self._cached("zones", lambda: list(FreightZone.objects.all()))

    def services_for(self, partner) -> list:
        return [service for service in self.services if service.partner_id in (None, partner.pk)]


TABLES_TTL_SECONDS = 600
TABLES = CacheVersion("freight:tables-version")
forget_tables = TABLES.bump


def freight_options(*, partner, lines: Sequence[ShipmentLine], country_code: str,
                    incoterm: str, tables: FreightTables | None = None) -> FreightChoice:
    """The ways `partner` can ship `lines` to `country_code` under `incoterm`.

    Under E and F terms the buyer's forwarder carries: the one option costs nothing here.
    Under C and D terms the seller must ship to the country, goods that need a cold chain
    go by cold-chain services only, weight-priced services are priced from the zone's
    rate (every started weight step counted) and need every gross weight, and on-quote
    sea and air freight is offered only to sellers who accept it. CFR and CIF are sea
    terms: under them only sea freight is offered. With no option, `refusal` says why.
    """
    country_code = (country_code or "").upper()
    if not incoterms.is_term(incoterm):
        return FreightChoice([], _("“%(term)s” is not a delivery term the marketplace "
                                   "knows.") % {"term": str(incoterm)[:10]})
    if country_code not in countries or country_code in EXCLUDED_COUNTRIES:
        return FreightChoice([], _("The marketplace does not ship to %(country)s.")
                             % {"country": country_name(country_code) or "-"})
    lines = [line for line in lines if line.quantity > 0]
    if not lines:
        return FreightChoice([], _("There is nothing to ship."))

    cold_ids = products_needing_cold_chain(line.product for line in lines)
    cold_products = [line.product for line in lines if line.product.pk in cold_ids]
    if not incoterms.seller_arranges_main_carriage(incoterm):
        return FreightChoice([_buyer_forwarder(incoterm, cold_products)], "")

    destination = country_name(country_code)
    profile = (tables.profiles.get(partner.pk) if tables is not None
               else SellerShippingProfile.objects.filter(partner=partner).first())
    if profile is not None and not profile.ships_to(country_code):
        return FreightChoice([], _("%(seller)s does not ship to %(country)s.")
                             % {"seller": partner.name, "country": destination})
    accepts_on_quote = profile is not None and profile.accepts_on_quote

    if tables is not None:
        services, zones = tables.services_for(partner), tables.zones
    else:
        services = list(
            FreightService.objects.usable_by(partner).filter(is_active=True)
            .prefetch_related(Prefetch("rates", queryset=FreightRate.objects.all()))
            .order_by("partner_id", "name", "pk"))
        zones = FreightZone.objects.all()
    zone = zone_for(country_code, zones)
    weight, unweighed = _shipment_weight(lines)

    options, skipped = [], set()
    for service in services:
        if not service.serves(country_code):
            continue
        if incoterms.is_sea_only(incoterm) and service.trade_mode not in SEA_MODES:
            skipped.add("not_sea")
            continue
        if cold_products and not service.cold_chain:
            skipped.add("cold")
            continue
        if service.on_quote:
            if not accepts_on_quote:
                skipped.add("on_quote")
                continue
            if (weight is not None and service.max_weight_kg is not None
                    and weight > service.max_weight_kg):
                skipped.add("heavy")
                continue
            options.append(_option(service, None))
            continue
        if weight is None:
            skipped.add("unweighed")
            continue
        if service.max_weight_kg is not None and weight > service.max_weight_kg:
            skipped.add("heavy")
            continue
        rate = next((rate for rate in service.rates.all()
                     if zone is not None and rate.zone_id == zone.pk), None)
        if rate is None:
            skipped.add("no_rate")
            continue
        options.append(_option(service, rate.charge_for(weight)))

    if options:
        return FreightChoice(options, "")
    return FreightChoice([], _refusal(skipped, partner=partner, destination=destination,
                                      incoterm=incoterm, cold_products=cold_products,
                                      unweighed=unweighed, weight=weight))


def _refusal(skipped, *, partner, destination, incoterm, cold_products, unweighed, weight):
    """The most useful reason among those that left no option."""
    if "cold" in skipped:
        return _("%(product)s must travel chilled or frozen, and no cold-chain service of "
                 "%(seller)s ships to %(country)s.") % {
                     "product": cold_products[0].get_title(), "seller": partner.name,
                     "country": destination}
    if "unweighed" in skipped:
        return _("The gross weight of %(product)s is not known, so its freight to "
                 "%(country)s cannot be priced. Ask %(seller)s to add it.") % {
                     "product": unweighed.get_title(), "country": destination,
                     "seller": partner.name}
    if "heavy" in skipped:
        return _("At %(weight)s kg, this shipment is heavier than any service to "
                 "%(country)s carries.") % {"weight": weight, "country": destination}
    if "not_sea" in skipped or ("on_quote" in skipped and incoterms.is_sea_only(incoterm)):
        return _("%(term)s is a sea term, and %(seller)s offers no sea freight to "
                 "%(country)s.") % {"term": incoterm, "seller": partner.name,
                                    "country": destination}
    return _("%(seller)s has no freight service to %(country)s.") % {
        "seller": partner.name, "country": destination}
