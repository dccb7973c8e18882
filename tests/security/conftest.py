"""Helpers of the security tests: reading a page the way a browser would."""

import json
import re

import lxml.html

# Browsers drop these characters from a URL's scheme ("java\tscript:").
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20]")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "poster")


def live_markup(html):
    """Everything in a page that would run a script: returned as readable findings.

    - a <script> whose code (inline) mentions alert, or that loads from another origin;
    - an on* event handler attribute with the hostile payload;
    - a javascript: (or vbscript:, data:text/html) URL in a link, source or form;
    - elements a seller's text must never become: <img src=x>, iframes, objects, svg.
    """
    document = lxml.html.document_fromstring(html)
    findings = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "script" and (element.get("type") or "").lower() in DATA_BLOCKS:
            # Seller text inside structured data is data; escaped well, the block still
            # parses whole, whereas a title that closed the element would cut it short.
            try:
                json.loads(element.text or "")
            except ValueError:
                findings.append(lxml.html.tostring(element, encoding="unicode")[:120])
            continue
        if tag == "script" and ("alert" in (element.text or "") or
                                (element.get("src") or "").startswith(("http:", "https:", "//"))):
            findings.append(lxml.html.tostring(element, encoding="unicode")[:120])
        if tag in ("iframe", "object", "embed", "svg", "math") or (tag == "img" and element.get("src") == "x"):
            findings.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                findings.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES:
                scheme = _IGNORED_IN_SCHEME.sub("", value).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text/html")):
                    findings.append(f"<{tag} {name}={value!r}>")
    return findings


DATA_BLOCKS = {"application/json", "application/ld+json"}


def inline_scripts(html):
    """Inline <script> elements other than JSON data blocks (application/json, and the
    JSON-LD of structured data): what the policy refuses. A browser runs no script of a
    data type, so these are data, whose escaping tests/seo checks."""
    document = lxml.html.document_fromstring(html)
    return [
        lxml.html.tostring(script, encoding="unicode")[:120]
        for script in document.iter("script")
        if not script.get("src") and script.get("type", "").lower() not in DATA_BLOCKS
    ]
