"""Who pays what under each Incoterms® 2020 term (ICC publication 723; DOMAIN.md §9).

The one table the checkout, the freight options and the "who pays" template read. Term
codes are the ones stock records offer (partner.IncotermOffer); tests hold the two lists
together. Insurance here is the seller's *obligation* to insure for the buyer (CIP, CIF);
under the other terms each party covers its own risk if it wishes.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Party(StrEnum):
    SELLER = "seller"
    BUYER = "buyer"


class NamedPlace(StrEnum):
    """What the place named after the term ("FOB Yangjiang", "DAP Hamburg") is."""

    SELLER_PREMISES = "seller_premises"  # EXW
    HANDOVER_IN_CHINA = "handover_in_china"  # FCA: the buyer's carrier, in the export country
    PORT_OF_SHIPMENT = "port_of_shipment"  # FAS, FOB
    PORT_OF_DESTINATION = "port_of_destination"  # CFR, CIF
    BUYER_DESTINATION = "buyer_destination"  # CPT, CIP, DAP, DPU, DDP


NAMED_PLACE_LABELS = {
    NamedPlace.SELLER_PREMISES: _("the seller's premises"),
    NamedPlace.HANDOVER_IN_CHINA: _("the place of handover to the buyer's carrier in China"),
    NamedPlace.PORT_OF_SHIPMENT: _("the port of shipment"),
    NamedPlace.PORT_OF_DESTINATION: _("the port of destination"),
    NamedPlace.BUYER_DESTINATION: _("the buyer's destination"),
}

#: Institute Cargo Clauses: (A) is all risks, (C) the minimum cover.
CLAUSES_A, CLAUSES_C = "A", "C"


@dataclass(frozen=True)
class TermDuties:
    term: str
    #: E, F, C or D: departure, main carriage unpaid, main carriage paid, arrival.
    group: str
    #: FAS, FOB, CFR and CIF are for sea and inland waterway transport only.
    sea_only: bool
    main_carriage: Party
    #: The Institute Cargo Clauses the seller must insure on, "" when it need not insure.
    insurance_clauses: str
    export_clearance: Party
    #: Import clearance and import duty and taxes.
    import_clearance: Party
    named_place: NamedPlace
    #: DPU only: the seller also unloads at the destination.
    seller_unloads: bool = False

    @property
    def seller_must_insure(self) -> bool:
        return bool(self.insurance_clauses)

    @property
    def named_place_label(self):
        return NAMED_PLACE_LABELS[self.named_place]


S, B = Party.SELLER, Party.BUYER

TERMS: dict[str, TermDuties] = {
    duties.term: duties
    for duties in (
        TermDuties("EXW", "E", False, B, "", B, B, NamedPlace.SELLER_PREMISES),
        TermDuties("FCA", "F", False, B, "", S, B, NamedPlace.HANDOVER_IN_CHINA),
        TermDuties("CPT", "C", False, S, "", S, B, NamedPlace.BUYER_DESTINATION),
        TermDuties("CIP", "C", False, S, CLAUSES_A, S, B, NamedPlace.BUYER_DESTINATION),
        TermDuties("DAP", "D", False, S, "", S, B, NamedPlace.BUYER_DESTINATION),
        TermDuties("DPU", "D", False, S, "", S, B, NamedPlace.BUYER_DESTINATION,
                   seller_unloads=True),
        TermDuties("DDP", "D", False, S, "", S, S, NamedPlace.BUYER_DESTINATION),
        TermDuties("FAS", "F", True, B, "", S, B, NamedPlace.PORT_OF_SHIPMENT),
        TermDuties("FOB", "F", True, B, "", S, B, NamedPlace.PORT_OF_SHIPMENT),
        TermDuties("CFR", "C", True, S, "", S, B, NamedPlace.PORT_OF_DESTINATION),
        TermDuties("CIF", "C", True, S, CLAUSES_C, S, B, NamedPlace.PORT_OF_DESTINATION),
    )
}


def duties(term: str) -> TermDuties:
    """The duties under `term` (e.g. "FOB"); ValueError for a code that is not a term."""
    try:
        return TERMS[term]
    except (KeyError, TypeError):
        raise ValueError(f"Not an Incoterms 2020 term: {term!r}") from None


def is_term(term: str) -> bool:
    return isinstance(term, str) and term in TERMS


def seller_arranges_main_carriage(term: str) -> bool:
    """True under C and D terms; under E and F terms the buyer's forwarder carries."""
    return duties(term).main_carriage is Party.SELLER


def seller_must_insure(term: str) -> bool:
    return duties(term).seller_must_insure


def named_place(term: str) -> NamedPlace:
    return duties(term).named_place


def is_sea_only(term: str) -> bool:
    return duties(term).sea_only
