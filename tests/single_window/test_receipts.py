"""Receipts by file and by HTTP find their message by guid and update what pages show."""

from pathlib import Path

import pytest
from django.test import Client

from marketplace.declaration import services
from marketplace.declaration.models import DeclarationMessage
from marketplace.outbox import relay
from marketplace.outbox.models import OutboxStatus
from marketplace.single_window import inbox, transport
from tests.declaration.factories import place

from .conftest import SECRET
from .receipts import receipt


@pytest.fixture
def declared(seller):
    _enterprise, product, user = seller
    order = place(product)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number="1234567890")
    relay.relay_pending(max_seconds=None)  # locmem: every message "sent"
    return {m.message_type: m for m in declaration.messages.all()}


def drop(settings, name, data: bytes) -> Path:
    folder = Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "inbox"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_release_receipt_in_the_inbox_accepts_the_list_and_keeps_its_number(declared, settings):
    inventory = declared["CEB603"]
    drop(settings, "CEB604_1.xml", receipt("CEB604", inventory.guid, "800", "放行", enveloped=True))
    report = inbox.read_inbox()
    assert report.done == ["CEB604_1.xml"] and report.errors == {}
    inventory.refresh_from_db()
    assert (inventory.return_status, inventory.invt_no, inventory.released) == ("800", "67112026E000000001", True)
    assert inventory.outbox_message.status == OutboxStatus.ACCEPTED
    assert (Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "inbox" / "done" / "CEB604_1.xml").exists()


def test_an_intermediate_status_is_kept_without_deciding(declared, settings):
    inventory = declared["CEB603"]
    drop(settings, "a.xml", receipt("CEB604", inventory.guid, "300", "人工审核"))
    inbox.read_inbox()
    inventory.refresh_from_db()
    assert (inventory.return_status, inventory.return_info) == ("300", "人工审核")
    assert inventory.outbox_message.status == OutboxStatus.SENT


def test_unknown_guids_and_bad_xml_go_to_the_error_folder_with_the_reason(declared, settings):
    drop(settings, "unknown.xml", receipt("CEB304", "11111111-2222-4333-8444-555555555555", "120"))
    drop(settings, "broken.xml", b"<not-xml")
    report = inbox.read_inbox()
    assert set(report.errors) == {"unknown.xml", "broken.xml"}
    errors = Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "inbox" / "error"
    assert "unknown guid" in (errors / "unknown.xml.reason").read_text()
    assert (errors / "broken.xml").read_bytes() == b"<not-xml"
    assert not list((Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "inbox").glob("*.xml"))


def post(body: bytes, signature: str | None = None):
    signature = transport.signature(body, SECRET.encode()) if signature is None else signature
    return Client().post("/single-window/receipts/", data=body, content_type="application/xml",
                         HTTP_X_SIGNATURE=signature)


def test_an_http_receipt_with_a_good_signature_is_taken(declared):
    order = declared["CEB303"]
    response = post(receipt("CEB304", order.guid, "120", "入库成功"))
    assert response.status_code == 200
    assert response.json()["status"] == "taken"
    order.refresh_from_db()
    assert order.outbox_message.status == OutboxStatus.ACCEPTED


def test_http_receipts_refuse_a_bad_signature_bad_xml_and_unknown_guids(declared):
    body = receipt("CEB304", declared["CEB303"].guid)
    assert post(body, signature="0" * 64).status_code == 403
    assert post(b"<oops").status_code == 400
    assert post(b"<oops").json()["status"] == "error"
    assert post(receipt("CEB304", "11111111-2222-4333-8444-555555555555")).status_code == 404
    assert Client().get("/single-window/receipts/").status_code == 405
    assert DeclarationMessage.objects.get(pk=declared["CEB303"].pk).return_status == ""
