from django import template

from .. import incoterms

register = template.Library()


@register.inclusion_tag("freight/_responsibilities.html")
def incoterm_responsibilities(term):
    """Who pays what under `term`; nothing for a code that is not an Incoterms 2020 term."""
    return {"duties": incoterms.TERMS.get(term) if isinstance(term, str) else None}
