"""Checks on what sellers type into filings."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# CJK Unified Ideographs and Extension A: a Chinese name has at least one of them.
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: Numbers the authority gives: letters, digits and the separators seen on certificates.
AUTHORITY_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")


def validate_chinese_text(value: str) -> None:
    """The field is declared in Chinese: refuse a value without any Chinese character."""
    if value and not HAN.search(value):
        raise ValidationError(_("Write this in Chinese, as it is declared to the authority (e.g. 不锈钢厨师刀)."),
                              code="not_chinese")


def validate_authority_number(value: str) -> None:
    if value and not AUTHORITY_NUMBER.fullmatch(value):
        raise ValidationError(
            _("Enter the number as the authority wrote it: up to 64 letters, digits, '.', '/', '_' or '-'."),
            code="bad_number")
