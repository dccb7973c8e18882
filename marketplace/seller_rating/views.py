"""The public breakdown of a seller's rating, the buyer's review form, and the staff and
seller views in the dashboard."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView, TemplateView
from oscar.core.loading import get_model

from marketplace.sellers.models import Enterprise

from . import presentation, selectors, services
from .forms import RatingFilterForm, ReviewForm
from .grades import Grade

Order = get_model("order", "Order")

REVIEWS_PER_PAGE = 20


def breakdown_context(enterprise, rating, request):
    reviews = Paginator(selectors.reviews_of(enterprise), REVIEWS_PER_PAGE)
    return {
        "enterprise": enterprise,
        "rating": rating,
        "rows": presentation.component_rows(rating.breakdown) if rating else [],
        "provisional_score": (rating.breakdown or {}).get("provisional_score") if rating else None,
        "formula": presentation.formula_facts(),
        "reviews": reviews.get_page(request.GET.get("page")),
    }


class SellerRatingView(TemplateView):
    """A seller's rating for everyone: score, grade, each component with its facts, the
    formula, and the buyers' reviews."""

    template_name = "seller_rating/breakdown.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enterprise = get_object_or_404(Enterprise.objects.approved(), slug=kwargs["slug"])
        context.update(breakdown_context(enterprise, selectors.seller_rating(enterprise),
                                         self.request))
        return context


class ReviewSellerView(LoginRequiredMixin, View):
    """The buyer of a completed order reviews its seller, once."""

    template_name = "seller_rating/review_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        # Another buyer's order (or none): the same 404, whether it exists or not.
        self.order = get_object_or_404(Order, number=kwargs["number"], user=request.user)
        self.enterprise = services.order_enterprise(self.order)
        return super().dispatch(request, *args, **kwargs)

    def order_url(self):
        return reverse("customer:order", kwargs={"order_number": self.order.number})

    def refused(self):
        refusal = services.review_refusal(self.order, self.request.user)
        if refusal is not None:
            messages.warning(self.request, refusal)
            return redirect(self.order_url())
        return None

    def get(self, request, *args, **kwargs):
        return self.refused() or self.render(ReviewForm())

    def post(self, request, *args, **kwargs):
        refused = self.refused()
        if refused:
            return refused
        form = ReviewForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        try:
            services.submit_review(self.order, user=request.user, stars=form.cleaned_data["stars"],
                                   comment=form.cleaned_data["comment"])
        except services.ReviewRefused as refusal:
            messages.warning(request, refusal.message)
            return redirect(self.order_url())
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
            return self.render(form, status=400)
        messages.success(request, _("Thank you: your review of the seller is published."))
        return redirect(self.order_url())

    def render(self, form, status=200):
        from django.shortcuts import render

        return render(self.request, self.template_name, {
            "form": form, "order": self.order, "enterprise": self.enterprise,
        }, status=status)


# --- dashboard ------------------------------------------------------------------------------


class RatingListView(ListView):
    """Every seller's score for staff, filtered by grade or name."""

    template_name = "seller_rating/dashboard/rating_list.html"
    context_object_name = "ratings"
    paginate_by = 50

    def get_queryset(self):
        self.form = RatingFilterForm(self.request.GET or None)
        ratings = selectors.all_ratings()
        if self.form.is_bound:
            if not self.form.is_valid():
                return ratings.none()
            if self.form.cleaned_data["grade"]:
                ratings = ratings.filter(grade=self.form.cleaned_data["grade"])
            text = self.form.cleaned_data["q"].strip()
            if text:
                ratings = ratings.filter(Q(enterprise__name_en__icontains=text)
                                         | Q(enterprise__legal_name_zh__icontains=text))
        return ratings

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["grades"] = Grade
        return context


class DashboardBreakdownView(TemplateView):
    """One seller's breakdown in the dashboard: staff see any seller's, a seller its own."""

    template_name = "seller_rating/dashboard/breakdown.html"
    own = False

    def get_enterprise(self):
        user = self.request.user
        if self.own:
            enterprise = Enterprise.objects.for_user(user).exclude(partner__isnull=True).first()
            if enterprise is None:
                raise Http404
            return enterprise
        if not user.is_staff:
            raise Http404
        return get_object_or_404(Enterprise, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enterprise = self.get_enterprise()
        context.update(breakdown_context(enterprise, selectors.seller_rating(enterprise),
                                         self.request))
        context["own"] = self.own
        return context


class RecomputeView(View):
    """Staff recompute one seller's rating now (POST)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        enterprise = get_object_or_404(Enterprise, pk=pk)
        services.recompute_ratings([enterprise.pk])
        messages.success(request, _("The rating was recomputed."))
        return redirect("seller_rating_dashboard:detail", pk=enterprise.pk)
