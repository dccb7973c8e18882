"""Demo product number i, worked out from its number alone.

Products are dealt round the sub-categories (so even a handful covers every
cluster) and their text, price, stock, trade data (trade_data.py) and B2B terms
(terms_data.py) come from a random generator seeded with the number. The same
number therefore always gives the same product and the same UPC, which is what
lets a second run of the seeder recognise what it made before.
"""

import random
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from django.utils.html import format_html

from .catalogue_data import (
    CLUSTERS,
    DESCRIPTION,
    DESCRIPTION_OEM,
    LANGUAGES,
    MAKERS,
    MINIMUM_LOT,
    MINIMUM_NONE,
)
from .terms_data import TermsSpec, terms_spec
from .trade_data import Goods, TradeSpec, trade_spec

# 690-699 is the GS1 prefix range of China; the demo uses 690 and numbers upwards.
UPC_PREFIX = "690"
IMAGES_PER_SUBCATEGORY = 3


class ProductSpec(NamedTuple):
    number: int
    upc: str
    model: str
    cluster: object
    subcategory: object
    maker: object
    titles: dict  # language -> text
    descriptions: dict
    price: Decimal
    num_in_stock: int
    image_number: int
    trade: TradeSpec
    terms: TermsSpec


SUBCATEGORIES = tuple(
    (cluster, subcategory) for cluster in CLUSTERS for subcategory in cluster.subcategories
)


def ean13(first_twelve_digits):
    """The 13-digit EAN for twelve digits: the check digit weighs digits 1, 3, 1, 3, ..."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first_twelve_digits))
    return f"{first_twelve_digits}{(10 - total % 10) % 10}"


def demo_upc(number):
    return ean13(f"{UPC_PREFIX}{number:09d}")


def makers_of(cluster):
    return [maker for maker in MAKERS if cluster.code in maker.clusters]


def _position(index, length):
    """Where an option sits along its axis, 0 (cheapest) to 1 (dearest)."""
    return Decimal(index) / Decimal(max(length - 1, 1))


def _price(subcategory, size, variant, rng):
    low, high = subcategory.price
    score = (
        _position(size, len(subcategory.sizes)) * Decimal("0.4")
        + _position(variant, len(subcategory.variants)) * Decimal("0.45")
        + Decimal(rng.randint(0, 100)) / Decimal(100) * Decimal("0.15")
    )
    price = low + (high - low) * score
    # Factory price lists are quoted in tenths of a yuan.
    return price.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def _minimum(moq, cluster, language):
    if moq == 1:
        return MINIMUM_NONE.get(language)
    return MINIMUM_LOT.get(language).format(moq=moq, unit=cluster.unit.get(language))


def product_spec(number):
    cluster, subcategory = SUBCATEGORIES[number % len(SUBCATEGORIES)]
    # The n-th product of a sub-category walks the items fastest, then sizes, then
    # variants, so neighbours in a listing differ in what they are.
    n = number // len(SUBCATEGORIES)
    item = n % len(subcategory.items)
    size = (n // len(subcategory.items)) % len(subcategory.sizes)
    variant = (n // (len(subcategory.items) * len(subcategory.sizes))) % len(subcategory.variants)
    rng = random.Random(number)
    makers = makers_of(cluster)
    maker = makers[n % len(makers)]
    pack = rng.choice(cluster.packs)
    model = f"{subcategory.code}-{number:05d}"
    factory_moq = rng.choice((50, 100, 200, 300, 500, 1000))
    lead = rng.choice((7, 10, 15, 20, 25, 30))
    price = _price(subcategory, size, variant, rng)
    num_in_stock = rng.randrange(200, 20000, 10)
    upc = demo_upc(number)
    # Drawn after the price and stock, so adding trade data changed neither.
    trade = trade_spec(Goods(cluster, subcategory, item, size, variant, cluster.packs.index(pack),
                             maker, upc, lead, rng))
    pack = trade.pack or pack
    terms = terms_spec(factory_moq, price, rng)
    # Enough stock for a few buyers' minimum orders: a product must be buyable at its MOQ.
    num_in_stock = max(num_in_stock, terms.moq * 5)

    titles, descriptions = {}, {}
    for language in LANGUAGES:
        title = subcategory.title.get(language).format(
            item=subcategory.items[item].get(language),
            size=subcategory.sizes[size].get(language),
            variant=subcategory.variants[variant].get(language),
        )
        title = title[:1].upper() + title[1:]
        titles[language] = title
        descriptions[language] = format_html(
            DESCRIPTION.get(language),
            title=title,
            maker=maker.local_name if language == "zh-hans" else maker.name,
            model=model,
            pack=pack.get(language),
            minimum=_minimum(terms.moq, cluster, language),
            lead=lead,
            oem=DESCRIPTION_OEM.get(language) if trade.oem_available else "",
        )
    return ProductSpec(
        number=number,
        upc=upc,
        model=model,
        cluster=cluster,
        subcategory=subcategory,
        maker=maker,
        titles=titles,
        descriptions=descriptions,
        price=price,
        num_in_stock=num_in_stock,
        image_number=n % IMAGES_PER_SUBCATEGORY,
        trade=trade,
        terms=terms,
    )
