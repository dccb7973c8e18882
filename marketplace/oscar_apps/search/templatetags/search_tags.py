"""Template helpers of the results pages.

    {% search_snippets hit as snippets %}{% for snippet in snippets %}{{ snippet }}{% endfor %}
    {% facet_choices box.visible %}
"""

import html
import re

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape as escape
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

# Backends hand highlights over escaped, matches wrapped in <mark>. Anything else that
# looks like a tag is dropped, so a backend bug cannot put markup on the page.
_NOT_MARK = re.compile(r"<(?!/?mark>)[^>]*>")


def clean_highlight(fragment):
    if isinstance(fragment, (list, tuple)):  # several fragments of one field
        fragment = " … ".join(fragment)
    return mark_safe(_NOT_MARK.sub("", str(fragment)))


@register.simple_tag
def search_snippets(hit):
    """The hit's highlighted fragments worth showing under its card.

    The title fragment is shown only when it differs from the title on the card: a match
    in another language's title ("cuchillo" on the English page) says why the product is
    listed; the card's own title repeated would not.
    """
    highlights = getattr(hit, "highlights", None) or {}
    snippets = []
    title = highlights.get("title")
    if title:
        shown = getattr(hit.object, "title", "") or ""
        if html.unescape(strip_tags(str(clean_highlight(title)))).strip() != shown.strip():
            snippets.append(clean_highlight(title))
    for name, fragment in highlights.items():
        if name != "title" and fragment:
            snippets.append(clean_highlight(fragment))
    return snippets


@register.simple_tag
def facet_choices(choices):
    """The facet sidebar's choices: oscar/search/partials/facet_choice.html for each, written
    in Python. Included some thirty times a page, the template was a tenth of a cold listing
    page; it stays the specification (tests/search_pages/test_facet_choices.py renders both)."""
    remove = f'<span class="sr-only">{escape(gettext("Remove filter:"))}</span>'
    parts = []
    for choice in choices:
        selected = choice.selected
        count = "" if choice.count is None else (
            f' <span class="facet-count text-muted">({escape(localize(choice.count))})</span>')
        parts.append(
            f'<li class="facet-choice{" selected" if selected else ""}">\n'
            f'    <a href="{escape(choice.url)}" rel="nofollow" data-value="{escape(choice.value)}" '
            f'class="facet-link{" font-weight-bold" if selected else ""}">\n'
            f'        <span class="facet-checkbox" aria-hidden="true"{" data-checked" if selected else ""}></span>\n'
            f'        {remove if selected else ""}\n'
            f'        <bdi>{escape(choice.label)}{count}</bdi>\n'
            '    </a>\n'
            '</li>\n'
        )
    return mark_safe("".join(parts))
