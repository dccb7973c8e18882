"""The outbox queue for staff at /django-admin/outbox/outboxmessage/: what was sent where,
with payloads and receipts, and two actions: resend (same message, same key) and
correct and resend (a new message in the old one's place)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .forms import CorrectionForm
from .models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "message_type", "subject", "status", "attempts", "next_attempt_at",
                    "created_at", "sent_at", "decided_at")
    list_filter = ("kind", "status", "message_type")
    search_fields = ("subject", "idempotency_key")
    date_hierarchy = "created_at"
    list_per_page = 50
    actions = ["resend", "correct_and_resend"]
    fields = ("kind", "message_type", "subject", "idempotency_key", "status", "attempts",
              "next_attempt_at", "last_error", "created_at", "sent_at", "decided_at",
              "receipt_reason", "receipt_shown", "payload_format", "payload_shown",
              "corrected_from", "correction_link")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False  # messages are written by the services, with the events they report

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # what was sent to an authority stays on record

    @admin.display(description=_("payload"))
    def payload_shown(self, obj: OutboxMessage) -> str:
        return format_html('<pre style="white-space: pre-wrap">{}</pre>', obj.payload)

    @admin.display(description=_("receipt"))
    def receipt_shown(self, obj: OutboxMessage) -> str:
        return format_html('<pre style="white-space: pre-wrap">{}</pre>', obj.receipt) if obj.receipt else "-"

    @admin.display(description=_("corrected by"))
    def correction_link(self, obj: OutboxMessage) -> str:
        correction = OutboxMessage.objects.filter(corrected_from=obj).first()
        if correction is None:
            return "-"
        url = reverse("admin:outbox_outboxmessage_change", args=[correction.pk])
        return format_html('<a href="{}">{}</a>', url, correction.idempotency_key)

    @admin.action(description=_("Resend selected messages"), permissions=["change"])
    def resend(self, request, queryset):
        resendable = list(queryset.filter(status__in=services.RESENDABLE))
        queued = services.resend(queryset)
        skipped = queryset.count() - queued
        for message in resendable:
            self.log_change(request, message, "Resent")
        self.message_user(request, ngettext(
            "%(count)d message queued to be sent again.", "%(count)d messages queued to be sent again.",
            queued) % {"count": queued}, messages.SUCCESS)
        if skipped:
            self.message_user(request, ngettext(
                "%(count)d message was left alone: it is being sent, accepted or superseded.",
                "%(count)d messages were left alone: they are being sent, accepted or superseded.",
                skipped) % {"count": skipped}, messages.WARNING)

    @admin.action(description=_("Correct and resend a message"), permissions=["change"])
    def correct_and_resend(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Choose one message to correct."), messages.ERROR)
            return None
        return HttpResponseRedirect(
            reverse("admin:outbox_outboxmessage_correct", args=[queryset.get().pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Every field is read-only: the only changes are the two actions.
        extra_context = {**(extra_context or {}), "show_save": False, "show_save_and_continue": False,
                         "correctable": [str(status) for status in services.CORRECTABLE]}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        urls = [path("<int:object_id>/correct/", self.admin_site.admin_view(self.correct_view),
                     name="outbox_outboxmessage_correct")]
        return urls + super().get_urls()

    def correct_view(self, request, object_id: int):
        message = get_object_or_404(OutboxMessage, pk=object_id)
        if not self.has_change_permission(request, message):
            raise PermissionDenied
        if message.status not in services.CORRECTABLE:
            self.message_user(request, _("A message being sent or already corrected cannot be corrected."),
                              messages.ERROR)
            return HttpResponseRedirect(reverse("admin:outbox_outboxmessage_change", args=[message.pk]))
        form = CorrectionForm(request.POST or None, payload_format=message.payload_format,
                              initial={"payload": message.payload})
        if request.method == "POST" and form.is_valid():
            try:
                corrected = services.correct_and_resend(message, form.cleaned_data["payload"])
            except services.NotCorrectable:  # corrected or claimed meanwhile
                self.message_user(request, _("A message being sent or already corrected cannot be corrected."),
                                  messages.ERROR)
                return HttpResponseRedirect(reverse("admin:outbox_outboxmessage_change", args=[message.pk]))
            self.log_change(request, message, f"Superseded by {corrected.idempotency_key}")
            self.log_addition(request, corrected, f"Correction of {message.idempotency_key}")
            self.message_user(request, _("The corrected message is queued to be sent."), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:outbox_outboxmessage_change", args=[corrected.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Correct and resend %(message)s") % {"message": message.idempotency_key},
            "opts": self.model._meta,
            "original": message,
            "form": form,
        }
        return TemplateResponse(request, "admin/outbox/outboxmessage/correct.html", context)
