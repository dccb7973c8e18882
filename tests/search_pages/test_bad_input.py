"""Input a page cannot use is named in a message or ignored; it never breaks the page."""

import pytest

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_a_price_that_is_not_a_number_is_ignored_with_a_message(client, faceted, fake_backend):
    response = client.get("/en/search/", {"q": "knife", "price_min": "cheap", "price_max": "50"})
    assert response.status_code == 200
    query = fake_backend.last_query()
    assert query.price_min is None and query.price_max is not None
    assert any("Lowest price was ignored" in m for m in messages_of(response))


@pytest.mark.parametrize("params", [
    {"price_min": "-5"}, {"price_min": "NaN"}, {"price_max": "1e999999"},
    {"moq_max": "0"}, {"moq_max": "lots"}, {"price_min": "90", "price_max": "10"},
])
def test_impossible_numbers_are_ignored(client, faceted, fake_backend, params):
    response = client.get("/en/catalogue/", params)
    assert response.status_code == 200
    query = fake_backend.last_query()
    assert query.price_min is None and query.moq_max is None
    assert messages_of(response)


def test_unknown_sort_and_parameters_are_ignored(client, faceted, fake_backend):
    response = client.get("/en/search/", {"q": "x", "sort": "cheapest; DROP TABLE", "colour": "red",
                                          "category": ["abc", "12"], "attr.": "x",
                                          "attr.<script>": "x", "seller": ""})
    assert response.status_code == 200
    query = fake_backend.last_query()
    assert query.sort == "relevance"
    assert query.filters == (("category", ("12",)),)


@pytest.mark.parametrize("page", ["-1", "0", "abc", "99"])
def test_a_bad_page_number_goes_back_to_the_first_page_with_the_filters(client, faceted, page):
    response = client.get("/en/search/", {"q": "knife", "seller": "ocean", "page": page}, follow=True)
    assert response.redirect_chain[-1][0] == "/en/search/?q=knife&seller=ocean"
    assert "The given page number was invalid." in response.content.decode()


def test_very_long_text_is_cut(client, faceted, fake_backend):
    client.get("/en/search/", {"q": "knife " * 100})
    assert len(fake_backend.last_query().text) <= 200


def test_nothing_found_says_so(client, faceted, fake_backend):
    fake_backend.products = []
    response = client.get("/en/search/", {"q": "bicycle", "seller": "ocean"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "No products found." in page and "Clear all filters" in page


def test_links_built_from_the_page_leave_the_mistake_out(client, faceted):
    response = client.get("/en/search/", {"q": "knife", "seller": "ocean", "price_min": "abc",
                                          "sort": "nonsense"})
    box = next(box for box in response.context["facet_boxes"] if box.name == "cluster")
    url = box.choices[0].url
    assert "price_min" not in url and "sort" not in url and "seller=ocean" in url
