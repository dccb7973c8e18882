"""The facet sidebar: counts, labels, and links that add or remove one filter at a time."""

from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.django_db


def boxes_of(response):
    return {box.name: box for box in response.context["facet_boxes"]}


def choice(box, value):
    return next(c for c in box.choices if c.value == value)


def params(url):
    return parse_qs(urlsplit(url).query)


def test_every_facet_is_listed_with_its_counts(client, faceted):
    response = client.get("/en/search/", {"q": "knife"})
    boxes = boxes_of(response)
    assert list(boxes) == ["cluster", "category", "price", "moq", "seller", "attr.blade_steel",
                           "certification", "incoterm", "in_stock"]
    assert choice(boxes["seller"], "yj-blades").count == 3
    assert choice(boxes["seller"], "yj-blades").label == "Yangjiang Blades"
    assert choice(boxes["attr.blade_steel"], "blade_steel.vg10").label == "VG10"
    assert boxes["attr.blade_steel"].title == "Blade steel"
    assert choice(boxes["certification"], "LFGB").label == "LFGB food contact"
    assert choice(boxes["incoterm"], "FOB").label.startswith("FOB")
    assert choice(boxes["cluster"], "knives").label == "Knives"
    page = response.content.decode()
    assert "Yangjiang Blades" in page and '<span class="facet-count text-muted">(3)</span>' in page
    # Most common first.
    assert [c.value for c in boxes["incoterm"].choices] == ["EXW", "FOB"]


def test_a_choice_link_adds_its_filter_and_keeps_the_others(client, faceted, fake_backend):
    response = client.get("/en/search/", {"q": "knife", "cluster": "knives", "page": "1"})
    url = choice(boxes_of(response)["seller"], "ocean").url
    assert url.startswith("/en/search/?")
    assert params(url) == {"q": ["knife"], "cluster": ["knives"], "seller": ["ocean"]}  # page dropped

    response = client.get(url)
    assert fake_backend.last_query().filters == (("cluster", ("knives",)), ("seller", ("ocean",)))
    # A second value of the same facet is an alternative.
    url = choice(boxes_of(response)["seller"], "yj-blades").url
    client.get(url)
    assert fake_backend.last_query().filters == (
        ("cluster", ("knives",)), ("seller", ("ocean", "yj-blades")))


def test_a_chosen_value_is_checked_and_its_link_removes_it(client, faceted, fake_backend):
    response = client.get("/en/search/", {"q": "knife", "seller": ["ocean", "yj-blades"]})
    chosen = choice(boxes_of(response)["seller"], "ocean")
    assert chosen.selected
    assert params(chosen.url) == {"q": ["knife"], "seller": ["yj-blades"]}
    page = response.content.decode()
    assert 'checked>' in page and "Remove filter:" in page


def test_price_moq_and_stock_choices_set_single_parameters(client, faceted, fake_backend):
    response = client.get("/en/search/", {"q": "knife"})
    boxes = boxes_of(response)
    price = next(c for c in boxes["price"].choices if c.label == "$10 – $50")
    assert params(price.url) == {"q": ["knife"], "price_min": ["10"], "price_max": ["50"]}
    assert price.count == 13  # the fake counts bucket i as 10 + i

    response = client.get(price.url)
    boxes = boxes_of(response)
    chosen = next(c for c in boxes["price"].choices if c.selected)
    assert chosen.label == "$10 – $50" and params(chosen.url) == {"q": ["knife"]}
    other = next(c for c in boxes["price"].choices if c.label == "$50 – $100")
    assert params(other.url)["price_min"] == ["50"]  # replaces, never two ranges

    moq = choice(boxes["moq"], "500")
    assert params(moq.url)["moq_max"] == ["500"]
    stock = choice(boxes["in_stock"], "true")
    assert params(stock.url)["in_stock"] == ["1"]


def test_clear_link_keeps_the_words_and_sort_only(client, faceted):
    response = client.get("/en/search/", {"q": "knife", "sort": "newest", "seller": "ocean",
                                          "moq_max": "10", "attr.blade_steel": "blade_steel.vg10"})
    assert params(response.context["clear_filters_url"]) == {"q": ["knife"], "sort": ["newest"]}
    assert "Clear all filters" in response.content.decode()
    assert client.get("/en/search/", {"q": "knife"}).context["clear_filters_url"] == ""


def test_category_facet_offers_subcategories_of_the_page(client, faceted):
    cluster = faceted["knives"].get_parent()
    response = client.get(cluster.get_absolute_url())
    categories = boxes_of(response)["category"]
    assert [c.value for c in categories.choices] == [str(faceted["knives"].pk)]
    assert categories.choices[0].label == "Kitchen knives"
    # The cached category tree is still there.
    assert "Show results for" in response.content.decode()


def test_search_page_offers_top_level_categories(client, faceted):
    response = client.get("/en/search/", {"q": "knife"})
    values = {c.value for c in boxes_of(response)["category"].choices}
    assert values == {str(faceted["knives"].get_parent().pk), str(faceted["shrimp"].get_parent().pk)}


def test_sort_select_and_pages_keep_the_filters(client, faceted, fake_backend):
    fake_backend.products = faceted["products"] * 12  # 48 results: three pages of 20
    response = client.get("/en/search/", {"q": "knife", "seller": "yj-blades", "sort": "moq"})
    page = response.content.decode()
    assert '<option value="moq" selected>' in page
    assert '<input type="hidden" name="seller" value="yj-blades">' in page
    assert "seller=yj-blades" in page.split('class="pagination')[1]
    assert "Showing 1–20 of 48" in page
    response = client.get("/en/search/", {"q": "knife", "seller": "yj-blades", "page": "3"})
    assert "Showing 41–48 of 48" in response.content.decode()


def test_highlighted_matches_are_shown_escaped(client, faceted, fake_backend):
    knife = faceted["products"][0]
    fake_backend.highlights = {knife.pk: {
        "title": "<mark>Cuchillo</mark> de chef 0",
        "description": "A &lt;sharp&gt; <mark>knife</mark><script>alert(1)</script>",
    }}
    page = client.get("/en/search/", {"q": "cuchillo"}).content.decode()
    assert '<p class="search-snippet small text-muted"><mark>Cuchillo</mark> de chef 0</p>' in page
    assert "A &lt;sharp&gt; <mark>knife</mark>alert(1)" in page
    assert "<script>alert" not in page


def test_a_title_highlight_equal_to_the_card_title_is_not_repeated(client, faceted, fake_backend):
    knife = faceted["products"][0]
    fake_backend.highlights = {knife.pk: {"title": "Chef <mark>knife</mark> 0"}}
    page = client.get("/en/search/", {"q": "knife"}).content.decode()
    assert "Chef <mark>knife</mark> 0" not in page


def test_chosen_filters_are_listed_above_the_results_with_a_way_to_remove_each(client, faceted):
    response = client.get("/en/search/", {"q": "knife", "seller": "ocean", "in_stock": "1"})
    active = {(title, choice.label): choice.url for title, choice in response.context["active_filters"]}
    assert set(active) == {("Seller", "Ocean Foods"), ("Availability", "In stock")}
    assert params(active[("Seller", "Ocean Foods")]) == {"q": ["knife"], "in_stock": ["1"]}
    assert "Seller: Ocean Foods" in response.content.decode()
