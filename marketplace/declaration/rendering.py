"""A CEB document as the unsigned business XML the outbox stores.

Built by the ceb library, checked by its field rules and, when the official schemas are
installed (setting MARKETPLACE_CEB_XSD_DIR), by the schema: a message that customs would
refuse for its form is refused here, inside the declaring transaction, so nothing is
sent. Signing happens later, at send time (single_window.backends), because the key may be
a hardware token that is not always plugged in.
"""

from __future__ import annotations

from . import parties


def build(document, *, guid: str):
    """The message element of `document` (rules checked by the builder)."""
    from marketplace.ceb import builders

    return builders.build(document, base_transfer=parties.base_transfer(), guid=guid)


#: Messages whose schema requires the signature (2022 XSD): checked against it once signed,
#: at send time (single_window.backends), since they cannot be valid before.
SIGNED_BY_SCHEMA = frozenset({"CEB621", "CEB623", "CEB625", "CEB711"})


def validate(element, message_type: str = "") -> None:
    """Raise the ceb library's CebInvalid if the official schemas are installed and refuse it."""
    from marketplace.ceb import schema

    if schema.schemas_available() and message_type not in SIGNED_BY_SCHEMA:
        schema.validate(element)


def render(document, *, guid: str) -> str:
    """The message as text; raises ceb's CebInvalid if its fields or the schema refuse it."""
    from marketplace.ceb.builders import kind_of

    element = build(document, guid=guid)
    validate(element, kind_of(document).message_type)
    from marketplace.ceb import builders

    text = builders.render(element)
    return text.decode("utf-8") if isinstance(text, bytes) else text
