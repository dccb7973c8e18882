"""What the search knows of a product: one flat document per browsable product.

Both backends index these dicts (the database backend into its own tables, the
Elasticsearch backend as bulk bodies), so a product is described once. Documents
are built in batches: a batch of any size costs the same handful of queries (the
products, their categories, stock records, Incoterms, certifications and attribute
values), and what every batch refers to (categories, sellers, attributes, options)
is read once per DocumentBuilder.

Keys (see /tmp/search/DESIGN.md, "Document"):
  id, title_<lang>, description_<lang>, attributes_<lang>, category_names_<lang>
  (<lang> = en, zh_hans, es, ...: the modeltranslation suffixes), seller_name,
  cluster, category [ids with ancestors], seller (partner code),
  attrs {attribute code: [values]}, certification [codes], incoterm [terms],
  in_stock, moq, price (Decimal, base currency, at the MOQ), date_created, rating,
  upc, gtin, hs_code, seller_score (the seller's credit rating, 0-100, None for a new
  or unrated seller), seller_grade ("A" to "D", "" for a new or unrated seller) and
  compound_parts (the controlled vocabulary's words found inside longer words of the
  product's texts, space separated: "Küchenmesser" -> "messer", text.compound_parts).

The controlled vocabulary is described in every language whatever the seller wrote:
category_names_<lang> holds the names of the product's categories (with ancestors) and of
its product class in that language, attributes_<lang> the attribute names and option
values in that language (each with the catalogue's fallbacks) and the names of its origin
district and unit (marketplace.vocabulary), so a French buyer typing
"couteau" finds a knife whose seller wrote only Chinese and English once the category
"Couteaux de cuisine" exists in French.
"""

import html
import logging
import re
from collections import defaultdict

from django.conf import settings
from django.db.models import Exists, OuterRef
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model

from marketplace.currency.services import Converter, RateUnavailable
from marketplace.vocabulary.selectors import names_in_every_language

from .text import CJK_RUN, cached_words, compound_parts, vocabulary, words

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOption = get_model("catalogue", "AttributeOption")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
IncotermOffer = get_model("partner", "IncotermOffer")

logger = logging.getLogger(__name__)

BATCH_SIZE = 1000
#: Description chunks known to hold no compound part that a DocumentBuilder remembers;
#: emptied when full (memory stays bounded on any catalogue).
PARTLESS_CHUNKS_KEPT = 500_000
# Under SQLite's limit on query parameters, whatever the batch size.
_IN_CHUNK = 900


def language_suffixes():
    """The modeltranslation suffixes of the site languages: en, zh_hans, es, ..."""
    return [code.replace("-", "_") for code, _name in settings.LANGUAGES]


# A tag, a comment or a doctype; a "<" that opens none of these ("2 < 3") is text.
_MARKUP = re.compile(r"<!--.*?-->|<[a-zA-Z/!][^>]*>", re.S)


def plain_text(markup):
    """Text of an HTML description, entities decoded, whitespace collapsed.

    For the search index only (never shown): a pattern instead of an HTML parser, which
    took a fifth of a full rebuild. Every tag becomes a space, so "</p><p>" does not
    glue the last and first words of two paragraphs together.
    """
    if not markup:
        return ""
    return " ".join(html.unescape(_MARKUP.sub(" ", markup)).split())


def _chunks(values, size=_IN_CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _localized(row, field, suffixes):
    """{suffix: text} of a row read with .values(), empty languages left empty."""
    return {suffix: row.get(f"{field}_{suffix}") or "" for suffix in suffixes}


def _with_fallback(texts, suffix, fallbacks=("en", "zh_hans")):
    if texts.get(suffix):
        return texts[suffix]
    return next((texts[f] for f in fallbacks if texts.get(f)), "")


class DocumentBuilder:
    """Builds documents for batches of product ids, reading the shared reference data once.

    Keep one builder for a run (a rebuild, one indexing task): categories, sellers and
    attributes read at its start are what its documents describe.
    """

    def __init__(self, converter=None):
        self.suffixes = language_suffixes()
        self.base_currency = settings.OSCAR_DEFAULT_CURRENCY
        self.converter = converter or Converter()
        self._load_reference()

    def _load_reference(self):
        suffixes = self.suffixes
        self.class_slugs = dict(ProductClass.objects.values_list("pk", "slug"))
        class_fields = [build_localized_fieldname("name", s.replace("_", "-")) for s in suffixes]
        self.class_names = {
            row["pk"]: {suffix: _with_fallback(_localized(row, "name", suffixes), suffix)
                        for suffix in suffixes}
            for row in ProductClass.objects.values("pk", *class_fields)
        }
        self.track_stock = dict(ProductClass.objects.values_list("pk", "track_stock"))
        name_fields = [build_localized_fieldname("name", s.replace("_", "-")) for s in suffixes]
        self.categories = {}
        paths = {}
        for row in Category.objects.values("pk", "path", "depth", *name_fields):
            self.categories[row["pk"]] = row
            paths[row["path"]] = row["pk"]
        steplen = Category.steplen
        # A category's ancestors are the prefixes of its treebeard path.
        self.category_ancestry = {
            pk: [paths[row["path"][:end]] for end in range(steplen, len(row["path"]) + 1, steplen)
                 if row["path"][:end] in paths]
            for pk, row in self.categories.items()
        }
        self.category_names = {
            pk: {suffix: _with_fallback(_localized(row, "name", suffixes), suffix)
                 for suffix in suffixes}
            for pk, row in self.categories.items()
        }
        self.sellers = {}
        for row in Partner.objects.values("pk", "code", "name", "enterprise__legal_name_zh",
                                          "enterprise__name_en"):
            names = [row["enterprise__legal_name_zh"], row["enterprise__name_en"], row["name"]]
            seen = []
            for name in names:
                if name and name not in seen:
                    seen.append(name)
            self.sellers[row["pk"]] = (row["code"] or str(row["pk"]), " ".join(seen))
        self.seller_ratings = _seller_ratings()
        attribute_names = [build_localized_fieldname("name", s.replace("_", "-"))
                           for s in suffixes]
        self.attributes = {
            row["pk"]: row
            for row in ProductAttribute.objects.values("pk", "code", "type", *attribute_names)
        }
        # Names in each language with the catalogue's fallbacks, worked out once.
        self.attribute_names = {
            pk: {suffix: _with_fallback(_localized(row, "name", suffixes), suffix)
                 for suffix in suffixes}
            for pk, row in self.attributes.items()
        }
        option_fields = [build_localized_fieldname("option", s.replace("_", "-"))
                         for s in suffixes]
        self.options = {
            row["pk"]: row for row in AttributeOption.objects.values("pk", "code", *option_fields)
        }
        self.option_labels = {
            pk: {suffix: _with_fallback(_localized(row, "option", suffixes), suffix)
                 for suffix in suffixes}
            for pk, row in self.options.items()
        }
        self.certifications = dict(Certification.objects.values_list("pk", "code"))
        # District and unit names in every language (marketplace.vocabulary), with fallbacks.
        self.term_names = names_in_every_language(("district", "unit"))
        # The controlled vocabulary in every language: what compound words are split into.
        self.vocabulary = vocabulary(
            [text for names in (*self.category_names.values(), *self.class_names.values(),
                                *self.option_labels.values(), *self.attribute_names.values())
             for text in names.values()])
        self._parts = {}
        self._partless = set()
        self._partless_chunks = set()

    def compound_parts(self, shared, own=()):
        """The vocabulary words inside longer words of the texts, space separated, sorted.

        `shared`: texts that repeat from product to product (titles, attribute lists), whose
        words are cached; `own`: the product's own (descriptions). Each distinct word is
        looked up once, and a word found to hold no part is left out by one set difference:
        a product's thirty texts repeat most of their words, few of which are compounds, and
        looking at them word by word was a third of a rebuild.
        """
        distinct = set()
        for text in shared:
            distinct.update(cached_words(text))
        # Descriptions by whitespace-separated chunk: most chunks were seen in an earlier
        # description and hold no part; only the others are cut into words.
        chunks = set()
        for text in own:
            chunks.update(text.split())
        new_chunks = {chunk: words(chunk) for chunk in chunks - self._partless_chunks}
        for chunk_words in new_chunks.values():
            distinct.update(chunk_words)
        found = set()
        for word in distinct - self._partless:
            parts = self._parts.get(word)
            if parts is None:
                if CJK_RUN.fullmatch(word) or word in self.vocabulary:
                    parts = ()
                else:
                    parts = tuple(compound_parts(word, self.vocabulary))
                if not parts:
                    self._partless.add(word)
                    continue
                self._parts[word] = parts
            found.update(parts)
        if len(self._partless_chunks) >= PARTLESS_CHUNKS_KEPT:
            self._partless_chunks.clear()
        self._partless_chunks.update(
            chunk for chunk, chunk_words in new_chunks.items()
            if self._partless.issuperset(chunk_words))
        return " ".join(sorted(found))

    # --- one batch -------------------------------------------------------------------

    def build(self, product_ids):
        """Documents of the browsable products among `product_ids` (others are skipped)."""
        text_fields = [f"{field}_{suffix}" for field in ("title", "description")
                       for suffix in self.suffixes]
        products = []
        for chunk in _chunks(product_ids):
            products += searchable_products().filter(pk__in=chunk).order_by("pk").values(
                "pk", "structure", "product_class_id", "date_created", "rating", "upc", "gtin",
                "hs_code_id", "origin_district", "unit_of_measure", *text_fields,
            )
        if not products:
            return []
        ids = [row["pk"] for row in products]
        categories = self._categories(ids)
        stock = self._stock(products)
        certifications = self._certifications(ids)
        attributes = self._attributes(ids)
        return [
            self._document(row, categories.get(row["pk"], ()), stock.get(row["pk"]),
                           certifications.get(row["pk"], []), attributes.get(row["pk"], []))
            for row in products
        ]

    def _categories(self, ids):
        found = defaultdict(list)
        for chunk in _chunks(ids):
            for product_id, category_id in ProductCategory.objects.filter(
                    product_id__in=chunk).values_list("product_id", "category_id"):
                found[product_id].append(category_id)
        return found

    def _stock(self, products):
        """{product id: (stock record row, [incoterms])}: Oscar's first stock record rule;
        a parent product offers the first stock record of its public variants."""
        ids = [row["pk"] for row in products]
        parents = [row["pk"] for row in products if row["structure"] == Product.PARENT]
        owner = {pk: pk for pk in ids}
        for chunk in _chunks(parents):
            for child, parent in Product.objects.public().filter(parent_id__in=chunk).order_by(
                    "pk").values_list("pk", "parent_id"):
                owner.setdefault(child, parent)
        records = {}
        for chunk in _chunks(owner):
            for row in StockRecord.objects.filter(product_id__in=chunk).order_by("pk").values(
                    "pk", "product_id", "partner_id", "price", "price_currency", "num_in_stock",
                    "num_allocated", "moq"):
                records.setdefault(owner[row["product_id"]], row)
        incoterms = defaultdict(list)
        for chunk in _chunks([row["pk"] for row in records.values()]):
            for record_id, term in IncotermOffer.objects.filter(
                    stockrecord_id__in=chunk).values_list("stockrecord_id", "term"):
                if term not in incoterms[record_id]:
                    incoterms[record_id].append(term)
        return {pk: (row, sorted(incoterms.get(row["pk"], []))) for pk, row in records.items()}

    def _certifications(self, ids):
        Certified = Product.certifications.through
        found = defaultdict(list)
        for chunk in _chunks(ids):
            for product_id, certification_id in Certified.objects.filter(
                    product_id__in=chunk).values_list("product_id", "certification_id"):
                found[product_id].append(self.certifications[certification_id])
        return found

    def _attributes(self, ids):
        """{product id: [(attribute row, [option rows] or None, plain value)]}."""
        rows = []
        for chunk in _chunks(ids):
            rows += ProductAttributeValue.objects.filter(product_id__in=chunk).values(
                "pk", "product_id", "attribute_id", "value_text", "value_integer",
                "value_boolean", "value_float", "value_option_id",
            )
        chosen = defaultdict(list)
        Through = ProductAttributeValue.value_multi_option.through
        multi = ProductAttribute.MULTI_OPTION
        multi_ids = [row["pk"] for row in rows
                     if self.attributes[row["attribute_id"]]["type"] == multi]
        for chunk in _chunks(multi_ids):
            for value_id, option_id in Through.objects.filter(
                    productattributevalue_id__in=chunk).order_by("pk").values_list(
                    "productattributevalue_id", "attributeoption_id"):
                chosen[value_id].append(self.options[option_id])
        found = defaultdict(list)
        for row in rows:
            attribute = self.attributes[row["attribute_id"]]
            kind = attribute["type"]
            if kind == ProductAttribute.MULTI_OPTION:
                found[row["product_id"]].append((attribute, chosen.get(row["pk"], []), None))
            elif kind == ProductAttribute.OPTION:
                option = self.options.get(row["value_option_id"])
                found[row["product_id"]].append((attribute, [option] if option else [], None))
            else:
                value = row.get(f"value_{kind}")
                if value is not None and value != "":
                    found[row["product_id"]].append((attribute, None, value))
        return found

    # --- one product -----------------------------------------------------------------

    def _document(self, row, category_ids, stock, certifications, attributes):
        suffixes = self.suffixes
        document = {"id": row["pk"]}
        for suffix in suffixes:
            document[f"title_{suffix}"] = row[f"title_{suffix}"] or ""
            document[f"description_{suffix}"] = plain_text(row[f"description_{suffix}"])

        with_ancestors = []
        for category_id in category_ids:
            for pk in self.category_ancestry.get(category_id, ()):
                if pk not in with_ancestors:
                    with_ancestors.append(pk)
        for suffix in suffixes:
            names = [self.category_names[pk][suffix] for pk in with_ancestors]
            class_name = self.class_names.get(row["product_class_id"], {}).get(suffix)
            if class_name and class_name not in names:
                names.append(class_name)
            document[f"category_names_{suffix}"] = " ".join(names)

        attrs, attribute_texts = {}, {suffix: [] for suffix in suffixes}
        for attribute, options, value in attributes:
            name = self.attribute_names[attribute["pk"]]
            if options is not None:
                attrs[attribute["code"]] = [option["code"] or str(option["pk"])
                                            for option in options]
                for suffix in suffixes:
                    labels = ", ".join(self.option_labels[option["pk"]][suffix]
                                       for option in options)
                    attribute_texts[suffix].append(f"{name[suffix]}: {labels}")
                continue
            if attribute["type"] == ProductAttribute.BOOLEAN:
                attrs[attribute["code"]] = ["true" if value else "false"]
                if value:
                    for suffix in suffixes:
                        attribute_texts[suffix].append(name[suffix])
                continue
            for suffix in suffixes:
                attribute_texts[suffix].append(f"{name[suffix]}: {value}")
        for term in (("district", row["origin_district"]), ("unit", row["unit_of_measure"])):
            names = self.term_names.get(term)
            if names:
                for suffix in suffixes:
                    attribute_texts[suffix].append(names[suffix])
        for suffix in suffixes:
            document[f"attributes_{suffix}"] = "; ".join(attribute_texts[suffix])

        seller, seller_name, price, moq, in_stock, incoterms = "", "", None, None, False, []
        seller_score, seller_grade = None, ""
        if stock is not None:
            record, incoterms = stock
            seller, seller_name = self.sellers.get(record["partner_id"], ("", ""))
            seller_score, seller_grade = self.seller_ratings.get(record["partner_id"], (None, ""))
            moq = record["moq"]
            price = self._base_price(record)
            in_stock = record["price"] is not None and (
                not self.track_stock.get(row["product_class_id"], True)
                or (record["num_in_stock"] or 0) - (record["num_allocated"] or 0) >= (moq or 1)
            )
        document.update(
            seller_name=seller_name,
            cluster=self.class_slugs.get(row["product_class_id"], ""),
            category=with_ancestors,
            seller=seller,
            attrs=attrs,
            certification=sorted(certifications),
            incoterm=incoterms,
            in_stock=in_stock,
            moq=moq,
            price=price,
            date_created=row["date_created"],
            rating=row["rating"],
            upc=row["upc"] or "",
            gtin=row["gtin"] or "",
            hs_code=row["hs_code_id"] or "",
            seller_score=seller_score,
            seller_grade=seller_grade,
        )
        document["compound_parts"] = self.compound_parts(
            [document[f"{field}_{suffix}"] for field in ("title", "attributes")
             for suffix in suffixes],
            [document[f"description_{suffix}"] for suffix in suffixes])
        return document

    def _base_price(self, record):
        if record["price"] is None:
            return None
        currency = record["price_currency"] or self.base_currency
        if currency == self.base_currency:
            return record["price"]
        try:
            return self.converter.convert(record["price"], currency, self.base_currency)
        except RateUnavailable:
            # Unpriced for search: it still matches words and facets, never a price range.
            logger.warning("No rate %s->%s for product search", currency, self.base_currency)
            return None


def _seller_ratings():
    """{partner id: (score, grade)} of the rated sellers; a new seller has neither."""
    from marketplace.seller_rating.grades import GRADES
    from marketplace.seller_rating.selectors import ratings_by_partner

    return {partner_id: (score, grade) if grade in GRADES else (None, "")
            for partner_id, (score, grade) in ratings_by_partner().items()}


def build_documents(product_ids):
    """Documents of the browsable products among `product_ids`, in one batch."""
    return DocumentBuilder().build(product_ids)


def searchable_products():
    """Products buyers may find: Oscar's browsable ones (public, not variants), except
    those offered by a seller whose filing is not approved (suspended, for one)."""
    withdrawn_seller = StockRecord.objects.filter(
        product=OuterRef("pk"), partner__enterprise__isnull=False,
    ).exclude(partner__enterprise__status="approved")
    return Product.objects.browsable().exclude(Exists(withdrawn_seller))


def browsable_ids():
    """Ids of every product the search should hold, ascending."""
    return list(searchable_products().order_by("pk").values_list("pk", flat=True))


def iter_document_batches(product_ids=None, batch_size=BATCH_SIZE):
    """(ids asked, documents) per batch of `batch_size` ids, every browsable product by default.

    The ids asked are returned too: those without a document are no longer browsable.
    """
    ids = browsable_ids() if product_ids is None else list(product_ids)
    builder = DocumentBuilder()
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        yield batch, builder.build(batch)
