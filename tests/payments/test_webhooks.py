"""The Stripe webhook endpoint: signatures, replays, events out of order."""

import json
import time
from decimal import Decimal

import pytest
from django.urls import reverse

from marketplace.payments.models import CardPayment, CardPaymentStatus, GatewayEvent
from marketplace.payments.services import handle_webhook, may_move, start_card_payment
from marketplace.payments.signals import payment_succeeded

from .conftest import intent_object, signed, stripe_event

pytestmark = pytest.mark.django_db
URL = "/payments/webhooks/stripe/"
S = CardPaymentStatus


def post(client, body, signature=None, **extra):
    headers = {"HTTP_STRIPE_SIGNATURE": signature} if signature is not None else {}
    return client.post(URL, data=body, content_type="application/json", **headers, **extra)


@pytest.fixture
def payment(gateway):
    return start_card_payment(reference="100042", amount=Decimal("123.45"), currency="EUR").payment


@pytest.fixture
def succeeded_calls():
    calls = []

    def receiver(sender, reference, payment, **kwargs):
        calls.append((reference, payment.intent_id))

    payment_succeeded.connect(receiver, dispatch_uid="test-payment-succeeded")
    yield calls
    payment_succeeded.disconnect(dispatch_uid="test-payment-succeeded")


def deliver(client, event_type, payment, *, event_id, created=None, **fields):
    event = stripe_event(event_id, event_type, intent_object(payment.intent_id, **fields), created=created)
    return post(client, *signed(event))


def test_the_webhook_url_is_outside_the_language_prefix():
    assert reverse("payments:stripe-webhook") == URL


def test_a_signed_success_marks_the_payment_paid_and_tells_the_order_side_after_commit(
    client, payment, succeeded_calls, django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, "payment_intent.succeeded", payment, event_id="evt_1")
    assert response.status_code == 200
    assert response.json() == {"received": True, "outcome": "applied"}
    payment.refresh_from_db()
    assert payment.status == S.SUCCEEDED
    assert succeeded_calls == [("100042", payment.intent_id)]
    assert GatewayEvent.objects.get(event_id="evt_1").processed_at is not None


@pytest.mark.parametrize(
    "signature",
    [
        None,  # missing header
        "",
        "t=1,v1=deadbeef",  # forged
        "garbage",
    ],
)
def test_a_delivery_without_a_valid_signature_is_refused_and_nothing_is_recorded(client, payment, signature):
    event = stripe_event("evt_forged", "payment_intent.succeeded", intent_object(payment.intent_id))
    response = post(client, json.dumps(event).encode(), signature)
    assert response.status_code == 400
    assert "error" in response.json()
    assert not GatewayEvent.objects.exists()
    payment.refresh_from_db()
    assert payment.status == S.REQUIRES_PAYMENT_METHOD


def test_a_delivery_signed_with_another_secret_is_refused(client, payment):
    event = stripe_event("evt_other", "payment_intent.succeeded", intent_object(payment.intent_id))
    response = post(client, *signed(event, secret="whsec_someone_else"))
    assert response.status_code == 400
    assert not GatewayEvent.objects.exists()


def test_an_expired_signature_is_refused_even_if_it_was_once_valid(client, payment):
    event = stripe_event("evt_old", "payment_intent.succeeded", intent_object(payment.intent_id))
    response = post(client, *signed(event, timestamp=int(time.time()) - 3600))
    assert response.status_code == 400
    assert not GatewayEvent.objects.exists()


def test_a_tampered_body_is_refused(client, payment):
    event = stripe_event("evt_t", "payment_intent.succeeded", intent_object(payment.intent_id, amount=1))
    body, signature = signed(event)
    response = post(client, body.replace(b'"amount": 1', b'"amount": 9'), signature)
    assert response.status_code == 400
    assert not GatewayEvent.objects.exists()


def test_a_webhook_secret_left_empty_refuses_everything(client, payment, settings):
    event = stripe_event("evt_e", "payment_intent.succeeded", intent_object(payment.intent_id))
    body, _signature = signed(event, secret="")
    settings.STRIPE_WEBHOOK_SECRET = ""
    assert post(client, *signed(event, secret="")).status_code == 400
    assert not GatewayEvent.objects.exists()


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"id": "evt_x"}', b"\xff\xfe"])
def test_a_signed_body_that_is_not_an_event_is_a_400_in_json(client, gateway, body):
    from marketplace.payments.backends import locmem

    from .conftest import WEBHOOK_SECRET

    response = post(client, body, locmem.sign_payload(body, WEBHOOK_SECRET))
    assert response.status_code == 400
    assert "error" in response.json()
    assert not GatewayEvent.objects.exists()


def test_an_oversized_body_is_refused_before_it_is_read(client, gateway):
    body = b'{"pad": "' + b"x" * (300 * 1024) + b'"}'
    response = post(client, body, "t=1,v1=00")
    assert response.status_code == 413
    assert "error" in response.json()


def test_only_post_is_accepted(client, gateway):
    assert client.get(URL).status_code == 405


def test_the_same_event_three_times_is_recorded_once_and_changes_the_status_once(
    client, payment, succeeded_calls, django_capture_on_commit_callbacks,
):
    event = stripe_event("evt_dup", "payment_intent.succeeded", intent_object(payment.intent_id))
    body, signature = signed(event)
    with django_capture_on_commit_callbacks(execute=True):
        outcomes = [post(client, body, signature).json()["outcome"] for _ in range(3)]
    assert outcomes == ["applied", "replay", "replay"]
    assert GatewayEvent.objects.filter(event_id="evt_dup").count() == 1
    assert succeeded_calls == [("100042", payment.intent_id)]


def test_unknown_event_types_are_recorded_and_ignored(client, gateway):
    event = stripe_event("evt_c", "customer.created", {"id": "cus_1", "object": "customer"})
    response = post(client, *signed(event))
    assert response.status_code == 200
    assert response.json()["outcome"] == "ignored"
    assert GatewayEvent.objects.get(event_id="evt_c").type == "customer.created"
    assert post(client, *signed(event)).json()["outcome"] == "replay"


def test_a_late_failure_or_processing_after_success_changes_nothing(client, payment):
    now = int(time.time())
    deliver(client, "payment_intent.succeeded", payment, event_id="evt_s", created=now)
    error = {"message": "Your card was declined.", "code": "card_declined"}
    deliver(client, "payment_intent.payment_failed", payment, event_id="evt_f", created=now - 5,
            status="requires_payment_method", error=error)
    deliver(client, "payment_intent.processing", payment, event_id="evt_p", created=now - 10, status="processing")
    deliver(client, "payment_intent.canceled", payment, event_id="evt_x", created=now + 5, status="canceled")
    payment.refresh_from_db()
    assert payment.status == S.SUCCEEDED
    assert payment.failure_message == ""
    assert GatewayEvent.objects.filter(processed_at__isnull=False).count() == 4


def test_a_retry_after_a_failure_can_still_succeed(client, payment):
    now = int(time.time())
    deliver(client, "payment_intent.payment_failed", payment, event_id="evt_f1", created=now - 20,
            status="requires_payment_method", error={"message": "Your card was declined."})
    payment.refresh_from_db()
    assert (payment.status, payment.failure_message) == (S.FAILED, "Your card was declined.")
    deliver(client, "payment_intent.processing", payment, event_id="evt_p1", created=now - 10, status="processing")
    payment.refresh_from_db()
    assert payment.status == S.PROCESSING
    deliver(client, "payment_intent.succeeded", payment, event_id="evt_s1", created=now)
    payment.refresh_from_db()
    assert payment.status == S.SUCCEEDED


def test_processing_that_arrives_after_the_failure_it_preceded_changes_nothing(client, payment):
    now = int(time.time())
    deliver(client, "payment_intent.payment_failed", payment, event_id="evt_f2", created=now,
            status="requires_payment_method", error={"message": "Declined"})
    deliver(client, "payment_intent.processing", payment, event_id="evt_p2", created=now - 3, status="processing")
    payment.refresh_from_db()
    assert payment.status == S.FAILED


@pytest.mark.parametrize(
    ("current", "new", "moves"),
    [
        (S.REQUIRES_PAYMENT_METHOD, S.PROCESSING, True), (S.PROCESSING, S.SUCCEEDED, True),
        (S.FAILED, S.SUCCEEDED, True), (S.SUCCEEDED, S.FAILED, False), (S.SUCCEEDED, S.PROCESSING, False),
        (S.SUCCEEDED, S.CANCELED, False), (S.CANCELED, S.SUCCEEDED, False), (S.REFUNDED, S.SUCCEEDED, False),
        (S.PARTIALLY_REFUNDED, S.SUCCEEDED, False), (S.PROCESSING, S.REQUIRES_PAYMENT_METHOD, False),
    ],
)
def test_statuses_never_move_backwards(current, new, moves):
    assert may_move(current, new, at=10, last_at=10) is moves


def test_an_event_that_comes_before_the_create_answer_records_the_payment(client, gateway):
    event = stripe_event("evt_early", "payment_intent.succeeded",
                         intent_object("pi_early", amount=1500, currency="jpy", reference="100077"))
    assert post(client, *signed(event)).status_code == 200
    payment = CardPayment.objects.get(intent_id="pi_early")
    assert (payment.reference, payment.amount, payment.currency, payment.status) == (
        "100077", Decimal("1500"), "JPY", S.SUCCEEDED)


def test_an_event_about_a_payment_nobody_knows_is_kept_and_ignored(client, gateway):
    obj = intent_object("pi_stranger")
    obj["metadata"] = {}
    assert post(client, *signed(stripe_event("evt_s9", "payment_intent.succeeded", obj))).json()["outcome"] == "ignored"
    assert not CardPayment.objects.exists()
    assert GatewayEvent.objects.filter(event_id="evt_s9").exists()


def test_handle_webhook_is_the_same_use_case_without_http(payment):
    event = stripe_event("evt_direct", "payment_intent.processing", intent_object(payment.intent_id))
    assert handle_webhook(*signed(event)).value == "applied"
    assert handle_webhook(*signed(event)).value == "replay"
