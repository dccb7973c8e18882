"""The product page a buyer opens names its maker (linked to the storefront, with what the
platform checked) and says which of the texts in the page's language a machine wrote."""

import pytest
from django.utils import translation

from marketplace.machine_translation.models import TextProvenance
from marketplace.sellers.models import Enterprise
from tests.factories import PartnerFactory, ProductFactory, StockRecordFactory
from tests.sellers.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    enterprise = EnterpriseFactory(status=Enterprise.Status.APPROVED, partner=PartnerFactory(),
                                   customs_code="4417961A01",
                                   name_en="Yangjiang <b>Eighteen</b> Knives")
    product = ProductFactory(title_en="Chef knife 8in", title_fr="Couteau de chef 8 pouces",
                             description_en="<p>Forged steel.</p>",
                             description_fr="<p>Acier forgé.</p>")
    StockRecordFactory(product=product, partner=enterprise.partner)
    return enterprise, product


def page(client, product, language):
    with translation.override(language):
        url = product.get_absolute_url()
    response = client.get(url, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_the_product_page_links_to_the_makers_storefront_with_its_badges(client, listing):
    enterprise, product = listing
    html = page(client, product, "en")

    assert f'href="{enterprise.get_absolute_url()}"' in html
    assert "Verified manufacturer" in html and "4417961A01" in html
    # The maker's name is its own text: its tags are dropped when the filing is saved.
    seller_line = html[html.index("product-seller"):html.index("Visit the storefront")]
    assert "Yangjiang Eighteen Knives" in seller_line
    assert "<b>" not in seller_line
    assert client.get(enterprise.get_absolute_url(), follow=True).status_code == 200


def test_a_machine_made_title_is_marked_in_its_language_only(client, listing):
    _enterprise, product = listing
    TextProvenance.objects.create(product=product, field="title", language="fr",
                                  origin=TextProvenance.MACHINE)

    french = page(client, product, "fr")
    assert french.count('data-mt-field="title"') == 1
    assert 'data-mt-field="description"' not in french
    assert 'data-mt-field="title"' not in page(client, product, "en")


def test_a_product_stocked_by_a_partner_without_a_filing_shows_no_seller_line(client):
    product = ProductFactory()
    StockRecordFactory(product=product, partner=PartnerFactory())

    assert "product-seller" not in page(client, product, "en")
