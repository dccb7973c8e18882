"""Names of landmarks and controls in the page's language.

Bootstrap's markup, which Oscar's page templates (some twenty of them) and ours copy, names
the breadcrumb landmark and the navigation toggles in English, outside any msgid:
`<nav aria-label="breadcrumb">`, `<button aria-label="Toggle navigation">`, read out as such
by screen readers on a Russian or Arabic page. The accounts bar's toggle is in no block a
template could override. Rather than copy each of those templates for one attribute, the
page skeleton (oscar/base.html) passes the rendered layout through this filter, which
names them in the active language.
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

register = template.Library()

#: Exactly the attributes the markup writes, and their names; nothing else is touched.
ENGLISH_LABELS = {
    'aria-label="breadcrumb"': _("Breadcrumb"),
    'aria-label="Toggle navigation"': _("Toggle navigation"),
}


@register.filter(is_safe=True)
def name_landmarks(html):
    """The rendered markup with those labels in the active language."""
    named = html
    for english, label in ENGLISH_LABELS.items():
        if english in named:
            named = named.replace(english, f'aria-label="{escape(str(label))}"')
    if named is html:
        return html
    return mark_safe(named) if isinstance(html, SafeString) else named
