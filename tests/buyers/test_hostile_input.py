"""What buyers type is bounded, free of control characters and markup, and escaped on the page."""

import pytest

from marketplace.buyers.models import BuyerCompany, CompanyAddress

from .factories import UserFactory, company_with_admin

pytestmark = pytest.mark.django_db

COMPANY = "/en/buyers/company/"


def company_data(**fields):
    return {"legal_name": "Cocina Bonita S.L.", "country": "ES", "vat_number": "", "eori_number": "",
            "tax_number": "", "buyer_order_limit": "", "buyer_order_limit_currency": "EUR", **fields}


@pytest.mark.parametrize("name", [
    "Cocina\x00Bonita", "Cocina\x1b[31mBonita", "Cocina\nBonita", "Cocina\u202eatinoB", "Cocina\u200bBonita",
    "Cocina\u2028Bonita",
])
def test_control_and_invisible_characters_are_refused(client, name):
    client.force_login(UserFactory())
    response = client.post(COMPANY, company_data(legal_name=name))
    assert response.status_code == 200
    assert "legal_name" in response.context["form"].errors
    assert not BuyerCompany.objects.exists()


def test_overlong_input_is_refused(client):
    client.force_login(UserFactory())
    response = client.post(COMPANY, company_data(legal_name="A" * 201, tax_number="1" * 100))
    form = response.context["form"]
    assert "legal_name" in form.errors and "tax_number" in form.errors


def test_markup_is_removed_and_what_is_left_is_escaped(client):
    client.force_login(UserFactory())
    client.post(COMPANY, company_data(legal_name='<script>alert(1)</script>Bonita & "Hijos" <b>S.L.</b>'))
    company = BuyerCompany.objects.get()
    assert company.legal_name == 'Bonita & "Hijos" S.L.'
    page = client.get(COMPANY).content.decode()
    assert "<script>alert(1)" not in page
    assert "Bonita &amp; &quot;Hijos&quot; S.L." in page


def test_address_lines_are_bounded_and_printable(client):
    _company, admin = company_with_admin()
    client.force_login(admin)
    data = {"first_name": "Ana", "last_name": "García", "line1": "Calle\x07 Mayor", "line4": "M" * 65,
            "postcode": "28013", "country": "ES", "label": "<img src=x onerror=alert(1)>"}
    response = client.post("/en/buyers/company/addresses/add/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "line1" in errors and "line4" in errors
    assert not CompanyAddress.objects.exists()
    assert "<img src=x" not in response.content.decode()
