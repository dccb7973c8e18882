"""Freight pages of the dashboard: a seller's shipping profile and services, the platform's.

A seller sees and edits its own profile and services only; another seller's pages and
services, and the platform's edit pages, are "not found" to it. Staff see and edit all.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from . import services
from .forms import FreightServiceForm, RateFormSet, ShippingProfileForm
from .models import FreightService, FreightZone

Partner = get_model("partner", "Partner")


class FreightAccessMixin:
    """The sellers the user may manage: all for staff, its own otherwise; none gets 403."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        self.partners = (Partner.objects.all() if user.is_staff
                         else Partner.objects.filter(users=user))
        if not user.is_staff and not self.partners.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_partner(self, pk):
        return get_object_or_404(self.partners, pk=pk)

    def editable_services(self):
        if self.request.user.is_staff:
            return FreightService.objects.all()
        return FreightService.objects.filter(partner__in=self.partners)


def _with_rate_counts(services):
    return services.annotate(rate_count=Count("rates")).select_related("partner")


class FreightIndexView(FreightAccessMixin, TemplateView):
    template_name = "freight/dashboard/index.html"

    def get(self, request, *args, **kwargs):
        if not request.user.is_staff:
            own = list(self.partners[:2])
            if len(own) == 1:
                return redirect("freight:freight-seller", partner_pk=own[0].pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.is_staff:
            context["platform_services"] = _with_rate_counts(FreightService.objects.platform())
            context["zones"] = FreightZone.objects.all()
            context["seller_services"] = _with_rate_counts(
                FreightService.objects.filter(partner__isnull=False)
                .order_by("partner__name", "name"))[:200]
        else:
            context["partners"] = self.partners.order_by("name")
        return context


class SellerFreightView(FreightAccessMixin, View):
    """One seller's shipping profile (edited here) and its services."""

    template_name = "freight/dashboard/seller.html"

    def get(self, request, partner_pk):
        partner = self.get_partner(partner_pk)
        form = ShippingProfileForm(instance=services.profile_for(partner))
        return self.render(partner, form)

    def post(self, request, partner_pk):
        partner = self.get_partner(partner_pk)
        form = ShippingProfileForm(request.POST, instance=services.profile_for(partner))
        if not form.is_valid():
            return self.render(partner, form, status=400)
        form.save()
        messages.success(request, _("Your shipping profile is saved."))
        return redirect("freight:freight-seller", partner_pk=partner.pk)

    def render(self, partner, form, status=200):
        return render(self.request, self.template_name, {
            "partner": partner,
            "form": form,
            "own_services": _with_rate_counts(FreightService.objects.of_seller(partner)),
            "platform_services": _with_rate_counts(
                FreightService.objects.platform().filter(is_active=True)),
        }, status=status)


class ServiceFormView(FreightAccessMixin, View):
    """Create or edit a service with its rates, on one page."""

    template_name = "freight/dashboard/service_form.html"

    def get_service(self):
        raise NotImplementedError

    def get(self, request, **kwargs):
        service = self.get_service()
        return self.render(service, FreightServiceForm(instance=service),
                           RateFormSet(instance=service, prefix="rates"))

    def post(self, request, **kwargs):
        service = self.get_service()
        form = FreightServiceForm(request.POST, instance=service)
        rates = RateFormSet(request.POST, instance=service, prefix="rates")
        if not (form.is_valid() and rates.is_valid()):
            return self.render(service, form, rates, status=400)
        service = services.save_service(form, rates)
        messages.success(request, _("“%(name)s” is saved.") % {"name": service.name})
        return redirect("freight:freight-service-update", pk=service.pk)

    def render(self, service, form, rates, status=200):
        return render(self.request, self.template_name, {
            "service": service, "form": form, "rates": rates,
            "partner": service.partner, "zones_exist": FreightZone.objects.exists(),
        }, status=status)


class SellerServiceCreateView(ServiceFormView):
    def get_service(self):
        return FreightService(partner=self.get_partner(self.kwargs["partner_pk"]))


class PlatformServiceCreateView(ServiceFormView):
    def get_service(self):
        if not self.request.user.is_staff:
            raise PermissionDenied
        return FreightService(partner=None)


class ServiceUpdateView(ServiceFormView):
    def get_service(self):
        return get_object_or_404(self.editable_services().select_related("partner"),
                                 pk=self.kwargs["pk"])


class ServiceDeleteView(FreightAccessMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        service = get_object_or_404(self.editable_services(), pk=pk)
        partner_pk = service.partner_id
        name = service.name
        service.delete()
        messages.success(request, _("“%(name)s” is deleted.") % {"name": name})
        if partner_pk is None:
            return redirect("freight:freight-index")
        return redirect("freight:freight-seller", partner_pk=partner_pk)

