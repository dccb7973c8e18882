"""Sellers, RFQs, quotes and files (real and pretended) for the RFQ tests."""

import io
import zipfile
from datetime import timedelta
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.rfq import services
from marketplace.sellers.models import Cluster, Enterprise
from tests.factories import PartnerFactory
from tests.sellers.factories import PDF_BYTES, EnterpriseFactory


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def make_seller(status=Enterprise.Status.APPROVED, cluster=Cluster.KNIVES_SCISSORS):
    """An enterprise in `status` with its partner, whose applicant is the partner's user."""
    enterprise = EnterpriseFactory(status=status, partner=PartnerFactory())
    enterprise.clusters.set([Cluster.objects.get(code=cluster)])
    enterprise.partner.users.add(enterprise.applicant)
    return enterprise


def xlsx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def upload(name="drawing.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content)


def make_rfq(buyer, product=None, cluster=None, **fields):
    values = {
        "quantity": 500, "destination_country": "DE", "destination_place": "Hamburg",
        "incoterm": "CIF", "deadline": in_days(14), "target_price": Decimal("85.00"),
        "target_currency": "CNY", "title": "" if product else "Knives", "description": "Chef knives",
    }
    values.update(fields)
    if product is None and cluster is None:
        cluster = Cluster.objects.get(code=Cluster.KNIVES_SCISSORS)
    return services.create_rfq(buyer=buyer, product=product, cluster=cluster, **values)


def make_quote(rfq, seller, tiers=((100, "90.00"), (1000, "80.00")), **fields):
    values = {
        "currency": "CNY", "valid_until": in_days(30), "lead_time_days": 25, "incoterm": "FOB",
        "place": "Yangjiang Port", "sample_price": Decimal("120.00"), "sample_limit": 3, "note": "",
    }
    values.update(fields)
    return services.submit_quote(
        rfq=rfq, partner=seller.partner, author=seller.applicant,
        tiers=[(quantity, Decimal(price)) for quantity, price in tiers], **values)

