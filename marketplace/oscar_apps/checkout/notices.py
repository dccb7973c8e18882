"""E-mails of company approvals: approvers asked to decide, the buyer told the decision.

A purchase is decided once, so each mail goes once per purchase and state; a retry after
a failed send may repeat it, which is the lesser harm than an approval nobody hears of.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.buyers import selectors as buyers

Purchase = get_model("order", "Purchase")


def _link(purchase) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")  # SITE_URL
    return base + reverse("checkout:purchase", kwargs={"reference": purchase.reference})


def _mail(kind, context, recipients):
    subject = " ".join(render_to_string(f"oscar/checkout/email/{kind}_subject.txt", context).split())
    body = render_to_string(f"oscar/checkout/email/{kind}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def ask_approvers(purchase_id: int) -> int:
    purchase = Purchase.objects.select_related("company", "user").filter(pk=purchase_id).first()
    if purchase is None or not purchase.awaits_approval or purchase.company is None:
        return 0
    recipients = [user.email for user in buyers.approvers_of(purchase.company) if user.email]
    if recipients:
        with translation.override(settings.LANGUAGE_CODE):
            _mail("approval_request", {"purchase": purchase, "link": _link(purchase)}, recipients)
    return len(recipients)


def send_approval_decision(purchase_id: int) -> bool:
    purchase = Purchase.objects.select_related("user", "decided_by").filter(pk=purchase_id).first()
    if purchase is None or purchase.awaits_approval or purchase.user is None or not purchase.user.email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        _mail("approval_decision", {"purchase": purchase, "link": _link(purchase)}, [purchase.user.email])
    return True
