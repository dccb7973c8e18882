"""Signing CEB messages: an enveloped ``ds:Signature`` inside the root, after BaseTransfer
(DOMAIN §2.6), made by a pluggable :class:`Signer` named in ``MARKETPLACE_CEB_SIGNER``.

Why signing never happens with a key the platform keeps: customs accepts only signatures made
with the declaring firm's E-port card (UKey) or a certified crypto device, whose private key
cannot be exported (SM2/SM3 in the 2022 spec). So production signs through a device-side
service: :class:`HttpSigner` posts the message to the signing service next to the card (the
firm's "加签" client or a hardware signer) and gets it back signed. Keeping signing behind this
one method also keeps card PINs and keys out of the platform's database, backups and logs.

:class:`TestSigner` signs with RSA-SHA256 and a throw-away key and self-signed certificate made
at process start; customs would refuse it, tests and the embedded demo profile use it to
produce messages that are schema-valid (CEB621 requires a signature).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string
from lxml import etree

from .errors import SignerRefused, SignerUnavailable
from .safexml import parse_bytes

__all__ = ["HttpSigner", "Signer", "TestSigner", "get_signer", "sign"]

DS_NS = "http://www.w3.org/2000/09/xmldsig#"
DEFAULT_SIGNER = "marketplace.ceb.signing.TestSigner"


class Signer:
    """One method: the message bytes in, the same message with its signature out."""

    def sign(self, xml_bytes: bytes) -> bytes:  # pragma: no cover - interface
        raise NotImplementedError


@cache
def _test_identity() -> tuple[object, object, str]:
    """A private key and self-signed certificate for this process only (never stored)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Marketplace CEB test signer"),
        x509.NameAttribute(NameOID.COMMON_NAME, "CEB test signer (not valid for customs)"),
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    # Customs' KeyName is the card's certificate number, 8 hex digits (e.g. 01691fe9).
    key_name = f"{cert.serial_number:x}"[-8:].rjust(8, "0")
    return key, cert, key_name


def certificate_pem_of_test_signer() -> bytes:
    """The TestSigner's certificate, for tests that verify its signatures."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return _test_identity()[1].public_bytes(Encoding.PEM)


class TestSigner(Signer):
    """RSA-SHA256 enveloped signature, C14N 1.0, KeyInfo = KeyName + X509Data."""

    __test__ = False  # not a pytest test class

    def sign(self, xml_bytes: bytes) -> bytes:
        from signxml import CanonicalizationMethod, XMLSigner

        root = parse_bytes(xml_bytes, error=SignerRefused)
        key, cert, key_name = _test_identity()
        signer = XMLSigner(c14n_algorithm=CanonicalizationMethod.CANONICAL_XML_1_0)
        signed = signer.sign(root, key=key, cert=[cert], key_name=key_name)
        return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


class HttpSigner(Signer):
    """Posts the message to ``MARKETPLACE_CEB_SIGNER_URL`` and expects it back signed.

    Settings: ``MARKETPLACE_CEB_SIGNER_URL`` (required), ``MARKETPLACE_CEB_SIGNER_TOKEN``
    (optional bearer token), ``MARKETPLACE_CEB_SIGNER_TIMEOUT`` (seconds, default 15).
    Network errors and 5xx raise :class:`SignerUnavailable` (retry later); 4xx and answers that
    are not this message signed raise :class:`SignerRefused`.
    """

    def __init__(self, url: str | None = None, token: str | None = None,
                 timeout: float | None = None) -> None:
        self.url = url or getattr(settings, "MARKETPLACE_CEB_SIGNER_URL", None)
        self.token = token if token is not None else getattr(
            settings, "MARKETPLACE_CEB_SIGNER_TOKEN", None)
        self.timeout = timeout or getattr(settings, "MARKETPLACE_CEB_SIGNER_TIMEOUT", 15)

    def sign(self, xml_bytes: bytes) -> bytes:
        import requests

        if not self.url:
            raise SignerUnavailable("MARKETPLACE_CEB_SIGNER_URL is not set")
        original = parse_bytes(xml_bytes, error=SignerRefused)
        headers = {"Content-Type": "application/xml; charset=utf-8",
                   "Accept": "application/xml"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = requests.post(self.url, data=xml_bytes, headers=headers,
                                     timeout=self.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            raise SignerUnavailable(f"signer unreachable: {exc.__class__.__name__}") from exc
        excerpt = response.text[:300] if response.content else ""
        if response.status_code >= 500:
            raise SignerUnavailable(f"signer answered {response.status_code}: {excerpt}")
        if response.status_code >= 300:
            raise SignerRefused(f"signer refused the message ({response.status_code}): "
                                f"{excerpt}")
        signed = parse_bytes(response.content, error=SignerRefused)
        _check_same_message(original, signed)
        return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


def _without_signature(root: etree._Element) -> bytes:
    copy = etree.fromstring(etree.tostring(root))
    for signature in copy.findall(f"{{{DS_NS}}}Signature"):
        copy.remove(signature)
    return etree.tostring(copy, method="c14n")


def _check_same_message(original: etree._Element, signed: etree._Element) -> None:
    """The signer must return our message, unchanged but for the added signature."""
    if signed.find(f"{{{DS_NS}}}Signature") is None:
        raise SignerRefused("the signer's answer carries no ds:Signature")
    if _without_signature(original) != _without_signature(signed):
        raise SignerRefused("the signer's answer is not the message sent")


def get_signer() -> Signer:
    """The signer named in ``MARKETPLACE_CEB_SIGNER`` (default: the TestSigner)."""
    path = getattr(settings, "MARKETPLACE_CEB_SIGNER", None) or DEFAULT_SIGNER
    return import_string(path)()


def sign(xml_bytes: bytes) -> bytes:
    return get_signer().sign(xml_bytes)
