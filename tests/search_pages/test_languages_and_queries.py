"""Labels follow the page language; the sidebar's cost does not grow with its choices."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def labels_of(response, name):
    box = next(box for box in response.context["facet_boxes"] if box.name == name)
    return box.title, {choice.value: choice.label for choice in box.choices}


def test_spanish_page_shows_spanish_names(client, faceted):
    response = client.get("/es/search/", {"q": "cuchillo"})
    assert labels_of(response, "cluster")[1]["knives"] == "Cuchillos"
    assert labels_of(response, "attr.blade_steel")[0] == "Acero de la hoja"
    assert labels_of(response, "certification")[1]["LFGB"] == "LFGB contacto alimentario"
    cluster = faceted["knives"].get_parent()
    response = client.get(cluster.get_absolute_url().replace("/en/", "/es/"))
    assert labels_of(response, "category")[1][str(faceted["knives"].pk)] == "Cuchillos de cocina"
    page = response.content.decode()
    assert "Cuchillos de cocina" in page


def test_spanish_page_prices_in_euros(client, faceted):
    response = client.get("/es/search/", {"q": "cuchillo"})
    _title, prices = labels_of(response, "price")
    # 10 yuan is 1,30 € → 1 €; Spanish puts the sign after the number.
    assert "Menos de 1\xa0€" in prices.values() or "Under 1\xa0€" in prices.values()


def test_chinese_page_shows_chinese_names(client, faceted):
    response = client.get("/zh-hans/search/", {"q": "刀"})
    assert labels_of(response, "cluster")[1]["knives"] == "刀具"
    assert labels_of(response, "attr.blade_steel")[0] == "刀身钢材"
    assert labels_of(response, "certification")[1]["LFGB"] == "LFGB 食品接触"
    assert "¥" in "".join(labels_of(response, "price")[1].values())


def test_a_renamed_seller_shows_at_once(client, faceted):
    client.get("/en/search/", {"q": "knife"})
    seller = faceted["sellers"][1]
    seller.name = "Ocean Foods Export"
    seller.save()
    response = client.get("/en/search/", {"q": "knife"})
    assert labels_of(response, "seller")[1]["ocean"] == "Ocean Foods Export"


def count_queries(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_labels_cost_the_same_few_queries_for_any_number_of_choices(client, faceted, fake_backend):
    client.get("/en/search/", {"q": "knife"})  # warm the label and chrome caches
    few = count_queries(client, "/en/search/", {"q": "knife"})

    many_sellers = [PartnerFactory(code=f"maker-x{n}", name=f"Maker {n}") for n in range(30)]
    fake_backend.facets["seller"] = [(seller.code, 1) for seller in many_sellers]
    client.get("/en/search/", {"q": "knife"})  # the new sellers are a new table version
    many = count_queries(client, "/en/search/", {"q": "knife"})
    assert many == few


def test_a_cold_cache_reads_each_label_table_once(client, faceted, fake_backend):
    fake_backend.products = []  # cards are the lead's business, not the sidebar's
    queries = count_queries(client, "/en/search/", {"q": "knife"})
    assert queries <= 13  # with the Incoterm names' table (marketplace.vocabulary)
