"""Choosing the payment gateway named in settings."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .base import PaymentGateway

DEFAULT_GATEWAY = "marketplace.payments.backends.stripe.StripeGateway"


def get_gateway(path: str | None = None) -> PaymentGateway:
    """The gateway `MARKETPLACE_PAYMENT_GATEWAY` names (or `path`), built once per path and
    per settings it reads: a test that overrides a Stripe setting gets a gateway that sees it."""
    path = path or getattr(settings, "MARKETPLACE_PAYMENT_GATEWAY", DEFAULT_GATEWAY)
    return _gateway(path, _settings_key())


def _settings_key() -> tuple[str, ...]:
    return tuple(
        str(getattr(settings, name, ""))
        for name in ("STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_API_BASE", "STRIPE_WEBHOOK_SECRET")
    )


@cache
def _gateway(path: str, _key: tuple[str, ...]) -> PaymentGateway:
    return import_string(path)()
