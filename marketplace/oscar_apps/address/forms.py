"""Oscar's address book form, its country select in the reader's language."""

from oscar.apps.address.forms import AbstractAddressForm  # noqa: F401 (Oscar's classes stay loadable)
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm

from .names import country_choices


def localize_country_select(field, countries=None) -> None:
    """Draw a country ModelChoiceField's options as localized names sorted in the active
    language. The queryset still checks a posted choice; the rows are read once here."""
    rows = list(field.queryset if countries is None else countries)
    options = country_choices(rows)
    if field.empty_label is not None:
        options.insert(0, ("", field.empty_label))
    field.widget.choices = options


class UserAddressForm(OscarUserAddressForm):
    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        localize_country_select(self.fields["country"])
