"""The B2B terms a demo product is offered on: minimum order, quantity breaks, samples, Incoterms.

The same terms a seller sets with marketplace.oscar_apps.partner.services.set_trade_terms,
worked out from the product's random generator after everything else about it, so adding
terms changed no demo product's text, price or trade data. Every ladder obeys the rules
of partner.ladder: breaks start above the MOQ and never cost more per unit than a
smaller quantity.

Most products are sold by the factory lot (MOQ 50 to 1,000 units of sale); about one in
seven is a retail-sized lot with a minimum of one, which is also how a buyer orders a
single piece to try.
"""

from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

RETAIL_LOT_SHARE = 0.15
SAMPLE_SHARE = 0.75
DDP_SHARE = 0.3
# Breaks at these multiples of a factory MOQ; retail lots break at these quantities.
LOT_MULTIPLES = (2, 5, 10, 20)
RETAIL_BREAKS = (10, 50, 200, 500)
SHIPPING_PORTS = ("Yangjiang Port", "Shenzhen Yantian Port", "Guangzhou Nansha Port")
DESTINATION_PORTS = ("Hamburg", "Rotterdam", "Los Angeles", "Jebel Ali", "Santos", "Felixstowe")
CENT = Decimal("0.01")


class TermsSpec(NamedTuple):
    moq: int
    tiers: tuple  # ((min_quantity, unit price in yuan), ...), ascending
    sample_price: Decimal | None  # yuan per sample unit; None: no samples
    sample_limit: int | None
    incoterms: tuple  # ((term, port), ...), port "" for the terms that take none


def yuan(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _tiers(moq, price, rng):
    starts = RETAIL_BREAKS if moq == 1 else tuple(moq * m for m in LOT_MULTIPLES)
    count = rng.choice((0, 2, 3, 3, 4, 4))
    tiers, discount = [], Decimal("0")
    for quantity in starts[:count]:
        # 3 to 8 % off per break, the way factory price lists step down.
        discount += Decimal(rng.randint(3, 8)) / 100
        tiers.append((quantity, yuan(price * (1 - discount))))
    return tuple(tiers)


def _samples(moq, price, rng):
    # A retail lot of one is its own sample.
    if moq == 1 or rng.random() >= SAMPLE_SHARE:
        return None, None
    # Samples cost more than a unit of the lot: picked and sent one by one.
    markup = Decimal(rng.choice((150, 200, 250, 300))) / 100
    return yuan(price * markup), rng.choice((1, 2, 3, 5, 10))


def _incoterms(rng):
    offers = [("EXW", "")]
    shipping = [port for port in SHIPPING_PORTS if rng.random() < 0.5] or [SHIPPING_PORTS[0]]
    offers += [("FOB", port) for port in shipping]
    offers += [("CIF", port) for port in rng.sample(DESTINATION_PORTS, rng.randint(0, 2))]
    if rng.random() < DDP_SHARE:
        offers.append(("DDP", ""))
    return tuple(offers)


def terms_spec(factory_moq, price, rng):
    """The TermsSpec of a product priced `price` yuan at its MOQ, from its generator."""
    moq = 1 if rng.random() < RETAIL_LOT_SHARE else factory_moq
    sample_price, sample_limit = _samples(moq, price, rng)
    return TermsSpec(
        moq=moq,
        tiers=_tiers(moq, price, rng),
        sample_price=sample_price,
        sample_limit=sample_limit,
        incoterms=_incoterms(rng),
    )
