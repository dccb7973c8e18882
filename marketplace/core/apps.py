from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site chrome shared by CMS and shop pages: base templates, navigation, switchers."""

    name = "marketplace.core"
    label = "marketplace_core"
