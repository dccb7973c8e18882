"""Oscar's catalogue, category and search pages, served by the marketplace's search backend.

Oscar renders these pages through haystack; here they ask the backend chosen in
settings (database or Elasticsearch) and hand Oscar's templates the context they
expect (`products` with `.object`, `paginator`, `page_obj`).
"""

from urllib.parse import unquote

from django.contrib import messages
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from marketplace.core.chrome import category_and_descendant_ids
from marketplace.product_search.query import SORTS, ProductQuery
from marketplace.product_search.services import get_search_backend

Category = get_model("catalogue", "Category")


class ResultPaginator(Paginator):
    """A Paginator over one page the backend already fetched, with the backend's total."""

    def __init__(self, result, per_page):
        self.result = result
        super().__init__(range(result.total), per_page)

    def page(self, number):
        page = super().page(number)
        page.object_list = self.result.hits
        return page


class ProductResultsView(TemplateView):
    paginate_by = 20
    summary = None

    def get_category_ids(self):
        return ()

    def get_query(self):
        sort = self.request.GET.get("sort_by") or "relevance"
        try:
            page = int(self.request.GET.get("page") or 1)
        except ValueError:
            raise Http404("Page is not a number")
        if page < 1:
            raise Http404("Page must be 1 or more")
        return ProductQuery(
            text=(self.request.GET.get("q") or "").strip()[:200],
            category_ids=self.get_category_ids(),
            sort=sort if sort in SORTS else "relevance",
            language=get_language() or "en",
            page=page,
            per_page=self.paginate_by,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.get_query()
        result = get_search_backend().search(query)
        paginator = ResultPaginator(result, self.paginate_by)
        try:
            page = paginator.page(query.page)
        except InvalidPage:
            raise Http404("No such page")
        context.update(
            products=result.hits,
            paginator=paginator,
            page_obj=page,
            page=page,
            is_paginated=paginator.num_pages > 1,
            query=query.text,
            has_facets=False,
            facet_data={},
            selected_facets=[],
        )
        if self.summary:
            context["summary"] = self.summary
        return context


class CatalogueView(ProductResultsView):
    template_name = "oscar/catalogue/browse.html"
    summary = _("All products")

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            messages.error(request, _("The given page number was invalid."))
            return redirect("catalogue:index")


class ProductCategoryView(ProductResultsView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404()
        expected = self.category.get_absolute_url()
        if unquote(expected) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected)
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            messages.error(request, _("The given page number was invalid."))
            return redirect(expected)

    def get_category_ids(self):
        # From the cached category tree: the page asks the database for its products only.
        return category_and_descendant_ids(self.category.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        return context


class FacetedSearchView(ProductResultsView):
    template_name = "oscar/search/results.html"
