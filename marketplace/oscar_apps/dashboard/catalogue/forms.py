"""The product and stock record forms of Oscar's dashboard, with the marketplace's trade data."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.core.loading import get_model

from catalog.forms import TRADE_FIELDS, ProductTradeForm
from catalog.selectors import TRANSLATED_TEXTS
from marketplace.machine_translation import services as machine_translation
from marketplace.moderation import rules as moderation_rules
from marketplace.oscar_apps.partner.models import SUPPORTED_CURRENCIES
from marketplace.oscar_apps.partner.validators import MAX_UNIT_PRICE, validate_positive_price

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

#: The languages a buyer falls back to when a text is missing in theirs: a listing needs
#: its title in one of them.
TITLE_FALLBACK_LANGUAGES = settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]

#: Decided by the platform: publication follows moderation for sellers.
STAFF_ONLY_FIELDS = ("is_public",)


TRANSLATION_FIELDS = tuple(
    build_localized_fieldname(field, code)
    for code, _name in settings.LANGUAGES for field in TRANSLATED_TEXTS
)


class ProductForm(ProductTradeForm, oscar_forms.ProductForm):
    """Oscar's product form with the trade fields and a title and description per language.

    The untranslated `title` and `description` are replaced by their per-language
    columns: the plain ones would write the dashboard's current language only, and show
    another language's text through modeltranslation's fallbacks as if it were this one.
    """

    class Meta(oscar_forms.ProductForm.Meta):
        fields = [
            *(name for name in oscar_forms.ProductForm.Meta.fields
              if name not in TRANSLATED_TEXTS),
            *TRANSLATION_FIELDS,
            *TRADE_FIELDS,
        ]
        field_classes = ProductTradeForm.Meta.field_classes
        widgets = {**oscar_forms.ProductForm.Meta.widgets, **ProductTradeForm.Meta.widgets}

    def __init__(self, product_class, *args, user=None, **kwargs):
        super().__init__(product_class, *args, **kwargs)
        self.user = user
        if user is not None and not user.is_staff:
            for name in STAFF_ONLY_FIELDS:
                self.fields.pop(name, None)
        if self.instance.is_child:
            # A variant shows its parent's description; only its own title may differ.
            for code, _name in settings.LANGUAGES:
                self.fields.pop(build_localized_fieldname("description", code), None)
        for name in TRANSLATION_FIELDS:
            if name in self.fields and name.startswith("title_"):
                self.fields[name].widget = forms.TextInput(attrs={"autocomplete": "off"})
        self.machine_made = self._mark_machine_made()

    def _mark_machine_made(self):
        """Names of the fields holding a machine translation, each told so in its help text."""
        if not self.instance.pk:
            return set()
        names = dict(settings.LANGUAGES)
        marked = set()
        for row in machine_translation.provenance_map(self.instance).values():
            name = build_localized_fieldname(row.field, row.language)
            if row.origin != "machine" or name not in self.fields:
                continue
            marked.add(name)
            field = self.fields[name]
            field.help_text = format_html(
                '<span class="badge badge-info machine-translated">{}</span> {}',
                _("machine translated"),
                _("Made by a machine from the %(language)s text. Correct it here: your "
                  "version is kept and never replaced by the machine.")
                % {"language": names.get(row.source_language, row.source_language)},
            )
        return marked

    def machine_languages(self):
        """Language names with at least one machine-made text, for the page's summary."""
        names = dict(settings.LANGUAGES)
        codes = {row.language for row in machine_translation.provenance_map(self.instance).values()
                 if build_localized_fieldname(row.field, row.language) in self.machine_made}
        return [names[code] for code, _name in settings.LANGUAGES if code in codes]

    # --- how the template groups the fields

    def primary_form_fields(self):
        grouped = {*TRANSLATION_FIELDS, *TRADE_FIELDS}
        return [field for field in super().primary_form_fields() if field.name not in grouped]

    def translation_rows(self):
        """(language code, language name, title field, description field or None) per language."""
        rows = []
        for code, name in settings.LANGUAGES:
            title = build_localized_fieldname("title", code)
            description = build_localized_fieldname("description", code)
            rows.append((code, name, self[title],
                         self[description] if description in self.fields else None))
        return rows

    def trade_form_fields(self):
        return [self[name] for name in TRADE_FIELDS if name in self.fields]

    # --- validation

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.is_child:
            titles = [cleaned_data.get(build_localized_fieldname("title", code))
                      for code in TITLE_FALLBACK_LANGUAGES]
            if not any(titles):
                self.add_error(build_localized_fieldname("title", "en"), ValidationError(
                    _("Give the title in English or in Chinese: buyers whose language is "
                      "missing read one of these."),
                    code="no_fallback_title",
                ))
        return cleaned_data

    def _post_clean(self):
        # Oscar's _post_clean puts the attribute values on the product and runs its
        # clean(); moderation sees the product exactly as it would be saved.
        super()._post_clean()
        for reason in moderation_rules.refusal_reasons(self.instance):
            self.add_error(NON_FIELD_ERRORS, reason)


class StockRecordForm(oscar_forms.StockRecordForm):
    """Oscar's stock record form with the B2B terms kept on the stock record itself.

    Quantity breaks and Incoterms have their own page (views.StockRecordTradeTermsView).
    Oscar already limits the partner to the user's own for anyone but staff. The bounds of
    prices, currency and quantities are the model fields' validators (partner.validators),
    which the form runs when it cleans the instance.
    """

    class Meta(oscar_forms.StockRecordForm.Meta):
        fields = [*oscar_forms.StockRecordForm.Meta.fields, "moq", "sample_price", "sample_limit"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        currency = self.fields.get("price_currency")
        if currency is not None:
            # A list of the currencies the platform trades in rather than a free text box;
            # a value sent from outside the list is still refused by the model's validator,
            # in its words.
            currency.widget = forms.Select(choices=[(code, code) for code in SUPPORTED_CURRENCIES])


class SetProductPriceForm(oscar_forms.SetProductPriceForm):
    """Oscar's bulk price change held to the marketplace's price bounds.

    Oscar lets staff set a price of 0, lower prices by an amount or a percentage down to 0
    and raise them without limit; the database refuses such prices (partner migration
    0010), so the change ended in a server error. A new price goes through the same
    validator as every other price, and a relative change is first tried against the
    selected stock records: if any would leave the bounds, nothing is changed and the
    products are named.
    """

    #: How many of the products a change would push out of bounds the error names.
    NAMED_PRODUCTS = 5
    #: Prices are stored with two decimals: a result below half a cent is stored as 0.
    LOWEST_STORED = Decimal("0.005")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == "new_price" or name.startswith("price_"):
                field.validators.append(validate_positive_price)

    def clean(self):
        cleaned_data = super().clean()
        amount = cleaned_data.get("increase_by_amount")
        percentage = cleaned_data.get("increase_by_percentage")
        if self.errors or (amount is None and percentage is None):
            return cleaned_data
        records = self._chosen_stockrecords(cleaned_data)
        if amount is not None:
            too_low = records.filter(price__lt=self.LOWEST_STORED - amount)
            too_high = records.filter(price__gt=MAX_UNIT_PRICE - amount)
        else:
            factor = 1 + percentage / 100
            if factor <= 0:
                too_low, too_high = records, records.none()
            else:
                too_low = records.filter(price__lt=self.LOWEST_STORED / factor)
                too_high = records.filter(price__gt=MAX_UNIT_PRICE / factor)
        if too_low.exists():
            raise ValidationError(
                _("This change would bring the price of %(products)s to zero or below; a "
                  "price must be more than zero. Nothing was changed."),
                code="price_not_positive", params={"products": self._named(too_low)})
        if too_high.exists():
            raise ValidationError(
                _("This change would raise the price of %(products)s above %(limit)s, the "
                  "most a unit price may be. Nothing was changed."),
                code="price_too_high",
                params={"products": self._named(too_high), "limit": MAX_UNIT_PRICE})
        return cleaned_data

    def _chosen_stockrecords(self, cleaned_data):
        """The stock records the action would change (as the view's get_objects chooses)."""
        selectable = self.fields["selected_products"].queryset
        chosen = {product.pk for product in cleaned_data.get("selected_products") or ()}
        for flag, structure in (("select_all_parents", Product.PARENT),
                                ("select_all_children", Product.CHILD),
                                ("select_all_standalones", Product.STANDALONE)):
            if cleaned_data.get(flag):
                chosen.update(selectable.filter(structure=structure).values_list("pk", flat=True))
        return StockRecord.objects.filter(product__in=chosen,
                                          partner__in=cleaned_data.get("partners") or ())

    def _named(self, records):
        products = list(Product.objects.filter(pk__in=records.values("product"))
                        .order_by("pk")[:self.NAMED_PRODUCTS + 1])
        named = ", ".join(f"“{product.get_title()}”" for product in products[:self.NAMED_PRODUCTS])
        return f"{named}, …" if len(products) > self.NAMED_PRODUCTS else named
