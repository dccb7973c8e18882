"""The request and quote forms name Incoterms as the vocabulary's editors keep them, in the
buyer's language: a corrected name shows at once, the posted value stays the code."""

import lxml.html
import pytest
from modeltranslation.utils import build_localized_fieldname

from marketplace.rfq.forms import QuoteForm
from marketplace.vocabulary.models import Term

pytestmark = pytest.mark.django_db


def incoterm_options(response) -> dict:
    root = lxml.html.document_fromstring(response.content.decode())
    return {option.get("value"): option.text_content().strip()
            for option in root.xpath('//select[@name="incoterm"]/option') if option.get("value")}


def rename(code, language, name, capture):
    term = Term.objects.get(kind="incoterm", code=code)
    setattr(term, build_localized_fieldname("name", language), name)
    with capture(execute=True):
        term.save()


def test_a_corrected_french_name_shows_in_the_french_request_form(
        client, buyer, product, rfq_data, django_capture_on_commit_callbacks):
    client.force_login(buyer)
    options = incoterm_options(client.get(f"/fr/rfq/new/?product={product.pk}"))
    assert options["FOB"] == "FOB – Franco à bord"
    assert len(options) == 11 and options["EXW"].startswith("EXW – ")

    rename("FOB", "fr", "Franco à bord (port d'embarquement convenu)",
           django_capture_on_commit_callbacks)
    options = incoterm_options(client.get(f"/fr/rfq/new/?product={product.pk}"))
    assert options["FOB"] == "FOB – Franco à bord (port d'embarquement convenu)"
    # Other languages keep their own names.
    assert incoterm_options(client.get(f"/de/rfq/new/?product={product.pk}"))["FOB"] == \
        "FOB – Frei an Bord"

    response = client.post(f"/fr/rfq/new/?product={product.pk}", rfq_data(incoterm="FOB"))
    assert response.status_code == 302
    assert product.rfqs.get().incoterm == "FOB"


def test_the_quote_form_offers_the_same_names(django_capture_on_commit_callbacks):
    from django.utils import translation

    rename("CIF", "ja", "運賃保険料込み（修正）", django_capture_on_commit_callbacks)
    with translation.override("ja"):
        choices = dict(QuoteForm().fields["incoterm"].choices)
    assert choices["CIF"] == "CIF – 運賃保険料込み（修正）"
    assert not QuoteForm(data={"incoterm": "XYZ"}).is_valid()
