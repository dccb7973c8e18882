"""Oscar's catalogue, category and search pages, served by the marketplace's search backend.

Oscar renders these pages through haystack; here they ask the backend chosen in
settings (database or Elasticsearch) and hand Oscar's templates the context they
expect (`products` with `.object`, `paginator`, `page_obj`), plus the facet sidebar.
The views know nothing of which backend answers.
"""

import hashlib
import logging
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from marketplace.core.chrome import cache_version, category_and_descendant_ids
from marketplace.currency.services import Converter
from marketplace.product_search import facets
from marketplace.product_search.backends.base import SearchBackendUnavailable
from marketplace.product_search.services import get_search_backend

from .forms import SearchForm
from .sidebar import Params, build_sidebar

Category = get_model("catalogue", "Category")

logger = logging.getLogger(__name__)

SUGGESTION_LIMIT = 8
MAX_SUGGEST_LENGTH = 100


class ResultPaginator(Paginator):
    """A Paginator over one page the backend already fetched, with the backend's total."""

    def __init__(self, result, per_page):
        self.result = result
        super().__init__(range(result.total), per_page)

    def page(self, number):
        page = super().page(number)
        page.object_list = self.result.hits
        return page


class InvalidPageRequested(Exception):
    pass


class ProductResultsView(TemplateView):
    paginate_by = 20
    summary = None
    category = None

    def get(self, request, *args, **kwargs):
        self.form = SearchForm(request.GET)
        try:
            if self.form.page_is_invalid:
                raise InvalidPageRequested from None
            return super().get(request, *args, **kwargs)
        except InvalidPageRequested:
            messages.error(request, _("The given page number was invalid."))
            # Back to the first page with the same filters.
            kept = [(key, value) for key, values in request.GET.lists() for value in values
                    if key != "page"]
            return HttpResponseRedirect(request.path + (f"?{urlencode(kept)}" if kept else ""))

    def get_category_ids(self):
        return ()

    def price_currency(self, converter):
        """The currency price filters are typed in: the visitor's, if the rates can convert it."""
        ranges = facets.price_ranges(self.display_currency, converter)
        return ranges[0].currency, ranges

    @property
    def display_currency(self):
        return getattr(self.request, "display_currency", None) or settings.OSCAR_DEFAULT_CURRENCY

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.form
        for label, error in form.ignored_input():
            messages.warning(self.request, _("%(field)s was ignored: %(error)s") % {
                "field": label, "error": error})
        results = ResultsPage(self, form)
        total = cache.get(results.key + ":total")
        if total is None:
            results.load()  # searches now, so that a page past the end is found here
        elif not _page_exists(form.value("page", 1), total, self.paginate_by):
            raise InvalidPageRequested from None
        context["results"] = results
        context["query"] = form.value("q", "")
        if self.summary:
            context["summary"] = self.summary
        return context

    def search_context(self, form):
        """What the result list and the sidebar show: runs the search."""
        converter = Converter()
        currency, ranges = self.price_currency(converter)
        query = form.to_query(
            language=get_language() or "en",
            category_ids=self.get_category_ids(),
            price_currency=currency,
            converter=converter,
            price_buckets=[price_range.base_bucket(converter) for price_range in ranges],
            per_page=self.paginate_by,
        )
        result = get_search_backend().search(query)
        paginator = ResultPaginator(result, self.paginate_by)
        try:
            page = paginator.page(query.page)
        except InvalidPage:  # past the end (the first page exists even when nothing matched)
            raise InvalidPageRequested from None
        params = Params(self.request.path, self.request.GET, dropped=form.unusable_params())
        sidebar = build_sidebar(
            result, query, params, price_ranges=ranges,
            price_min=form.value("price_min"), price_max=form.value("price_max"),
            category=self.category,
        )
        return dict(
            products=result.hits,
            paginator=paginator,
            page_obj=page,
            page=page,
            is_paginated=paginator.num_pages > 1,
            query=query.text,
            search_query=query,
            search_form=form,
            sort_choices=form.fields["sort"].choices,
            current_sort=query.sort,
            sort_hidden_inputs=params.hidden_inputs("sort"),
            price_hidden_inputs=params.hidden_inputs("price_min", "price_max"),
            price_currency=currency,
            facet_boxes=sidebar,
            active_filters=[(box.title, choice) for box in sidebar for choice in box.choices
                            if choice.selected],
            clear_filters_url=params.cleared() if params.has_filters else "",
            # Oscar's own facet block stays empty: the marketplace's sidebar replaces it.
            has_facets=False,
            facet_data={},
            selected_facets=[],
        )


def _page_exists(number, total, per_page):
    return number == 1 or 1 <= number <= -(-total // per_page)


class ResultsPage:
    """The result list and facet sidebar of one URL, for `{% shared_cache %}`.

    Both are the same for every visitor of a language and display currency, until a
    product (the "listing" version), a category or a facet label changes: the
    templates keep them under `key` for a minute and call `load()`, which runs the
    search, only when they are not cached. The number of results is kept beside them
    so that a page past the end is still refused without searching.
    """

    timeout = 60  # as long as the rate table (prices, price ranges) is cached

    def __init__(self, view, form):
        self.view, self.form = view, form
        request = view.request
        self.key = "results:" + hashlib.sha256(repr((
            cache_version("listing"), cache_version("chrome"), cache_version(facets.LABELS_CACHE_KIND),
            request.path, sorted(request.GET.lists()), get_language(), view.display_currency,
        )).encode()).hexdigest()
        self.context = None

    def load(self):
        if self.context is None:
            self.context = self.view.search_context(self.form)
            cache.set(self.key + ":total", self.context["paginator"].count, self.timeout)
        return self.context


class CatalogueView(ProductResultsView):
    template_name = "oscar/catalogue/browse.html"
    summary = gettext_lazy("All products")


class ProductCategoryView(ProductResultsView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404()
        expected = self.category.get_absolute_url()
        if unquote(expected) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected)
        return super().get(request, *args, **kwargs)

    def get_category_ids(self):
        # From the cached category tree: the page asks the database for its products only.
        return category_and_descendant_ids(self.category.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        return context


class FacetedSearchView(ProductResultsView):
    template_name = "oscar/search/results.html"


class SuggestView(View):
    """GET ?q=… → {"query": …, "suggestions": [{"kind", "label", "url"}, …]} for the search box.

    Answers from the backend's suggest(); a backend that is down or cannot suggest gives
    an empty list, so typing never shows an error.
    """

    def get(self, request, *args, **kwargs):
        if "q" not in request.GET:
            return JsonResponse({"error": _("Give the text typed so far as the q parameter.")},
                                status=400)
        text = " ".join(request.GET["q"].split())[:MAX_SUGGEST_LENGTH]
        suggestions = []
        if len(text) >= 1:
            try:
                found = get_search_backend().suggest(text, get_language() or "en",
                                                     limit=SUGGESTION_LIMIT)
            except (SearchBackendUnavailable, NotImplementedError) as exc:
                logger.warning("No search suggestions for %r: %s", text, exc)
                found = []
            suggestions = [
                {"kind": suggestion.kind, "label": suggestion.label, "url": suggestion.url}
                for suggestion in list(found)[:SUGGESTION_LIMIT]
            ]
        response = JsonResponse({"query": text, "suggestions": suggestions})
        # The same letters give the same answer for a while; spare the backend repeated keys.
        patch_cache_control(response, public=True, max_age=60)
        return response
