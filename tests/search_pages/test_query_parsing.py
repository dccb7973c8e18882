"""The URL of a results page is read into the ProductQuery the backend receives."""

from decimal import Decimal

import pytest

from marketplace.product_search.query import MOQ_EDGES

pytestmark = pytest.mark.django_db


def test_filters_sort_and_page_reach_the_backend(client, faceted, fake_backend):
    response = client.get("/en/search/", {
        "q": "  chef   knife ", "sort": "price_asc", "page": "1",
        "cluster": ["scissors", "knives"], "seller": "yj-blades",
        "attr.blade_steel": ["blade_steel.vg10", "blade_steel.d2"],
        "certification": "LFGB", "incoterm": "FOB", "in_stock": "1", "moq_max": "100",
    })
    assert response.status_code == 200
    query = fake_backend.last_query()
    assert query.text == "chef knife"
    assert query.sort == "price_asc" and query.page == 1
    assert query.language == "en" and query.with_facets
    assert query.filters == (
        ("attr.blade_steel", ("blade_steel.d2", "blade_steel.vg10")),
        ("certification", ("LFGB",)),
        ("cluster", ("knives", "scissors")),
        ("incoterm", ("FOB",)),
        ("seller", ("yj-blades",)),
    )
    assert query.in_stock is True and query.moq_max == 100
    assert query.price_min is None and query.price_max is None


def test_prices_typed_in_the_display_currency_are_searched_in_yuan(client, faceted, fake_backend):
    # The English page shows dollars: $14 is 100 yuan at 0.14.
    client.get("/en/search/", {"q": "knife", "price_min": "14", "price_max": "70"})
    query = fake_backend.last_query()
    assert query.price_min == Decimal("100.00") and query.price_max == Decimal("500.00")

    client.get("/zh-hans/search/", {"q": "knife", "price_min": "100"})
    assert fake_backend.last_query().price_min == Decimal("100")


def test_price_ranges_are_round_numbers_of_the_display_currency(client, faceted, fake_backend):
    client.get("/en/search/", {"q": "knife"})
    buckets = fake_backend.last_query().price_buckets
    # Yuan edges 10, 50, 100, 500, 1000, 5000 are $1.40, $7, $14, ... at 0.14: rounded to $1, $5, $10...
    assert buckets[0][0] == 0 and buckets[-1][1] is None
    assert all(low < high for low, high in buckets[:-1])
    assert all(buckets[i][1] == buckets[i + 1][0] for i in range(len(buckets) - 1))
    page = client.get("/en/search/", {"q": "knife"}).content.decode()
    assert "Under $1 " in page
    assert "$1 – $5" in page and "$10 – $50" in page and "$500 and above" in page
    assert [low for low, _high in buckets] == [Decimal(x) for x in (
        "0", "7.14", "35.71", "71.43", "357.14", "714.29", "3571.43")]


def test_category_page_searches_its_subtree_and_narrows_by_facets(client, faceted, fake_backend):
    cluster = faceted["knives"].get_parent()
    response = client.get(cluster.get_absolute_url(), {"seller": "yj-blades"})
    assert response.status_code == 200
    query = fake_backend.last_query()
    assert set(query.category_ids) == {cluster.pk, faceted["knives"].pk}
    assert query.filters == (("seller", ("yj-blades",)),)


def test_moq_choices_follow_the_shared_edges(client, faceted, fake_backend):
    response = client.get("/en/catalogue/")
    boxes = {box.name: box for box in response.context["facet_boxes"]}
    assert [int(choice.value) for choice in boxes["moq"].choices] == list(MOQ_EDGES)
    assert boxes["moq"].choices[2].label == "Up to 100"
