"""The basket and checkout pages of a 3-seller, 20-line basket cost a number of queries that
does not grow with the lines: pricing, terms and sellers are read with the lines.

The issue's budget is 12 queries per page.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.freight.models import SellerShippingProfile
from tests.factories import PartnerFactory

from .conftest import add, choose_payment, choose_terms, give_address, listing

pytestmark = pytest.mark.django_db
BUDGET = 12


@pytest.fixture
def big_basket(client, buyer, sellers):
    client.force_login(buyer)
    client.cookies["display_currency"] = "EUR"
    partners = [*sellers, PartnerFactory(name="Jiangcheng Foods")]
    SellerShippingProfile.objects.create(partner=partners[2], accepts_on_quote=True)
    for index in range(20):
        add(client, listing(partners[index % 3], moq=1), 5)
    assert buyer.baskets.get().num_lines == 20
    return client, partners


def queries(client, url):
    # Measured warm, as most traffic finds it: the first view of a basket makes its
    # thumbnails (sorl writes their keys once) and fills the site chrome's cache.
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), [query["sql"][:150] for query in captured]



def test_basket_and_checkout_pages_stay_within_the_budget(big_basket):
    client, partners = big_basket
    give_address(client)
    assert choose_terms(client, {partner: ("EXW", "", "") for partner in partners}).status_code == 302
    choose_payment(client, "bank_transfer")
    counts = {}
    for url in ("/en/basket/", "/en/checkout/shipping-address/", "/en/checkout/shipping-method/",
                "/en/checkout/payment-method/", "/en/checkout/preview/"):
        counts[url] = queries(client, url)
    over = {url: found for url, found in counts.items() if found[0] > BUDGET}
    assert not over, {url: (count, sql) for url, (count, sql) in over.items()}
