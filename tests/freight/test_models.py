"""Zones, rates and the admin pages staff edit them in."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from marketplace.freight.models import FreightRate, FreightService, FreightZone, zone_for
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_country_belongs_to_one_zone_only():
    zone = FreightZone(name="Benelux", countries=["NL", "BE", "LU"])

    with pytest.raises(ValidationError) as error:
        zone.full_clean()  # the seeded Europe zone already lists them

    assert "already belong to the zone Europe" in str(error.value)


def test_only_one_zone_takes_the_rest_of_the_world():
    with pytest.raises(ValidationError) as error:
        FreightZone(name="Elsewhere", countries=[]).full_clean()

    assert "Another zone already takes the rest of the world" in str(error.value)
    FreightZone.objects.get(name="Europe").full_clean()  # an unchanged zone is fine


def test_zone_lookup_prefers_the_listing_zone_over_the_rest_of_the_world():
    zones = list(FreightZone.objects.all())

    assert zone_for("DE", zones).name == "Europe"
    assert zone_for("JP", zones).name.startswith("East Asia")
    assert zone_for("BR", zones).name == "Rest of the world"
    assert zone_for("DE", [z for z in zones if z.name != "Rest of the world" and
                           z.name != "Europe"]) is None


@pytest.mark.parametrize(("kg", "charge"), [
    ("0.001", "150.00"), ("1", "150.00"), ("1.001", "215.00"), ("2", "215.00"),
    ("29.5", "2035.00"),
])
def test_rate_counts_started_steps(kg, charge):
    rate = FreightRate(first_step_kg=Decimal("1"), first_step_charge_cny=Decimal("150"),
                       additional_step_kg=Decimal("1"), additional_step_charge_cny=Decimal("65"))

    assert rate.charge_for(Decimal(kg)) == Decimal(charge)


def test_admin_pages_open(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    service = FreightService.objects.platform().first()

    for model in ("freightzone", "freightservice", "freightrate", "sellershippingprofile"):
        assert client.get(reverse(f"admin:freight_{model}_changelist")).status_code == 200
        assert client.get(reverse(f"admin:freight_{model}_add")).status_code == 200
    assert client.get(reverse("admin:freight_freightservice_change",
                              args=[service.pk])).status_code == 200
