from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Messages to the authorities (customs, inspection, tax, forex), written in the same
    transaction as the event they report and relayed by Celery with retries."""

    name = "marketplace.outbox"
    label = "outbox"
    verbose_name = _("Outbox")
