"""The columns of a product sheet: what each holds, how text becomes data and back.

One row is one product with its stock record for the seller, keyed by the seller's
SKU (the stock record's partner_sku). Rendering is the inverse of parsing, so an
exported file imports as "unchanged" and a row is compared with the catalogue by
comparing the two renderings.

Lists in a cell are separated by "|": categories, certifications, multi-option
attributes, quantity breaks ("100:12.50|500:11.80") and Incoterms ("EXW|FOB Yangjiang Port").
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model

from catalog import validators
from catalog.forms import TRADE_FIELDS, HSCodeField, ProductTradeForm

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductAttribute = get_model("catalogue", "ProductAttribute")
Category = get_model("catalogue", "Category")
AttributeOption = get_model("catalogue", "AttributeOption")
Certification = get_model("catalogue", "Certification")
HSCode = get_model("catalogue", "HSCode")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

SEPARATOR = "|"
CATEGORY_SEPARATOR = ">"
ATTRIBUTE_PREFIX = "attr:"
YES = {"yes", "y", "true", "1", "是", "x"}
NO = {"no", "n", "false", "0", "否", ""}

#: Columns on the stock record: column name -> model field.
STOCK_COLUMNS = {
    "price_cny": "price",
    "num_in_stock": "num_in_stock",
    "moq": "moq",
    "sample_price_cny": "sample_price",
    "sample_limit": "sample_limit",
}
TIERS, INCOTERMS = "price_tiers", "incoterms"
SKU, PRODUCT_CLASS, CATEGORY = "sku", "product_class", "category"
#: Trade fields the form reads from text as they are; certifications are matched by code here.
FORM_FIELDS = tuple(name for name in TRADE_FIELDS if name != "certifications")
NUMBER_FIELDS = {"DecimalField", "IntegerField", "PositiveIntegerField",
                 "PositiveSmallIntegerField", "SmallIntegerField", "FloatField"}
#: A new product needs these; an update may leave them out of the file.
REQUIRED_FOR_NEW = (PRODUCT_CLASS, CATEGORY, "price_cny")


def translated_columns():
    return [build_localized_fieldname(field_name, code)
            for field_name in ("title", "description") for code, _name in settings.LANGUAGES]


def title_columns():
    return [build_localized_fieldname("title", code) for code, _name in settings.LANGUAGES]


class KnownHSCodeField(HSCodeField):
    """An HS code found in the table as read once per file, not with a query per row."""

    known = {}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        code = validators.normalize_hs_code(value)
        validators.validate_hs_code_format(code)
        try:
            return self.known[code]
        except KeyError:
            raise ValidationError(validators.UNKNOWN_HS_CODE, code="invalid",
                                  params={"value": code}) from None


class RowForm(ProductTradeForm):
    """The trade form without certifications, which a sheet names by code, not by id.

    The HS code is looked up in `hs_codes`, the table read once for the file; the model
    then need not check again that the code exists (Product.clean still refuses a
    prohibited one).
    """

    class Meta(ProductTradeForm.Meta):
        fields = FORM_FIELDS
        field_classes = {"hs_code": KnownHSCodeField}

    def __init__(self, *args, hs_codes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hs_code"].known = hs_codes

    def _get_validation_exclusions(self):
        return {*super()._get_validation_exclusions(), "hs_code"}

    def check(self, data, instance):
        """Bind the form to another row and validate it: one form checks a whole file.

        Building a form deep-copies its fields, which was a third of the time spent on a
        row; the fields keep no state between rows, so they are reused.
        """
        self.data, self.instance, self.is_bound = data, instance, True
        self._errors = None
        self._bound_fields_cache = {}
        return self.is_valid()


@dataclass
class RowData:
    """A product and its stock record as one row: saved (export) or checked (import)."""

    product: object
    stockrecord: object
    categories: list = field(default_factory=list)
    certifications: list = field(default_factory=list)
    attributes: dict = field(default_factory=dict)  # code -> typed value, no empty ones
    tiers: list = field(default_factory=list)  # [(min_quantity, price)]
    incoterms: list = field(default_factory=list)  # [(term, port)]


class Reference:
    """The catalogue data a sheet refers to, read once per file so rows need no queries."""

    def __init__(self):
        self.classes = {pc.slug: pc for pc in ProductClass.objects.order_by("pk")}
        self.class_attributes = {slug: [] for slug in self.classes}
        by_class_id = {pc.pk: pc.slug for pc in self.classes.values()}
        self.attribute_codes = []
        for attribute in (ProductAttribute.objects.select_related("option_group")
                          .prefetch_related("option_group__options").order_by("pk")):
            slug = by_class_id.get(attribute.product_class_id)
            if slug is None:
                continue
            self.class_attributes[slug].append(attribute)
            if attribute.code not in self.attribute_codes:
                self.attribute_codes.append(attribute.code)
        self.options = {}  # option group id -> {lowercase key: option}
        for attributes in self.class_attributes.values():
            for attribute in attributes:
                group = attribute.option_group
                if group is None or group.pk in self.options:
                    continue
                keys = {}
                for option in group.options.all():
                    for key in (short_option_code(option), option.code, option.option_en,
                                option.option):
                        if key:
                            keys.setdefault(key.strip().lower(), option)
                self.options[group.pk] = keys
        self.certifications = {c.code.upper(): c for c in Certification.objects.all()}
        self.hs_codes = HSCode.objects.in_bulk()
        self._answer_option_checks()
        self.classes_by_id = {pc.pk: pc for pc in self.classes.values()}
        self.attributes_by_id = {a.pk: a for attributes in self.class_attributes.values()
                                 for a in attributes}
        self.options_by_id = {option.pk: option for keys in self.options.values()
                              for option in keys.values()}
        self.certifications_by_id = {c.pk: c for c in self.certifications.values()}
        self.categories, self.category_paths, self.categories_by_id = {}, {}, {}
        names = {}
        for category in Category.objects.order_by("path"):
            name = (category.name_en or category.name or "").strip()
            parent_path = category.path[:-Category.steplen]
            full = f"{names[parent_path]} {CATEGORY_SEPARATOR} {name}" if parent_path in names \
                else name
            names[category.path] = full
            self.category_paths[category.pk] = full
            self.categories_by_id[category.pk] = category
            self.categories.setdefault(category_key(full), category)

    def _answer_option_checks(self):
        # Oscar's option validators ask the database for the group's options on every
        # value (Product.clean -> attr.validate_attributes); these attribute objects are
        # used for one file only, so they are given the options read above instead.
        for attributes in self.class_attributes.values():
            for attribute in attributes:
                if attribute.option_group_id is None:
                    continue
                labels = [option.option for option in attribute.option_group.options.all()]
                check = partial(type(attribute)._validate_option, attribute, valid_values=labels)
                attribute._validate_option = check
                attribute._validate_multi_option = partial(_validate_each, check)

    def columns(self):
        """Every column, in the order a template or an export lists them."""
        return [SKU, PRODUCT_CLASS, CATEGORY, *translated_columns(), *TRADE_FIELDS,
                *STOCK_COLUMNS, TIERS, INCOTERMS,
                *(ATTRIBUTE_PREFIX + code for code in self.attribute_codes)]

    def _attribute_columns(self, types):
        """Attribute columns whose attribute has one of `types` in every class that has it."""
        kinds = {}
        for attributes in self.class_attributes.values():
            for attribute in attributes:
                kinds.setdefault(attribute.code, set()).add(attribute.type)
        return {ATTRIBUTE_PREFIX + code for code, found in kinds.items() if found <= set(types)}

    def numeric_columns(self):
        """Columns that hold numbers: an export writes "-18" there as it is, since a plain
        number is never a formula (text columns are neutralised whatever they hold)."""
        trade = {name for name in TRADE_FIELDS if name != "hs_code" and
                 Product._meta.get_field(name).get_internal_type() in NUMBER_FIELDS}
        integer, decimal = ProductAttribute.INTEGER, ProductAttribute.FLOAT
        return {*STOCK_COLUMNS, *trade, *self._attribute_columns((integer, decimal))}

    def multiline_columns(self):
        """Free-text columns, where a tab or a line break is part of the text."""
        return {*(build_localized_fieldname("description", code)
                  for code, _name in settings.LANGUAGES),
                "customisation_notes",
                *self._attribute_columns((ProductAttribute.RICHTEXT,))}


def _validate_each(check, values):
    for value in values:
        check(value)


def short_option_code(option):
    """"vg10" for the option coded "blade_steel.vg10": what a seller types."""
    return (option.code or "").rsplit(".", 1)[-1]


def category_key(path):
    return " > ".join(part.strip().lower() for part in path.split(CATEGORY_SEPARATOR))


def split_list(text):
    return [part.strip() for part in (text or "").split(SEPARATOR) if part.strip()]


def parse_flag(text):
    value = (text or "").strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValidationError(_("Write yes or no, not “%(value)s”.") % {"value": text})


def _places(model, name):
    return model._meta.get_field(name).decimal_places


def render_decimal(value, places):
    if value is None:
        return ""
    return format(Decimal(value).quantize(Decimal(1).scaleb(-places)), "f")


def render_value(value):
    """Text for a typed value, the inverse of the parsers below."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, AttributeOption):
        return short_option_code(value)
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(sorted(render_value(item) for item in value))
    return str(value)


# --- rendering ------------------------------------------------------------------------


def render_row(row, reference):
    """{column: text} for a RowData; the same text whether the row came from a file or the
    database, so equal data gives equal text."""
    product, record = row.product, row.stockrecord
    text = {
        SKU: record.partner_sku or "",
        PRODUCT_CLASS: product.product_class.slug if product.product_class_id else "",
        CATEGORY: SEPARATOR.join(sorted(reference.category_paths.get(c.pk, "")
                                        for c in row.categories)),
    }
    for column in translated_columns():
        text[column] = (getattr(product, column) or "").strip()
    for name in TRADE_FIELDS:
        model_field = Product._meta.get_field(name)
        if name == "certifications":
            text[name] = SEPARATOR.join(sorted(c.code for c in row.certifications))
        elif name == "hs_code":
            text[name] = product.hs_code_id or ""
        elif model_field.get_internal_type() == "DecimalField":
            text[name] = render_decimal(getattr(product, name), model_field.decimal_places)
        else:
            text[name] = render_value(getattr(product, name))
    for column, name in STOCK_COLUMNS.items():
        value = getattr(record, name)
        if name in ("price", "sample_price"):
            text[column] = render_decimal(value, _places(StockRecord, name))
        else:
            text[column] = render_value(value)
    places = _places(PriceTier, "price")
    text[TIERS] = SEPARATOR.join(f"{quantity}:{render_decimal(price, places)}"
                                 for quantity, price in sorted(row.tiers))
    text[INCOTERMS] = SEPARATOR.join(f"{term} {port}".strip()
                                     for term, port in sorted(row.incoterms))
    for code in reference.attribute_codes:
        text[ATTRIBUTE_PREFIX + code] = render_value(row.attributes.get(code))
    return text


# --- parsing --------------------------------------------------------------------------


class RowErrors:
    """The problems of one row, each with its column ("" for the row as a whole)."""

    def __init__(self):
        self.items = []

    def add(self, column, error):
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        for message in messages:
            # A rule run by the model field and by the row check is said once.
            if (column, str(message)) not in self.items:
                self.items.append((column, str(message)))

    def __bool__(self):
        return bool(self.items)


@cache
def _form_field(model, name):
    return model._meta.get_field(name).formfield(required=False)


def field_value(model, name, text, errors, column):
    """Text to a model field's value through the field's own form field and validators."""
    model_field = model._meta.get_field(name)
    try:
        value = _form_field(model, name).clean(text)
        if value in (None, ""):
            return None if model_field.null else model_field.get_default()
        model_field.run_validators(value)
        return value
    except ValidationError as error:
        errors.add(column, error)
        return None


def parse_attribute(attribute, text, reference):
    """The typed value of one attribute cell; ValidationError with the reason if it is bad."""
    kind = attribute.type
    if kind in (attribute.TEXT, attribute.RICHTEXT):
        return text
    if kind == attribute.INTEGER:
        try:
            return int(text)
        except ValueError:
            raise ValidationError(_("“%(value)s” is not a whole number.") % {"value": text}) from None
    if kind == attribute.FLOAT:
        try:
            return float(Decimal(text))
        except InvalidOperation:
            raise ValidationError(_("“%(value)s” is not a number.") % {"value": text}) from None
    if kind == attribute.BOOLEAN:
        return parse_flag(text)
    if kind in (attribute.OPTION, attribute.MULTI_OPTION):
        known = reference.options.get(attribute.option_group_id, {})
        values = split_list(text) if kind == attribute.MULTI_OPTION else [text]
        found, unknown = [], []
        for value in values:
            option = known.get(value.lower())
            if option is None:
                unknown.append(value)
            elif option not in found:
                found.append(option)
        if unknown:
            choices = sorted({short_option_code(option) for option in known.values()})
            raise ValidationError(
                _("Unknown value “%(value)s”; choose from: %(choices)s.")
                % {"value": ", ".join(unknown), "choices": ", ".join(choices)})
        return found if kind == attribute.MULTI_OPTION else found[0]
    raise ValidationError(_("Attributes of this type cannot be imported; edit them in the "
                            "dashboard."))


def parse_tiers(text, errors):
    rungs = []
    for part in split_list(text):
        quantity, _sep, price = part.partition(":")
        try:
            tier = PriceTier(min_quantity=int(quantity.strip()), price=Decimal(price.strip()))
        except (ValueError, InvalidOperation):
            errors.add(TIERS, _("“%(value)s” is not a quantity break; write quantity:unit "
                                "price, e.g. 500:11.80.") % {"value": part})
            continue
        try:
            tier.clean_fields(exclude=["stockrecord"])
        except ValidationError as error:
            errors.add(TIERS, ValidationError(
                [f"{part}: {message}" for messages in error.message_dict.values()
                 for message in messages]))
            continue
        rungs.append((tier.min_quantity, tier.price))
    return rungs


def parse_incoterms(text, errors):
    offers, seen = [], set()
    for part in split_list(text):
        term, _sep, port = part.partition(" ")
        offer = IncotermOffer(term=term.upper(), port=port.strip())
        try:
            offer.full_clean(exclude=["stockrecord"], validate_unique=False,
                             validate_constraints=False)
        except ValidationError as error:
            errors.add(INCOTERMS, ValidationError(
                [f"{part}: {message}" for messages in error.message_dict.values()
                 for message in messages]))
            continue
        if (offer.term, offer.port) in seen:
            errors.add(INCOTERMS, _("%(offer)s is listed twice.") % {"offer": part})
        seen.add((offer.term, offer.port))
        offers.append((offer.term, offer.port))
    return offers
