"""The demo's batches: shipped demo orders are traced, seafood has its catch data, a trace
page shows where the batch went; seeding again creates nothing."""

import io

import pytest
from django.core.management import call_command

from marketplace.demo.traceability import seed_demo_batches
from marketplace.traceability import selectors
from marketplace.traceability.models import Batch, BatchAllocation, BatchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path / "media"
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", products=30, content_pages=False, stdout=out)
    return out.getvalue()


def test_demo_batches_trace_the_shipped_orders(demo, client):
    assert "Batches and trace codes" in demo
    assert Batch.objects.count() > 10
    assert BatchAllocation.objects.count() > 100
    seafood = [b for b in Batch.objects.select_related("product__product_class")
               if selectors.is_seafood(b.product)]
    assert seafood and all(b.catch_area and b.vessel_or_farm and b.landing_date for b in seafood)
    assert BatchDocument.objects.filter(title="Health certificate for export").exists()
    batch = next(b for b in Batch.objects.all() if selectors.shipments(b)
                 and selectors.trace_code_of(b) is not None)
    response = client.get(selectors.trace_code_of(batch).path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert 'id="trace_destinations"' in response.content.decode()
    assert "Yangjiang QC Centre" in response.content.decode()

    counts = (Batch.objects.count(), BatchDocument.objects.count(), BatchAllocation.objects.count())
    assert seed_demo_batches() == 0
    assert counts == (Batch.objects.count(), BatchDocument.objects.count(),
                      BatchAllocation.objects.count())
