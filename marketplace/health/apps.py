from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "marketplace.health"
    label = "health"
