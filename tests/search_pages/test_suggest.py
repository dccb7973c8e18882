"""/<lang>/search/suggest/?q= answers the search box's suggestions as JSON."""

import pytest

pytestmark = pytest.mark.django_db


def test_suggestions_come_from_the_backend_in_the_page_language(client, fake_backend):
    fake_backend.suggestions = [
        ("product", "Cuchillo de chef", "/es/catalogue/cuchillo_1/"),
        ("category", "Cuchillos de cocina", "/es/catalogue/category/cuchillos_2/"),
        ("seller", "Yangjiang Blades", "/es/sellers/yj-blades/"),
    ]
    response = client.get("/es/search/suggest/", {"q": " cuch "})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"query": "cuch", "suggestions": [
        {"kind": "product", "label": "Cuchillo de chef", "url": "/es/catalogue/cuchillo_1/"},
        {"kind": "category", "label": "Cuchillos de cocina", "url": "/es/catalogue/category/cuchillos_2/"},
        {"kind": "seller", "label": "Yangjiang Blades", "url": "/es/sellers/yj-blades/"},
    ]}
    assert fake_backend.suggest_calls == [("cuch", "es", 8)]


def test_one_character_is_enough(client, fake_backend):
    fake_backend.suggestions = [("product", "虾仁", "/zh-hans/catalogue/x_1/")]
    assert client.get("/zh-hans/search/suggest/", {"q": "虾"}).json()["suggestions"][0]["label"] == "虾仁"


def test_empty_text_gives_no_suggestions_without_asking(client, fake_backend):
    response = client.get("/en/search/suggest/", {"q": "   "})
    assert response.status_code == 200
    assert response.json() == {"query": "", "suggestions": []}
    assert fake_backend.suggest_calls == []


def test_missing_q_is_a_bad_request(client, fake_backend):
    response = client.get("/en/search/suggest/")
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_backend_that_cannot_suggest_gives_an_empty_list(client, settings):
    settings.MARKETPLACE_SEARCH_BACKEND = "tests.search_pages.fake_backend.BrokenBackend"
    response = client.get("/en/search/suggest/", {"q": "knife"})
    assert response.status_code == 200 and response.json()["suggestions"] == []


def test_the_header_search_box_is_wired_to_suggestions(client, fake_backend):
    page = client.get("/en/search/", {"q": "knife"}).content.decode()
    assert 'data-suggest-url="/en/search/suggest/"' in page
    assert 'role="combobox"' in page and 'aria-controls="search-suggestions"' in page
    assert 'value="knife"' in page
    assert "marketplace/js/search.js" in page
