"""Chooser modals through which CMS editors pick products and sellers for live blocks.

Wagtail's ChooserViewSet, searched in the database (neither model is in Wagtail's search
index) and limited to what a buyer may open: a public product of an approved seller, an
approved seller. The picks are checked again when the page is shown (content.selectors).
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from marketplace.sellers.models import Enterprise

from .selectors import public_products

#: Longest search accepted (the field's own bound; the browser's maxlength is not trusted).
MAX_QUERY = 100


class _SearchForm(BaseFilterForm):
    q = forms.CharField(label=_("Search term"), required=False, max_length=MAX_QUERY,
                        widget=forms.TextInput(attrs={"placeholder": _("Search")}))
    #: Fields matched by the words (icontains), or equal to the whole query (codes).
    contains = ()
    equals = ()

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        match = Q()
        for field in self.contains:
            match |= Q(**{f"{field}__icontains": query})
        for field in self.equals:
            match |= Q(**{field: query})
        return objects.filter(match)


class ProductSearchForm(_SearchForm):
    contains = ("title", "title_en", "title_zh_hans")
    equals = ("upc", "gtin")


class SellerSearchForm(_SearchForm):
    contains = ("name_en", "legal_name_zh")
    equals = ("uscc", "customs_code")


class _ProductViews:
    filter_form_class = ProductSearchForm

    def get_object_list(self):
        return public_products().order_by("-date_created", "-pk")


class _SellerViews:
    filter_form_class = SellerSearchForm

    def get_object_list(self):
        return Enterprise.objects.approved().order_by("name_en", "pk")


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "pick"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    choose_view_class = type("ProductChooseView", (_ProductViews, ChooseView), {})
    choose_results_view_class = type("ProductChooseResultsView",
                                     (_ProductViews, ChooseResultsView), {})


class SellerChooserViewSet(ChooserViewSet):
    model = "sellers.Enterprise"
    icon = "group"
    choose_one_text = _("Choose a seller")
    choose_another_text = _("Choose another seller")
    choose_view_class = type("SellerChooseView", (_SellerViews, ChooseView), {})
    choose_results_view_class = type("SellerChooseResultsView",
                                     (_SellerViews, ChooseResultsView), {})


product_chooser = ProductChooserViewSet("product_chooser", url_prefix="choose/product")
seller_chooser = SellerChooserViewSet("seller_chooser", url_prefix="choose/seller")
