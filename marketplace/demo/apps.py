from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data for a new installation (`manage.py seed_demo`)."""

    name = "marketplace.demo"
    label = "demo"
