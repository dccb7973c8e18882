"""Who pays what under each Incoterms® 2020 term, held to the table in DOMAIN.md §9."""

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string

from marketplace.freight import incoterms
from marketplace.freight.incoterms import NamedPlace
from marketplace.oscar_apps.partner.models import IncotermOffer

# DOMAIN.md §9, transcribed: term -> (sea only, seller pays main carriage, insurance clauses
# the seller must insure on, export clearance, import clearance and duty).
DOMAIN_TABLE = {
    "EXW": (False, False, "", "buyer", "buyer"),
    "FCA": (False, False, "", "seller", "buyer"),
    "CPT": (False, True, "", "seller", "buyer"),
    "CIP": (False, True, "A", "seller", "buyer"),
    "DAP": (False, True, "", "seller", "buyer"),
    "DPU": (False, True, "", "seller", "buyer"),
    "DDP": (False, True, "", "seller", "seller"),
    "FAS": (True, False, "", "seller", "buyer"),
    "FOB": (True, False, "", "seller", "buyer"),
    "CFR": (True, True, "", "seller", "buyer"),
    "CIF": (True, True, "C", "seller", "buyer"),
}


def test_the_terms_are_those_stock_records_offer():
    assert set(incoterms.TERMS) == {code for code, _label in IncotermOffer.TERM_CHOICES}
    assert {term for term, duties in incoterms.TERMS.items() if duties.sea_only} \
        == IncotermOffer.SEA_TERMS


@pytest.mark.parametrize("term", DOMAIN_TABLE)
def test_duties_match_domain_table(term):
    sea_only, carriage, clauses, export, import_ = DOMAIN_TABLE[term]
    duties = incoterms.duties(term)

    assert duties.sea_only is sea_only and incoterms.is_sea_only(term) is sea_only
    assert incoterms.seller_arranges_main_carriage(term) is carriage
    assert duties.insurance_clauses == clauses
    assert incoterms.seller_must_insure(term) is bool(clauses)
    assert duties.export_clearance == export
    assert duties.import_clearance == import_


def test_groups_and_unloading():
    assert {term: d.group for term, d in incoterms.TERMS.items()} == {
        "EXW": "E", "FCA": "F", "FAS": "F", "FOB": "F",
        "CPT": "C", "CIP": "C", "CFR": "C", "CIF": "C",
        "DAP": "D", "DPU": "D", "DDP": "D"}
    assert [term for term, d in incoterms.TERMS.items() if d.seller_unloads] == ["DPU"]


def test_named_places():
    assert incoterms.named_place("EXW") is NamedPlace.SELLER_PREMISES
    assert incoterms.named_place("FCA") is NamedPlace.HANDOVER_IN_CHINA
    for term in ("FAS", "FOB"):
        assert incoterms.named_place(term) is NamedPlace.PORT_OF_SHIPMENT
    for term in ("CFR", "CIF"):
        assert incoterms.named_place(term) is NamedPlace.PORT_OF_DESTINATION
    for term in ("CPT", "CIP", "DAP", "DPU", "DDP"):
        assert incoterms.named_place(term) is NamedPlace.BUYER_DESTINATION


@pytest.mark.parametrize("bad", ["", "fob", "XYZ", None, "FOB "])
def test_unknown_terms_are_refused(bad):
    assert incoterms.is_term(bad) is False
    with pytest.raises(ValueError):
        incoterms.duties(bad)


def rendered(term):
    return " ".join(render_to_string("freight/_responsibilities.html",
                                     {"duties": incoterms.TERMS.get(term)}).split())


def test_template_shows_who_pays_under_cif():
    page = rendered("CIF")

    assert "Who pays under CIF (Incoterms® 2020); the named place is the port of destination" \
        in page
    assert "Seller, on Institute Cargo Clauses (C) at least" in page
    assert "Sea and inland waterway only" in page


def test_template_shows_who_pays_under_cip_ddp_exw_and_dpu():
    assert "Seller, on Institute Cargo Clauses (A)" in rendered("CIP")
    ddp = rendered("DDP")
    assert "Import clearance and duty</th> <td>Seller" in ddp
    assert "Not required" in ddp
    exw = rendered("EXW")
    assert "Main carriage</th> <td>Buyer" in exw and "Export clearance</th> <td>Buyer" in exw
    assert "Seller, unloading at the destination included" in rendered("DPU")


def test_template_tag_renders_a_term_and_nothing_for_an_unknown_one():
    template = Template("{% load freight_tags %}{% incoterm_responsibilities term %}")

    assert "Who pays under FOB" in template.render(Context({"term": "FOB"}))
    assert template.render(Context({"term": "<script>"})).strip() == ""

