"""Which of the city's five industrial clusters a sale counts for.

The rule: a line counts for the cluster of its product's class (a variant's class is its
parent's), because the catalogue's product classes are the clusters' goods
(catalog/product_classes.py). A seller filed under several clusters (a knife maker that also
makes cookware) is thus split by what it actually sold, not booked wholly under one of them.
A line whose product was deleted, or whose class belongs to no cluster, counts as "other".
"""

from __future__ import annotations

from django.db.models import Case, CharField, Value, When
from django.utils.translation import gettext_lazy as _

from marketplace.sellers.models import Cluster

OTHER = "other"

#: Product class slug (catalog/product_classes.py) -> cluster code (sellers.Cluster).
CLASS_CLUSTERS = {
    "knives": Cluster.KNIVES_SCISSORS,
    "scissors": Cluster.KNIVES_SCISSORS,
    "kitchenware": Cluster.KITCHENWARE,
    "seafood": Cluster.SEAFOOD,
    "processed-food": Cluster.PROCESSED_FOOD,
    "textiles": Cluster.TEXTILES,
}

#: Every cluster code a figure can carry, in the order tables and charts list them.
CLUSTER_CODES = (*(code for code, _label in Cluster.CODE_CHOICES), OTHER)

CLUSTER_LABELS = {**dict(Cluster.CODE_CHOICES), OTHER: _("Other or unclassified")}


def cluster_label(code: str):
    return CLUSTER_LABELS.get(code, code)


def line_cluster(prefix: str = "") -> Case:
    """An expression giving a line's cluster code, from its product's or parent's class.

    `prefix` is the path from the queried model to the order line ("" on Line itself).
    """
    whens = []
    for path in ("product__product_class__slug", "product__parent__product_class__slug"):
        for code in dict.fromkeys(CLASS_CLUSTERS.values()):
            slugs = [slug for slug, cluster in CLASS_CLUSTERS.items() if cluster == code]
            whens.append(When(**{f"{prefix}{path}__in": slugs}, then=Value(code)))
    return Case(*whens, default=Value(OTHER), output_field=CharField())
