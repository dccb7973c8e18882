"""The freight pages of the dashboard: who may see what, and what a bad form changes."""

from decimal import Decimal

import pytest
from django.urls import reverse

from marketplace.freight.models import FreightRate, FreightService, FreightZone, SellerShippingProfile
from tests.sellers.factories import UserFactory

from .conftest import make_seller

pytestmark = pytest.mark.django_db

INDEX = reverse("freight:freight-index")


def seller_page(partner):
    return reverse("freight:freight-seller", kwargs={"partner_pk": partner.pk})


def service_page(service):
    return reverse("freight:freight-service-update", kwargs={"pk": service.pk})


def create_page(partner):
    return reverse("freight:freight-service-create", kwargs={"partner_pk": partner.pk})


def login(client, partner):
    client.force_login(partner.users.get())


def staff(client):
    client.force_login(UserFactory(is_staff=True))


def rates_data(*rows, initial=0, prefix="rates"):
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "50"}
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


def service_data(**changes):
    return {"name": "Rotterdam warehouse", "trade_mode": "overseas_warehouse",
            "transit_days_min": "1", "transit_days_max": "3", "max_weight_kg": "50",
            "countries": ["NL", "BE"], "is_active": "on", "notes": "", **changes}


def rate_row(zone_, **changes):
    return {"zone": str(zone_.pk), "first_step_kg": "0", "first_step_charge_cny": "40",
            "additional_step_kg": "1", "additional_step_charge_cny": "12.50", **changes}


def not_found(response):
    # LocaleMiddleware answers a 404 outside the language prefix with a redirect into
    # /en/dashboard/..., which is not found either: hence follow=True.
    return response.status_code == 404


def own_service(partner, name="Own warehouse"):
    return FreightService.objects.create(partner=partner, name=name,
                                         trade_mode="overseas_warehouse", countries=["DE"])


def europe():
    return FreightZone.objects.get(name="Europe")


# --- who may come in --------------------------------------------------------------------

def test_anonymous_visitor_is_sent_to_the_dashboard_login(client):
    response = client.get(INDEX)

    assert response.status_code == 302
    assert reverse("dashboard:login") in response["Location"]


def test_signed_in_user_without_a_seller_is_forbidden(client, seller):
    client.force_login(UserFactory())
    assert client.get(INDEX).status_code == 403
    assert client.get(seller_page(seller)).status_code == 403


def test_user_with_dashboard_access_but_no_seller_is_forbidden(client):
    partner = make_seller()
    user = partner.users.get()
    partner.users.remove(user)
    client.force_login(user)

    assert client.get(INDEX).status_code == 403


def test_seller_is_taken_from_the_index_to_its_own_page(client, seller):
    login(client, seller)

    response = client.get(INDEX)

    assert response.status_code == 302 and response["Location"] == seller_page(seller)
    page = client.get(seller_page(seller))
    assert page.status_code == 200
    content = page.content.decode()
    assert "Shipping profile" in content and "China Post international parcel" in content


def test_staff_see_platform_services_and_zones(client, seller):
    own_service(seller, name="Seller's own warehouse")
    staff(client)

    content = client.get(INDEX).content.decode()

    assert "China Post international parcel" in content and "Rest of the world" in content
    assert "Seller&#x27;s own warehouse" in content


# --- seller isolation -------------------------------------------------------------------

def test_seller_cannot_open_another_sellers_pages(client, seller, other_seller):
    theirs = own_service(other_seller, name="Their secret warehouse")
    login(client, seller)

    assert not_found(client.get(seller_page(other_seller), follow=True))
    assert not_found(client.get(create_page(other_seller), follow=True))
    assert not_found(client.post(create_page(other_seller), service_data(), follow=True))
    assert not_found(client.get(service_page(theirs), follow=True))
    assert not_found(client.post(service_page(theirs), service_data(), follow=True))
    assert not_found(client.post(reverse("freight:freight-service-delete",
                                         kwargs={"pk": theirs.pk}), follow=True))
    theirs.refresh_from_db()
    assert theirs.name == "Their secret warehouse"
    assert "Their secret warehouse" not in client.get(seller_page(seller)).content.decode()


def test_seller_cannot_edit_platform_services(client, seller):
    platform = FreightService.objects.platform().first()
    login(client, seller)

    assert not_found(client.get(service_page(platform), follow=True))
    assert not_found(client.post(service_page(platform), service_data(name="Mine now"),
                                 follow=True))
    assert client.get(reverse("freight:freight-platform-service-create")).status_code == 403
    platform.refresh_from_db()
    assert platform.name != "Mine now"


def test_service_posted_to_own_page_cannot_be_given_to_another_seller(client, seller,
                                                                      other_seller):
    login(client, seller)

    client.post(create_page(seller), {**service_data(partner=str(other_seller.pk)),
                                      **rates_data()})

    assert FreightService.objects.get(name="Rotterdam warehouse").partner == seller


# --- the shipping profile ---------------------------------------------------------------

def test_seller_saves_its_shipping_profile(client, seller):
    login(client, seller)

    response = client.post(seller_page(seller), {"countries": ["US", "DE"],
                                                 "accepts_on_quote": "on"})

    assert response.status_code == 302
    profile = SellerShippingProfile.objects.get(partner=seller)
    assert sorted(country.code for country in profile.countries) == ["DE", "US"]
    assert profile.accepts_on_quote is True
    client.post(seller_page(seller), {})
    profile.refresh_from_db()
    assert list(profile.countries) == [] and profile.accepts_on_quote is False


@pytest.mark.parametrize("country", ["KP", "ZZ", "<b>XSS</b>", "D" * 500])
def test_profile_refuses_a_country_the_platform_does_not_ship_to(client, seller, country):
    login(client, seller)

    response = client.post(seller_page(seller), {"countries": ["DE", country]})

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert "<b>XSS</b>" not in response.content.decode()
    assert not SellerShippingProfile.objects.filter(partner=seller).exists()


# --- services and rates -----------------------------------------------------------------

def test_seller_adds_its_overseas_warehouse_with_a_rate(client, seller):
    login(client, seller)

    response = client.post(create_page(seller), {**service_data(),
                                                  **rates_data(rate_row(europe()))})

    service = FreightService.objects.get(partner=seller)
    assert response.status_code == 302 and response["Location"] == service_page(service)
    assert service.trade_mode == "overseas_warehouse" and service.transit_days == (1, 3)
    rate = service.rates.get()
    assert (rate.zone, rate.first_step_charge_cny, rate.additional_step_charge_cny) == (
        europe(), Decimal("40.00"), Decimal("12.50"))
    page = client.get(service_page(service)).content.decode()
    assert "Rotterdam warehouse" in page and "12.50" in page


def test_seller_edits_and_deletes_its_service(client, seller):
    service = own_service(seller)
    FreightRate.objects.create(service=service, zone=europe(), first_step_kg=1,
                               first_step_charge_cny=10, additional_step_kg=1,
                               additional_step_charge_cny=5)
    rate = service.rates.get()
    login(client, seller)

    client.post(service_page(service), {
        **service_data(name="Hamburg warehouse", countries=["DE"]),
        **rates_data({**rate_row(europe()), "id": str(rate.pk), "DELETE": "on"}, initial=1)})

    service.refresh_from_db()
    assert service.name == "Hamburg warehouse" and not service.rates.exists()
    response = client.post(reverse("freight:freight-service-delete", kwargs={"pk": service.pk}))
    assert response.status_code == 302 and response["Location"] == seller_page(seller)
    assert not FreightService.objects.filter(pk=service.pk).exists()


def test_delete_is_post_only(client, seller):
    service = own_service(seller)
    login(client, seller)

    assert client.get(reverse("freight:freight-service-delete",
                              kwargs={"pk": service.pk})).status_code == 405


@pytest.mark.parametrize(("changes", "field_error"), [
    ({"name": ""}, "This field is required."),
    ({"name": "x" * 101}, "Ensure this value has at most 100 characters"),
    ({"trade_mode": "teleport"}, "Select a valid choice"),
    ({"transit_days_min": "9", "transit_days_max": "3"},
     "The longest transit cannot be shorter than the shortest."),
    ({"transit_days_max": "366"}, "Ensure this value is less than or equal to 365."),
    ({"transit_days_min": "-1"}, "Ensure this value is greater than or equal to 0."),
    ({"max_weight_kg": "0"}, "Ensure this value is greater than or equal to 0.001."),
    ({"max_weight_kg": "30001"}, "Ensure this value is less than or equal to 30000."),
    ({"max_weight_kg": "1e400"}, "Ensure that there are no more than"),
    ({"countries": []}, "List the countries the overseas warehouse delivers to."),
    ({"countries": ["IR"]}, "Select a valid choice"),
    ({"notes": "n" * 2001}, "Ensure this value has at most 2000 characters"),
])
def test_bad_service_gets_a_field_error_and_changes_nothing(client, seller, changes,
                                                             field_error):
    login(client, seller)

    response = client.post(create_page(seller), {**service_data(**changes),
                                                  **rates_data(rate_row(europe()))})

    assert response.status_code == 400
    assert field_error in response.content.decode()
    assert not FreightService.objects.filter(partner=seller).exists()
    assert not FreightRate.objects.filter(service__partner=seller).exists()


@pytest.mark.parametrize(("changes", "error"), [
    ({"first_step_charge_cny": "-1"}, "Ensure this value is greater than or equal to 0."),
    ({"first_step_charge_cny": "1000001"},
     "Ensure this value is less than or equal to 1000000."),
    ({"additional_step_kg": "0"}, "Ensure this value is greater than or equal to 0.001."),
    ({"additional_step_charge_cny": "1.234"}, "Ensure that there are no more than 2 decimal"),
    ({"zone": "999999"}, "Select a valid choice"),
    ({"first_step_kg": "abc"}, "Enter a number."),
])
def test_bad_rate_gets_an_error_and_the_service_is_not_saved(client, seller, changes, error):
    login(client, seller)

    response = client.post(create_page(seller), {**service_data(),
                                                  **rates_data(rate_row(europe(), **changes))})

    assert response.status_code == 400
    assert error in response.content.decode()
    assert not FreightService.objects.filter(partner=seller).exists()


def test_two_rates_for_one_zone_are_refused(client, seller):
    login(client, seller)

    response = client.post(create_page(seller), {
        **service_data(), **rates_data(rate_row(europe()), rate_row(europe(),
                                                                     first_step_charge_cny="9"))})

    assert response.status_code == 400
    assert "duplicate" in response.content.decode().lower()
    assert not FreightService.objects.filter(partner=seller).exists()


def test_more_rate_rows_than_allowed_are_refused(client, seller):
    login(client, seller)
    rows = [rate_row(europe()) for _ in range(51)]

    response = client.post(create_page(seller), {**service_data(), **rates_data(*rows)})

    assert response.status_code == 400
    assert not FreightService.objects.filter(partner=seller).exists()


# --- staff ------------------------------------------------------------------------------

def test_staff_add_and_edit_a_platform_service(client):
    staff(client)

    response = client.post(reverse("freight:freight-platform-service-create"), {
        **service_data(name="Rail freight to Europe", trade_mode="sea_fcl", countries=[]),
        **rates_data()})

    service = FreightService.objects.get(name="Rail freight to Europe")
    assert response.status_code == 302 and service.partner is None
    assert client.get(service_page(service)).status_code == 200
    platform = FreightService.objects.get(name="Air freight")
    client.post(service_page(platform), {
        **service_data(name="Air freight", trade_mode="air", countries=[], is_active=""),
        **rates_data()})
    platform.refresh_from_db()
    assert platform.is_active is False


def test_staff_may_open_a_sellers_page(client, seller):
    staff(client)

    assert client.get(seller_page(seller)).status_code == 200
    assert not_found(client.get(reverse("freight:freight-seller",
                                        kwargs={"partner_pk": 999999}), follow=True))


# --- the dashboard menu -----------------------------------------------------------------

NAVIGATION_ENTRY = {"label": "Freight", "icon": "fas fa-shipping-fast",
                    "url_name": "freight:freight-index"}


def test_menu_entry_is_shown_to_sellers_and_staff_only(client, settings, seller):
    from oscar.apps.dashboard.menu import get_nodes

    settings.OSCAR_DASHBOARD_NAVIGATION = [*settings.OSCAR_DASHBOARD_NAVIGATION,
                                           NAVIGATION_ENTRY]

    def labels(user):
        return [node.label for node in get_nodes(user)]

    assert "Freight" in labels(seller.users.get())
    assert "Freight" in labels(UserFactory(is_staff=True))
    assert "Freight" not in labels(UserFactory())
    login(client, seller)
    assert reverse("freight:freight-index") in client.get(seller_page(seller)).content.decode()


def test_user_of_two_sellers_chooses_one_on_the_index(client, seller, other_seller):
    user = seller.users.get()
    other_seller.users.add(user)
    client.force_login(user)

    content = client.get(INDEX).content.decode()

    assert seller_page(seller) in content and seller_page(other_seller) in content
    assert client.get(seller_page(other_seller)).status_code == 200
