"""The pages on the embedded database backend: real counts, real narrowing, real suggestions."""

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from oscar.core.loading import get_model

from marketplace.product_search.services import get_search_backend

pytestmark = pytest.mark.django_db

IncotermOffer = get_model("partner", "IncotermOffer")
Certification = get_model("catalogue", "Certification")

DATABASE = "marketplace.product_search.backends.database.DatabaseBackend"


@pytest.fixture
def indexed(settings, catalogue):
    settings.MARKETPLACE_SEARCH_BACKEND = DATABASE
    knife = catalogue["products"][0]
    record = knife.stockrecords.get()
    IncotermOffer.objects.create(stockrecord=record, term="FOB", port="Yangjiang")
    knife.certifications.add(Certification.objects.get(code="LFGB"))
    cheap = catalogue["products"][1].stockrecords.get()
    cheap.price, cheap.moq = Decimal("5"), 500
    cheap.save()
    get_search_backend().rebuild()
    return catalogue


def boxes_of(response):
    return {box.name: {c.value: c for c in box.choices} for box in response.context["facet_boxes"]}


def test_facets_count_and_narrow_on_the_database_backend(client, indexed):
    response = client.get("/en/catalogue/")
    boxes = boxes_of(response)
    assert boxes["seller"]["yj-blades"].count == 3 and boxes["seller"]["ocean"].count == 1
    assert boxes["incoterm"]["FOB"].count == 1
    assert boxes["certification"]["LFGB"].count == 1
    assert boxes["cluster"]["knives"].count == 3

    response = client.get(boxes["seller"]["yj-blades"].url)
    assert response.context["paginator"].count == 3
    boxes = boxes_of(response)
    # Disjunctive: the other seller stays offered with its own count.
    assert boxes["seller"]["ocean"].count == 1 and boxes["seller"]["yj-blades"].selected
    response = client.get(boxes["incoterm"]["FOB"].url)
    assert response.context["paginator"].count == 1
    assert "Chef knife 0" in response.content.decode()


def test_price_and_moq_ranges_count_in_the_display_currency(client, indexed):
    boxes = boxes_of(client.get("/en/catalogue/"))
    prices = {c.label: c.count for c in boxes["price"].values()}
    # 5 yuan is $0.70; 60 and 80 yuan are $8.40 and $11.20.
    assert prices == {"Under $1": 1, "$5 – $10": 1, "$10 – $50": 2}
    cheapest = next(c for c in boxes["price"].values() if c.label == "Under $1")
    assert parse_qs(urlsplit(cheapest.url).query) == {"price_max": ["1"]}
    response = client.get(cheapest.url)
    assert response.context["paginator"].count == 1
    assert boxes["moq"]["100"].count == 3 and boxes["moq"]["500"].count == 4


def test_spanish_search_finds_and_labels(client, indexed):
    response = client.get("/es/search/", {"q": "cuchillo"})
    assert response.context["paginator"].count == 3
    assert boxes_of(response)["cluster"]["knives"].label == "Cuchillos"


def test_suggestions_from_the_database_backend(client, indexed):
    data = client.get("/es/search/suggest/", {"q": "cuchi"}).json()
    assert data["query"] == "cuchi"
    assert any(s["kind"] == "product" and s["label"].startswith("Cuchillo") for s in data["suggestions"])


def test_category_page_on_the_database_backend(client, indexed):
    cluster = indexed["knives"].get_parent()
    response = client.get(cluster.get_absolute_url())
    assert response.context["paginator"].count == 3
    assert boxes_of(response)["category"][str(indexed["knives"].pk)].count == 3
