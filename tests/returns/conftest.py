"""A knife maker (the seller), a private buyer abroad and retail orders of its knives,
delivered and paid by card (the in-memory gateway) or by bank transfer."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.payments.services import start_card_payment
from tests.order_lifecycle.conftest import (  # noqa: F401  (fixtures)
    _customs_not_the_subject,
    buyer,
    buyer_client,
    category,
    login,
    other_seller,
    pay,
    place_order,
    seller,
    staff,
)
from tests.payments.conftest import gateway  # noqa: F401  (the in-memory payment gateway)

Order = get_model("order", "Order")


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MARKETPLACE_RETURN_FILES_ROOT = tmp_path / "return-evidence"


def deliver(order):
    """Paid, shipped and delivered: the return period runs from now."""
    for status in (statuses.PAID, statuses.SHIPPED, statuses.DELIVERED):
        order.set_status(status)
    return order


def pay_by_card(order):
    """A card payment of the order's total through the configured gateway, recorded on the
    order as checkout records it (a Card source named by the intent)."""
    payment = start_card_payment(reference=order.number, amount=Decimal(order.total_incl_tax),
                                 currency=order.currency, payment_method="pm_card_visa", confirm=True).payment
    pay(order, source="Card", reference=payment.intent_id)
    return payment


@pytest.fixture
def card_order(seller, buyer, gateway):  # noqa: F811
    """Two 8in chef knives at 100.00, paid by card and delivered."""
    order = place_order("YJ-2001", buyer, seller.product)
    pay_by_card(order)
    return deliver(order)


@pytest.fixture
def bank_order(seller, buyer):  # noqa: F811
    order = place_order("YJ-2002", buyer, seller.product, quantity=3)
    pay(order, source="Bank transfer", reference="YJ-2002")
    return deliver(order)


@pytest.fixture
def seller_client(seller):  # noqa: F811
    return seller.client


@pytest.fixture
def staff_client(staff):  # noqa: F811
    return login(staff)


def png_bytes(size=(4, 4)):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, "PNG")
    return out.getvalue()


def jpeg_bytes():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(out, "JPEG")
    return out.getvalue()


def photo(name="knife.png", content=None, content_type="image/png"):
    return SimpleUploadedFile(name, png_bytes() if content is None else content, content_type=content_type)


def request_url(order):
    return f"/en/returns/orders/{order.number}/request/"


def line_field(order):
    return f"line_{order.lines.get().pk}"


def ask(client, order, *, quantity=1, reason="damaged", details="Blade chipped", photos=()):
    data = {"reason": reason, "details": details, line_field(order): quantity}
    if photos:
        data["photos"] = list(photos)
    return client.post(request_url(order), data)
