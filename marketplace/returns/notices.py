"""Telling the parties of a return case about each step: the buyer, the seller's users, and
for an escalation the platform's dispute desk. One message per recipient (sellers do not
learn the buyer's address from the header, nor the other way round), once per step."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import conf
from .models import CaseEvent


def send_case_notice(event_id: int) -> bool:
    """Guarantees: sent once per event, however often it is called (the event's row is the
    lock); the person who took the step is not told of it. Returns whether anything was sent."""
    with transaction.atomic():
        event = (CaseEvent.objects.select_for_update(of=("self",))
                 .select_related("request__order", "request__buyer", "request__partner", "actor")
                 .filter(pk=event_id).first())
        if event is None or event.notified_at is not None:
            return False
        request = event.request
        site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        actor_email = event.actor.email if event.actor else ""
        buyer = [request.buyer.email] if request.buyer.email else []
        sellers = sorted({user.email for user in request.partner.users.all() if user.email})
        desk = conf.dispute_desk_emails() if event.action == CaseEvent.Action.ESCALATED else []
        with translation.override(settings.LANGUAGE_CODE):
            context = {"shop_name": settings.OSCAR_SHOP_NAME, "event": event, "case": request,
                       "action": event.get_action_display(), "status": request.get_status_display()}
            audiences = (
                ("buyer", buyer, site + reverse("returns:case", kwargs={"pk": request.pk})),
                ("seller", sellers, site + reverse("returns_dashboard:case", kwargs={"pk": request.pk})),
                ("staff", desk, site + reverse("returns_dashboard:case", kwargs={"pk": request.pk})),
            )
            for audience, recipients, url in audiences:
                recipients = [address for address in recipients if address != actor_email]
                if not recipients:
                    continue
                context.update(audience=audience, case_url=url)
                subject = " ".join(render_to_string("returns/email/notice_subject.txt", context).split())
                body = render_to_string("returns/email/notice_body.txt", context)
                for recipient in recipients:
                    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
        event.notified_at = timezone.now()
        event.save(update_fields=["notified_at"])
    return True
