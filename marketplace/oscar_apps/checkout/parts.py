"""A basket seen as the marketplace ships it: one part per seller.

Each part becomes an order of its own, under trade terms the buyer agrees with that
seller: an Incoterm with its named place among those the seller offers for every line
of the part, and a freight service.
"""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from marketplace.oscar_apps.partner.models import IncotermOffer

#: Terms in the order of Incoterms® 2020, the order buyers read them in.
TERM_ORDER = [code for code, _label in IncotermOffer.TERM_CHOICES]


@dataclass(frozen=True)
class TermOffer:
    """An Incoterm a seller offers for all the lines of its part, with the offer's port."""

    term: str
    port: str = ""

    @property
    def value(self) -> str:
        return f"{self.term}|{self.port}" if self.port else self.term

    @property
    def label(self) -> str:
        return f"{self.term} {self.port}" if self.port else self.term

    @property
    def is_sea_term(self) -> bool:
        return self.term in IncotermOffer.SEA_TERMS

    @classmethod
    def from_value(cls, value: str) -> "TermOffer":
        term, _sep, port = (value or "").partition("|")
        return cls(term=term, port=port)


@dataclass
class SellerPart:
    partner: object
    lines: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return str(self.partner.pk)

    @property
    def term_offers(self) -> list[TermOffer]:
        """The (term, port) pairs offered on every line's stock record: a part ships under one term."""
        common = None
        for line in self.lines:
            offered = {TermOffer(offer.term, offer.port) for offer in line.stockrecord.incoterms.all()}
            common = offered if common is None else common & offered
        return sorted(common or (), key=lambda offer: (TERM_ORDER.index(offer.term), offer.port))


def seller_parts(basket) -> list[SellerPart]:
    """The basket's lines grouped by seller, sellers by name; lines keep the basket's order."""
    lines = list(basket.all_lines())
    stockrecords = [line.stockrecord for line in lines if line.stockrecord is not None]
    prefetch_related_objects(stockrecords, "incoterms", "partner")
    parts: dict[int, SellerPart] = {}
    for line in lines:
        partner = line.stockrecord.partner
        parts.setdefault(partner.pk, SellerPart(partner=partner)).lines.append(line)
    return sorted(parts.values(), key=lambda part: (part.partner.name.casefold(), part.partner.pk))
