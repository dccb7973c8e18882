"""seed_demo's catalogue alone (no order history) already files the makers."""

import pytest

from marketplace.demo import services
from marketplace.demo.catalogue_data import MAKERS
from marketplace.product_import.services import seller_by_code
from marketplace.sellers.models import Enterprise

pytestmark = pytest.mark.django_db


def test_the_catalogue_seed_files_every_maker_as_an_approved_seller(client):
    services.seed_demo(products=0, content_pages=False)

    assert set(Enterprise.objects.approved().values_list("slug", flat=True)) == {
        maker.code for maker in MAKERS}
    for maker in MAKERS:
        assert seller_by_code(maker.code).code == maker.code
        assert client.get(f"/en/sellers/{maker.code}/").status_code == 200

    services.seed_demo(products=0, content_pages=False)  # again: nothing doubles
    assert Enterprise.objects.count() == len(MAKERS)
