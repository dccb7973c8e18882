"""The operations that change freight data, one per use case."""

from django.db import transaction

from .models import FreightService, SellerShippingProfile


def profile_for(partner) -> SellerShippingProfile:
    """The seller's shipping profile, unsaved with its defaults when it has none yet."""
    profile = SellerShippingProfile.objects.filter(partner=partner).first()
    return profile or SellerShippingProfile(partner=partner)


@transaction.atomic
def save_service(service_form, rate_formset) -> FreightService:
    """Save a service and its rates together: both valid, or neither written."""
    service = service_form.save()
    rate_formset.instance = service
    rate_formset.save()
    return service
