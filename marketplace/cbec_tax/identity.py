"""The CBEC buyer's identity: real name and resident identity card number (GB 11643-1999).

Customs' CBEC messages take ID cards only (CEB311 buyerIdType 1) and the buyer's real
name (buyerName C..60). The ID number is personal data: it is validated, normalised and
passed on to whoever must declare it, shown only masked, and kept here only as a keyed
hash (`buyer_key`) for the annual limit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from stdnum.cn import ric
from stdnum.exceptions import InvalidComponent
from stdnum.exceptions import ValidationError as StdnumValidationError

#: CEB311 buyerName and CEB411 payerName are C..60.
NAME_MAX_LENGTH = 60
NAME_MIN_LENGTH = 2
ID_NUMBER_LENGTH = 18
#: Masked display keeps the region (first 6) and the last 4: enough for the buyer to
#: recognise their card, not enough to reuse the number.
MASK_KEEP_START = 6
MASK_KEEP_END = 4

# Separators seen in real names: spaces in Latin names, the middle dot in transliterated
# and minority names (阿依古丽·买买提), hyphens and apostrophes (Jean-Luc, O'Neil).
_NAME_SEPARATORS = frozenset(" ·-'.")
_MARKUP = frozenset("<>&\"`;{}[]\\/=")
_SPACES = re.compile(r"\s+")
_ID_SEPARATORS = re.compile(r"[\s-]")


def _has_control_characters(text: str) -> bool:
    # Categories C*: control (tabs, line breaks, NUL), format (zero-width, bidi overrides),
    # private use, unassigned. None belongs in a name or a number printed on a card.
    return any(unicodedata.category(char).startswith("C") for char in text)


def _is_name_letter(char: str) -> bool:
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":  # CJK unified ideographs (+ ext. A)
        return True
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN ")


def normalize_name(value: object) -> str:
    """The name in Unicode NFKC (full-width letters to ASCII, ・ to ·), spaces collapsed."""
    text = unicodedata.normalize("NFKC", str(value or ""))
    text = text.replace("・", "·").replace("•", "·")
    return _SPACES.sub(" ", text).strip()


def validate_real_name(value: object) -> str:
    """Return the normalised real name, or raise ValidationError saying what is wrong with it."""
    raw = str(value or "")
    if _has_control_characters(raw):
        raise ValidationError(_("The name contains control or invisible characters."), code="control_characters")
    name = normalize_name(raw)
    if any(char in _MARKUP for char in name):
        raise ValidationError(_("The name may not contain markup or symbols such as < > & \" ; / ="),
                              code="markup")
    if len(name) < NAME_MIN_LENGTH:
        raise ValidationError(_("Enter the full name as printed on the identity card (at least %(min)d characters)."),
                              code="name_too_short", params={"min": NAME_MIN_LENGTH})
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(_("The name has %(length)d characters; customs accept at most %(max)d."),
                              code="name_too_long", params={"length": len(name), "max": NAME_MAX_LENGTH})
    if not all(_is_name_letter(char) or char in _NAME_SEPARATORS for char in name):
        raise ValidationError(_("The name may contain only Chinese characters, Latin letters, spaces and · - ' ."),
                              code="name_characters")
    if not any(_is_name_letter(char) for char in name):
        raise ValidationError(_("The name must contain letters."), code="name_characters")
    return name


def normalize_id_number(value: object) -> str:
    """Spaces and hyphens removed, full-width digits (typed with a Chinese input method) as
    ASCII, a final lowercase x as the uppercase X of the standard."""
    return _ID_SEPARATORS.sub("", ric.compact(str(value or "")))


def validate_id_number(value: object) -> str:
    """Return the normalised 18-character resident ID number, or raise ValidationError.

    python-stdnum checks the length, the check digit, the birth date and the region code.
    """
    raw = str(value or "")
    if _has_control_characters(raw):
        raise ValidationError(_("The ID number contains control or invisible characters."),
                              code="control_characters")
    number = normalize_id_number(raw)
    if len(number) != ID_NUMBER_LENGTH:
        raise ValidationError(
            _("A resident ID number has %(expected)d characters; %(length)d were entered."),
            code="id_length", params={"expected": ID_NUMBER_LENGTH, "length": len(number)})
    if not number[:-1].isascii() or not number[:-1].isdigit() or not re.fullmatch(r"[0-9X]", number[-1]):
        raise ValidationError(_("A resident ID number has 17 digits followed by a digit or X."), code="id_format")
    # Checked one by one (rather than ric.validate) so the message names the part that is wrong.
    if number[-1] != ric.calc_check_digit(number):
        raise ValidationError(_("The check digit (the last character) does not match: please check the number."),
                              code="id_checksum")
    try:
        birth_date = ric.get_birth_date(number)
    except InvalidComponent:
        raise ValidationError(_("Characters 7 to 14 are not a valid birth date (YYYYMMDD)."),
                              code="id_birth_date") from None
    if birth_date > timezone.localdate() or birth_date.year < 1900:
        raise ValidationError(_("Characters 7 to 14 are not a possible birth date."), code="id_birth_date")
    try:
        ric.get_birth_place(number)
    except InvalidComponent:
        raise ValidationError(_("The first six digits are not a known region code."), code="id_region") from None
    # The whole rule once more, should python-stdnum learn a check the steps above lack.
    try:
        ric.validate(number)
    except StdnumValidationError:
        raise ValidationError(_("This is not a valid resident ID number."), code="id_invalid") from None
    return number


def mask_id_number(number: str) -> str:
    """441702********1233: the first 6 and last 4 characters, the rest hidden."""
    hidden = max(len(number) - MASK_KEEP_START - MASK_KEEP_END, 0)
    return number[:MASK_KEEP_START] + "*" * hidden + number[len(number) - MASK_KEEP_END:]


def buyer_key(id_number: str) -> str:
    """A keyed hash of the normalised ID number: the same buyer gives the same key.

    Keyed (HMAC) rather than a plain hash: 18-digit ID numbers are few enough to be
    guessed by brute force from a bare SHA-256. The key is the setting
    MARKETPLACE_CBEC_BUYER_KEY_SECRET (default SECRET_KEY); changing it splits every
    buyer's annual total, so it must be kept when SECRET_KEY rotates.
    """
    secret = getattr(settings, "MARKETPLACE_CBEC_BUYER_KEY_SECRET", None) or settings.SECRET_KEY
    return salted_hmac("marketplace.cbec_tax.buyer_key", normalize_id_number(id_number),
                       secret=secret, algorithm="sha256").hexdigest()


@dataclass(frozen=True)
class BuyerIdentity:
    """A validated buyer: real name and ID number. Never printed or logged in full."""

    name: str
    id_number: str = field(repr=False)
    #: True when an authorised body authenticated the buyer; then the payer may differ.
    authenticated: bool = False

    @classmethod
    def from_input(cls, name: object, id_number: object, *, authenticated: bool = False) -> BuyerIdentity:
        """Validate both fields (raises ValidationError keyed by field) and build the identity."""
        errors = {}
        try:
            name = validate_real_name(name)
        except ValidationError as error:
            errors["name"] = error.error_list
        try:
            id_number = validate_id_number(id_number)
        except ValidationError as error:
            errors["id_number"] = error.error_list
        if errors:
            raise ValidationError(errors)
        return cls(name=name, id_number=id_number, authenticated=authenticated)

    @property
    def masked(self) -> str:
        return mask_id_number(self.id_number)

    @property
    def buyer_key(self) -> str:
        return buyer_key(self.id_number)

    def __str__(self) -> str:
        return f"{self.name} ({self.masked})"

    def __repr__(self) -> str:
        return f"BuyerIdentity(name={self.name!r}, id_number={self.masked!r}, authenticated={self.authenticated})"


def names_match(first: str, second: str) -> bool:
    """The same real name, ignoring case, width and spacing ("ZHANG San" = "zhang  san", "张 三" = "张三")."""
    def key(name: str) -> str:
        return normalize_name(name).replace(" ", "").replace("·", "").casefold()

    return bool(key(first)) and key(first) == key(second)


def check_payer_is_buyer(identity: BuyerIdentity, payer_name: object) -> None:
    """Raise ValidationError unless the payer is the buyer, as customs require of an
    unauthenticated buyer (海关总署公告2018年第194号): the payment (CEB411) and the
    order (CEB311) must name the same person. An authenticated buyer may be paid for.
    """
    if identity.authenticated:
        return
    if not names_match(identity.name, str(payer_name or "")):
        raise ValidationError(
            _("The payer's name must be the buyer's real name as on the ID card (%(name)s): customs accept "
              "a cross-border order only when the buyer pays for it."),
            code="payer_not_buyer", params={"name": identity.name})
