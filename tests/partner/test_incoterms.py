"""Incoterms a seller offers: sea terms name their port, the others take none (Incoterms 2020)."""

import pytest
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.services import set_incoterms

IncotermOffer = get_model("partner", "IncotermOffer")

pytestmark = pytest.mark.django_db


def offered(stockrecord):
    return set(stockrecord.incoterms.values_list("term", "port"))


@pytest.mark.parametrize("term", ["FAS", "FOB", "CFR", "CIF"])
def test_a_sea_term_without_a_port_is_refused(stockrecord, term):
    offer = IncotermOffer(stockrecord=stockrecord, term=term, port="  ")

    with pytest.raises(ValidationError) as refused:
        offer.full_clean()

    assert refused.value.message_dict["port"] == [f"{term} is a sea term: name the port."]


@pytest.mark.parametrize("term", ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"])
def test_a_port_on_a_term_for_any_transport_mode_is_refused(stockrecord, term):
    offer = IncotermOffer(stockrecord=stockrecord, term=term, port="Yangjiang Port")

    with pytest.raises(ValidationError, match="takes no port"):
        offer.full_clean()


def test_an_unknown_term_is_refused(stockrecord):
    with pytest.raises(ValidationError):
        IncotermOffer(stockrecord=stockrecord, term="XYZ").full_clean()


def test_one_term_may_be_offered_from_several_ports_but_each_port_once(stockrecord):
    set_incoterms(stockrecord, [("FOB", "Yangjiang Port"), ("FOB", "Shenzhen Yantian"),
                                ("FOB", "Guangzhou Nansha"), "EXW"])

    assert offered(stockrecord) == {("FOB", "Yangjiang Port"), ("FOB", "Shenzhen Yantian"),
                                    ("FOB", "Guangzhou Nansha"), ("EXW", "")}
    duplicate = IncotermOffer(stockrecord=stockrecord, term="FOB", port="Yangjiang Port")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_set_incoterms_is_all_or_nothing(stockrecord):
    before = offered(stockrecord)

    with pytest.raises(ValidationError) as refused:
        set_incoterms(stockrecord, ["DDP", ("CFR", ""), ("FOB", " Yangjiang Port "),
                                    ("FOB", "Yangjiang Port")])

    assert "CFR is a sea term: name the port." in refused.value.messages
    assert "FOB Yangjiang Port is listed twice." in refused.value.messages
    assert offered(stockrecord) == before
