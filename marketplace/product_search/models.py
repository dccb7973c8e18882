"""The database backend's index: what it keeps of each product beside the catalogue tables.

The full text lives in a table Django does not model, created by migration 0001 for the
database in use: an FTS5 virtual table on SQLite, a tsvector column with a GIN index on
PostgreSQL. Both are keyed by product id, like SearchDocument.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """The filter and sort values of one indexed product.

    Narrow on purpose: searches load every row once into a facet index in memory
    (backends/database.py) and then only read the changes.
    """

    product_id = models.IntegerField(_("product id"), primary_key=True)
    price = models.DecimalField(_("price at the MOQ (base currency)"), max_digits=14,
                                decimal_places=2, null=True)
    moq = models.PositiveIntegerField(_("minimum order quantity"), null=True)
    date_created = models.DateTimeField(_("listed"), null=True)
    rating = models.FloatField(_("rating"), null=True)
    #: The seller's credit rating score (marketplace.seller_rating); None: new or unrated.
    seller_score = models.FloatField(_("seller rating score"), null=True)
    #: "facet=value" lines: cluster=knives, category=12, attr.blade_steel=blade_steel.vg10,
    #: seller_grade=A, ...
    facets = models.TextField(_("facet values"), blank=True)
    #: {language suffix: title, with the catalogue's fallbacks}: for sorting by title.
    titles = models.JSONField(_("titles"), default=dict)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return str(self.product_id)


class SearchTitle(models.Model):
    """A product's title in one language (with the catalogue's fallbacks), as a sort key.

    Sorting by title reads this table through its (language, key, product_id) index, in
    order and a few rows at a time, so no process keeps a hundred thousand titles sorted
    in memory, and a changed title costs one row, not a new sort.
    """

    pk = models.CompositePrimaryKey("product_id", "language")
    product_id = models.IntegerField(_("product id"))
    #: A language suffix of the catalogue's translated fields: en, zh_hans, ...
    language = models.CharField(_("language"), max_length=10)
    #: The title lower-cased without accents (backends/database.py normalize()).
    key = models.CharField(_("sort key"), max_length=255)

    class Meta:
        verbose_name = _("search title")
        verbose_name_plural = _("search titles")
        indexes = [models.Index(fields=["language", "key", "product_id"],
                                name="product_search_title_order")]

    def __str__(self):
        return f"{self.product_id} ({self.language})"


class SearchChange(models.Model):
    """A log of the products whose documents changed, for the facet indexes in memory.

    Each process's facet index reads the rows added since it last looked and reloads
    just those products. `batch` tells one write from another: a process whose last
    row is gone or belongs to another batch (a rebuild, a rolled-back test) reloads
    everything. product_id 0 stands for "every product" (a rebuild).
    """

    product_id = models.IntegerField(_("product id"))
    batch = models.CharField(_("batch"), max_length=32)

    class Meta:
        verbose_name = _("search index change")
        verbose_name_plural = _("search index changes")

    def __str__(self):
        return f"{self.pk}: {self.product_id}"
