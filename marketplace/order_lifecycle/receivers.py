"""What moves an order on or tells people about it: the payments app's signals (sent after
commit, once per state) and Oscar's record of each status change."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from marketplace.payments.signals import payment_refunded, payment_succeeded

from . import services, tasks
from .models import StatusChangeDetail

OrderStatusChange = get_model("order", "OrderStatusChange")


@receiver(payment_succeeded, dispatch_uid="order_lifecycle.payment_succeeded")
def order_paid(sender, reference, payment, **kwargs):
    services.record_card_payment(reference, amount=payment.amount, currency=payment.currency,
                                 gateway_reference=payment.intent_id)


@receiver(payment_refunded, dispatch_uid="order_lifecycle.payment_refunded")
def order_refunded(sender, reference, payment, refund=None, **kwargs):
    services.record_card_refund(reference, gateway_reference=payment.intent_id,
                                amount_refunded=payment.amount_refunded)


@receiver(post_save, sender=OrderStatusChange, dispatch_uid="order_lifecycle.status_changed")
def status_changed(sender, instance, created, **kwargs):
    if created:
        # Who changed it: the person move_order acts for, else the system (a payment or a
        # refund recorded through order.set_status).
        actor = services.current_actor()
        StatusChangeDetail.objects.create(
            status_change=instance, changed_by=actor.user, role=actor.role, carrier=actor.carrier,
            tracking_number=actor.tracking_number, note=actor.note)
        # After commit: a rolled back change tells nobody, and the task sees the row.
        change_id = instance.pk
        transaction.on_commit(lambda: tasks.send_status_notice.delay(change_id), robust=True)
