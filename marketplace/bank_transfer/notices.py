"""Telling the buyer of a bank-transfer order what arrived and what is still due."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import selectors
from .models import PaymentPlan, Receipt


def send_receipt_notice(receipt_id: int) -> bool:
    """E-mails the buyer that a transfer was received, with what is still due. Guarantees: sent
    once per receipt, however often it is called; returns whether anything was sent now."""
    with transaction.atomic():
        receipt = (Receipt.objects.select_for_update().select_related("plan")
                   .filter(pk=receipt_id).first())
        if receipt is None or receipt.buyer_notified_at is not None:
            return False
        plan = (selectors.with_received(PaymentPlan.objects.select_related("order", "order__user"))
                .get(pk=receipt.plan_id))
        recipient = _buyer_email(plan.order)
        if recipient:
            _mail("receipt", {"receipt": receipt, **_context(plan)}, recipient)
        receipt.buyer_notified_at = timezone.now()
        receipt.save(update_fields=["buyer_notified_at"])
    return bool(recipient)


def send_reminder(plan: PaymentPlan, due: selectors.Due) -> bool:
    """E-mails the buyer that a payment is past its due date (the caller keeps it to once)."""
    recipient = _buyer_email(plan.order)
    if recipient:
        _mail("reminder", {"due": due, **_context(plan)}, recipient)
    return bool(recipient)


def _buyer_email(order) -> str:
    return (order.user.email if order.user else "") or order.guest_email or ""


def _context(plan: PaymentPlan) -> dict:
    site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        order_url = site + reverse("customer:order", kwargs={"order_number": plan.order.number})
    return {"shop_name": settings.OSCAR_SHOP_NAME, "order": plan.order, "plan": plan,
            "statement": selectors.statement(plan), "bank_details": selectors.bank_details(),
            "order_url": order_url}


def _mail(kind: str, context: dict, recipient: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"bank_transfer/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"bank_transfer/email/{kind}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
