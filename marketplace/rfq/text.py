"""Plain text from what buyers and sellers type: no markup, no control characters, bounded.

Everything typed here is hostile until cleaned. The stored value is text (not HTML);
templates print it escaped, with `linebreaksbr` where line breaks matter.
"""

import re

from marketplace.core import sanitize

# C0 and C1 control characters except the line feed (kept for paragraphs) and the tab
# (turned into a space below); DEL too. Bidirectional overrides (U+202A-U+202E,
# U+2066-U+2069) are dropped as well: they make a file name or a price read backwards.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain_text(value: object, *, single_line: bool = False, max_length: int | None = None) -> str:
    """`value` as plain text: tags removed (sanitize.clean_text), control characters dropped,
    Windows line ends unified, surrounding blanks trimmed, cut at `max_length`."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = sanitize.clean_text(text, single_line=single_line).strip()
    if max_length is not None:
        text = text[:max_length]
    return text
