"""Customs messages leave signed, schema-valid and wrapped in DxpMsg, once per guid."""

import base64
from pathlib import Path

import pytest
import requests
from lxml import etree

from marketplace.ceb import schema
from marketplace.ceb.errors import SignerUnavailable
from marketplace.declaration import services
from marketplace.outbox import relay
from marketplace.outbox.models import OutboxMessage, OutboxStatus
from marketplace.single_window import transport
from tests.declaration.factories import place

from .conftest import SECRET

FILE = "marketplace.single_window.backends.FileBackend"
HTTP = "marketplace.single_window.backends.HttpBackend"
DXP = "{http://www.chinaport.gov.cn/dxp}"


def declare(seller, **kwargs):
    _enterprise, product, user = seller
    order = place(product, **kwargs)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number="1234567890")
    return declaration


def test_the_file_backend_writes_one_signed_envelope_per_message(seller, settings):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FILE}
    declaration = declare(seller)
    relay.relay_pending(max_seconds=None)
    folder = Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "outbox"
    expected = sorted(f"{m.message_type}_{m.guid}.xml" for m in declaration.messages.all())
    assert sorted(path.name for path in folder.iterdir()) == expected
    envelope = (folder / expected[0]).read_bytes()
    schema.validate(envelope)  # terminal.xsd
    root = etree.fromstring(envelope)
    inner = base64.b64decode(root.findtext(f"{DXP}Data"))
    schema.validate(inner)
    assert b"Signature" in inner
    assert root.findtext(f"{DXP}TransInfo/{DXP}CopMsgId") in expected[0]
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}


def test_a_message_sent_again_rewrites_the_same_file(seller, settings):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FILE}
    declare(seller)
    relay.relay_pending(max_seconds=None)
    from marketplace.outbox.services import resend

    assert resend(OutboxMessage.objects.all()) == 4
    relay.relay_pending(max_seconds=None)
    assert len(list((Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "outbox").iterdir())) == 4


def test_an_unavailable_signer_delays_the_message(seller, settings, monkeypatch):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FILE}
    declare(seller)

    def unplugged(xml_bytes):
        raise SignerUnavailable("card not plugged in")

    monkeypatch.setattr("marketplace.ceb.signing.sign", unplugged)
    relay.relay_pending(max_seconds=None)
    first = OutboxMessage.objects.order_by("sequence").first()
    assert first.status == OutboxStatus.PENDING and "card not plugged in" in first.last_error
    assert not (Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "outbox").exists()


class Answer:
    def __init__(self, status_code, text=""):
        self.status_code, self.text = status_code, text


@pytest.fixture
def posts(monkeypatch):
    calls, answers = [], []

    def post(url, data, headers, timeout):
        calls.append((url, data, headers))
        answer = answers.pop(0) if answers else Answer(202, '{"status": "queued"}')
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(requests, "post", post)
    return calls, answers


def test_the_http_backend_posts_with_the_key_and_hmac(seller, settings, posts):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": HTTP}
    calls, _answers = posts
    declaration = declare(seller)
    relay.relay_pending(max_seconds=None)
    assert [headers["X-Idempotency-Key"] for _url, _body, headers in calls] == [
        m.outbox_message.idempotency_key for m in declaration.messages.all()]
    url, body, headers = calls[0]
    assert url == "https://adapter.example/messages"
    assert headers["X-Signature"] == transport.signature(body, SECRET.encode())
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}


def test_http_5xx_and_timeouts_are_retried_and_4xx_is_a_rejection(seller, settings, posts):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": HTTP}
    _calls, answers = posts
    answers.extend([Answer(503, "busy"), requests.Timeout("slow"), Answer(400, "bad ebcCode")])
    declare(seller)
    first = OutboxMessage.objects.order_by("sequence").first()
    relay.relay_pending(max_seconds=None)
    first.refresh_from_db()
    assert first.status == OutboxStatus.PENDING and "503" in first.last_error
    for _attempt in range(2):
        OutboxMessage.objects.filter(pk=first.pk).update(next_attempt_at=first.created_at)
        relay.relay_pending(max_seconds=None)
    first.refresh_from_db()
    assert (first.status, first.receipt_reason) == (OutboxStatus.REJECTED, "bad ebcCode")
