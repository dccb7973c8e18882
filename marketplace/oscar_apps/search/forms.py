"""The search and listing URL, read into a ProductQuery.

Every filter lives in the query string so a results page can be bookmarked and shared:

    ?q=knife&sort=price_asc&page=2
    &cluster=knives&cluster=scissors          repeated: either (OR)
    &category=12&seller=maker-3
    &attr.blade_steel=blade_steel.vg10        option attributes by option code
    &attr.dishwasher_safe=true                boolean attributes
    &certification=LFGB&incoterm=FOB&in_stock=1
    &price_min=10&price_max=50                in the visitor's display currency
    &moq_max=100
    &min_grade=B                              sellers rated B or better

Different facets narrow each other (AND). A value that cannot be read is left out and,
where the buyer typed it (prices, quantities), named in a message; an unknown parameter
or facet value simply matches nothing more.
"""

import re

from django import forms
from django.forms.widgets import Input
from django.utils.translation import gettext_lazy as _

from marketplace.product_search.facets import to_base_currency
from marketplace.product_search.query import ATTRIBUTE_FACET_PREFIX, SORTS, ProductQuery
from marketplace.seller_rating.grades import GRADES

#: Facets chosen by repeating a parameter; attribute facets ("attr.<code>") come on top.
LIST_FACETS = ("cluster", "category", "seller", "certification", "incoterm")

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
MAX_ATTRIBUTE_FACETS = 10
ATTRIBUTE_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("price_asc", _("Price: low to high")),
    ("price_desc", _("Price: high to low")),
    ("newest", _("Newest")),
    ("moq", _("Lowest minimum order")),
    ("title", _("Name: A to Z")),
    ("seller_rating", _("Seller rating: best first")),
]
assert {code for code, _label in SORT_CHOICES} <= set(SORTS)

#: Parameters that are not filters: kept when the filters are cleared.
NON_FILTER_PARAMS = ("q", "sort")


class SearchInput(Input):
    input_type = "search"


class SearchForm(forms.Form):
    """The header's search box on every page (Oscar's `search_form` context processor) and the
    parameters of the search, catalogue and category pages."""

    q = forms.CharField(
        required=False,
        label=_("Search"),
        widget=SearchInput(attrs={"placeholder": _("Search products, categories, sellers")}),
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)
    price_min = forms.DecimalField(
        label=_("Lowest price"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    price_max = forms.DecimalField(
        label=_("Highest price"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    moq_max = forms.IntegerField(
        label=_("Minimum order up to"), required=False, min_value=1, max_value=10_000_000
    )
    in_stock = forms.BooleanField(required=False)
    min_grade = forms.ChoiceField(
        label=_("Seller rating"), required=False,
        choices=[("", _("Any seller")), *((grade, grade) for grade in GRADES)],
    )

    def clean_q(self):
        # Longer text is no better a query and costs the backend; cut rather than refuse.
        return " ".join((self.cleaned_data.get("q") or "").split())[:MAX_QUERY_LENGTH]

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("price_min"), cleaned.get("price_max")
        if low is not None and high is not None and low > high:
            self.add_error(
                "price_max", _("The highest price is below the lowest price.")
            )
            cleaned.pop("price_min", None)
        return cleaned

    # --- reading --------------------------------------------------------------

    def value(self, name, default=None):
        """A cleaned value, or `default` when absent or unreadable (the form need not be valid)."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        value = self.cleaned_data.get(name)
        return default if value in (None, "") else value

    @property
    def page_is_invalid(self):
        self.is_valid()
        return "page" in self.errors

    def ignored_input(self):
        """[(label, message)] for what the buyer typed and the page could not use."""
        self.is_valid()
        ignored = []
        for name in ("price_min", "price_max", "moq_max"):
            for error in self.errors.get(name, []):
                ignored.append((self.fields[name].label, error))
        return ignored

    def unusable_params(self):
        """Names of the form's parameters present in the URL whose value was not used: links
        built from this page leave them out rather than carry the mistake along."""
        self.is_valid()
        return {name for name in self.fields if name in self.data and self.value(name) is None}

    def filters(self):
        """The facet filters as ProductQuery wants them: sorted ((name, sorted values), ...)."""
        data = self.data
        names = [name for name in LIST_FACETS if name in data]
        attribute_names = sorted(
            key for key in data
            if key.startswith(ATTRIBUTE_FACET_PREFIX)
            and ATTRIBUTE_CODE.match(key[len(ATTRIBUTE_FACET_PREFIX):])
        )[:MAX_ATTRIBUTE_FACETS]
        filters = []
        for name in names + attribute_names:
            values = set()
            for value in _getlist(data, name)[: MAX_VALUES_PER_FACET * 2]:
                value = value.strip()
                if not value or len(value) > MAX_VALUE_LENGTH:
                    continue
                if name == "category" and not value.isdigit():
                    continue
                values.add(value)
            if values:
                filters.append((name, tuple(sorted(values)[:MAX_VALUES_PER_FACET])))
        return tuple(sorted(filters))

    def to_query(self, *, language, category_ids=(), price_currency, converter,
                 price_buckets=(), per_page=20):
        """The ProductQuery this URL asks for; prices go from `price_currency` into yuan."""
        self.is_valid()
        def in_yuan(amount):
            return None if amount is None else to_base_currency(amount, price_currency, converter)

        return ProductQuery(
            text=self.value("q", ""),
            category_ids=tuple(category_ids),
            filters=self.filters(),
            price_min=in_yuan(self.value("price_min")),
            price_max=in_yuan(self.value("price_max")),
            moq_max=self.value("moq_max"),
            in_stock=bool(self.value("in_stock", False)),
            min_grade=self.value("min_grade", ""),
            sort=self.value("sort", "relevance"),
            language=language,
            page=self.value("page", 1),
            per_page=per_page,
            with_facets=True,
            price_buckets=tuple(price_buckets),
        )


def _getlist(data, name):
    return data.getlist(name) if hasattr(data, "getlist") else [data[name]]
