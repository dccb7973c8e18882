"""The tax estimate page: what a buyer in mainland China would pay on a product."""

from django.utils import timezone
from django.views.generic import TemplateView
from oscar.core.loading import get_class

from .forms import TaxEstimateForm
from .services import estimate_cbec_tax

Selector = get_class("partner.strategy", "Selector")


class TaxEstimateView(TemplateView):
    """GET ?product=<id>&quantity=<n>[&bought_this_year=<CNY>]: the form and, when valid,
    the CBEC treatment and taxes under today's rules. Only reads: safe as a GET."""

    template_name = "cbec_tax/estimate.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        data = self.request.GET if "product" in self.request.GET else None
        form = TaxEstimateForm(data, strategy=Selector().strategy(request=self.request), order_date=today)
        result = None
        if form.is_valid():
            result = estimate_cbec_tax([form.cleaned_data["goods_line"]], order_date=today,
                                       annual_total_before=form.cleaned_data["bought_this_year"])
        context.update(form=form, result=result, order_date=today,
                       product=form.cleaned_data.get("product_object") if form.is_bound else None)
        return context
