"""The countries the platform ships to: the one list the address book, checkout and company
profile read, written into Oscar's address.Country table by migration 0002.

Oscar's checkout offers only countries with is_shipping_country; its address book offers
every row of address.Country. Countries the platform must not trade with are therefore
left out of the table altogether, and refused as a buyer company's country.
"""

from django.utils import translation
from django_countries import countries

#: Countries under comprehensive (whole-country) UN, EU or US embargo: no goods may be sold
#: there. Sectoral sanctions (Russia, Belarus, ...) restrict goods and parties, not the
#: country as a whole; compliance screens those per product and per party. Review this
#: list when sanctions change: Syria left it when the EU and US lifted theirs in 2025.
SANCTIONED_COUNTRIES = frozenset({
    "CU",  # Cuba (US embargo)
    "IR",  # Iran
    "KP",  # North Korea
})
#: Territories without a population or postal service: nothing can be delivered there.
UNINHABITED_TERRITORIES = frozenset({"AQ", "BV", "HM"})

EXCLUDED_COUNTRIES = SANCTIONED_COUNTRIES | UNINHABITED_TERRITORIES


def shipping_country_codes() -> list[str]:
    """ISO 3166-1 alpha-2 codes of every country the platform ships to."""
    return [code for code, _name in countries if code not in EXCLUDED_COUNTRIES]


def shipping_country_rows() -> list[dict]:
    """Field values for Oscar's address.Country, one dict per shipping country, names in English.

    Names are the English ones django-countries keeps (short, as people write them:
    "Bolivia", not "Bolivia, Plurinational State of"); Oscar prints printable_name.
    """
    with translation.override("en"):
        return [
            {
                "iso_3166_1_a2": code,
                "iso_3166_1_a3": countries.alpha3(code) or "",
                "iso_3166_1_numeric": countries.numeric(code, padded=True) or "",
                "printable_name": str(name)[:128],
                "name": str(name)[:128],
                "is_shipping_country": True,
            }
            for code, name in countries
            if code not in EXCLUDED_COUNTRIES
        ]


def sync_shipping_countries(country_model) -> int:
    """Write the shipping countries into Oscar's Country table (a model class, historical or not).

    Creates missing rows and refreshes codes and names of existing ones, keeping their
    display_order; rows of excluded countries (made earlier by hand or by Oscar's
    oscar_populate_countries) stop being shipping countries but stay, since addresses may
    point at them. Returns how many shipping countries there are. Migrations call this; a
    change to the lists above needs a new data migration that calls it again.
    """
    rows = shipping_country_rows()
    for row in rows:
        code = row.pop("iso_3166_1_a2")
        country_model.objects.update_or_create(iso_3166_1_a2=code, defaults=row)
    country_model.objects.filter(iso_3166_1_a2__in=EXCLUDED_COUNTRIES).update(is_shipping_country=False)
    return len(rows)
