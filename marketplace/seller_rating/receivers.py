"""The events that move a seller's rating: each schedules a recomputation of that seller
(services.schedule_recompute: after commit, debounced per seller)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from marketplace.ip_complaints.signals import strike_recorded
from marketplace.order_lifecycle import statuses
from marketplace.returns.signals import case_opened, dispute_decided
from marketplace.sellers.models import Enterprise, EnterpriseDecision

from .models import SellerReview
from .services import schedule_recompute

Line = get_model("order", "Line")
OrderStatusChange = get_model("order", "OrderStatusChange")

#: Order moves that change what the on-time component reads.
SHIPPING_MOVES = frozenset({statuses.PAID, statuses.DEPOSIT_PAID, statuses.SHIPPED,
                            statuses.DELIVERED, statuses.COMPLETED, statuses.CANCELLED,
                            statuses.REFUNDED})


def _enterprise_id(enterprise):
    return getattr(enterprise, "pk", enterprise)


@receiver(strike_recorded, dispatch_uid="seller_rating.strike_recorded")
def strike_recorded_for_seller(sender, enterprise=None, **kwargs):
    schedule_recompute(_enterprise_id(enterprise))


@receiver(dispute_decided, dispatch_uid="seller_rating.dispute_decided")
def dispute_decided_for_seller(sender, enterprise=None, **kwargs):
    schedule_recompute(_enterprise_id(enterprise))


@receiver(case_opened, dispatch_uid="seller_rating.case_opened")
def dispute_opened_against_seller(sender, enterprise=None, kind=None, **kwargs):
    if kind == "dispute":
        schedule_recompute(_enterprise_id(enterprise))


@receiver(post_save, sender=SellerReview, dispatch_uid="seller_rating.review_saved")
@receiver(post_delete, sender=SellerReview, dispatch_uid="seller_rating.review_deleted")
def review_changed(sender, instance, **kwargs):
    schedule_recompute(instance.enterprise_id)


@receiver(post_save, sender=OrderStatusChange, dispatch_uid="seller_rating.order_moved")
def order_moved(sender, instance, created, **kwargs):
    if not created or instance.new_status not in SHIPPING_MOVES:
        return
    enterprise_ids = (Enterprise.objects.filter(partner__order_lines__order_id=instance.order_id)
                      .values_list("pk", flat=True).distinct())
    for pk in enterprise_ids:
        schedule_recompute(pk)


@receiver(post_save, sender=EnterpriseDecision, dispatch_uid="seller_rating.enterprise_decided")
def enterprise_decided(sender, instance, created, **kwargs):
    if created:
        schedule_recompute(instance.enterprise_id)


def connect_inspection():
    """An inspection filing accepted or lapsed moves the verification component."""
    try:
        from marketplace.inspection.models import EnterpriseFiling
    except ImportError:
        return

    def filing_saved(sender, instance, **kwargs):
        schedule_recompute(instance.enterprise_id)

    post_save.connect(filing_saved, sender=EnterpriseFiling, weak=False,
                      dispatch_uid="seller_rating.inspection_filing_saved")
