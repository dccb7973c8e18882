"""What a buyer may type into a name or an address line: bounded, printable, one line.

Everything buyers type is untrusted. Control characters (NUL, escape sequences, line
breaks in a one-line field) and invisible format characters (the right-to-left override
that makes "gpj.exe" read as "exe.jpg") have no place in a company name or an address
label: they corrupt e-mails, invoices and CSV exports, so they are refused with a message
rather than silently dropped. Markup is removed on save (core.sanitize) and templates
escape what is left.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Cc: control characters; Cf: invisible formatting (bidi overrides, zero-width joiners...);
# Co/Cs: private-use and lone surrogates; Zl/Zp: line and paragraph separators.
FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})

CONTROL_CHARACTER_MESSAGE = _("Remove the invisible or control characters from this text.")


def validate_printable(value: str) -> None:
    """Refuse text with control, format or separator characters (a single-line field)."""
    if any(unicodedata.category(character) in FORBIDDEN_CATEGORIES for character in str(value)):
        raise ValidationError(CONTROL_CHARACTER_MESSAGE, code="control_characters")
