"""Demo stock records carry the B2B terms a Yangjiang factory quotes, by the partner app's rules."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from oscar.core.loading import get_class, get_model

from marketplace.oscar_apps.partner.ladder import validate_ladder
from marketplace.oscar_apps.partner.services import set_trade_terms

pytestmark = pytest.mark.django_db

#: What tests/demo/conftest.py seeds once for this module: the size
#: tests/demo/test_seeded_catalogue.py seeds, so that both read one seed (tests/seed_snapshot.py).
SEED_ONCE = {"products": 21 * 12}

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")

SHIPPING_PORTS = {"Yangjiang Port", "Shenzhen Yantian Port", "Guangzhou Nansha Port"}


@pytest.fixture
def records(seeded_once):
    # Seeded once for the module (SEED_ONCE); each test sees it in its own savepoint.
    return list(StockRecord.objects.select_related("product")
                .prefetch_related("price_tiers", "incoterms").order_by("pk"))


def terms_of(record):
    return {
        "moq": record.moq,
        "tiers": sorted((tier.min_quantity, tier.price) for tier in record.price_tiers.all()),
        "incoterms": sorted((offer.term, offer.port) for offer in record.incoterms.all()),
        "sample_price": record.sample_price,
        "sample_limit": record.sample_limit,
    }


def test_most_products_sell_by_the_lot_and_some_from_a_single_unit(records):
    moqs = [record.moq for record in records]

    retail = moqs.count(1)
    assert 0.05 * len(moqs) < retail < 0.3 * len(moqs)
    assert set(moqs) - {1} <= {50, 100, 200, 300, 500, 1000}
    assert len(set(moqs)) >= 5


def test_every_ladder_obeys_the_partner_ladder_rules(records):
    with_breaks = [record for record in records if record.price_tiers.all()]

    assert len(with_breaks) > 0.6 * len(records)
    for record in records:
        rungs = [(tier.min_quantity, tier.price) for tier in record.price_tiers.all()]
        validate_ladder(record.moq, record.price, rungs)
        prices = [price for _quantity, price in sorted(rungs)]
        assert prices == sorted(prices, reverse=True) and all(p < record.price for p in prices)


def test_every_product_ships_ex_works_and_fob_from_a_named_chinese_port(records):
    offered = {(offer.term, offer.port) for record in records for offer in record.incoterms.all()}

    for record in records:
        terms = {(offer.term, offer.port) for offer in record.incoterms.all()}
        assert ("EXW", "") in terms
        assert {port for term, port in terms if term == "FOB"} & SHIPPING_PORTS
    assert {port for term, port in offered if term == "FOB"} == SHIPPING_PORTS
    assert any(term == "CIF" and port for term, port in offered)
    assert ("DDP", "") in offered
    for term, port in offered:
        assert bool(port) == (term in ("FOB", "CIF")), (term, port)


def test_samples_are_offered_by_the_lot_sellers_only_with_a_price_and_a_limit(records):
    sampled = [record for record in records if record.sample_price is not None]

    assert sampled
    for record in records:
        assert (record.sample_price is None) == (record.sample_limit is None)
    for record in sampled:
        assert record.moq > 1
        assert record.sample_price > record.price and record.sample_limit >= 1


def test_the_seeded_terms_are_what_set_trade_terms_accepts_and_keeps(records):
    # The seeder writes in bulk; the seller's service must find nothing to refuse or change.
    for record in records[:42]:
        seeded = terms_of(record)
        try:
            set_trade_terms(record, **seeded)
        except ValidationError as error:
            pytest.fail(f"{record.partner_sku}: {error.messages}")
        reread = StockRecord.objects.prefetch_related("price_tiers", "incoterms").get(pk=record.pk)
        assert terms_of(reread) == seeded


def test_every_product_can_be_bought_at_its_moq_and_not_below(records):
    strategy = Selector().strategy()
    for record in records:
        availability = strategy.fetch_for_product(record.product).availability
        assert record.num_in_stock >= 5 * record.moq
        assert availability.is_available_to_buy
        assert availability.is_purchase_permitted(record.moq)[0]
        if record.moq > 1:
            assert not availability.is_purchase_permitted(record.moq - 1)[0]


def test_the_description_states_the_minimum_of_the_stock_record(records):
    lot = next(record for record in records if record.moq > 1)
    retail = next(record for record in records if record.moq == 1)

    assert f"Minimum order: {lot.moq} " in lot.product.description_en
    assert f"起订量：{lot.moq}" in lot.product.description_zh_hans
    assert "Minimum order: none, single units welcome" in retail.product.description_en


def test_a_demo_product_page_shows_its_moq_ladder_and_incoterms(client, records):
    record = next(r for r in records if r.moq > 1 and len(r.price_tiers.all()) >= 3)
    with translation.override("en"):
        url = record.product.get_absolute_url()

    page = client.get(url).content.decode()

    assert f'data-moq="{record.moq}"' in page
    assert page.count('class="price-tier"') == len(record.price_tiers.all()) + 1
    for offer in record.incoterms.all():
        # Term and port isolated together for right-to-left pages.
        assert f"{offer.term}</abbr>{' ' + offer.port if offer.port else ''}</bdi></li>" in page
