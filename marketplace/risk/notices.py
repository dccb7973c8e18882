"""E-mails of the risk app: recall notices to buyers and sellers, stop-sale notices to sellers.

Each e-mail is written in its reader's language: a seller's is the language it filed in;
a buyer's is read off the country its order ships to (the platform keeps no other
language for a buyer), falling back to the site's default.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from . import messages, selectors
from .models import AlertAction, Recall, RecallNotice

logger = logging.getLogger(__name__)

#: Countries whose buyers read one of the site's languages; others get the default.
COUNTRY_LANGUAGES = {
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY",
           "SV", "NI", "CR", "PA", "UY"),
    "fr": ("FR", "BE", "LU", "MC", "SN", "CI", "CM", "MA", "TN", "DZ"),
    "de": ("DE", "AT", "CH", "LI"),
    "ru": ("RU", "BY", "KZ", "KG"),
    "ar": ("SA", "AE", "EG", "QA", "KW", "BH", "OM", "JO", "LB", "IQ", "YE", "LY", "SD"),
    "ja": ("JP",),
    "ko": ("KR",),
    "pt": ("PT", "BR", "AO", "MZ"),
    "zh-hans": ("CN", "SG"),
}
_BY_COUNTRY = {country: language for language, countries in COUNTRY_LANGUAGES.items()
               for country in countries}


def buyer_language(order) -> str:
    available = {code for code, _name in settings.LANGUAGES}
    address = getattr(order, "shipping_address", None)
    country = (getattr(address, "country_id", "") or "").upper() if address else ""
    language = _BY_COUNTRY.get(country, "")
    return language if language in available else settings.LANGUAGE_CODE


def seller_address(enterprise) -> str:
    return ((enterprise.applicant.email if enterprise.applicant_id and enterprise.applicant else "")
            or enterprise.contact_email or "")


def _site() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _url(name, **kwargs) -> str:
    try:
        return _site() + reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return ""


def _send(template: str, context: dict, language: str, recipient: str) -> None:
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {**context, "shop_name": settings.OSCAR_SHOP_NAME}
        if "recall" in context:
            context["message"] = messages.recall_message(context["recall"])
        subject = " ".join(render_to_string(f"risk/email/{template}_subject.txt", context).split())
        body = render_to_string(f"risk/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])


@dataclass
class Recipient:
    email: str
    language: str
    orders: list = field(default_factory=list)  # [(order number, units)]


def recall_recipients(recall: Recall) -> tuple[dict[str, Recipient], dict[str, Recipient]]:
    """Buyers (by address) whose orders hold the recalled batch, and the seller."""
    buyers: dict[str, Recipient] = {}
    lines = recall.lines.select_related("order__user", "order__shipping_address").order_by(
        "order__number", "pk")
    for line in lines:
        address = selectors.buyer_email(line.order)
        if not address:
            logger.warning("Recall %s: order %s has no buyer address", recall.reference,
                           line.order.number)
            continue
        recipient = buyers.setdefault(address.lower(), Recipient(address, buyer_language(line.order)))
        recipient.orders.append((line.order.number, line.quantity))
    sellers: dict[str, Recipient] = {}
    enterprise = recall.batch.enterprise
    address = seller_address(enterprise)
    if address:
        sellers[address.lower()] = Recipient(
            address, enterprise.language or settings.LANGUAGE_CODE,
            [(number, units) for recipient in buyers.values() for number, units in recipient.orders])
    return buyers, sellers


def send_recall_notices(recall_id: int) -> int:
    """E-mail each buyer holding the recalled batch once, and the seller once.

    Guarantees: each address gets one e-mail per recall whatever the number of its orders
    or of runs: a RecallNotice row per address is locked while its e-mail is sent and
    marked sent in the same transaction, so a retry sends only what is still unsent.
    Returns the number of e-mails sent by this run.
    """
    recall = (Recall.objects.select_related("batch__product", "batch__enterprise__applicant")
              .filter(pk=recall_id).first())
    if recall is None:
        return 0
    buyers, sellers = recall_recipients(recall)
    sent = 0
    for audience, recipients in ((RecallNotice.Audience.BUYER, buyers),
                                 (RecallNotice.Audience.SELLER, sellers)):
        for key, recipient in recipients.items():
            with transaction.atomic():
                notice, _created = RecallNotice.objects.get_or_create(
                    recall=recall, audience=audience, email=key,
                    defaults={"language": recipient.language})
                notice = RecallNotice.objects.select_for_update().get(pk=notice.pk)
                if notice.sent_at is not None:
                    continue
                context = {"recall": recall, "batch": recall.batch, "product": recall.batch.product,
                           "orders": recipient.orders,
                           "units": sum(units for _number, units in recipient.orders)}
                if audience == RecallNotice.Audience.BUYER:
                    context["orders_url"] = _url("customer:order-list")
                    _send("recall_buyer", context, recipient.language, recipient.email)
                else:
                    context["dashboard_url"] = _url("dashboard:index")
                    _send("recall_seller", context, recipient.language, recipient.email)
                notice.sent_at = timezone.now()
                notice.save(update_fields=["sent_at"])
                sent += 1
    return sent


def send_action_notice(action_id: int) -> bool:
    """Tell the sellers that the sale of their listing or batch was stopped or resumed.

    Guarantees: sent once per action (AlertAction.notified_at, set under a row lock in
    the transaction that sends); returns whether anything was sent now.
    """
    from marketplace.moderation.services import sellers_of

    with transaction.atomic():
        action = (AlertAction.objects.select_for_update(of=("self",))
                  .select_related("alert__product", "batch__enterprise__applicant", "hold")
                  .filter(pk=action_id).first())
        if action is None or action.notified_at is not None:
            return False
        product = action.alert.product
        enterprises = [action.batch.enterprise] if action.batch_id else list(sellers_of(product.pk))
        context = {"action": action, "product": product, "batch": action.batch,
                   "reference": action.alert.reference, "reason": action.note,
                   "stopped": action.kind in (AlertAction.Kind.STOP_PRODUCT,
                                              AlertAction.Kind.STOP_BATCH),
                   "dashboard_url": _url("dashboard:index")}
        sent = False
        for enterprise in enterprises:
            address = seller_address(enterprise)
            if address:
                _send("stop_sale", context, enterprise.language, address)
                sent = True
        if not sent:
            logger.warning("No seller address to tell about risk action %s", action.pk)
        action.notified_at = timezone.now()
        action.save(update_fields=["notified_at"])
    return sent

