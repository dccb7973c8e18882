"""Chinese enterprise identifiers a filing carries, checked before a reviewer sees them.

USCC (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the capital letters
except I, O, Z, S and V; character 18 is a check character. python-stdnum checks it,
but only for codes whose first eight characters are digits, so it refuses the codes
registered by the organisation-establishment (A), agriculture (N) and other (Y)
authorities. Those are checked here with the same published algorithm; digit-led
codes stay with stdnum.

Customs registration code (海关注册编码): 10 characters. No check digit is published,
and real codes carry letters (46121601BC), so only the shape is checked.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import exceptions as stdnum_errors
from stdnum.cn import uscc as stdnum_uscc

USCC_LENGTH = 18
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Weight of position i (0-based) is 3**i mod 31: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
USCC_WEIGHTS = tuple(pow(3, position, 31) for position in range(USCC_LENGTH - 1))
# Registering authorities written as a letter; stdnum refuses these.
USCC_LETTER_AUTHORITIES = frozenset("ANY")

CUSTOMS_CODE_PATTERN = re.compile(r"[0-9A-Z]{10}")

USCC_SHAPE_MESSAGE = _(
    "Enter the 18-character unified social credit code (统一社会信用代码) exactly as it is "
    "printed on the business licence: digits and capital letters except I, O, S, V and Z."
)
USCC_CHECKSUM_MESSAGE = _(
    "This unified social credit code is not valid: its last character does not match the "
    "others. Please compare it with the business licence."
)
CUSTOMS_CODE_MESSAGE = _(
    "The customs registration code has exactly 10 characters, digits and capital letters "
    "(for example 4417960ABC)."
)


def compact_code(value):
    """An identifier as it is stored: spaces and hyphens removed, letters in upper case."""
    if value is None:
        return value
    return re.sub(r"[\s\-]", "", str(value)).upper()


def uscc_check_character(first_seventeen):
    """The check character GB 32100-2015 puts after the first 17 characters of a USCC."""
    total = sum(
        USCC_ALPHABET.index(character) * weight
        for character, weight in zip(first_seventeen, USCC_WEIGHTS, strict=True)
    )
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value):
    """Raise ValidationError unless `value` (in any spacing or case) is a valid USCC."""
    number = compact_code(value) or ""
    if len(number) != USCC_LENGTH or any(c not in USCC_ALPHABET for c in number):
        raise ValidationError(USCC_SHAPE_MESSAGE, code="uscc_shape")
    if number[0] in USCC_LETTER_AUTHORITIES:
        # Position 2 (organisation type) and 3-8 (region code) are digits for every authority.
        if not number[1:8].isdigit():
            raise ValidationError(USCC_SHAPE_MESSAGE, code="uscc_shape")
        if number[-1] != uscc_check_character(number[:-1]):
            raise ValidationError(USCC_CHECKSUM_MESSAGE, code="uscc_checksum")
        return
    try:
        stdnum_uscc.validate(number)
    except stdnum_errors.InvalidChecksum:
        raise ValidationError(USCC_CHECKSUM_MESSAGE, code="uscc_checksum") from None
    except stdnum_errors.ValidationError:
        raise ValidationError(USCC_SHAPE_MESSAGE, code="uscc_shape") from None


def validate_customs_code(value):
    """Raise ValidationError unless `value` is a customs registration code: 10 of [0-9A-Z]."""
    if not CUSTOMS_CODE_PATTERN.fullmatch(compact_code(value) or ""):
        raise ValidationError(CUSTOMS_CODE_MESSAGE, code="customs_code")
