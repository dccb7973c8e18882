"""Everything the CEB library raises, in one place, so callers catch one family: `CebError`."""

from __future__ import annotations

from dataclasses import dataclass


class CebError(Exception):
    """Base of every error the CEB library raises."""


class CebDataError(CebError, ValueError):
    """A platform value has no customs code; the message names the value and the table."""

    def __init__(self, table: str, value: object, hint: str = "") -> None:
        self.table = table
        self.value = value
        message = f"No customs {table} code for {value!r}"
        super().__init__(f"{message}: {hint}" if hint else message)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One broken field: ``path`` names it as the document does (``lines[0].gcode``) or, for
    schema errors, as the XML does (``line 12``); ``message`` says what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CebInvalid(CebError, ValueError):
    """A message breaks the platform's field rules or the official schema."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"{count} error{'s' if count != 1 else ''} in the CEB message"
        return head + ":\n" + "\n".join(f"- {error}" for error in self.errors)


class CebReceiptError(CebError, ValueError):
    """A receipt could not be read: not XML, hostile XML, too big, or not a known receipt."""


class SignerError(CebError):
    """Signing failed."""


class SignerUnavailable(SignerError):
    """The signer could not be reached or failed on its side (network, 5xx): retry later."""


class SignerRefused(SignerError):
    """The signer refused the document (4xx) or answered with something that is not it
    signed: retrying the same document will not help."""
