"""Reads for the storefront and the review dashboard, with their queries bounded."""

from django.db.models import Prefetch, Q
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.selectors import stocked_by

from .models import Enterprise, EnterpriseDocument

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def storefront_enterprise(slug):
    """The approved enterprise with this slug, with what its page shows; None otherwise."""
    certificates = EnterpriseDocument.objects.filter(
        kind=EnterpriseDocument.Kind.PRODUCT_CERTIFICATE
    ).order_by("title", "valid_until")
    return (
        Enterprise.objects.approved()
        .select_related("partner")
        .prefetch_related(
            "clusters", Prefetch("documents", queryset=certificates, to_attr="certificates")
        )
        .filter(slug=slug)
        .first()
    )


def storefront_products(enterprise):
    """The enterprise's public products, as the catalogue lists them, for product cards.

    A product belongs to the enterprise when it, or for a parent product one of its
    variants, has a stock record of the enterprise's partner. Oscar's base_queryset
    prefetches what a card reads (class, options, stock records, images); the public
    variants and their stock records are prefetched for parent products' prices.
    """
    if enterprise.partner_id is None:
        return Product.objects.none()
    public_variants = Product.objects.public().prefetch_related("stockrecords", "images")
    return (
        Product.objects.browsable()
        .base_queryset()
        .filter(stocked_by(StockRecord.objects.filter(partner_id=enterprise.partner_id)))
        .prefetch_public_children(queryset=public_variants)
        .order_by("-date_created", "-pk")
    )


def filings_for_review(*, status="", cluster=None, district="", text=""):
    """Filings for the dashboard list, filtered; oldest submission first, as a queue."""
    filings = Enterprise.objects.prefetch_related("clusters").order_by(
        "submitted_at", "created_at"
    )
    if status:
        filings = filings.filter(status=status)
    if cluster is not None:
        filings = filings.filter(clusters=cluster)
    if district:
        filings = filings.filter(district=district)
    if text:
        filings = filings.filter(
            Q(name_en__icontains=text) | Q(legal_name_zh__icontains=text)
            | Q(uscc__icontains=text.replace(" ", "").upper())
        )
    return filings
