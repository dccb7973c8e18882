from tests.payments.conftest import gateway  # noqa: F401  (the in-memory payment gateway)
