"""A trade document names its Incoterm in the document's language, as the vocabulary's
editors keep the name: a correction shows in the next PDF."""

import pytest
from modeltranslation.utils import build_localized_fieldname

from marketplace.vocabulary.models import Term

from .test_documents import contains, pdf_text, url

pytestmark = pytest.mark.django_db


def test_the_commercial_invoice_names_the_incoterm_as_editors_keep_it(
        order, buyer, django_capture_on_commit_callbacks):
    order.trade_terms = {"incoterm": "FOB", "named_place": "Yangjiang Port"}
    order.save(update_fields=["trade_terms"])
    french = pdf_text(buyer.client.get(url("commercial-invoice", language="fr")))
    assert contains(french, "FOB Yangjiang Port (Franco à bord)")

    term = Term.objects.get(kind="incoterm", code="FOB")
    setattr(term, build_localized_fieldname("name", "fr"), "Franco à bord, Incoterms 2020")
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    french = pdf_text(buyer.client.get(url("commercial-invoice", language="fr")))
    assert contains(french, "(Franco à bord, Incoterms 2020)")
    english = pdf_text(buyer.client.get(url("commercial-invoice", language="en")))
    assert contains(english, "FOB Yangjiang Port (Free On Board)")


def test_an_unknown_code_is_printed_as_it_is_without_a_name(order, buyer):
    order.trade_terms = {"incoterm": "XYZ", "named_place": "Hamburg"}
    order.save(update_fields=["trade_terms"])
    text = pdf_text(buyer.client.get(url("commercial-invoice", language="fr")))
    assert contains(text, "XYZ Hamburg") and not contains(text, "XYZ Hamburg (")
