"""Where each language's text of a product came from."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TextProvenance(models.Model):
    """One product field in one language: written by the seller, machine-made or corrected.

    No row for a language that holds text means the seller (or an import) wrote it.
    """

    SELLER = "seller"
    MACHINE = "machine"
    HUMAN = "human"
    ORIGINS = [
        (SELLER, _("Written by the seller")),
        (MACHINE, _("Machine translated")),
        (HUMAN, _("Corrected by a person")),
    ]

    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE,
                                related_name="text_provenance")
    field = models.CharField(max_length=32)
    language = models.CharField(max_length=16)
    origin = models.CharField(max_length=16, choices=ORIGINS)
    #: For machine translations: which backend, from which language, of which source text.
    backend = models.CharField(max_length=64, blank=True)
    source_language = models.CharField(max_length=16, blank=True)
    source_hash = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["product", "field", "language"],
                                               name="mt_one_provenance_per_text")]
        verbose_name = _("text provenance")

    def __str__(self):
        return f"{self.product_id} {self.field}_{self.language}: {self.origin}"
