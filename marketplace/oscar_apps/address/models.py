"""Oscar's address models, printing country names in the reader's language."""

from oscar.apps.address.abstract_models import AbstractCountry, AbstractUserAddress

from .names import LocalizedCountryAddress, country_name


class Country(AbstractCountry):
    def __str__(self):
        # Read by every ModelChoiceField and Oscar message that names the country.
        return country_name(self.iso_3166_1_a2, self.printable_name or self.name)


class UserAddress(LocalizedCountryAddress, AbstractUserAddress):
    pass


from oscar.apps.address.models import *  # noqa: E402,F401,F403
