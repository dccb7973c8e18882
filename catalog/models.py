"""The marketplace's catalogue: Oscar's models, with what export trade needs to know of a product.

Oscar's fork mechanism: a model defined here replaces Oscar's model of the same name,
so the classes below must be declared before the wildcard import at the bottom, which
then only adds the models not overridden.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.utils import build_localized_fieldname
from oscar.apps.catalogue.abstract_models import (
    AbstractCategory,
    AbstractProduct,
    AbstractProductAttributeValue,
)

from marketplace.core import sanitize

from . import validators


def _sanitize_translated(instance, field_name, cleaner):
    """Run `cleaner` over a translated field's column in every language.

    modeltranslation's `field_name` descriptor reads and writes only the active language;
    each column is cleaned under its own name, and the original column (which
    modeltranslation keeps beside them) through the instance dict.
    """
    for language in settings.MODELTRANSLATION_LANGUAGES:
        name = build_localized_fieldname(field_name, language)
        value = getattr(instance, name, None)
        if value:
            setattr(instance, name, cleaner(value))
    original = instance.__dict__.get(field_name)
    if original:
        instance.__dict__[field_name] = cleaner(original)


def _clean_title(value):
    return sanitize.clean_text(value, single_line=True)


class HSCode(models.Model):
    """One line of China's tariff (进出口税则) as the marketplace's clusters use it.

    Loaded from catalog/data/hs_codes.csv by a migration and reloaded with
    `manage.py load_hs_codes`. Codes that must not be listed (swords, HS 9307, by
    default) are flagged `prohibited` with the reason shown to the seller.
    """

    code = models.CharField(_("HS code"), max_length=validators.HS_CODE_LENGTH, primary_key=True,
                            validators=[validators.validate_hs_code_format])
    description_en = models.CharField(_("description in English"), max_length=255, blank=True)
    description_zh = models.CharField(_("description in Chinese"), max_length=255)
    chapter = models.CharField(_("chapter"), max_length=2, db_index=True)
    prohibited = models.BooleanField(_("prohibited"), default=False)
    prohibited_reason = models.CharField(_("reason for the prohibition"), max_length=255,
                                         blank=True)

    class Meta:
        app_label = "catalogue"
        ordering = ["code"]
        verbose_name = _("HS code")
        verbose_name_plural = _("HS codes")

    def __str__(self):
        return f"{self.code} {self.description_en or self.description_zh}"

    @property
    def heading(self):
        return self.code[:4]


class Certification(models.Model):
    """A certificate or standard a product or its factory meets: LFGB, FDA, HACCP, OEKO-TEX, ...

    `code` is what buyers and the importer use; `name` is translated (modeltranslation).
    """

    code = models.CharField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=128)

    class Meta:
        app_label = "catalogue"
        ordering = ["code"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return self.code


class UnitOfMeasure(models.TextChoices):
    # "set" and "piece" alone are ambiguous to a translator; the context says what they are.
    PIECE = "piece", pgettext_lazy("unit of measure", "piece")
    SET = "set", pgettext_lazy("unit of measure", "set")
    PAIR = "pair", pgettext_lazy("unit of measure", "pair")
    DOZEN = "dozen", pgettext_lazy("unit of measure", "dozen")
    KILOGRAM = "kg", pgettext_lazy("unit of measure", "kilogram")
    TONNE = "tonne", pgettext_lazy("unit of measure", "tonne")
    METRE = "metre", pgettext_lazy("unit of measure", "metre")
    CARTON = "carton", pgettext_lazy("unit of measure", "carton")


class OriginDistrict(models.TextChoices):
    """Yangjiang's districts and county-level divisions, by their GB/T 2260 region code."""

    JIANGCHENG = "441702", _("Jiangcheng District")
    YANGDONG = "441704", _("Yangdong District")
    YANGXI = "441721", _("Yangxi County")
    YANGCHUN = "441781", _("Yangchun City")


_WEIGHT = {"max_digits": 10, "decimal_places": 3, "null": True, "blank": True,
           "validators": [MinValueValidator(Decimal("0.001"))]}
_CARTON_SIDE = {"max_digits": 6, "decimal_places": 1, "null": True, "blank": True,
                "validators": [MinValueValidator(Decimal("0.1"))]}


class ReviewStatus(models.TextChoices):
    APPROVED = "approved", _("Approved")
    PENDING = "pending", _("Awaiting review")
    REFUSED = "refused", _("Refused")
    #: Withdrawn from sale by the platform (IP takedown, stop-sale): marketplace.listing_holds.
    HELD = "held", _("Withdrawn from sale")


class Product(AbstractProduct):
    """Oscar's product with its customs identity, packing and origin.

    Weights are those of one unit of sale (`unit_of_measure`); the carton is the export
    carton that holds `units_per_carton` of them. `review_status` is kept by
    marketplace.moderation, which also keeps `is_public` off while a listing is pending
    or refused.
    """

    hs_code = models.ForeignKey(
        HSCode, on_delete=models.PROTECT, null=True, blank=True, related_name="products",
        verbose_name=_("HS code"), error_messages={"invalid": validators.UNKNOWN_HS_CODE},
    )
    declared_elements = models.CharField(
        _("declared elements"), max_length=validators.DECLARED_ELEMENTS_MAX_LENGTH, blank=True,
        validators=[validators.validate_declared_elements],
        help_text=_("The customs declaration elements (申报要素) separated by |, "
                    "e.g. 品名|品牌|材质|用途|规格."),
    )
    gtin = models.CharField(_("GTIN"), max_length=14, blank=True, db_index=True,
                            validators=[validators.validate_gtin],
                            help_text=_("The barcode number: GTIN-8, -12, -13 or -14."))
    unit_of_measure = models.CharField(_("unit of measure"), max_length=10,
                                       choices=UnitOfMeasure.choices, default=UnitOfMeasure.PIECE)
    net_weight_kg = models.DecimalField(_("net weight (kg)"), **_WEIGHT)
    gross_weight_kg = models.DecimalField(_("gross weight (kg)"), **_WEIGHT)
    carton_length_cm = models.DecimalField(_("carton length (cm)"), **_CARTON_SIDE)
    carton_width_cm = models.DecimalField(_("carton width (cm)"), **_CARTON_SIDE)
    carton_height_cm = models.DecimalField(_("carton height (cm)"), **_CARTON_SIDE)
    units_per_carton = models.PositiveIntegerField(_("units per carton"), null=True, blank=True,
                                                   validators=[MinValueValidator(1)])
    origin_district = models.CharField(_("district of origin"), max_length=6, blank=True,
                                       choices=OriginDistrict.choices)
    certifications = models.ManyToManyField(Certification, blank=True, related_name="products",
                                            verbose_name=_("certifications"))
    lead_time_days = models.PositiveSmallIntegerField(
        _("lead time (days)"), null=True, blank=True, validators=[MaxValueValidator(365)],
        help_text=_("Days from order to goods ready for shipment; 0 when shipped from stock."),
    )
    oem_available = models.BooleanField(_("OEM and customisation offered"), default=False)
    customisation_notes = models.TextField(_("customisation notes"), blank=True)
    review_status = models.CharField(_("review status"), max_length=10,
                                     choices=ReviewStatus.choices, default=ReviewStatus.APPROVED,
                                     db_index=True)
    review_reason = models.TextField(_("review reason"), blank=True,
                                     help_text=_("Why the listing was refused, as the seller "
                                                 "reads it."))

    CARTON_SIDES = ("carton_length_cm", "carton_width_cm", "carton_height_cm")

    def save(self, *args, **kwargs):
        # Sellers write titles and descriptions (dashboard, bulk import): whatever path
        # wrote them, what is stored is plain text and allow-listed rich text.
        _sanitize_translated(self, "title", _clean_title)
        _sanitize_translated(self, "description", sanitize.clean_html)
        if self.customisation_notes:
            self.customisation_notes = sanitize.clean_text(self.customisation_notes)
        super().save(*args, **kwargs)

    def full_clean(self, exclude=None, *args, **kwargs):
        # Remembered for clean(): a ModelForm raises ValueError for an error on a field it
        # does not show, and Oscar's dashboard form shows none of the trade fields.
        self._excluded_from_clean = set(exclude or ())
        try:
            super().full_clean(exclude, *args, **kwargs)
        finally:
            del self._excluded_from_clean

    def clean(self):
        # Oscar's own rules (title, class, attributes) and the trade rules are reported
        # together, so a form shows every problem at once.
        errors = {}
        try:
            super().clean()
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        self.gtin = validators.normalize_gtin(self.gtin)
        self.declared_elements = validators.normalize_declared_elements(self.declared_elements)
        hs_code = self._hs_code_entry()
        if hs_code is not None and hs_code.prohibited:
            errors.setdefault(self._error_key("hs_code"), []).append(ValidationError(
                _("Goods under HS code %(code)s cannot be listed on the marketplace: "
                  "%(reason)s"),
                code="prohibited_hs_code",
                params={"code": hs_code.code, "reason": hs_code.prohibited_reason or "-"},
            ))
        if (self.net_weight_kg is not None and self.gross_weight_kg is not None
                and self.gross_weight_kg < self.net_weight_kg):
            errors.setdefault(self._error_key("gross_weight_kg"), []).append(ValidationError(
                _("The gross weight (%(gross)s kg) cannot be less than the net weight "
                  "(%(net)s kg): gross weight includes the packing."),
                code="gross_below_net",
                params={"gross": self.gross_weight_kg, "net": self.net_weight_kg},
            ))
        sides = [getattr(self, name) for name in self.CARTON_SIDES]
        if any(side is not None for side in sides) and any(side is None for side in sides):
            errors.setdefault(self._error_key("carton_length_cm"), []).append(ValidationError(
                _("Give the carton's length, width and height together, or none of them."),
                code="carton_incomplete",
            ))
        if errors:
            raise ValidationError(errors)

    def _error_key(self, field_name):
        if field_name in getattr(self, "_excluded_from_clean", ()):
            return NON_FIELD_ERRORS
        return field_name

    def _hs_code_entry(self):
        # clean_fields() has already refused an unknown code; a missing row here means the
        # field itself was excluded from validation, and then it is not this method's concern.
        if not self.hs_code_id:
            return None
        try:
            return self.hs_code
        except HSCode.DoesNotExist:
            return None

    @property
    def carton_volume_m3(self):
        """The export carton's volume, what sea and air freight are charged on; None if unknown."""
        sides = [getattr(self, name) for name in self.CARTON_SIDES]
        if any(side is None for side in sides):
            return None
        length, width, height = sides
        return (length * width * height / Decimal(1_000_000)).quantize(Decimal("0.0001"))


class Category(AbstractCategory):
    """Oscar's category; its names and descriptions are stored cleaned like a product's.

    Staff write categories today, but the category page prints the description as HTML,
    so it gets the same allow-list as a seller's description.
    """

    def save(self, *args, **kwargs):
        _sanitize_translated(self, "name", _clean_title)
        _sanitize_translated(self, "description", sanitize.clean_html)
        self.long_description = sanitize.clean_html(self.long_description)
        super().save(*args, **kwargs)


class ProductAttributeValue(AbstractProductAttributeValue):
    """Oscar's attribute value, with seller-written text and rich text kept clean.

    Oscar prints a rich-text value as it is stored (`mark_safe`); here it is cleaned when
    saved and again when printed.
    """

    def save(self, *args, **kwargs):
        if self.value_richtext:
            self.value_richtext = sanitize.clean_html(self.value_richtext)
        if self.value_text:
            self.value_text = sanitize.clean_text(self.value_text)
        super().save(*args, **kwargs)

    @property
    def _richtext_as_html(self):
        return mark_safe(sanitize.clean_html(self.value))


# Oscar's fork mechanism: the wildcard import comes last.
from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
