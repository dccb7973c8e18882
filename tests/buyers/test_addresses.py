"""Countries to ship to are in Oscar's table; personal and company addresses follow country rules."""

import pytest
from oscar.core.loading import get_model

from marketplace.buyers.countries import EXCLUDED_COUNTRIES
from marketplace.buyers.models import CompanyAddress, Role

from .factories import MembershipFactory, UserFactory, company_with_admin

pytestmark = pytest.mark.django_db

Country = get_model("address", "Country")
UserAddress = get_model("address", "UserAddress")

ADDRESSES = "/en/buyers/company/addresses/"


def test_the_country_table_holds_the_shipping_countries():
    for code, a3, numeric, name in [("ES", "ESP", "724", "Spain"), ("DE", "DEU", "276", "Germany"),
                                    ("US", "USA", "840", "United States of America"),
                                    ("JP", "JPN", "392", "Japan")]:
        country = Country.objects.get(iso_3166_1_a2=code)
        assert (country.iso_3166_1_a3, country.iso_3166_1_numeric, country.printable_name) == (a3, numeric, name)
        assert country.is_shipping_country
    assert Country.objects.filter(is_shipping_country=True).count() > 230
    assert not Country.objects.filter(iso_3166_1_a2__in=EXCLUDED_COUNTRIES, is_shipping_country=True).exists()
    assert not Country.objects.filter(iso_3166_1_a2="KP").exists()


def spanish_address(**fields):
    return {"first_name": "Ana", "last_name": "García", "line1": "Calle Mayor 1", "line4": "Madrid",
            "postcode": "28013", "country": "ES", "phone_number": "+34 912 345 678", **fields}


def test_a_buyer_adds_a_spanish_address_to_their_address_book(client):
    user = UserFactory()
    client.force_login(user)
    form_page = client.get("/en/accounts/addresses/add/").content.decode()
    assert '<option value="ES">Spain</option>' in form_page

    response = client.post("/en/accounts/addresses/add/", spanish_address())

    assert response.status_code == 302
    address = UserAddress.objects.get(user=user)
    assert address.country.printable_name == "Spain" and address.postcode == "28013"


def test_the_address_book_refuses_a_postcode_that_does_not_fit_the_country(client):
    client.force_login(UserFactory())
    response = client.post("/en/accounts/addresses/add/", spanish_address(postcode="ABC 12"))
    assert response.status_code == 200
    assert response.context["form"].errors["postcode"] == ["The postcode 'ABC 12' is not valid for Spain"]
    assert not UserAddress.objects.exists()


def test_an_administrator_adds_the_default_company_shipping_address(client):
    company, admin = company_with_admin()
    client.force_login(admin)
    page = client.get(f"{ADDRESSES}add/").content.decode()
    assert '<option value="ES">Spain</option>' in page and 'value="KP"' not in page

    response = client.post(f"{ADDRESSES}add/", spanish_address(label="Madrid warehouse",
                                                               is_default_for_shipping="on"))
    assert response.status_code == 302, response.context["form"].errors
    first = CompanyAddress.objects.get()
    assert first.is_default_for_shipping and first.company == company

    client.post(f"{ADDRESSES}add/", spanish_address(line1="Calle Alcalá 2", is_default_for_shipping="on",
                                                    is_default_for_billing="on"))
    second = CompanyAddress.objects.exclude(pk=first.pk).get()
    first.refresh_from_db()
    assert second.is_default_for_shipping and second.is_default_for_billing
    assert not first.is_default_for_shipping  # one default per company


@pytest.mark.parametrize(("fields", "error"), [
    ({"postcode": ""}, "Addresses in Spain require a valid postcode"),
    ({"postcode": "2801"}, "The postcode &#x27;2801&#x27; is not valid for Spain"),
    ({"country": "US", "postcode": "ABCDE"}, "is not valid for United States of America"),
    ({"phone_number": "12345"}, "phone number"),
    ({"phone_number": "+34 " + "9" * 40}, "phone number"),
    ({"country": "KP"}, "Select a valid choice"),
])
def test_company_addresses_follow_the_rules_of_their_country(client, fields, error):
    _company, admin = company_with_admin()
    client.force_login(admin)
    response = client.post(f"{ADDRESSES}add/", spanish_address(**fields))
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not CompanyAddress.objects.exists()


def test_a_country_without_postcodes_needs_none(client):
    _company, admin = company_with_admin()
    client.force_login(admin)
    response = client.post(f"{ADDRESSES}add/", spanish_address(country="HK", postcode="", line4="Kowloon",
                                                               phone_number="+852 2123 4567"))
    assert response.status_code == 302


def test_company_addresses_stay_within_the_company(client):
    company_a, admin_a = company_with_admin()
    company_b, admin_b = company_with_admin()
    spain = Country.objects.get(pk="ES")
    address_b = CompanyAddress.objects.create(company=company_b, first_name="B", last_name="B", line1="x",
                                              line4="Madrid", postcode="28013", country=spain)
    client.force_login(admin_a)
    assert client.get(f"{ADDRESSES}{address_b.pk}/").status_code == 404
    assert client.post(f"{ADDRESSES}{address_b.pk}/", spanish_address()).status_code == 404
    assert client.post(f"{ADDRESSES}{address_b.pk}/delete/").status_code == 404
    assert "Madrid" not in client.get(ADDRESSES).content.decode()
    assert CompanyAddress.objects.filter(pk=address_b.pk).exists()


def test_buyers_read_but_do_not_change_company_addresses(client):
    company, _admin = company_with_admin()
    buyer = MembershipFactory(company=company, role=Role.BUYER).user
    client.force_login(buyer)
    assert client.get(ADDRESSES).status_code == 200
    assert client.get(f"{ADDRESSES}add/").status_code == 404
    assert client.post(f"{ADDRESSES}add/", spanish_address()).status_code == 404
