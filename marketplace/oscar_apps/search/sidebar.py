"""The facet sidebar: each facet's choices with counts, labels and the link that toggles them.

Every choice is a plain link to the same page with that value added to or removed from
the query string, so filtering works without JavaScript, a filtered page can be shared,
and the back button undoes a click. Links leave out `page`: a new filter starts at page 1.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.core.chrome import category_links
from marketplace.product_search import facets as labels
from marketplace.product_search.query import ATTRIBUTE_FACET_PREFIX, MOQ_EDGES

from .forms import LIST_FACETS, NON_FILTER_PARAMS

#: Choices shown before "More"; the rest stay one click away.
VISIBLE_CHOICES = 8

#: Sidebar order; attribute facets follow the seller, in the order the backend gives them.
ORDER = ("cluster", "category", "price", "moq", "seller", "min_grade", ATTRIBUTE_FACET_PREFIX,
         "certification", "incoterm", "in_stock")


@dataclass
class ChoiceLink:
    value: str
    label: str
    count: int | None
    selected: bool
    url: str


@dataclass
class FacetBox:
    name: str
    title: str
    choices: list = field(default_factory=list)

    @property
    def visible(self):
        return self.choices[:VISIBLE_CHOICES]

    @property
    def more(self):
        return self.choices[VISIBLE_CHOICES:]

    @property
    def has_selection(self):
        return any(choice.selected for choice in self.choices)


class Params:
    """The page's query string, to derive the links of the sidebar from."""

    def __init__(self, path, query_dict, dropped=()):
        self.path = path
        dropped = {"page", *dropped}
        self.items = [(key, value) for key, values in query_dict.lists() for value in values
                      if key not in dropped]

    def url(self, items):
        from urllib.parse import urlencode

        query = urlencode(items)
        return f"{self.path}?{query}" if query else self.path

    def toggled(self, name, value):
        """This page with `value` of list facet `name` added, or removed when present."""
        if (name, value) in self.items:
            return self.url([item for item in self.items if item != (name, value)])
        return self.url([*self.items, (name, value)])

    def replaced(self, **values):
        """This page with these single-valued parameters set (None: removed)."""
        items = [item for item in self.items if item[0] not in values]
        items += [(name, value) for name, value in values.items() if value is not None]
        return self.url(items)

    def cleared(self):
        return self.url([item for item in self.items if item[0] in NON_FILTER_PARAMS])

    @property
    def has_filters(self):
        return any(key not in NON_FILTER_PARAMS for key, _value in self.items)

    def hidden_inputs(self, *excluded):
        """(name, value) pairs a GET form on the page must repeat to keep the other filters."""
        return [(key, value) for key, value in self.items if key not in excluded]


def build_sidebar(result, query, params, *, price_ranges, price_min, price_max, category=None):
    """[FacetBox] for a SearchResult, in the sidebar's order; facets without choices left out.

    `price_min`/`price_max` are what the URL says in the display currency; `category` is the
    category whose page this is (its subcategories are offered), None on search pages.
    """
    boxes = {}
    for facet in result.facets:
        counts = {str(choice.value): choice.count for choice in facet.choices}
        if facet.name == "price":
            box = _price_box(facet, params, price_ranges, price_min, price_max)
        elif facet.name == "moq":
            box = _moq_box(counts, params, query.moq_max)
        elif facet.name == "in_stock":
            box = _in_stock_box(counts, params, query.in_stock)
        elif facet.name == "category":
            box = _category_box(counts, params, query, category)
        elif facet.name in LIST_FACETS or facet.name.startswith(ATTRIBUTE_FACET_PREFIX):
            box = _list_box(facet.name, counts, params, query)
        else:
            continue
        if box.choices:
            boxes[facet.name] = box
    grades = _min_grade_box(params, query.min_grade, offered=bool(result.hits))
    if grades.choices:
        boxes["min_grade"] = grades

    def position(name):
        key = ATTRIBUTE_FACET_PREFIX if name.startswith(ATTRIBUTE_FACET_PREFIX) else name
        return ORDER.index(key) if key in ORDER else len(ORDER)

    return [boxes[name] for name in sorted(boxes, key=position)]


def _sorted(choices):
    # Chosen values first so they stay in view, then the most common.
    return sorted(choices, key=lambda c: (not c.selected, -(c.count or 0), c.label.casefold()))


def _list_box(name, counts, params, query):
    selected = set(query.values(name))
    values = [value for value in counts if counts[value] or value in selected]
    values += [value for value in selected if value not in counts]
    names = labels.value_labels(name, values)
    choices = [
        ChoiceLink(value, names[value], counts.get(value, 0), value in selected,
                   params.toggled(name, value))
        for value in values
    ]
    return FacetBox(name, labels.facet_title(name), _sorted(choices))


def _category_box(counts, params, query, category):
    """Subcategories of the page's category (top-level ones on search pages), plus any chosen
    category and its own subcategories: a drill-down rather than the whole tree."""
    links = category_links()
    steplen = get_model("catalogue", "Category").steplen
    selected = set(query.values("category"))
    parents = [links[category.pk].path] if category is not None and category.pk in links else [""]
    for value in selected:
        link = links.get(int(value))
        if link is not None:
            parents.append(link.path)
    offered = set(selected)
    for link in links.values():
        if any(link.path.startswith(parent) and len(link.path) == len(parent) + steplen
               for parent in parents):
            offered.add(str(link.pk))
    values = [value for value in offered if counts.get(value) or value in selected]
    names = labels.value_labels("category", values)
    choices = [
        ChoiceLink(value, names[value], counts.get(value, 0), value in selected,
                   params.toggled("category", value))
        for value in values
    ]
    return FacetBox("category", labels.facet_title("category"), _sorted(choices))


def _price_box(facet, params, ranges, price_min, price_max):
    counts = _price_counts(facet, len(ranges))
    choices = []
    for index, price_range in enumerate(ranges):
        selected = price_range.is_selected(price_min, price_max)
        count = counts.get(index, 0)
        if not (count or selected):
            continue
        if selected:
            url = params.replaced(price_min=None, price_max=None)
        else:
            wanted = price_range.params
            url = params.replaced(price_min=wanted.get("price_min"),
                                  price_max=wanted.get("price_max"))
        choices.append(ChoiceLink(str(index), price_range.label, count, selected, url))
    if (price_min is not None or price_max is not None) and not any(c.selected for c in choices):
        # A range typed by hand: shown so it can be taken off again.
        typed = labels.PriceRange(price_min, price_max, ranges[0].currency if ranges else "")
        choices.insert(0, ChoiceLink("typed", typed.label, None, True,
                                     params.replaced(price_min=None, price_max=None)))
    # Ranges read in order, cheapest first.
    return FacetBox("price", labels.facet_title("price"), choices)


def _price_counts(facet, bucket_count):
    """{bucket index: count}. Backends answer the buckets in the order they were asked; a value
    may also name its bucket by index or by its edges in yuan ("10-50", "5000-")."""
    choices = list(facet.choices)
    if len(choices) == bucket_count:
        return {index: choice.count for index, choice in enumerate(choices)}
    counts = {}
    for choice in choices:
        value = str(choice.value)
        if value.isdigit() and int(value) < bucket_count:
            counts[int(value)] = choice.count
    return counts


def _moq_box(counts, params, moq_max):
    choices = []
    by_edge = {}
    for value, count in counts.items():
        try:
            by_edge[int(Decimal(value))] = count
        except (InvalidOperation, ValueError):
            continue
    for edge in MOQ_EDGES:
        selected = moq_max == edge
        count = by_edge.get(edge, 0)
        if not (count or selected):
            continue
        url = params.replaced(moq_max=None if selected else str(edge))
        choices.append(ChoiceLink(str(edge), labels.moq_label(edge), count, selected, url))
    if moq_max is not None and moq_max not in MOQ_EDGES:
        # A quantity typed by hand: shown so it can be taken off again.
        choices.insert(0, ChoiceLink(str(moq_max), labels.moq_label(moq_max), None, True,
                                     params.replaced(moq_max=None)))
    return FacetBox("moq", labels.facet_title("moq"), choices)


#: The "grade X or better" choices (D or better would be every rated seller).
MIN_GRADES = ("A", "B", "C")


def _min_grade_box(params, min_grade, offered):
    """Sellers rated a grade or better: offered on a page with results once some seller has
    a grade (a link per grade, not counted), and whenever one is chosen, so it can be taken
    off. The rating table is the one the result cards' badges read (cached)."""
    from marketplace.seller_rating.selectors import rating_table

    graded = offered and any(not rating.is_new for rating in rating_table()["by_partner"].values())
    if not (graded or min_grade):
        return FacetBox("min_grade", labels.facet_title("min_grade"))
    choices = []
    for grade in MIN_GRADES:
        selected = min_grade == grade
        label = (_("Grade %(grade)s") if grade == MIN_GRADES[0]
                 else _("Grade %(grade)s or better")) % {"grade": grade}
        url = params.replaced(min_grade=None if selected else grade)
        choices.append(ChoiceLink(grade, label, None, selected, url))
    if min_grade and min_grade not in MIN_GRADES:
        choices.append(ChoiceLink(min_grade, _("Grade %(grade)s or better") % {"grade": min_grade},
                                  None, True, params.replaced(min_grade=None)))
    return FacetBox("min_grade", labels.facet_title("min_grade"), choices)


def _in_stock_box(counts, params, in_stock):
    count = counts.get("true", 0)
    if not (count or in_stock):
        return FacetBox("in_stock", labels.facet_title("in_stock"))
    url = params.replaced(in_stock=None if in_stock else "1")
    choice = ChoiceLink("true", _("In stock"), count, in_stock, url)
    return FacetBox("in_stock", labels.facet_title("in_stock"), [choice])
