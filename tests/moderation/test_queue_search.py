"""The queue's "Title, UPC or HS code" box: every language's title, the UPC, an HS prefix."""

import pytest

pytestmark = pytest.mark.django_db
QUEUE = "/dashboard/moderation/"


@pytest.fixture
def listings(seller, knife):
    santoku = knife(seller, title_en="Santoku 7 inch", title_zh_hans="三德刀七寸",
                    upc="YJ-SAN-7", hs_code="8211920000", build=None)
    scissors = knife(seller, title_en="Tailor Scissors", title_zh_hans="裁缝剪刀",
                     upc="YJ-SCI-9", hs_code="8213000000", build=None)
    return {"santoku": santoku, "scissors": scissors}


def found(client, query):
    response = client.get(QUEUE, {"status": "pending", "q": query})
    assert response.status_code == 200
    return {product.pk for product in response.context["listings"]}


@pytest.mark.parametrize("query, expected", [
    ("santoku", {"santoku"}),        # Latin, any case, part of the English title
    ("三德", {"santoku"}),            # Chinese title, though the page is read in English
    ("剪刀", {"scissors"}),
    ("yj-sci-9", {"scissors"}),       # UPC, whole and in any case
    ("8211", {"santoku"}),           # HS code prefix
    ("8213.00", {"scissors"}),       # as written on a customs form
    ("82", {"santoku", "scissors"}),
    ("9307", set()),
    ("", {"santoku", "scissors"}),   # no text: the whole queue
    ("   ", {"santoku", "scissors"}),
])
def test_the_queue_finds_listings_by_title_upc_or_hs_code(client, officer, listings, query,
                                                         expected):
    client.force_login(officer)

    assert found(client, query) == {listings[name].pk for name in expected}


@pytest.mark.parametrize("query", [
    "%' OR 1=1 --",
    "%_%",                           # LIKE wildcards are searched as themselves
    "<script>alert(1)</script>",
    "8211\\",
])
def test_a_hostile_query_finds_nothing_and_is_shown_escaped(client, officer, listings, query):
    client.force_login(officer)

    assert found(client, query) == set()
    page = client.get(QUEUE, {"q": query}).content.decode()
    assert "<script>alert(1)</script>" not in page


@pytest.mark.parametrize("query, error", [
    ("santoku" * 1000, "Ensure this value has at most 100 characters"),
    ("santoku\x00", "Null characters are not allowed"),
])
def test_an_overlong_or_null_query_is_refused_with_a_message(client, officer, listings, query,
                                                            error):
    client.force_login(officer)

    response = client.get(QUEUE, {"status": "pending", "q": query})

    assert response.status_code == 200
    assert error in response.content.decode()
    assert list(response.context["listings"]) == []
