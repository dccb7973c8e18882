"""What a buyer reads beside a facet value: labels in the page language, price ranges.

A SearchResult carries facet values as the index stores them (a product class slug,
a category id, a partner code, an option code...). The sidebar turns them into words
here, from small tables cached whole: a results page pays no query per value, and at
most one per table when the cache is cold. Saving one of those rows bumps a version
(receivers connected by the search app), so a renamed seller or option shows at once
in this process and within the cache timeout elsewhere.

Price ranges are chosen in the display currency, so a buyer paying in yen sees
"¥2,000 – ¥10,000" rather than the converted yuan edges; the backend counts them as
the same ranges in yuan.
"""

from decimal import Decimal

from babel.numbers import format_decimal, get_currency_precision, get_decimal_symbol
from django.conf import settings
from django.utils.translation import get_language, gettext_lazy, to_locale
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.core.chrome import cached_under, category_links, invalidate
from marketplace.currency.money import format_money
from marketplace.currency.services import RateUnavailable
from marketplace.vocabulary.selectors import incoterm_choices

from .query import ATTRIBUTE_FACET_PREFIX

LABELS_CACHE_KIND = "facet-labels"

#: Price range edges in the base currency (yuan). Each is moved to a round number of the
#: display currency, so the ranges a buyer sees are "$1 – $5", not "$1.38 – $6.92".
PRICE_EDGES = (Decimal(10), Decimal(50), Decimal(100), Decimal(500), Decimal(1000), Decimal(5000))

FACET_TITLES = {
    "cluster": gettext_lazy("Product type"),
    "category": gettext_lazy("Category"),
    "price": gettext_lazy("Price"),
    "moq": gettext_lazy("Minimum order quantity"),
    "seller": gettext_lazy("Seller"),
    "min_grade": gettext_lazy("Seller rating"),
    "certification": gettext_lazy("Certification"),
    "incoterm": gettext_lazy("Delivery terms (Incoterms)"),
    "in_stock": gettext_lazy("Availability"),
}

BOOLEAN_LABELS = {"true": gettext_lazy("Yes"), "false": gettext_lazy("No")}


def invalidate_labels(**_signal_kwargs):
    """Signal receiver: a product class, attribute, option, certification or seller changed."""
    invalidate(LABELS_CACHE_KIND)


def _cached_table(name, build, *vary_on):
    return cached_under(LABELS_CACHE_KIND, name, build, *vary_on)


def _language():
    return get_language() or settings.LANGUAGE_CODE


# --- the tables ------------------------------------------------------------------


def _cluster_names():
    ProductClass = get_model("catalogue", "ProductClass")
    return {slug: name for slug, name in ProductClass.objects.values_list("slug", "name")}


def _attribute_names():
    ProductAttribute = get_model("catalogue", "ProductAttribute")
    names = {}
    # One code may be shared by several product classes: the first name is as good as any.
    for code, name in ProductAttribute.objects.order_by("pk").values_list("code", "name"):
        names.setdefault(code, name)
    return names


def _option_names():
    AttributeOption = get_model("catalogue", "AttributeOption")
    return dict(AttributeOption.objects.exclude(code=None).values_list("code", "option"))


def _certification_names():
    Certification = get_model("catalogue", "Certification")
    return dict(Certification.objects.values_list("code", "name"))


def _seller_names():
    """{partner code: (partner name, English name, Chinese legal name)}, every language at once."""
    Partner = get_model("partner", "Partner")
    rows = Partner.objects.values_list(
        "code", "name", "enterprise__name_en", "enterprise__legal_name_zh")
    return {code: (name, name_en or "", name_zh or "") for code, name, name_en, name_zh in rows}


def cluster_labels():
    return _cached_table("cluster", _cluster_names, _language())


def attribute_labels():
    return _cached_table("attribute", _attribute_names, _language())


def option_labels():
    return _cached_table("option", _option_names, _language())


def certification_labels():
    return _cached_table("certification", _certification_names, _language())


def seller_label(code, names=None):
    """The seller's name as Chinese buyers know it (legal name) or as others do (English)."""
    names = _cached_table("seller", _seller_names) if names is None else names
    found = names.get(code)
    if found is None:
        return code
    partner_name, name_en, name_zh = found
    if _language().startswith("zh") and name_zh:
        return name_zh
    return name_en or partner_name or code


def incoterm_labels():
    """ "FOB – Free On Board": the code, then the name editors keep (marketplace.vocabulary),
    as the quotation forms, trade documents and rebate report name them."""
    return dict(incoterm_choices())


# --- facet titles and value labels ----------------------------------------------


def facet_title(name):
    """The heading of a facet's box: "Seller", "Blade steel"..."""
    if name in FACET_TITLES:
        return str(FACET_TITLES[name])
    if name.startswith(ATTRIBUTE_FACET_PREFIX):
        code = name[len(ATTRIBUTE_FACET_PREFIX):]
        return attribute_labels().get(code) or code.replace("_", " ").capitalize()
    return name


def value_labels(name, values):
    """{value: label} for values of facet `name`; a value without a known label is shown as is.

    Price and MOQ values are labelled by price_range_label and moq_label, which need the
    range's edges rather than the stored value.
    """
    values = list(values)
    if name == "cluster":
        table = cluster_labels()
    elif name == "category":
        links = category_links()
        table = {}
        for value in values:
            try:
                link = links.get(int(value))
            except (TypeError, ValueError):
                link = None
            if link is not None:
                table[value] = link.name
    elif name == "seller":
        names = _cached_table("seller", _seller_names)
        return {value: seller_label(value, names) for value in values}
    elif name == "certification":
        table = certification_labels()
    elif name == "incoterm":
        table = incoterm_labels()
    elif name == "in_stock":
        table = {"true": _("In stock"), "false": _("Out of stock")}
    elif name.startswith(ATTRIBUTE_FACET_PREFIX):
        options = option_labels()
        table = {value: BOOLEAN_LABELS[value] if value in BOOLEAN_LABELS else options.get(value)
                 for value in values}
    else:
        table = {}
    return {value: str(table.get(value) or value) for value in values}


def moq_label(quantity):
    """ "Up to 500": the products a buyer may order with at most this many units."""
    number = format_decimal(quantity, locale=to_locale(_language()))
    return _("Up to %(quantity)s") % {"quantity": number}


# --- price ranges ---------------------------------------------------------------


def round_price_edge(amount):
    """The 1-2-5 number (… 1, 2, 5, 10, 20, 50 …) closest to `amount` on a log scale."""
    amount = Decimal(amount)
    if amount <= 0:
        return Decimal(0)
    exponent = amount.adjusted()  # amount = d.ddd × 10^exponent
    best = None
    for power in (exponent - 1, exponent, exponent + 1):
        for step in (1, 2, 5):
            candidate = Decimal(step).scaleb(power)
            # Comparing ratios: the nearest step as the eye reads a price scale.
            distance = max(candidate / amount, amount / candidate)
            if best is None or distance < best[0]:
                best = (distance, candidate)
    return best[1]


def display_price_edges(currency, converter):
    """PRICE_EDGES moved into `currency` and rounded, ascending and without repeats.

    Raises RateUnavailable when the rate table cannot convert the base currency.
    """
    base = settings.OSCAR_DEFAULT_CURRENCY
    edges = set()
    for edge in PRICE_EDGES:
        converted = edge if currency == base else converter.convert(edge, base, currency)
        rounded = round_price_edge(converted)
        if rounded > 0:
            edges.add(rounded)
    return sorted(edges)


def to_base_currency(amount, currency, converter):
    """`amount` of `currency` in the base currency (yuan), to two decimals."""
    base = settings.OSCAR_DEFAULT_CURRENCY
    if currency == base:
        return Decimal(amount)
    return converter.convert(amount, currency, base)


class PriceRange:
    """One price choice of the sidebar: [low, high) in the display currency (high None: open)."""

    def __init__(self, low, high, currency):
        self.low = low
        self.high = high
        self.currency = currency

    def __repr__(self):
        return f"PriceRange({self.low}, {self.high}, {self.currency})"

    @property
    def params(self):
        """The URL parameters that select this range."""
        params = {}
        if self.low:
            params["price_min"] = plain_number(self.low)
        if self.high is not None:
            params["price_max"] = plain_number(self.high)
        return params

    def base_bucket(self, converter):
        """(low, high) in the base currency, as a backend counts it."""
        low = to_base_currency(self.low, self.currency, converter) if self.low else Decimal(0)
        high = None if self.high is None else to_base_currency(self.high, self.currency, converter)
        return (low, high)

    def is_selected(self, price_min, price_max):
        return (price_min or Decimal(0)) == (self.low or Decimal(0)) and price_max == self.high

    @property
    def label(self):
        if not self.low:
            return _("Under %(price)s") % {"price": whole_money(self.high, self.currency)}
        if self.high is None:
            return _("%(price)s and above") % {"price": whole_money(self.low, self.currency)}
        return _("%(low)s – %(high)s") % {
            "low": whole_money(self.low, self.currency),
            "high": whole_money(self.high, self.currency),
        }


def price_ranges(currency, converter):
    """The sidebar's price choices in `currency`; in the base currency when no rate is known."""
    try:
        edges = display_price_edges(currency, converter)
    except RateUnavailable:
        currency = settings.OSCAR_DEFAULT_CURRENCY
        edges = display_price_edges(currency, converter)
    bounds = [Decimal(0), *edges, None]
    return [PriceRange(low, high, currency) for low, high in zip(bounds, bounds[1:], strict=False)]


def plain_number(amount):
    """A Decimal as URLs carry it: "20", "0.5", never "2E+1"."""
    text = format(Decimal(amount).normalize(), "f")
    return text


def whole_money(amount, currency, language=None):
    """ "$20", "20 €", "¥2,000": the locale's money format, without a nil fraction ("$20.00")."""
    locale = to_locale(language or _language())
    text = format_money(amount, currency, language or _language())
    digits = get_currency_precision(currency)
    if digits and Decimal(amount) == Decimal(amount).to_integral_value():
        text = text.replace(get_decimal_symbol(locale) + "0" * digits, "", 1)
    return text
