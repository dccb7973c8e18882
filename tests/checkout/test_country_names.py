"""A buyer reads and picks countries in the page's language, in that language's order:
the checkout's address form, the address book and the order page print django-countries'
names for the page's language, not the English rows of Oscar's Country table."""

import lxml.html
import pytest
from django.utils import translation
from django_countries import countries
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.buyers.forms import BuyerCompanyForm
from marketplace.oscar_apps.address.names import collation_key
from marketplace.rfq.forms import RfqForm

from .conftest import add

Country = get_model("address", "Country")
UserAddress = get_model("address", "UserAddress")
ShippingAddress = get_model("order", "ShippingAddress")

pytestmark = pytest.mark.django_db


def country_options(response):
    root = lxml.html.document_fromstring(response.content.decode())
    return [option.text_content().strip()
            for option in root.xpath('//select[@name="country"]/option') if option.get("value")]


@pytest.fixture
def shopping(client, buyer, knife):
    client.force_login(buyer)
    assert add(client, knife, 10).status_code == 302
    return client


def test_the_french_checkout_lists_countries_in_french_alphabetical_order(shopping):
    response = shopping.get("/fr/checkout/shipping-address/")
    assert response.status_code == 200
    names = country_options(response)
    assert "Allemagne" in names and "Germany" not in names
    united_states = next(name for name in names if name.startswith("États-Unis"))
    # Accents sort with their letter: the É countries among the E, not after Z.
    assert names.index("Espagne") < names.index(united_states) < names.index("Éthiopie")
    assert names.index("Éthiopie") < names.index("Fidji")
    assert names == sorted(names, key=collation_key)
    # The sanctioned countries are no more offered in French than in English.
    assert "Iran" not in " ".join(names) and "Cuba" not in names


def test_the_arabic_checkout_lists_countries_in_arabic(shopping):
    names = country_options(shopping.get("/ar/checkout/shipping-address/"))
    assert "ألمانيا" in names and "الولايات المتحدة الأمريكية" in names
    assert not [name for name in names if name.isascii()]
    assert names == sorted(names, key=collation_key)


def test_the_chinese_checkout_lists_countries_in_pinyin_order(shopping):
    names = country_options(shopping.get("/zh-hans/checkout/shipping-address/"))
    # 阿 a, 安 an, 澳 ao, 巴 ba, ..., 德 de, ..., 英 ying, 越 yue: a mainland list's order,
    # where code points would put 中 (U+4E2D) before 阿 (U+963F).
    for earlier, later in [("阿拉伯联合酋长国", "澳大利亚"), ("澳大利亚", "巴西"), ("巴西", "德国"),
                           ("德国", "英国"), ("英国", "越南")]:
        assert names.index(earlier) < names.index(later), (earlier, later)
    with translation.override("zh-hans"):
        assert names == sorted(names, key=collation_key)


def test_a_posted_country_is_still_checked_against_the_shipping_countries(shopping):
    response = shopping.post("/fr/checkout/shipping-address/", {
        "first_name": "Anne", "last_name": "Martin", "line1": "1 rue de la Paix", "line4": "Paris",
        "postcode": "75002", "country": "IR", "phone_number": "+33 1 23 45 67 89"})
    assert response.status_code == 200 and response.context["form"].errors["country"]
    accepted = shopping.post("/fr/checkout/shipping-address/", {
        "first_name": "Anne", "last_name": "Martin", "line1": "1 rue de la Paix", "line4": "Paris",
        "postcode": "75002", "country": "FR", "phone_number": "+33 1 23 45 67 89"})
    assert accepted.status_code == 302


def test_a_saved_address_shows_its_country_in_the_page_language(client, buyer):
    client.force_login(buyer)
    address = UserAddress.objects.create(
        user=buyer, first_name="Jonas", last_name="Weber", line1="Hauptstraße 5", line4="Berlin",
        postcode="10115", country=Country.objects.get(iso_3166_1_a2="DE"))
    hash_in_english = address.hash
    book = client.get("/fr/accounts/addresses/")
    assert book.status_code == 200
    text = book.content.decode()
    assert "Allemagne" in text and "Germany" not in text
    assert "ألمانيا" in client.get("/ar/accounts/addresses/").content.decode()
    # The hash that tells a buyer's addresses apart does not change with the language.
    address.save()
    assert address.hash == hash_in_english
    form = client.get(f"/ja/accounts/addresses/{address.pk}/")
    names = country_options(form)
    assert "ドイツ" in names and names == sorted(names, key=collation_key)


def test_an_order_page_prints_the_shipping_country_in_the_page_language(client, buyer):
    client.force_login(buyer)
    shipping = ShippingAddress.objects.create(
        first_name="Jonas", last_name="Weber", line1="Hauptstraße 5", line4="Berlin",
        postcode="10115", country=Country.objects.get(iso_3166_1_a2="DE"))
    order = create_order(number="YJ-2001", user=buyer, shipping_address=shipping)
    page = client.get(f"/ar/accounts/orders/{order.number}/")
    assert page.status_code == 200
    assert "ألمانيا" in page.content.decode() and "Germany" not in page.content.decode()
    assert "Deutschland" in client.get(f"/de/accounts/orders/{order.number}/").content.decode()


@pytest.mark.parametrize("language", ["ru", "ar", "ja"])
def test_the_company_and_quotation_forms_sort_countries_in_the_language(language):
    # django-countries alone sorts by a name's ASCII letters: none in these scripts.
    forms = {"country": BuyerCompanyForm, "destination_country": RfqForm}
    with translation.override(language):
        germany = str(countries.name("DE"))
        for field, form_class in forms.items():
            names = [str(name) for code, name in form_class().fields[field].choices if code]
            assert germany in names and not [name for name in names if name.isascii()]
            assert names == sorted(names, key=collation_key), form_class


def test_the_order_e_mail_prints_the_shipping_country_in_the_language_it_is_sent_in(buyer):
    from django.template.loader import render_to_string

    shipping = ShippingAddress.objects.create(
        first_name="Jonas", last_name="Weber", line1="Hauptstraße 5", line4="Berlin",
        postcode="10115", country=Country.objects.get(iso_3166_1_a2="DE"))
    order = create_order(number="YJ-2002", user=buyer, shipping_address=shipping)
    with translation.override("es"):
        body = render_to_string("oscar/communication/emails/commtype_order_placed_body.txt",
                                {"order": order, "lines": order.lines.all()})
    assert "Alemania" in body and "Germany" not in body
