"""Checking a product sheet row by row and writing it in bulk, all or nothing.

Every row is checked with the catalogue's own rules (the trade form and Product.clean,
the stock record's and price tiers' field rules, the price ladder, Incoterm offers,
moderation) before anything is written; the catalogue data the rows refer to is read
once per file and the writes are a few bulk statements per table, which is what lets
10,000 rows import in well under a minute.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import connection, transaction
from django.db.models import Count, Max
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from oscar.apps.catalogue.product_attributes import ProductAttributesContainer, QuerysetCache
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from marketplace.core.chrome import forget_listings_on_commit
from marketplace.moderation import rules as moderation_rules
from marketplace.moderation import services as moderation
from marketplace.oscar_apps.partner.ladder import validate_ladder
from marketplace.oscar_apps.partner.validators import (
    validate_line_quantity,
    validate_positive_price,
    validate_supported_currency,
)
from marketplace.product_search.tasks import queue_index

from . import rows as sheet
from .files import (
    CONTROL_CHARACTERS,
    FileProblem,
    control_character,
    describe_character,
    max_rows,
    read_rows,
)

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
BATCH = 500
#: How many rows a preview lists; the counts always cover the whole file.
PREVIEW_ROWS = 200
PRODUCT_UPDATE_FIELDS = ("product_class", "title", "description", *sheet.translated_columns(),
                         *sheet.FORM_FIELDS, "date_updated")
STOCK_UPDATE_FIELDS = ("price_currency", *sheet.STOCK_COLUMNS.values(), "date_updated")


#: The shared rules for a stock record's amounts and quantities, by column; the model
#: fields may run them too (RowErrors then says each refusal once).
STOCK_RULES = {
    "price_cny": validate_positive_price,
    "sample_price_cny": validate_positive_price,
    "moq": validate_line_quantity,
    "sample_limit": validate_line_quantity,
}


@dataclass
class Stored:
    """A product of the seller as it is: its data and that data as sheet text."""

    row: sheet.RowData
    text: dict


@dataclass
class CheckedRow:
    line: int
    sku: str
    action: str
    row: sheet.RowData
    stored: Stored | None


@dataclass
class ImportResult:
    """What a file did, or would do on a dry run. `errors` are dicts with line, column and
    message; when there are any, nothing was written."""

    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)
    preview: list = field(default_factory=list)
    written: bool = False

    def error_lines(self):
        return [format_error(error) for error in self.errors]


def format_error(error):
    where = _("line %(line)s") % {"line": error["line"]}
    if error["column"]:
        where = f"{where}, {error['column']}"
    return f"{where}: {error['message']}"


def _printable(text):
    # Errors are shown on a page and stored as JSON (PostgreSQL refuses U+0000 there): a
    # column name or message that quotes a control character names it instead.
    return CONTROL_CHARACTERS.sub(lambda match: describe_character(match.group()), text)


def _error(line, column, message):
    return {"line": line, "column": _printable(column), "message": _printable(str(message))}


def _silent(done, total):
    pass


# --- the seller's products as they are ------------------------------------------------


def _grouped(pairs):
    groups = {}
    for key, value in pairs:
        groups.setdefault(key, []).append(value)
    return groups


VALUE_COLUMNS = ("value_text", "value_richtext", "value_integer", "value_float",
                 "value_boolean", "value_option_id")


def _stored_attributes(product_ids, reference):
    """{product id: {code: typed value}} read as plain rows: thousands of products' values
    in two queries, without building a model instance per value."""
    values = ProductAttributeValue.objects.filter(product_id__in=product_ids)
    chosen = _grouped(ProductAttributeValue.value_multi_option.through.objects.filter(
        productattributevalue__product_id__in=product_ids).values_list(
        "productattributevalue_id", "attributeoption_id"))
    found = {}
    for pk, product_id, attribute_id, *columns in values.values_list(
            "pk", "product_id", "attribute_id", *VALUE_COLUMNS):
        attribute = reference.attributes_by_id.get(attribute_id)
        if attribute is None:
            continue
        stored = dict(zip(VALUE_COLUMNS, columns, strict=True))
        if attribute.type == attribute.MULTI_OPTION:
            typed = [reference.options_by_id[option_id] for option_id in chosen.get(pk, [])]
        elif attribute.type == attribute.OPTION:
            typed = reference.options_by_id.get(stored["value_option_id"])
        else:
            typed = stored.get(f"value_{attribute.type}")
        if typed not in (None, "", []):
            found.setdefault(product_id, {})[attribute.code] = typed
    return found


def load_stored(partner, reference):
    """{sku: Stored} for the seller's standalone products (the ones a sheet can hold).

    A fixed number of queries, whatever the number of products; the related rows are
    read as plain values and matched with the reference data.
    """
    records = list(
        StockRecord.objects.filter(partner=partner, product__structure=Product.STANDALONE)
        .select_related("product").order_by("partner_sku"))
    product_ids = [record.product_id for record in records]
    record_ids = [record.pk for record in records]
    categories, certifications, attributes = {}, {}, {}
    tiers, incoterms = {}, {}
    for chunk in _chunks(product_ids, 5000):
        categories.update(_grouped(ProductCategory.objects.filter(
            product_id__in=chunk).values_list("product_id", "category_id")))
        certifications.update(_grouped(Product.certifications.through.objects.filter(
            product_id__in=chunk).values_list("product_id", "certification_id")))
        attributes.update(_stored_attributes(chunk, reference))
    for chunk in _chunks(record_ids, 5000):
        tiers.update(_grouped(
            (record_id, (quantity, price)) for record_id, quantity, price in
            PriceTier.objects.filter(stockrecord_id__in=chunk).values_list(
                "stockrecord_id", "min_quantity", "price")))
        incoterms.update(_grouped(
            (record_id, (term, port)) for record_id, term, port in
            IncotermOffer.objects.filter(stockrecord_id__in=chunk).values_list(
                "stockrecord_id", "term", "port")))
    stored = {}
    for record in records:
        product = record.product
        if product.product_class_id:
            product.product_class = reference.classes_by_id.get(product.product_class_id)
        row = sheet.RowData(
            product=product, stockrecord=record,
            categories=[reference.categories_by_id[pk] for pk in categories.get(product.pk, [])
                        if pk in reference.categories_by_id],
            certifications=[reference.certifications_by_id[pk]
                            for pk in certifications.get(product.pk, [])],
            attributes=attributes.get(product.pk, {}),
            tiers=tiers.get(record.pk, []),
            incoterms=incoterms.get(record.pk, []),
        )
        stored[record.partner_sku] = Stored(row=row, text=sheet.render_row(row, reference))
    return stored


def _blank_text(reference):
    """The text of a product nobody has filled in: the defaults a new row starts from."""
    row = sheet.RowData(product=Product(), stockrecord=StockRecord())
    return sheet.render_row(row, reference)


# --- checking -------------------------------------------------------------------------


def check_header(header, reference):
    known = set(reference.columns())
    errors, seen = [], set()
    for name in header:
        if name in seen:
            errors.append(_error(1, name, _("This column appears twice.")))
        seen.add(name)
        if name not in known:
            errors.append(_error(1, name, _(
                "Unknown column. Download the template for the column names; attribute "
                "columns are written attr: and the attribute's code, e.g. attr:blade_steel.")))
    if sheet.SKU not in seen:
        errors.append(_error(1, sheet.SKU, _("The sku column is missing: every row needs "
                                             "the seller's SKU.")))
    return errors


class RowChecker:
    """Checks rows of one file for one seller against the catalogue as it is."""

    def __init__(self, partner, reference, stored, *, check_moderation=True):
        self.partner = partner
        self.reference = reference
        self.stored = stored
        self.blank = _blank_text(reference)
        self.first_line = {}
        self.check_moderation = check_moderation
        self.prohibited = moderation_rules.prohibited_prefixes() if check_moderation else []
        self.form = sheet.RowForm(instance=Product(), hs_codes=reference.hs_codes)
        self.multiline = reference.multiline_columns()

    def check_characters(self, raw, errors):
        """Refuse control characters (and lone surrogates) in any cell; tabs and line
        breaks only where the text is free (descriptions, notes)."""
        for column, value in raw.items():
            char = control_character(value, multiline=column in self.multiline)
            if char is not None:
                errors.add(column, _("This cell holds the control character %(char)s, which "
                                     "is not text; remove it.")
                           % {"char": describe_character(char)})

    def check(self, line, raw):
        """(CheckedRow or None, [error dicts])."""
        errors = sheet.RowErrors()
        self.check_characters(raw, errors)
        if errors:
            # The other checks would quote the characters back in their messages.
            return None, [_error(line, column, message) for column, message in errors.items]
        sku = raw.get(sheet.SKU, "").strip()
        stored = self.stored.get(sku)
        if not sku:
            errors.add(sheet.SKU, _("The SKU is empty: every row needs the seller's SKU."))
        elif sku in self.first_line:
            errors.add(sheet.SKU, _("SKU %(sku)s appears again (first on line %(line)s).")
                       % {"sku": sku, "line": self.first_line[sku]})
        else:
            self.first_line[sku] = line
            try:
                StockRecord._meta.get_field("partner_sku").run_validators(sku)
            except ValidationError as error:
                errors.add(sheet.SKU, error)
        # Columns left out of the file keep what the product has (or a new one's defaults).
        text = {**(stored.text if stored else self.blank), **raw}
        product = stored.row.product if stored else Product(structure=Product.STANDALONE)
        row = self._check_product(product, text, raw, errors)
        row.stockrecord, row.tiers, row.incoterms = self._check_stock(sku, text, errors)
        if self.check_moderation and product.product_class_id:
            for reason in moderation_rules.refusal_reasons(product, prohibited=self.prohibited):
                errors.add("", reason)
        if errors:
            return None, [_error(line, column, message) for column, message in errors.items]
        if stored is None:
            action = CREATE
        else:
            action = UNCHANGED if sheet.render_row(row, self.reference) == stored.text \
                else UPDATE
        return CheckedRow(line=line, sku=sku, action=action, row=row, stored=stored), []

    def _required(self, text, column, errors):
        if not text.get(column, "").strip():
            errors.add(column, _("This column must not be empty."))
            return False
        return True

    def _check_product(self, product, text, raw, errors):
        reference = self.reference
        product_class = None
        if self._required(text, sheet.PRODUCT_CLASS, errors):
            product_class = reference.classes.get(text[sheet.PRODUCT_CLASS].strip().lower())
            if product_class is None:
                errors.add(sheet.PRODUCT_CLASS, _("Unknown product class “%(value)s”; choose "
                                                  "from: %(choices)s.")
                           % {"value": text[sheet.PRODUCT_CLASS],
                              "choices": ", ".join(reference.classes)})
        product.product_class = product_class

        categories = []
        if self._required(text, sheet.CATEGORY, errors):
            for path in sheet.split_list(text[sheet.CATEGORY]):
                category = reference.categories.get(sheet.category_key(path))
                if category is None:
                    errors.add(sheet.CATEGORY, _("Unknown category “%(path)s”; write the path "
                                                 "of English names, e.g. Knives & Scissors > "
                                                 "Kitchen knives.") % {"path": path})
                elif category not in categories:
                    categories.append(category)

        for column in sheet.translated_columns():
            value = text.get(column, "").strip()
            try:
                Product._meta.get_field(column).run_validators(value)
            except ValidationError as error:
                errors.add(column, error)
            setattr(product, column, value)
        # The shop falls back to English, then Chinese: one of them must be there.
        if not (product.title_en or product.title_zh_hans):
            errors.add("title_en", _("Give the title in English or Chinese at least."))

        attributes = self._check_attributes(product_class, text, raw, errors)
        # A fresh container holding exactly the class's attributes: no query for the
        # values stored before, and none for the class's attribute list.
        product.attr = ProductAttributesContainer(product=product)
        if product_class is not None:
            class_attributes = reference.class_attributes[product_class.slug]
            product.attr.cache.set_attributes(QuerysetCache(class_attributes))
            product.attr.update({a.code: attributes.get(a.code) for a in class_attributes})

        certifications = []
        for code in sheet.split_list(text.get("certifications", "")):
            certification = reference.certifications.get(code.upper())
            if certification is None:
                errors.add("certifications", _("Unknown certification “%(code)s”; choose from: "
                                               "%(choices)s.")
                           % {"code": code, "choices": ", ".join(sorted(
                               c.code for c in reference.certifications.values()))})
            elif certification not in certifications:
                certifications.append(certification)

        data = {name: text.get(name, "") for name in sheet.FORM_FIELDS}
        try:
            data["oem_available"] = "on" if sheet.parse_flag(data["oem_available"]) else ""
        except ValidationError as error:
            errors.add("oem_available", error)
            data["oem_available"] = ""
        if not self.form.check(data, product):
            for name, messages in self.form.errors.items():
                for message in messages:
                    errors.add("" if name == NON_FIELD_ERRORS else name, message)
        return sheet.RowData(product=product, stockrecord=None, categories=categories,
                             certifications=certifications, attributes=attributes)

    def _check_attributes(self, product_class, text, raw, errors):
        reference = self.reference
        class_attributes = {a.code: a for a in
                            reference.class_attributes.get(getattr(product_class, "slug", ""), [])}
        values = {}
        for code in reference.attribute_codes:
            column = sheet.ATTRIBUTE_PREFIX + code
            cell = text.get(column, "").strip()
            if not cell:
                continue
            attribute = class_attributes.get(code)
            if attribute is None:
                # A value kept from a product's former class is dropped, not an error.
                if column in raw and product_class is not None:
                    errors.add(column, _("%(class)s products have no attribute %(code)s.")
                               % {"class": product_class.name, "code": code})
                continue
            try:
                values[code] = sheet.parse_attribute(attribute, cell, reference)
            except ValidationError as error:
                errors.add(column, error)
        for code, attribute in class_attributes.items():
            column = sheet.ATTRIBUTE_PREFIX + code
            if attribute.required and code not in values and not text.get(column, "").strip():
                errors.add(column, _("%(class)s products need this attribute.")
                           % {"class": product_class.name})
        return values

    def _check_stock(self, sku, text, errors):
        record = StockRecord(partner=self.partner, partner_sku=sku,
                             price_currency=settings.MARKETPLACE_BASE_CURRENCY)
        for column, name in sheet.STOCK_COLUMNS.items():
            value = sheet.field_value(StockRecord, name, text.get(column, ""), errors, column)
            setattr(record, name, value)
            rule = STOCK_RULES.get(column)
            if rule is not None:
                try:
                    rule(value)
                except ValidationError as error:
                    errors.add(column, error)
        self._required(text, "price_cny", errors)
        try:
            validate_supported_currency(record.price_currency)
        except ValidationError as error:
            errors.add("price_cny", error)
        try:
            # The record is unsaved, so only its own rules run (samples), not the check
            # of the quantity breaks stored now, which this row replaces.
            record.clean()
        except ValidationError as error:
            by_field = {name: column for column, name in sheet.STOCK_COLUMNS.items()}
            for name, messages in error.message_dict.items():
                for message in messages:
                    errors.add(by_field.get(name, ""), message)
        tiers = sheet.parse_tiers(text.get(sheet.TIERS, ""), errors)
        for quantity, price in tiers:
            for rule, value in ((validate_line_quantity, quantity),
                                (validate_positive_price, price)):
                try:
                    rule(value)
                except ValidationError as error:
                    errors.add(sheet.TIERS, ValidationError(
                        [f"{quantity}:{price}: {message}" for message in error.messages]))
        if tiers and record.price is not None and record.moq:
            try:
                validate_ladder(record.moq, record.price, tiers)
            except ValidationError as error:
                errors.add(sheet.TIERS, error)
        incoterms = sheet.parse_incoterms(text.get(sheet.INCOTERMS, ""), errors)
        return record, tiers, incoterms


def check_rows(partner, header, rows, reference, stored, progress=_silent):
    """([CheckedRow], [error dicts]) for the rows of one file."""
    errors = check_header(header, reference)
    if errors:
        return [], errors
    if len(rows) > max_rows():  # reading stops sooner; a caller may pass rows itself
        return [], [_error(rows[max_rows()][0], "", _(
            "The file has more than %(limit)s rows; split it into files of at most "
            "%(limit)s rows.") % {"limit": number_format(max_rows(), force_grouping=True)})]
    non_standalone = set(StockRecord.objects.filter(partner=partner).exclude(
        product__structure=Product.STANDALONE).values_list("partner_sku", flat=True))
    checker = RowChecker(partner, reference, stored)
    checked = []
    step = max(1, len(rows) // 50)
    for index, (line, raw) in enumerate(rows, start=1):
        if raw.get(sheet.SKU, "").strip() in non_standalone:
            errors.append(_error(line, sheet.SKU, _(
                "This SKU belongs to a product with variants; edit it in the dashboard.")))
        else:
            row, row_errors = checker.check(line, raw)
            errors.extend(row_errors)
            if row is not None:
                checked.append(row)
        if index % step == 0 or index == len(rows):
            progress(index, len(rows))
    return checked, errors


# --- writing --------------------------------------------------------------------------


def _chunks(items, size=BATCH):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _update_rows(model, objects, field_names):
    """One UPDATE statement run for every object (executemany).

    bulk_update builds a CASE expression per field and row, which took longer than
    the rest of an import together. Values are read through the model's attributes, so
    the untranslated title gets what modeltranslation's descriptor gives (English, else
    Chinese) rather than being rewritten to title_en as a queryset update would.
    """
    if not objects:
        return
    fields = [model._meta.get_field(name) for name in field_names]
    quote = connection.ops.quote_name
    sql = (f"UPDATE {quote(model._meta.db_table)} SET "
           + ", ".join(f"{quote(f.column)} = %s" for f in fields)
           + f" WHERE {quote(model._meta.pk.column)} = %s")
    params = [[f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
              + [obj.pk] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _attribute_rows(checked, reference):
    values, options = [], []
    for item in checked:
        product = item.row.product
        by_code = {a.code: a for a in reference.class_attributes[product.product_class.slug]}
        for code, value in item.row.attributes.items():
            attribute = by_code[code]
            row = ProductAttributeValue(product_id=product.pk, attribute_id=attribute.pk)
            if attribute.type == attribute.MULTI_OPTION:
                options.append((row, value))
            elif attribute.type == attribute.OPTION:
                row.value_option_id = value.pk
            else:
                setattr(row, f"value_{attribute.type}", value)
            values.append(row)
    return values, options


@transaction.atomic
def write_rows(checked, reference, *, user=None):
    """Create and update the checked rows' products in bulk; returns the changed products.

    Products and stock records are inserted or updated in bulk; a changed product's
    categories, certifications, attribute values, quantity breaks and Incoterms are
    replaced as a whole. Moderation hears of every changed listing in this transaction.
    """
    creates = [item for item in checked if item.action == CREATE]
    updates = [item for item in checked if item.action == UPDATE]
    changed = creates + updates
    if not changed:
        return []
    now = timezone.now()
    # The untranslated title and description columns (what Oscar sorts on) take the
    # English text, or the Chinese one where there is no English.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        for item in creates:
            product = item.row.product
            product.structure = Product.STANDALONE
            product.slug = (slugify(product.title) or slugify(item.sku) or "product")[:255]
        Product.objects.bulk_create([item.row.product for item in creates], batch_size=BATCH)
        for item in updates:
            item.row.product.date_updated = now
        _update_rows(Product, [item.row.product for item in updates], PRODUCT_UPDATE_FIELDS)

    for item in creates:
        item.row.stockrecord.product = item.row.product
    StockRecord.objects.bulk_create([item.row.stockrecord for item in creates], batch_size=BATCH)
    for item in updates:
        saved, new = item.stored.row.stockrecord, item.row.stockrecord
        for name in STOCK_UPDATE_FIELDS[:-1]:
            setattr(saved, name, getattr(new, name))
        saved.date_updated = now
        item.row.stockrecord = saved
    _update_rows(StockRecord, [item.row.stockrecord for item in updates], STOCK_UPDATE_FIELDS)

    Certified = Product.certifications.through
    MultiOption = ProductAttributeValue.value_multi_option.through
    for chunk in _chunks(item.row.product.pk for item in updates):
        ProductAttributeValue.objects.filter(product_id__in=chunk).delete()
        ProductCategory.objects.filter(product_id__in=chunk).delete()
        Certified.objects.filter(product_id__in=chunk).delete()
    for chunk in _chunks(item.row.stockrecord.pk for item in updates):
        PriceTier.objects.filter(stockrecord_id__in=chunk).delete()
        IncotermOffer.objects.filter(stockrecord_id__in=chunk).delete()

    ProductCategory.objects.bulk_create(
        [ProductCategory(product_id=item.row.product.pk, category_id=category.pk)
         for item in changed for category in item.row.categories], batch_size=BATCH)
    Certified.objects.bulk_create(
        [Certified(product_id=item.row.product.pk, certification_id=certification.pk)
         for item in changed for certification in item.row.certifications], batch_size=BATCH)
    values, options = _attribute_rows(changed, reference)
    ProductAttributeValue.objects.bulk_create(values, batch_size=BATCH)
    MultiOption.objects.bulk_create(
        [MultiOption(productattributevalue_id=row.pk, attributeoption_id=option.pk)
         for row, chosen in options for option in chosen], batch_size=BATCH)
    PriceTier.objects.bulk_create(
        [PriceTier(stockrecord_id=item.row.stockrecord.pk, min_quantity=quantity, price=price)
         for item in changed for quantity, price in item.row.tiers], batch_size=BATCH)
    IncotermOffer.objects.bulk_create(
        [IncotermOffer(stockrecord_id=item.row.stockrecord.pk, term=term, port=port)
         for item in changed for term, port in item.row.incoterms], batch_size=BATCH)

    products = [item.row.product for item in changed]
    for product in products:
        # The values are written above; a later product.save() must not write them again.
        product.attr = ProductAttributesContainer(product=product)
    # A command run by an operator has no user; moderation then judges by the seller alone.
    moderation.listings_changed(products, user=user)
    ids = [product.pk for product in products]
    # Bulk writes bypass the save signals that keep a search index current.
    queue_index(ids)
    forget_listings_on_commit()  # bulk writes send no save signal
    return products


# --- the whole file -------------------------------------------------------------------


def import_file(data, file_format, partner, *, user=None, dry_run=False, progress=_silent):
    """Check a product sheet for `partner` and, unless `dry_run` or a row is bad, import it.

    Guarantees: every bad row is reported with its line, column and reason, and then
    nothing is written; a dry run writes nothing; rows keyed by a SKU the seller already
    has update that product, others create one; a row equal to the product is left alone.
    `progress(done, total)` is called as rows are checked. Two imports for one seller
    never interleave: the second is checked again against what the first wrote.
    """
    result = ImportResult()
    try:
        header, rows = read_rows(data, file_format)
    except FileProblem as problem:
        result.errors = [_error(1, "", str(problem))]
        return result
    result.total = len(rows)
    reference = sheet.Reference()
    seen = stored_state(partner)
    checked = _check(result, partner, header, rows, reference, progress)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        # One import of a seller writes at a time (the row lock; SQLite's write lock).
        list(Partner.objects.select_for_update().filter(pk=partner.pk).values_list("pk"))
        if stored_state(partner) != seen:
            # Another import or an edit changed the seller's products while this file was
            # checked: a SKU created meanwhile must be updated, not created twice.
            checked = _check(result, partner, header, rows, reference, _silent)
            if result.errors:
                return result
        write_rows(checked, reference, user=user)
    result.written = True
    return result


def stored_state(partner):
    """What changes when any of the seller's products or stock records is written."""
    return StockRecord.objects.filter(partner=partner).aggregate(
        records=Count("pk"), record_saved=Max("date_updated"), product_saved=Max("product__date_updated"))


def _check(result, partner, header, rows, reference, progress):
    stored = load_stored(partner, reference)
    checked, result.errors = check_rows(partner, header, rows, reference, stored, progress=progress)
    actions = Counter(item.action for item in checked)
    result.created, result.updated = actions[CREATE], actions[UPDATE]
    result.unchanged = actions[UNCHANGED]
    result.preview = [{"line": item.line, "sku": item.sku, "action": item.action,
                       "title": item.row.product.title_en or item.row.product.title_zh_hans or ""}
                      for item in checked[:PREVIEW_ROWS]]
    return checked


def export_rows(partner, reference=None):
    """(header, [{column: text}]) of every standalone product the seller has, by SKU."""
    reference = reference or sheet.Reference()
    stored = load_stored(partner, reference)
    return reference.columns(), [item.text for item in stored.values()]
