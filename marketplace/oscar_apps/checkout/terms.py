"""The trade terms a buyer agrees with each seller at checkout, checked on the server.

What the browser sends is a choice among what was offered: an Incoterm with its port
(sea terms name the port in the seller's offer), a named place for the other terms and a
freight service. Each is checked again against the seller's offers and the freight the
seller can send to the destination, whatever the form showed.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from marketplace.buyers.text import validate_printable
from marketplace.freight import selectors as freight
from marketplace.oscar_apps.partner.models import IncotermOffer

from .parts import SellerPart, TermOffer

#: The buyer arranges the main carriage under these terms: the seller hands over in China.
HANDOVER_IN_CHINA = frozenset({IncotermOffer.EXW, IncotermOffer.FCA, IncotermOffer.FAS,
                               IncotermOffer.FOB})
NAMED_PLACE_MAX_LENGTH = 100


@dataclass(frozen=True)
class AgreedTerms:
    incoterm: str
    named_place: str
    freight: freight.FreightOption

    @property
    def freight_charge_cny(self) -> Decimal:
        """What the buyer pays now for freight; on-quote freight is agreed after the order."""
        return self.freight.charge_cny or Decimal("0.00")

    def as_json(self) -> dict:
        option = self.freight
        return {
            "incoterm": self.incoterm,
            "named_place": self.named_place,
            "freight": {
                "code": option.code, "name": str(option.name), "trade_mode": option.trade_mode,
                "on_quote": option.on_quote, "cold_chain": option.cold_chain,
                "charge_cny": str(option.charge_cny) if option.charge_cny is not None else None,
            },
        }


def shipment_lines(part: SellerPart) -> list[freight.ShipmentLine]:
    return [freight.ShipmentLine(product=line.product, quantity=line.quantity) for line in part.lines]


def default_named_place(offer: TermOffer, *, city: str, country_name: str) -> str:
    """The named place the form proposes: the offer's port, Yangjiang for a handover in
    China, otherwise the buyer's city."""
    if offer.port:
        return offer.port
    if offer.term in HANDOVER_IN_CHINA:
        return _("Yangjiang, China")
    return ", ".join(part for part in (city, country_name) if part)


def clean_named_place(value: str) -> str:
    validate_printable(value or "")
    text = " ".join((value or "").split())
    if len(text) > NAMED_PLACE_MAX_LENGTH:
        raise ValidationError(
            _("Keep the named place within %(limit)d characters.") % {"limit": NAMED_PLACE_MAX_LENGTH},
            code="max_length")
    return text


def freight_choice(part: SellerPart, *, country_code: str, incoterm: str,
                   tables: freight.FreightTables | None = None) -> freight.FreightChoice:
    return freight.freight_options(partner=part.partner, lines=shipment_lines(part),
                                   country_code=country_code, incoterm=incoterm, tables=tables)


def agree_terms(part: SellerPart, *, offer_value: str, named_place: str, freight_code: str,
                country_code: str, city: str = "", country_name: str = "",
                tables: freight.FreightTables | None = None) -> AgreedTerms:
    """The terms agreed for `part`, or ValidationError({field: message}) naming what is wrong."""
    offers = {offer.value: offer for offer in part.term_offers}
    offer = offers.get(offer_value)
    if offer is None:
        raise ValidationError({"incoterm": _("Choose one of the Incoterms this seller offers.")})
    if offer.port:
        # The port is part of the seller's offer; the buyer cannot move it.
        place = offer.port
    else:
        try:
            place = clean_named_place(named_place) or default_named_place(
                offer, city=city, country_name=country_name)
        except ValidationError as error:
            raise ValidationError({"named_place": error.messages}) from error
        if not place:
            raise ValidationError({"named_place": _("Name the place of delivery.")})
    choice = freight_choice(part, country_code=country_code, incoterm=offer.term, tables=tables)
    if choice.refusal:
        raise ValidationError({"incoterm": choice.refusal})
    option = freight.find_option(choice, freight_code) if freight_code else None
    if option is None:
        if len(choice.options) == 1:
            option = choice.options[0]
        else:
            raise ValidationError({"freight": _("Choose how the goods travel.")})
    return AgreedTerms(incoterm=offer.term, named_place=place, freight=option)
