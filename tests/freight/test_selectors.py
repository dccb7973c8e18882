"""The freight options the checkout offers for one seller's part of a basket."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.freight.models import FreightRate, FreightService, FreightZone, SellerShippingProfile
from marketplace.freight.selectors import (
    BUYER_FORWARDER,
    FreightChoice,
    ShipmentLine,
    find_option,
    freight_options,
    needs_cold_chain,
)

from .conftest import knife, processed_food, seafood

pytestmark = pytest.mark.django_db


def options(partner, lines, country="DE", term="DAP"):
    return freight_options(partner=partner, lines=lines, country_code=country, incoterm=term)


def by_name(choice):
    return {option.name: option for option in choice.options}


def profile(partner, countries=(), accepts_on_quote=False):
    return SellerShippingProfile.objects.create(partner=partner, countries=list(countries),
                                                accepts_on_quote=accepts_on_quote)


# --- pricing by weight steps and zones ----------------------------------------------------

def test_charge_counts_every_started_weight_step(seller, network):
    # 4 knives of 0.45 kg = 1.8 kg: first kg 150, one started kg above it 65.
    choice = options(seller, [ShipmentLine(knife("0.450"), 4)])

    post = by_name(choice)["Post parcel"]
    assert post.charge_cny == Decimal("215.00")
    assert post.code == f"svc-{network['postal'].pk}" and post.trade_mode == "postal"
    assert post.on_quote is False and post.transit_days == (7, 20)
    # Express in 0.5 kg steps: 230 for the first half kilo, 3 started half kilos at 55.
    assert by_name(choice)["Express"].charge_cny == Decimal("395.00")
    assert choice.refusal == ""


def test_exact_step_boundary_is_not_rounded_up(seller, network):
    choice = options(seller, [ShipmentLine(knife("0.500"), 4)])  # exactly 2 kg

    assert by_name(choice)["Post parcel"].charge_cny == Decimal("215.00")


def test_lines_add_up_and_charge_has_two_decimal_places(seller, network):
    choice = options(seller, [ShipmentLine(knife("0.250"), 2), ShipmentLine(knife("0.125"), 1)])

    charge = by_name(choice)["Post parcel"].charge_cny
    assert charge == Decimal("150.00") and str(charge) == "150.00"


def test_destination_outside_every_listed_zone_takes_the_rest_of_the_world_rate(seller, network):
    choice = options(seller, [ShipmentLine(knife("1.000"), 3)], country="BR")

    # Only the postal parcel has a rest-of-the-world rate: 180 + 2 x 85.
    assert list(by_name(choice)) == ["Post parcel"]
    assert by_name(choice)["Post parcel"].charge_cny == Decimal("350.00")


def test_service_without_a_rate_for_the_zone_is_not_offered(seller, network):
    network["postal"].rates.filter(zone=network["world"]).delete()

    choice = options(seller, [ShipmentLine(knife(), 1)], country="BR")

    assert choice.options == []
    assert choice.refusal == f"{seller.name} has no freight service to Brazil."


def test_flat_fee_rate_with_a_first_step_of_zero_kg(seller, network):
    warehouse = FreightService.objects.create(
        partner=seller, name="Our Rotterdam warehouse", trade_mode="overseas_warehouse",
        countries=["NL"])
    FreightRate.objects.create(service=warehouse, zone=network["europe"],
                               first_step_kg=Decimal("0"), first_step_charge_cny=Decimal("40"),
                               additional_step_kg=Decimal("1"),
                               additional_step_charge_cny=Decimal("12.5"))

    choice = options(seller, [ShipmentLine(knife("0.800"), 3)], country="NL")  # 2.4 kg

    assert by_name(choice)["Our Rotterdam warehouse"].charge_cny == Decimal("77.50")


# --- the seller's own services ----------------------------------------------------------

def test_sellers_own_warehouse_serves_only_its_countries(seller, network):
    warehouse = FreightService.objects.create(
        partner=seller, name="Our Rotterdam warehouse", trade_mode="overseas_warehouse",
        countries=["NL", "DE"], transit_days_min=1, transit_days_max=3)
    FreightRate.objects.create(service=warehouse, zone=network["europe"],
                               first_step_kg=Decimal("1"), first_step_charge_cny=Decimal("40"),
                               additional_step_kg=Decimal("1"),
                               additional_step_charge_cny=Decimal("10"))
    lines = [ShipmentLine(knife(), 1)]

    assert "Our Rotterdam warehouse" in by_name(options(seller, lines, country="NL"))
    assert by_name(options(seller, lines, country="DE"))["Our Rotterdam warehouse"].transit_days \
        == (1, 3)
    # France is in the same zone, but the warehouse does not deliver there.
    assert "Our Rotterdam warehouse" not in by_name(options(seller, lines, country="FR"))


def test_another_sellers_service_is_never_offered(seller, other_seller, network):
    theirs = FreightService.objects.create(partner=other_seller, name="Their warehouse",
                                           trade_mode="overseas_warehouse", countries=["DE"])
    FreightRate.objects.create(service=theirs, zone=network["europe"],
                               first_step_kg=Decimal("1"), first_step_charge_cny=Decimal("1"),
                               additional_step_kg=Decimal("1"),
                               additional_step_charge_cny=Decimal("1"))

    choice = options(seller, [ShipmentLine(knife(), 1)])

    assert "Their warehouse" not in by_name(choice)
    assert "Their warehouse" in by_name(options(other_seller, [ShipmentLine(knife(), 1)]))


def test_inactive_services_are_not_offered(seller, network):
    FreightService.objects.filter(trade_mode__in=["postal", "express"]).update(is_active=False)

    choice = options(seller, [ShipmentLine(knife(), 1)])

    assert choice.options == []
    assert "has no freight service to Germany" in choice.refusal


def test_service_limited_to_some_countries(seller, network):
    FreightService.objects.filter(pk=network["express"].pk).update(countries="FR")

    assert "Express" not in by_name(options(seller, [ShipmentLine(knife(), 1)], country="DE"))
    assert "Express" in by_name(options(seller, [ShipmentLine(knife(), 1)], country="FR"))


# --- the seller's shipping profile ------------------------------------------------------

def test_seller_that_does_not_ship_to_the_country_is_refused(seller, network):
    profile(seller, countries=["US", "CA"])

    choice = options(seller, [ShipmentLine(knife(), 1)], country="DE")

    assert choice.options == []
    assert choice.refusal == f"{seller.name} does not ship to Germany."
    assert options(seller, [ShipmentLine(knife(), 1)], country="US").options


def test_profile_without_countries_ships_wherever_the_platform_does(seller, network):
    profile(seller, countries=[])

    assert options(seller, [ShipmentLine(knife(), 1)], country="DE").options


def test_country_the_platform_does_not_ship_to_is_refused(seller, network):
    for code, name in [("KP", "North Korea"), ("CU", "Cuba")]:
        choice = options(seller, [ShipmentLine(knife(), 1)], country=code)
        assert choice.options == []
        assert choice.refusal == f"The marketplace does not ship to {name}."
    assert options(seller, [ShipmentLine(knife(), 1)], country="ZZ").refusal.startswith(
        "The marketplace does not ship to")


def test_lower_case_country_code_is_understood(seller, network):
    assert options(seller, [ShipmentLine(knife(), 1)], country="de").options


def test_on_quote_freight_only_for_sellers_who_accept_it(seller, network):
    lines = [ShipmentLine(knife(), 1)]

    assert "Sea LCL" not in by_name(options(seller, lines))
    profile(seller, accepts_on_quote=True)
    sea = by_name(options(seller, lines))["Sea LCL"]

    assert sea.on_quote is True and sea.charge_cny is None
    assert sea.trade_mode == "sea_lcl" and sea.transit_days == (20, 45)


def test_on_quote_freight_needs_no_gross_weight(seller, network):
    profile(seller, accepts_on_quote=True)

    choice = options(seller, [ShipmentLine(knife(kg=None), 1)])

    assert list(by_name(choice)) == ["Sea LCL"]


# --- weights ----------------------------------------------------------------------------

def test_unknown_gross_weight_skips_weight_priced_services_and_names_the_product(seller,
                                                                               network):
    unweighed = knife(kg=None, title_en="Santoku 7 inch")

    choice = options(seller, [ShipmentLine(knife(), 2), ShipmentLine(unweighed, 1)])

    assert choice.options == []
    assert "Santoku 7 inch" in choice.refusal and "gross weight" in choice.refusal
    assert "Germany" in choice.refusal


def test_shipment_heavier_than_the_limit_skips_the_service(seller, network):
    # 31 kg: over the postal parcel's 30 kg; the express services have no limit.
    choice = options(seller, [ShipmentLine(knife("1.000"), 31)])

    assert set(by_name(choice)) == {"Express", "Cold express"}
    FreightService.objects.filter(trade_mode="express").update(max_weight_kg=Decimal("30"))

    refused = options(seller, [ShipmentLine(knife("1.000"), 31)])
    assert refused.options == []
    assert refused.refusal == "At 31.000 kg, this shipment is heavier than any service to " \
                              "Germany carries."


def test_exactly_the_limit_still_ships(seller, network):
    choice = options(seller, [ShipmentLine(knife("1.000"), 30)])

    assert "Post parcel" in by_name(choice)


# --- cold chain -------------------------------------------------------------------------

@pytest.mark.parametrize("attributes", [
    {"processing": "seafood_processing.frozen"},
    {"processing": "seafood_processing.chilled"},
    {"processing": "seafood_processing.live"},
    {"storage_temperature_c": -18},
    {"storage_temperature_c": 4},
])
def test_seafood_that_needs_a_cold_chain(classes, attributes):
    assert needs_cold_chain(seafood(classes, **attributes)) is True


@pytest.mark.parametrize("attributes", [
    {"processing": "seafood_processing.dried"},
    {"processing": "seafood_processing.salted", "storage_temperature_c": 15},
    {"storage_temperature_c": 5},
    {},
])
def test_seafood_that_ships_ambient(classes, attributes):
    assert needs_cold_chain(seafood(classes, **attributes)) is False


def test_food_stored_chilled_or_frozen_needs_a_cold_chain(classes):
    assert needs_cold_chain(processed_food(classes, storage="chilled")) is True
    assert needs_cold_chain(processed_food(classes, storage="frozen")) is True
    assert needs_cold_chain(processed_food(classes, storage="ambient")) is False
    assert needs_cold_chain(knife()) is False


def test_variant_inherits_its_parents_cold_storage(classes):
    parent = seafood(classes, title="Shrimp", processing="seafood_processing.frozen")
    parent.structure = "parent"
    parent.save()
    from tests.factories import ProductFactory

    child = ProductFactory(parent=parent, structure="child", product_class=None,
                           title_en="Shrimp 1 kg")

    assert needs_cold_chain(child) is True


def test_cold_goods_go_by_cold_chain_services_only(seller, network, classes):
    shrimp = seafood(classes, processing="seafood_processing.frozen", kg="1.000")
    profile(seller, accepts_on_quote=True)

    choice = options(seller, [ShipmentLine(shrimp, 2), ShipmentLine(knife(), 1)])

    cold = by_name(choice)["Cold express"]
    assert list(by_name(choice)) == ["Cold express"]  # not the sea LCL, not ambient parcels
    assert cold.cold_chain is True and cold.charge_cny == Decimal("920.00")  # 2.45 kg


def test_cold_goods_with_no_cold_chain_service_are_refused_naming_the_product(seller, network,
                                                                             classes):
    shrimp = seafood(classes, title="Chilled pomfret", processing="seafood_processing.chilled")

    choice = options(seller, [ShipmentLine(shrimp, 1)], country="BR")

    assert choice.options == []
    assert choice.refusal == (f"Chilled pomfret must travel chilled or frozen, and no "
                              f"cold-chain service of {seller.name} ships to Brazil.")


# --- E and F terms ----------------------------------------------------------------------

@pytest.mark.parametrize("term", ["EXW", "FCA", "FAS", "FOB"])
def test_under_e_and_f_terms_the_buyers_forwarder_is_the_only_option(seller, network, term):
    profile(seller, countries=["US"])  # the seller's own reach does not matter

    choice = options(seller, [ShipmentLine(knife(kg=None), 1)], country="DE", term=term)

    assert choice.refusal == ""
    [option] = choice.options
    assert option.code == BUYER_FORWARDER and option.charge_cny == Decimal("0")
    assert option.on_quote is False and option.cold_chain is False
    assert "forwarder" in option.name and "cold chain" not in option.name


def test_buyers_forwarder_is_told_the_cold_chain_is_theirs(seller, network, classes):
    shrimp = seafood(classes, processing="seafood_processing.frozen")

    choice = options(seller, [ShipmentLine(shrimp, 1)], term="FOB")

    assert choice.options[0].name == ("Buyer's own forwarder, from the port of shipment (the "
                                      "cold chain is the buyer's to arrange)")
    assert "the seller's premises" in options(seller, [ShipmentLine(shrimp, 1)],
                                              term="EXW").options[0].name


# --- C terms by sea ---------------------------------------------------------------------

def test_cfr_and_cif_offer_sea_freight_only(seller, network):
    profile(seller, accepts_on_quote=True)

    for term in ("CFR", "CIF"):
        assert list(by_name(options(seller, [ShipmentLine(knife(), 1)], term=term))) \
            == ["Sea LCL"]
    assert "Post parcel" in by_name(options(seller, [ShipmentLine(knife(), 1)], term="CPT"))


def test_cif_without_sea_freight_is_refused(seller, network):
    choice = options(seller, [ShipmentLine(knife(), 1)], term="CIF")

    assert choice.options == []
    assert choice.refusal == (f"CIF is a sea term, and {seller.name} offers no sea freight to "
                              f"Germany.")


# --- odd input --------------------------------------------------------------------------

def test_unknown_term_and_empty_basket_are_refused(seller, network):
    assert options(seller, [ShipmentLine(knife(), 1)], term="XYZ").refusal == (
        "“XYZ” is not a delivery term the marketplace knows.")
    assert options(seller, [], term="DAP").refusal == "There is nothing to ship."
    assert options(seller, [ShipmentLine(knife(), 0)]).refusal == "There is nothing to ship."


def test_no_services_at_all_is_refused(seller, network):
    FreightService.objects.all().delete()

    choice = options(seller, [ShipmentLine(knife(), 1)])

    assert choice.refusal == f"{seller.name} has no freight service to Germany."


def test_find_option_by_code(seller, network):
    choice = options(seller, [ShipmentLine(knife(), 1)])

    assert find_option(choice, f"svc-{network['express'].pk}").name == "Express"
    assert find_option(choice, "svc-999999") is None
    assert find_option(choice, "") is None
    assert find_option(FreightChoice([], "no"), BUYER_FORWARDER) is None


def test_refusal_is_translated(seller, network):
    from django.utils import translation

    profile(seller, countries=["US"])
    with translation.override("de"):
        refusal = options(seller, [ShipmentLine(knife(), 1)]).refusal

    assert "Deutschland" in refusal  # the country name at least follows the language


# --- cost -------------------------------------------------------------------------------

def test_a_few_queries_however_many_lines_and_services(seller, network, classes):
    profile(seller, accepts_on_quote=True)
    for index in range(5):
        service = FreightService.objects.create(partner=seller, name=f"Own {index}",
                                                trade_mode="express", cold_chain=True)
        FreightRate.objects.create(service=service, zone=network["europe"],
                                   first_step_kg=Decimal("1"), first_step_charge_cny=Decimal("1"),
                                   additional_step_kg=Decimal("1"),
                                   additional_step_charge_cny=Decimal("1"))
    lines = [ShipmentLine(seafood(classes, title=f"Fish {index}",
                                  processing="seafood_processing.frozen"), 1)
             for index in range(6)] + [ShipmentLine(knife(), 1) for _ in range(6)]

    with CaptureQueriesContext(connection) as queries:
        choice = options(seller, lines)

    assert len(choice.options) == 6  # the five own cold services and the cold express
    assert len(queries) <= 5


# --- the platform defaults --------------------------------------------------------------

def test_platform_defaults_price_a_parcel_to_germany(seller):
    # The seeded zones and rates, as the data migration left them.
    assert FreightZone.objects.filter(name="Europe").exists()
    choice = options(seller, [ShipmentLine(knife("0.450"), 4)])  # 1.8 kg

    names = by_name(choice)
    assert names["China Post international parcel"].charge_cny == Decimal("215.00")
    assert names["International express"].charge_cny == Decimal("395.00")
    assert all(not option.on_quote for option in choice.options)
    assert FreightService.objects.filter(partner__isnull=True, notes__contains="illustrative") \
        .count() == FreightService.objects.filter(partner__isnull=True).count() == 7


def test_cold_chain_read_once_for_the_whole_basket_spares_each_sellers_call(seller, network,
                                                                          classes):
    from marketplace.freight.selectors import products_needing_cold_chain

    shrimp = seafood(classes, processing="seafood_processing.frozen")
    lines = [ShipmentLine(shrimp, 1), ShipmentLine(knife(), 1)]
    assert products_needing_cold_chain([line.product for line in lines]) == {shrimp.pk}

    with CaptureQueriesContext(connection) as queries:
        choice = options(seller, lines)

    assert list(by_name(choice)) == ["Cold express"]
    assert len(queries) <= 4
    assert needs_cold_chain(shrimp) is True
