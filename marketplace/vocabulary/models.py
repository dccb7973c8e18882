from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    """One controlled term: the code the rest of the platform stores, and what buyers read.

    The code is the value of the field that holds the term (catalog.models.UnitOfMeasure,
    catalog.models.OriginDistrict, IncotermOffer.TERM_CHOICES); name and description are
    translated (translation.py). Editors correct the names; the codes stay as they are,
    since products, offers and customs messages store them.
    """

    class Kind(models.TextChoices):
        UNIT = "unit", _("unit of measure")
        DISTRICT = "district", _("district of origin")
        INCOTERM = "incoterm", _("Incoterm")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    code = models.CharField(_("code"), max_length=10)
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("short description"), max_length=255, blank=True)

    class Meta:
        ordering = ["kind", "code"]
        verbose_name = _("controlled term")
        verbose_name_plural = _("controlled terms")
        constraints = [
            models.UniqueConstraint(fields=["kind", "code"], name="vocabulary_one_term_per_code"),
        ]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def clean(self):
        from .kinds import codes_of

        # A term nobody stores would never be shown; a typo here would hide the real one.
        if self.kind and self.code and self.code not in codes_of(self.kind):
            raise ValidationError({"code": _("This is not a code the platform uses.")})
