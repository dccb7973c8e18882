"""Telling the buyer, and on payment the sellers, that an order's status changed."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from . import statuses
from .models import Role, StatusChangeDetail, StatusNotice

logger = logging.getLogger(__name__)

OrderStatusChange = get_model("order", "OrderStatusChange")

#: Who moved the order, as the buyer reads it.
CHANGED_BY_FOR_BUYER = {
    Role.BUYER: _("Changed by: you."),
    Role.SELLER: _("Changed by: the seller."),
    Role.STAFF: _("Changed by: the marketplace's staff."),
    Role.SYSTEM: _("Changed by the marketplace when your payment or refund was recorded."),
}


def send_status_notice(status_change_id: int) -> bool:
    """E-mails the buyer that its order moved to a new status, and when it is paid each seller
    with goods in it (time to produce). Guarantees: sent once per status change, however often
    it is called; returns whether anything was sent now."""
    with transaction.atomic():
        change = (OrderStatusChange.objects.select_related("order", "order__user")
                  .filter(pk=status_change_id).first())
        if change is None:
            return False
        notice, _created = StatusNotice.objects.select_for_update().get_or_create(status_change=change)
        if notice.notified_at is not None:
            return False
        order = change.order
        site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        buyer = (order.user.email if order.user else "") or order.guest_email
        detail = StatusChangeDetail.objects.filter(status_change=change).first()
        role = detail.role if detail else Role.SYSTEM
        with translation.override(settings.LANGUAGE_CODE):
            context = {"shop_name": settings.OSCAR_SHOP_NAME, "order": order, "detail": detail,
                       "status": statuses.LABELS.get(change.new_status, change.new_status)}
            if buyer:
                context["order_url"] = site + reverse("customer:order", kwargs={"order_number": order.number})
                context["changed_by"] = CHANGED_BY_FOR_BUYER[role]
                _mail("buyer", context, [buyer])
            # Sellers hear of the payment (time to produce) and of what the buyer decided.
            if change.new_status == statuses.PAID or role == Role.BUYER:
                sellers = sorted({user.email for line in order.lines.select_related("partner")
                                  for user in (line.partner.users.all() if line.partner else [])
                                  if user.email})
                if sellers:
                    context["order_url"] = site + reverse("dashboard:order-detail",
                                                          kwargs={"number": order.number})
                    _mail("seller" if change.new_status == statuses.PAID else "seller_change",
                          context, sellers)
        notice.notified_at = timezone.now()
        notice.save(update_fields=["notified_at"])
    return True


def _mail(audience, context, recipients):
    subject = " ".join(render_to_string(f"order_lifecycle/email/{audience}_subject.txt", context).split())
    body = render_to_string(f"order_lifecycle/email/{audience}_body.txt", context)
    # One message per recipient: sellers of one order do not learn each other's addresses.
    for recipient in recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
