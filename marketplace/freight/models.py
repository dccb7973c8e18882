"""Shipping services, the platform's zones and rates, and what each seller ships where.

Every charge is in CNY, the currency the platform settles freight in. A weight-priced
service (postal, express, overseas warehouse) has a rate per zone; the sea and air modes
are "on quote": the freight is agreed with the buyer after the order.
"""

from decimal import ROUND_CEILING, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries import Countries
from django_countries.fields import CountryField

from marketplace.buyers.countries import shipping_country_codes

#: Bounds a seller can type into: a year in transit, a full container's weight, and a
#: charge no parcel or warehouse delivery comes near.
MAX_TRANSIT_DAYS = 365
MAX_SHIPMENT_KG = Decimal("30000")
MAX_CHARGE_CNY = Decimal("1000000")
#: Room for every ISO country code, comma separated (django-countries would derive it
#: from its current list, and a new country would then need a migration).
COUNTRY_LIST_LENGTH = 1000


class ShippingCountries(Countries):
    """The countries the platform ships to (marketplace.buyers.countries), as choices."""

    @property
    def only(self):
        return shipping_country_codes()


def country_codes(value) -> frozenset[str]:
    """The codes of a CountryField(multiple=True) value: Country objects or codes."""
    return frozenset(getattr(country, "code", country) for country in value or ())


def _countries_field(verbose_name, help_text):
    return CountryField(verbose_name, multiple=True, blank=True, countries=ShippingCountries,
                        max_length=COUNTRY_LIST_LENGTH, help_text=help_text)


class TradeMode(models.TextChoices):
    POSTAL = "postal", _("Postal / small parcel")
    EXPRESS = "express", _("International express")
    SEA_LCL = "sea_lcl", _("Sea freight, less than container load (LCL)")
    SEA_FCL = "sea_fcl", _("Sea freight, full container load (FCL)")
    AIR = "air", _("Air freight")
    OVERSEAS_WAREHOUSE = "overseas_warehouse", _("Delivery from an overseas warehouse")


#: Priced from the rate table by weight; the others are agreed after the order.
WEIGHT_PRICED_MODES = frozenset({TradeMode.POSTAL, TradeMode.EXPRESS,
                                 TradeMode.OVERSEAS_WAREHOUSE})
ON_QUOTE_MODES = frozenset({TradeMode.SEA_LCL, TradeMode.SEA_FCL, TradeMode.AIR})
SEA_MODES = frozenset({TradeMode.SEA_LCL, TradeMode.SEA_FCL})


class FreightZone(models.Model):
    """A group of destination countries that share a rate.

    A country belongs to one zone at most; the zone without countries (at most one) is
    "rest of the world" and takes every country no other zone lists.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    countries = _countries_field(
        _("countries"), _("Leave empty for the rest of the world: every country that no "
                          "other zone lists."))

    class Meta:
        verbose_name = _("freight zone")
        verbose_name_plural = _("freight zones")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_rest_of_world(self) -> bool:
        return not self.countries

    def clean(self):
        others = FreightZone.objects.exclude(pk=self.pk)
        mine = country_codes(self.countries)
        if not mine:
            if any(not zone.countries for zone in others):
                raise ValidationError({"countries": _(
                    "Another zone already takes the rest of the world; list this zone's "
                    "countries.")})
            return
        for zone in others:
            shared = mine & country_codes(zone.countries)
            if shared:
                raise ValidationError({"countries": _(
                    "%(countries)s already belong to the zone %(zone)s.") % {
                        "countries": ", ".join(sorted(shared)), "zone": zone.name}})


def zone_for(country_code: str, zones) -> FreightZone | None:
    """The zone of a destination among `zones`: the one listing it, else rest of the world."""
    rest_of_world = None
    for zone in zones:
        codes = country_codes(zone.countries)
        if country_code in codes:
            return zone
        if not codes:
            rest_of_world = zone
    return rest_of_world


class FreightServiceQuerySet(models.QuerySet):
    def platform(self):
        return self.filter(partner__isnull=True)

    def of_seller(self, partner):
        return self.filter(partner=partner)

    def usable_by(self, partner):
        """The platform's services and the seller's own."""
        return self.filter(models.Q(partner__isnull=True) | models.Q(partner=partner))


class FreightService(models.Model):
    """A way to ship: the platform's (no partner, for every seller) or one seller's own."""

    partner = models.ForeignKey(
        "partner.Partner", on_delete=models.CASCADE, null=True, blank=True,
        related_name="freight_services", verbose_name=_("seller"),
        help_text=_("Empty: a platform service that every seller may use."))
    name = models.CharField(_("name"), max_length=100,
                            help_text=_("As buyers see it at checkout."))
    trade_mode = models.CharField(_("trade mode"), max_length=20, choices=TradeMode.choices)
    cold_chain = models.BooleanField(
        _("cold chain"), default=False,
        help_text=_("Carries chilled and frozen goods (0-4 °C, -18 °C) unbroken."))
    transit_days_min = models.PositiveSmallIntegerField(
        _("transit days, from"), null=True, blank=True,
        validators=[MaxValueValidator(MAX_TRANSIT_DAYS)])
    transit_days_max = models.PositiveSmallIntegerField(
        _("transit days, to"), null=True, blank=True,
        validators=[MaxValueValidator(MAX_TRANSIT_DAYS)])
    max_weight_kg = models.DecimalField(
        _("largest shipment (kg)"), max_digits=8, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(Decimal("0.001")), MaxValueValidator(MAX_SHIPMENT_KG)],
        help_text=_("The gross weight one shipment may have, e.g. 30 kg for a postal parcel. "
                    "Empty: no limit."))
    countries = _countries_field(
        _("countries served"),
        _("Empty: every country the platform ships to. An overseas warehouse lists the "
          "countries it delivers to."))
    is_active = models.BooleanField(_("active"), default=True,
                                    help_text=_("Inactive services are not offered."))
    notes = models.TextField(_("notes"), blank=True, max_length=2000,
                             help_text=_("For staff and the seller; buyers do not see them."))

    objects = FreightServiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("freight service")
        verbose_name_plural = _("freight services")
        ordering = ["partner_id", "name"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(transit_days_min__isnull=True)
                           | models.Q(transit_days_max__isnull=True)
                           | models.Q(transit_days_min__lte=models.F("transit_days_max"))),
                name="freight_transit_days_in_order"),
            models.CheckConstraint(
                condition=(models.Q(max_weight_kg__isnull=True)
                           | models.Q(max_weight_kg__gt=0, max_weight_kg__lte=MAX_SHIPMENT_KG)),
                name="freight_max_weight_in_bounds"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_platform(self) -> bool:
        return self.partner_id is None

    @property
    def on_quote(self) -> bool:
        return self.trade_mode in ON_QUOTE_MODES

    @property
    def weight_priced(self) -> bool:
        return self.trade_mode in WEIGHT_PRICED_MODES

    @property
    def transit_days(self) -> tuple[int, int] | None:
        low, high = self.transit_days_min, self.transit_days_max
        if low is None and high is None:
            return None
        return (low if low is not None else high, high if high is not None else low)

    def serves(self, country_code: str) -> bool:
        codes = country_codes(self.countries)
        return not codes or country_code in codes

    def clean(self):
        errors = {}
        low, high = self.transit_days_min, self.transit_days_max
        if low is not None and high is not None and low > high:
            errors["transit_days_max"] = _("The longest transit cannot be shorter than the "
                                           "shortest.")
        if self.trade_mode == TradeMode.OVERSEAS_WAREHOUSE and not self.countries:
            errors["countries"] = _("List the countries the overseas warehouse delivers to.")
        if errors:
            raise ValidationError(errors)


_KG = {"max_digits": 8, "decimal_places": 3}
_CNY = {"max_digits": 10, "decimal_places": 2,
        "validators": [MinValueValidator(Decimal("0")), MaxValueValidator(MAX_CHARGE_CNY)]}


class FreightRate(models.Model):
    """What a weight-priced service charges to one zone, in CNY, by weight steps.

    The first step covers up to `first_step_kg`; each started `additional_step_kg` above
    it costs `additional_step_charge_cny`. A first step of 0 kg makes the first charge a
    flat fee per shipment (an overseas warehouse's handling fee) and every step a
    charge by weight.
    """

    service = models.ForeignKey(FreightService, on_delete=models.CASCADE, related_name="rates",
                                verbose_name=_("service"))
    zone = models.ForeignKey(FreightZone, on_delete=models.PROTECT, related_name="rates",
                             verbose_name=_("zone"))
    first_step_kg = models.DecimalField(
        _("first step (kg)"), **_KG,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_SHIPMENT_KG)])
    first_step_charge_cny = models.DecimalField(_("first step charge (CNY)"), **_CNY)
    additional_step_kg = models.DecimalField(
        _("additional step (kg)"), **_KG,
        validators=[MinValueValidator(Decimal("0.001")), MaxValueValidator(MAX_SHIPMENT_KG)])
    additional_step_charge_cny = models.DecimalField(_("additional step charge (CNY)"), **_CNY)

    class Meta:
        verbose_name = _("freight rate")
        verbose_name_plural = _("freight rates")
        ordering = ["service", "zone__name"]
        constraints = [
            models.UniqueConstraint(fields=["service", "zone"], name="freight_one_rate_per_zone"),
            models.CheckConstraint(condition=models.Q(first_step_kg__gte=0),
                                   name="freight_first_step_not_negative"),
            models.CheckConstraint(condition=models.Q(additional_step_kg__gt=0),
                                   name="freight_additional_step_positive"),
            models.CheckConstraint(
                condition=models.Q(first_step_charge_cny__gte=0,
                                   first_step_charge_cny__lte=MAX_CHARGE_CNY,
                                   additional_step_charge_cny__gte=0,
                                   additional_step_charge_cny__lte=MAX_CHARGE_CNY),
                name="freight_charges_in_bounds"),
        ]

    def __str__(self):
        return f"{self.service} / {self.zone}"

    def charge_for(self, weight_kg: Decimal) -> Decimal:
        """The charge in CNY for a shipment of `weight_kg`, every started step counted."""
        charge = self.first_step_charge_cny
        above = weight_kg - self.first_step_kg
        if above > 0:
            steps = (above / self.additional_step_kg).to_integral_value(rounding=ROUND_CEILING)
            charge += steps * self.additional_step_charge_cny
        return charge.quantize(Decimal("0.01"))


class SellerShippingProfile(models.Model):
    """Where one seller ships and whether it takes freight agreed after the order.

    A seller without a profile ships wherever the platform does and takes no on-quote
    freight: the checkout then offers it the weight-priced services only.
    """

    partner = models.OneToOneField("partner.Partner", on_delete=models.CASCADE,
                                   related_name="shipping_profile", verbose_name=_("seller"))
    countries = _countries_field(
        _("ships to"), _("Empty: every country the platform ships to."))
    accepts_on_quote = models.BooleanField(
        _("accepts sea and air freight on quote"), default=False,
        help_text=_("Buyers may choose sea or air freight; you agree the freight with them "
                    "after the order."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("seller shipping profile")
        verbose_name_plural = _("seller shipping profiles")

    def __str__(self):
        return str(self.partner)

    def ships_to(self, country_code: str) -> bool:
        codes = country_codes(self.countries)
        return not codes or country_code in codes
