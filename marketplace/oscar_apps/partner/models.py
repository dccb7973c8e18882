"""B2B trade terms on Oscar's stock record: minimum order, quantity breaks, samples, Incoterms.

All amounts on a stock record (price, sample price, quantity-break prices) are in the
stock record's `price_currency`; the pricing strategy converts them for the visitor.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractStockRecord
from oscar.core.utils import get_default_currency

from .ladder import validate_ladder
from .validators import (
    MAX_UNIT_PRICE,
    validate_line_quantity,
    validate_positive_price,
    validate_supported_currency,
)

#: The database's copy of the validators' bounds (validators.py), the last line of defence
#: for writes that skip validation (bulk updates, imports, the shell). A change of the
#: settings they come from needs a migration, which makemigrations --check points out.
MAX_LINE_QUANTITY = settings.OSCAR_MAX_BASKET_QUANTITY_THRESHOLD
SUPPORTED_CURRENCIES = sorted(
    {settings.MARKETPLACE_BASE_CURRENCY, *settings.MARKETPLACE_DISPLAY_CURRENCIES}
)


def _price_in_bounds(field, *, nullable):
    within = models.Q(**{f"{field}__gt": 0, f"{field}__lte": MAX_UNIT_PRICE})
    return models.Q(**{f"{field}__isnull": True}) | within if nullable else within


class StockRecord(AbstractStockRecord):
    # Oscar's fields, with the marketplace's bounds: a price is more than zero (Oscar
    # allows none: an unpriced record cannot be bought), in a currency the platform trades in.
    price_currency = models.CharField(
        _("Currency"), max_length=12, default=get_default_currency,
        validators=[validate_supported_currency],
    )
    #: The unit price at the MOQ; PriceTier rows lower it for larger orders.
    price = models.DecimalField(
        _("Price"), decimal_places=2, max_digits=12, blank=True, null=True,
        validators=[validate_positive_price],
    )
    moq = models.PositiveIntegerField(
        _("minimum order quantity"),
        default=1,
        validators=[MinValueValidator(1), validate_line_quantity],
        help_text=_(
            "The fewest units a buyer may order; the price is the unit price at this quantity."
        ),
    )
    sample_price = models.DecimalField(
        _("sample price"),
        max_digits=12,
        decimal_places=2,
        blank=True,
        null=True,
        # More than zero: a free sample would put lines worth nothing in baskets and orders.
        validators=[validate_positive_price],
        help_text=_("Unit price of a sample, in the stock record's currency. Empty: no samples."),
    )
    sample_limit = models.PositiveIntegerField(
        _("sample limit"),
        blank=True,
        null=True,
        validators=[MinValueValidator(1), validate_line_quantity],
        help_text=_("The most units one sample order may hold."),
    )

    class Meta(AbstractStockRecord.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(moq__gte=1), name="partner_moq_at_least_one"),
            models.CheckConstraint(
                condition=models.Q(moq__lte=MAX_LINE_QUANTITY), name="partner_moq_fits_a_line",
            ),
            models.CheckConstraint(
                condition=_price_in_bounds("price", nullable=True),
                name="partner_price_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(price_currency__in=SUPPORTED_CURRENCIES),
                name="partner_price_currency_supported",
            ),
            models.CheckConstraint(
                condition=_price_in_bounds("sample_price", nullable=True),
                name="partner_sample_price_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(sample_limit__isnull=True) | models.Q(sample_limit__gte=1),
                name="partner_sample_limit_at_least_one",
            ),
            models.CheckConstraint(
                condition=(models.Q(sample_limit__isnull=True)
                           | models.Q(sample_limit__lte=MAX_LINE_QUANTITY)),
                name="partner_sample_limit_fits_a_line",
            ),
        ]

    def clean(self):
        super().clean()
        if self.sample_limit is not None and self.sample_price is None:
            raise ValidationError(
                {"sample_price": _("Give a sample price, or leave the sample limit empty.")}
            )
        # A new MOQ or base price must still fit the quantity breaks already saved.
        if self.pk and self.moq and self.price is not None:
            rungs = [(tier.min_quantity, tier.price) for tier in self.price_tiers.all()]
            validate_ladder(self.moq, self.price, rungs)


class PriceTier(models.Model):
    """A quantity break: from `min_quantity` units on, each unit costs `price`.

    The stock record's own price applies from its MOQ up to the first break; a break
    therefore starts above the MOQ. The price is in the stock record's currency.
    Write a stock record's breaks with services.set_price_tiers, which checks the
    whole ladder.
    """

    stockrecord = models.ForeignKey(
        "partner.StockRecord",
        on_delete=models.CASCADE,
        related_name="price_tiers",
        verbose_name=_("stock record"),
    )
    min_quantity = models.PositiveIntegerField(
        _("from quantity"), validators=[MinValueValidator(2), validate_line_quantity]
    )
    price = models.DecimalField(
        _("unit price"), max_digits=12, decimal_places=2,
        validators=[validate_positive_price],
    )

    class Meta:
        app_label = "partner"
        verbose_name = _("price tier")
        verbose_name_plural = _("price tiers")
        ordering = ["stockrecord", "min_quantity"]
        constraints = [
            models.UniqueConstraint(
                fields=["stockrecord", "min_quantity"], name="partner_one_tier_per_quantity"
            ),
            models.CheckConstraint(
                condition=models.Q(price__gt=0), name="partner_tier_price_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(price__lte=MAX_UNIT_PRICE), name="partner_tier_price_at_most_max"
            ),
            models.CheckConstraint(
                condition=models.Q(min_quantity__gte=2), name="partner_tier_above_one_unit"
            ),
            models.CheckConstraint(
                condition=models.Q(min_quantity__lte=MAX_LINE_QUANTITY),
                name="partner_tier_fits_a_line",
            ),
        ]

    def __str__(self):
        return f"{self.stockrecord_id}: {self.min_quantity}+ @ {self.price}"

    def clean(self):
        # One break on its own; the ladder as a whole is checked by the formset and
        # set_price_tiers, which see every break at once.
        record = self.stockrecord if self.stockrecord_id else None
        if record is not None and self.min_quantity is not None and self.price is not None:
            validate_ladder(record.moq, record.price, [(self.min_quantity, self.price)])


class IncotermOffer(models.Model):
    """A delivery term (Incoterms® 2020) under which the seller quotes this stock record.

    The sea and inland-waterway terms name a port: the port of shipment for FAS and
    FOB, the port of destination for CFR and CIF. The other terms work for any mode
    of transport and carry no port here.
    """

    EXW, FCA, CPT, CIP, DAP, DPU, DDP = "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"
    FAS, FOB, CFR, CIF = "FAS", "FOB", "CFR", "CIF"
    TERM_CHOICES = [
        (EXW, _("EXW – Ex Works")),
        (FCA, _("FCA – Free Carrier")),
        (CPT, _("CPT – Carriage Paid To")),
        (CIP, _("CIP – Carriage and Insurance Paid To")),
        (DAP, _("DAP – Delivered at Place")),
        (DPU, _("DPU – Delivered at Place Unloaded")),
        (DDP, _("DDP – Delivered Duty Paid")),
        (FAS, _("FAS – Free Alongside Ship")),
        (FOB, _("FOB – Free on Board")),
        (CFR, _("CFR – Cost and Freight")),
        (CIF, _("CIF – Cost, Insurance and Freight")),
    ]
    SEA_TERMS = frozenset({FAS, FOB, CFR, CIF})

    stockrecord = models.ForeignKey(
        "partner.StockRecord",
        on_delete=models.CASCADE,
        related_name="incoterms",
        verbose_name=_("stock record"),
    )
    term = models.CharField(_("Incoterm"), max_length=3, choices=TERM_CHOICES)
    port = models.CharField(
        _("named port"),
        max_length=100,
        blank=True,
        help_text=_(
            "Sea terms only: the port of shipment for FAS and FOB (e.g. Yangjiang Port), "
            "the port of destination for CFR and CIF."
        ),
    )

    class Meta:
        app_label = "partner"
        verbose_name = _("Incoterm offered")
        verbose_name_plural = _("Incoterms offered")
        ordering = ["stockrecord", "term", "port"]
        constraints = [
            models.UniqueConstraint(
                fields=["stockrecord", "term", "port"], name="partner_one_offer_per_term_and_port"
            ),
        ]

    def __str__(self):
        return f"{self.term} {self.port}".strip()

    @property
    def is_sea_term(self):
        return self.term in self.SEA_TERMS

    def clean(self):
        self.port = (self.port or "").strip()
        if self.is_sea_term and not self.port:
            raise ValidationError(
                {"port": _("%(term)s is a sea term: name the port.") % {"term": self.term}}
            )
        if self.term and not self.is_sea_term and self.port:
            raise ValidationError(
                {"port": _("%(term)s works for any mode of transport and takes no port.")
                 % {"term": self.term}}
            )


# Oscar's fork mechanism: its remaining models are imported after ours.
from oscar.apps.partner.models import *  # noqa: E402,F401,F403
