from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IpComplaintsConfig(AppConfig):
    """Notice and takedown: rights holders' complaints, counter-notices, strikes."""

    name = "marketplace.ip_complaints"
    label = "ip_complaints"
    verbose_name = _("Intellectual-property complaints")
