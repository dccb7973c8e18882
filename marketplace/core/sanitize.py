"""What markup sellers, buyers and rights holders may write, and the cleaners that enforce it.

Everything people outside the platform type is untrusted. Two kinds of field:

- **rich text** (product descriptions in every language, rich-text attribute values):
  `clean_html` keeps a small allow-list of formatting tags through nh3 (the Rust
  html5ever/ammonia sanitiser) and drops everything else, including event handlers,
  `style`, images and links to anything but http, https and mailto;
- **plain text** (titles, names, one-line values): `clean_text` drops every tag and
  leaves text, which templates then escape.

Both run when a model is saved *and* when a template prints the value
(`{{ value|sanitize_html }}`, core/templatetags/sanitize_tags.py): a row written past the
models (a queryset `.update()`, SQL, an old backup) is still made harmless on the page.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import nh3

#: Block and inline formatting a product description needs, nothing that can run or load.
#: Headings start at h3: the page's h1 is the product title and h2 its sections.
#: No <img>: pictures go through the gallery's uploads, and a remote image in a description
#: is a tracking pixel (the Content-Security-Policy would block it anyway).
RICH_TEXT_TAGS = frozenset({
    "p", "br", "hr", "blockquote",
    "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "code", "pre",
    "ul", "ol", "li", "dl", "dt", "dd",
    "h3", "h4", "h5", "h6",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "a",
})
#: No "style", "class" or "id" anywhere: a seller's id could clobber the page's own
#: elements (id="basket_formset") and classes could dress text up as the site's buttons.
RICH_TEXT_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: Sellers' links are not endorsed by the marketplace (nofollow, ugc) and must not reach
#: back into the page that opened them (noopener).
LINK_REL = "nofollow noopener ugc"
#: Tags dropped together with everything inside them; other unknown tags lose only the tag.
DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe",
                                  "object", "embed", "svg", "math", "title", "textarea"})

_WHITESPACE = re.compile(r"\s+")


def clean_html(value: object) -> str:
    """Rich text with only the allowed tags, attributes and link schemes left."""
    if value is None:
        return ""
    text = str(value)
    if not text:
        return ""
    return nh3.clean(
        text,
        tags=set(RICH_TEXT_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in RICH_TEXT_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def clean_text(value: object, *, single_line: bool = False) -> str:
    """Text with every tag removed: what a title or a name should have held.

    The result is text, not HTML (entities are decoded: "5 &lt; 6" is stored as "5 < 6")
    and is escaped where it is printed. Cleaning repeats until nothing changes, so a tag
    spelled with entities ("&lt;script&gt;") or split around another tag
    ("<scr<b>ipt>") is not left behind by one pass. `single_line` folds line breaks and
    runs of spaces into one space, for fields shown on one line.
    """
    if value is None:
        return ""
    text = str(value)
    for _pass in range(5):
        cleaned = html.unescape(nh3.clean(text, tags=set(),
                                          clean_content_tags=set(DROPPED_WITH_CONTENT)))
        if cleaned == text:
            break
        text = cleaned
    if single_line:
        text = _WHITESPACE.sub(" ", text).strip()
    return text


def safe_url(value: object, schemes: frozenset[str] = frozenset({"http", "https"})) -> str:
    """The URL if it is absolute with an allowed scheme (http, https), else "".

    For links built from a value someone typed (a seller's website): "javascript:",
    "data:" and scheme-relative "//host" are refused, whatever their spelling.
    """
    if value is None:
        return ""
    url = str(value).strip()
    # Browsers ignore tabs and newlines inside a scheme ("java\tscript:"); so does this check.
    compact = re.sub(r"[\x00-\x20]", "", url)
    try:
        parts = urlsplit(compact)
    except ValueError:
        return ""
    if parts.scheme.lower() not in schemes or not parts.netloc:
        return ""
    return url if url == compact else compact
