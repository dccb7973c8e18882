"""The checkout's trade-terms step names each offered Incoterm after its code and port, as
the vocabulary's editors keep the name, in the buyer's language."""

import lxml.html
import pytest
from modeltranslation.utils import build_localized_fieldname

from marketplace.vocabulary.models import Term

from .conftest import add, give_address

pytestmark = pytest.mark.django_db


def incoterm_options(response, partner) -> dict:
    root = lxml.html.document_fromstring(response.content.decode())
    select = f'//select[@name="seller-{partner.pk}-incoterm"]/option'
    return {option.get("value"): option.text_content().strip() for option in root.xpath(select)}


def test_the_french_trade_terms_step_names_incoterms_as_editors_keep_them(
        client, buyer, knife, sellers, django_capture_on_commit_callbacks):
    client.force_login(buyer)
    assert add(client, knife, 10).status_code == 302
    assert give_address(client).status_code == 302
    knives = sellers[0]
    options = incoterm_options(client.get("/fr/checkout/shipping-method/"), knives)
    assert set(options) == {"EXW", "FOB|Yangjiang Port", "DAP"}
    assert options["FOB|Yangjiang Port"] == "FOB Yangjiang Port (Franco à bord)"
    assert options["DAP"] == "DAP (Rendu au lieu de destination)"

    term = Term.objects.get(kind="incoterm", code="FOB")
    setattr(term, build_localized_fieldname("name", "fr"), "Franco à bord, port convenu")
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    options = incoterm_options(client.get("/fr/checkout/shipping-method/"), knives)
    assert options["FOB|Yangjiang Port"] == "FOB Yangjiang Port (Franco à bord, port convenu)"
