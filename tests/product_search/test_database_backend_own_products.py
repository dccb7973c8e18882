"""The database search backend on catalogues a test makes for itself: ranking of title
against description matches and a suspended seller's products. Kept apart from
test_database_backend.py, whose demo catalogue is made once for the whole module."""

import pytest

from marketplace.product_search.backends import database
from tests.factories import add_category, product_in_category
from tests.product_search.database_fixtures import (  # noqa: F401 (fixtures)
    database_backend,
    fresh_facet_index,
    search,
)

pytestmark = pytest.mark.django_db


def test_a_title_match_ranks_above_a_description_match(backend):
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    described = product_in_category(
        knives, product__title_en="Sharpening stone",
        product__description_en="<p>Keeps a santoku keen.</p>")
    titled = product_in_category(knives, product__title_en="Santoku knife")
    backend.index_products([described.pk, titled.pk])
    result = search(backend, text="santoku")
    assert [hit.pk for hit in result.hits] == [titled.pk, described.pk]


@pytest.mark.parametrize("ranked_up_to", [2000, 1])
def test_title_matches_come_first_whether_matches_are_ranked_or_too_many(
        backend, monkeypatch, ranked_up_to):
    monkeypatch.setattr(database, "RANK_UP_TO", ranked_up_to)
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    described = [product_in_category(knives, product__title_en=f"Sharpening stone {n}",
                                     product__description_en="<p>Keeps a santoku keen.</p>")
                 for n in range(2)]
    titled = product_in_category(knives, product__title_en="Santoku knife")
    backend.index_products([p.pk for p in described] + [titled.pk])
    result = search(backend, text="santoku")
    assert result.total == 3
    assert result.hits[0].pk == titled.pk
    assert {hit.pk for hit in result.hits[1:]} == {p.pk for p in described}
    second_page = search(backend, text="santoku", per_page=2, page=2)
    assert [hit.pk for hit in second_page.hits] == [result.hits[2].pk]


def test_products_of_a_suspended_seller_leave_the_results(backend, admin_user):
    from marketplace.sellers.models import Enterprise
    from marketplace.sellers.services import suspend_enterprise
    from tests.sellers.factories import EnterpriseFactory

    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    knife = product_in_category(knives, product__title_en="Nakiri knife")
    seller = EnterpriseFactory(status=Enterprise.Status.APPROVED,
                               partner=knife.stockrecords.get().partner)
    backend.index_products([knife.pk])
    assert search(backend, text="nakiri").total == 1

    suspend_enterprise(seller, decided_by=admin_user, reason="Counterfeit goods")
    # At once, before reindexing (the index still holds the product; the products a page
    # lists, kept under the "listing" version, are read again).
    assert search(backend, text="nakiri").hits == []
    backend.index_products([knife.pk])
    assert search(backend, text="nakiri").total == 0
