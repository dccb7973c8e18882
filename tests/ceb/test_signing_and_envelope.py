"""Signing (the test signer and the HTTP signer against a local server) and the DxpMsg envelope."""

import base64
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree
from signxml import XMLVerifier

from marketplace.ceb import schema
from marketplace.ceb.builders import build, render
from marketplace.ceb.envelope import RECEIVER_EXPORT, RECEIVER_IMPORT, unwrap, wrap
from marketplace.ceb.errors import CebInvalid, CebReceiptError, SignerRefused, SignerUnavailable
from marketplace.ceb.signing import HttpSigner, TestSigner, certificate_pem_of_test_signer, get_signer
from tests.ceb import samples as s

DS = "{http://www.w3.org/2000/09/xmldsig#}"


def signed_import_list() -> bytes:
    return TestSigner().sign(render(build(s.import_inventory(), base_transfer=s.TRANSFER)))


def test_signed_import_list_validates_and_verifies(ceb_xsd):
    signed = signed_import_list()

    schema.validate(signed)  # CEB621 requires ds:Signature
    XMLVerifier().verify(signed, x509_cert=certificate_pem_of_test_signer().decode())
    root = etree.fromstring(signed)
    assert [etree.QName(child).localname for child in root] == [
        "Inventory", "BaseTransfer", "Signature"]
    key_info = root.find(f"{DS}Signature/{DS}KeyInfo")
    assert len(key_info.findtext(f"{DS}KeyName")) == 8
    assert key_info.find(f"{DS}X509Data/{DS}X509Certificate") is not None


def test_signed_export_messages_stay_valid(ceb_xsd):
    for document in (s.export_inventory(), s.summary_apply(), s.export_order()):
        schema.validate(TestSigner().sign(render(build(document, base_transfer=s.TRANSFER))))


def test_a_changed_signed_message_no_longer_verifies():
    tampered = signed_import_list().replace("张三".encode(), "李四".encode(), 1)

    with pytest.raises(Exception):  # noqa: B017 - signxml raises InvalidDigest
        XMLVerifier().verify(tampered, x509_cert=certificate_pem_of_test_signer().decode())


def test_signer_comes_from_settings(settings):
    settings.MARKETPLACE_CEB_SIGNER = "marketplace.ceb.signing.HttpSigner"
    assert isinstance(get_signer(), HttpSigner)
    settings.MARKETPLACE_CEB_SIGNER = None
    assert isinstance(get_signer(), TestSigner)


class _SignerService(BaseHTTPRequestHandler):
    """A stand-in for the firm's card-side signing service."""

    mode = "sign"
    seen_headers: dict = {}

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).seen_headers = dict(self.headers)
        if self.mode == "500":
            return self._answer(500, b"card reader offline")
        if self.mode == "400":
            return self._answer(400, b"certificate expired")
        if self.mode == "other":
            body = body.replace("张三".encode(), "李四".encode())
        return self._answer(200, TestSigner().sign(body))

    def _answer(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def signer_service():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SignerService)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sign", _SignerService
    server.shutdown()
    server.server_close()
    _SignerService.mode = "sign"


def unsigned() -> bytes:
    return render(build(s.import_inventory(), base_transfer=s.TRANSFER))


def test_http_signer_returns_the_signed_message(ceb_xsd, signer_service):
    url, service = signer_service

    signed = HttpSigner(url=url, token="s3cret", timeout=5).sign(unsigned())

    schema.validate(signed)
    assert service.seen_headers["Authorization"] == "Bearer s3cret"


def test_http_signer_server_error_means_try_later(signer_service):
    url, service = signer_service
    service.mode = "500"

    with pytest.raises(SignerUnavailable, match="500: card reader offline"):
        HttpSigner(url=url, timeout=5).sign(unsigned())


def test_http_signer_refusal_is_final(signer_service):
    url, service = signer_service
    service.mode = "400"

    with pytest.raises(SignerRefused, match="400.*certificate expired"):
        HttpSigner(url=url, timeout=5).sign(unsigned())


def test_http_signer_must_return_the_same_message(signer_service):
    url, service = signer_service
    service.mode = "other"

    with pytest.raises(SignerRefused, match="not the message sent"):
        HttpSigner(url=url, timeout=5).sign(unsigned())


def test_http_signer_unreachable_means_try_later():
    with pytest.raises(SignerUnavailable, match="unreachable"):
        HttpSigner(url="http://127.0.0.1:9/sign", timeout=2).sign(unsigned())


def test_envelope_validates_and_round_trips(ceb_xsd):
    signed = signed_import_list()

    envelope = wrap(signed, message_type="CEB621", cop_msg_id="IM2025030100001-1",
                    sender_id="DXPENT0000012345")

    schema.validate(envelope)
    root = etree.fromstring(envelope)
    dxp = "{http://www.chinaport.gov.cn/dxp}"
    assert root.findtext(f"{dxp}TransInfo/{dxp}ReceiverIds/{dxp}ReceiverId") == RECEIVER_IMPORT
    assert root.findtext(f"{dxp}AddInfo/{dxp}FileName") == "CEB621_IM2025030100001-1.xml"
    assert unwrap(envelope) == ("CEB621", signed)


def test_export_messages_go_to_the_export_receiver(ceb_xsd, settings):
    settings.MARKETPLACE_CEB_SENDER_ID = "DXPENT0000099999"
    message = render(build(s.export_inventory(), base_transfer=s.TRANSFER))

    envelope = wrap(message, message_type="CEB603", cop_msg_id="X1")

    schema.validate(envelope)
    assert RECEIVER_EXPORT.encode() in envelope and b"DXPENT0000099999" in envelope


def test_envelope_refuses_bad_ids():
    with pytest.raises(CebInvalid, match="sender_id"):
        wrap(b"<x/>", message_type="CEB603", cop_msg_id="1", sender_id="X" * 17)
    with pytest.raises(CebInvalid, match="unknown CEB message type"):
        wrap(b"<x/>", message_type="CEB999", cop_msg_id="1")


def test_unwrap_refuses_what_is_not_an_envelope():
    with pytest.raises(CebReceiptError, match="not a DxpMsg"):
        unwrap(b"<a/>")
    bad = wrap(b"<x/>", message_type="CEB603", cop_msg_id="1").replace(
        base64.b64encode(b"<x/>"), b"!!notbase64!!")
    with pytest.raises(CebReceiptError, match="Base64"):
        unwrap(bad)
