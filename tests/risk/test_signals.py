"""Each source of risk signals opens or raises an alert; the same fact twice counts once."""

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.inspection.models import BatchDeclaration, BatchStatus
from marketplace.ip_complaints.signals import complaint_filed, strike_recorded
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind, OutboxStatus
from marketplace.returns.signals import case_opened
from marketplace.risk.models import Alert, AlertAction, Level, RiskSignal, SignalSource, WatchList
from marketplace.traceability.models import BatchDocument
from marketplace.traceability.signals import inspection_failed
from tests.factories import StockRecordFactory

from .conftest import place_order

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def case(pk, reference):
    return SimpleNamespace(pk=pk, reference=reference, get_ip_type_display=lambda: "Trademark")


@pytest.fixture
def unwatched(db):
    product = StockRecordFactory(price=Decimal("20.00")).product
    Product.objects.filter(pk=product.pk).update(hs_code_id="6302910000")  # towels
    product.refresh_from_db()
    return product


def test_an_ip_complaint_opens_a_low_alert_once(unwatched):
    complaint_filed.send(sender=None, case=case(1, "IP-2026-AAAA"), products=[unwatched])
    complaint_filed.send(sender=None, case=case(1, "IP-2026-AAAA"), products=[unwatched])

    alert = Alert.objects.get()
    assert (alert.product, alert.batch, alert.status) == (unwatched, None, Alert.Status.OPEN)
    assert (alert.level, alert.score, alert.watch_list) == (Level.LOW, 2, None)
    assert alert.signals.get().reference == "IP-2026-AAAA"
    assert list(alert.actions.values_list("kind", flat=True)) == ["opened", "signal"]


def test_an_upheld_complaint_raises_the_same_alert(unwatched):
    complaint_filed.send(sender=None, case=case(1, "IP-1"), products=[unwatched])
    strike_recorded.send(sender=None, case=case(1, "IP-1"), enterprise=None, products=[unwatched])

    alert = Alert.objects.get()
    assert (alert.score, alert.level) == (6, Level.HIGH)
    assert AlertAction.objects.filter(alert=alert, kind=AlertAction.Kind.LEVEL).count() == 1


def test_a_failed_inspection_opens_an_alert_for_the_batch_at_the_watch_lists_floor(knife, lots):
    lot_a, _lot_b = lots
    document = BatchDocument.objects.create(
        batch=lot_a, kind=BatchDocument.Kind.INSPECTION, title="Salt spray test",
        issued_by="CIQ Yangjiang", issued_on=date(2026, 10, 1), number="R-77",
        result=BatchDocument.Result.FAILED)

    inspection_failed.send(sender=None, batch=lot_a, document=document)
    inspection_failed.send(sender=None, batch=lot_a, document=document)

    alert = Alert.objects.get()
    assert alert.batch == lot_a
    assert alert.watch_list.name == "Blades"
    assert (alert.score, alert.level) == (6, Level.HIGH)  # 4 + watch-list bonus 2
    assert alert.signals.get().source == SignalSource.INSPECTION_FAILED


def test_a_return_and_a_dispute_count_against_the_sellers_goods(seller, knife):
    order = place_order("YJ-3001", None, knife)
    order.lines.update(partner=seller.partner)

    case_opened.send(sender=None, case=SimpleNamespace(pk=5), order=order,
                     enterprise=seller.enterprise, kind="return")
    case_opened.send(sender=None, case=SimpleNamespace(pk=6), order=order,
                     enterprise=seller.enterprise, kind="dispute")

    alert = Alert.objects.get(product=knife)
    assert sorted(alert.signals.values_list("weight", flat=True)) == [1, 2]
    assert alert.level == Level.MEDIUM  # the Blades floor


def reject_customs(order, key):
    message = outbox.record(OutboxKind.CUSTOMS, "CEB303", order.number, "<xml/>",
                            idempotency_key=key, now=timezone.now())
    outbox.record_receipt(key, OutboxStatus.REJECTED, reason="申报要素不符 <b>HS</b>")
    return message


def test_a_customs_rejection_of_watched_goods_raises_an_alert(knife, django_capture_on_commit_callbacks):
    order = place_order("YJ-3002", None, knife)
    with django_capture_on_commit_callbacks(execute=True):
        reject_customs(order, "customs:CEB303:YJ-3002")

    signal = RiskSignal.objects.get()
    assert (signal.product, signal.source) == (knife, SignalSource.CUSTOMS_REJECTED)
    assert signal.summary == "申报要素不符 HS"  # tags stripped; printed escaped anyway
    assert signal.alert.level == Level.MEDIUM


def test_a_customs_rejection_of_unwatched_goods_raises_nothing(unwatched, django_capture_on_commit_callbacks):
    order = place_order("YJ-3003", None, unwatched)
    with django_capture_on_commit_callbacks(execute=True):
        reject_customs(order, "customs:CEB303:YJ-3003")

    assert not Alert.objects.exists()


def test_an_accepted_customs_message_raises_nothing(knife, django_capture_on_commit_callbacks):
    order = place_order("YJ-3004", None, knife)
    with django_capture_on_commit_callbacks(execute=True):
        outbox.record(OutboxKind.CUSTOMS, "CEB303", order.number, "<xml/>",
                      idempotency_key="k-accepted", now=timezone.now())
        outbox.record_receipt("k-accepted", OutboxStatus.ACCEPTED)

    assert not Alert.objects.exists()


def test_a_rejected_export_batch_declaration_is_a_failed_inspection(seller, knife,
                                                                    django_capture_on_commit_callbacks):
    order = place_order("YJ-3005", None, knife)
    declaration = BatchDeclaration.objects.create(
        number="BD-1", enterprise=seller.enterprise, total_value_cny=Decimal("1000.00"),
        outbox_key="inspection:batch:BD-1", declared_at=timezone.now())
    declaration.orders.add(order)
    with django_capture_on_commit_callbacks(execute=True):
        declaration.status, declaration.reason = BatchStatus.REJECTED, "Rust on blades"
        declaration.decided_at = timezone.now()
        declaration.save()

    signal = RiskSignal.objects.get()
    assert (signal.product, signal.source, signal.reference) == (
        knife, SignalSource.INSPECTION_FAILED, "BD-1")


def test_a_category_watch_list_covers_listings_below_it(unwatched, db):
    from tests.factories import add_category

    kitchen = add_category(["Home textiles"])
    towels = add_category(["Home textiles", "Kitchen towels"])
    get_model("catalogue", "ProductCategory").objects.create(product=unwatched, category=towels)
    watch = WatchList.objects.create(name="Textiles", base_level=Level.CRITICAL)
    watch.categories.add(kitchen)

    complaint_filed.send(sender=None, case=case(9, "IP-9"), products=[unwatched])

    alert = Alert.objects.get()
    assert (alert.watch_list, alert.level) == (watch, Level.CRITICAL)


def test_an_inactive_watch_list_does_not_count(knife):
    WatchList.objects.filter(name="Blades").update(is_active=False)

    complaint_filed.send(sender=None, case=case(2, "IP-2"), products=[knife])

    alert = Alert.objects.get()
    assert (alert.watch_list, alert.level, alert.score) == (None, Level.LOW, 2)


def test_a_new_alert_opens_once_the_previous_one_is_closed(unwatched, risk_officer):
    from marketplace.risk import services

    complaint_filed.send(sender=None, case=case(1, "IP-1"), products=[unwatched])
    services.close_alert(Alert.objects.get(), by=risk_officer, resolution="Checked")
    complaint_filed.send(sender=None, case=case(2, "IP-2"), products=[unwatched])

    assert list(Alert.objects.order_by("pk").values_list("status", flat=True)) == [
        "resolved", "open"]


def test_the_nightly_reassessment_lets_old_signals_age_out(unwatched, settings):
    from datetime import timedelta

    from marketplace.risk import services, tasks

    old = timezone.now() - timedelta(days=100)
    services.record_signal(unwatched, source=SignalSource.IP_STRIKE, source_key="old-1",
                           occurred_at=old)
    services.record_signal(unwatched, source=SignalSource.IP_STRIKE, source_key="old-2",
                           occurred_at=old)
    settings.MARKETPLACE_RISK_WINDOW_DAYS = 365
    services.reassess_open_alerts()
    assert Alert.objects.get().level == Level.HIGH

    settings.MARKETPLACE_RISK_WINDOW_DAYS = 90
    assert tasks.reassess_open_alerts.delay().get() == 1

    alert = Alert.objects.get()
    assert (alert.score, alert.level) == (0, Level.LOW)
    assert alert.actions.filter(kind=AlertAction.Kind.LEVEL).exists()
