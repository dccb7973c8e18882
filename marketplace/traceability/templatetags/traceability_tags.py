"""Tags for the order pages' batch sections and the trace page."""

from django import template
from django.utils.translation import gettext as _
from django_countries import countries

from .. import conf, selectors

register = template.Library()


@register.filter
def country_name(code: str) -> str:
    """The country's name in the active language; "Unknown" for ""."""
    if not code:
        return _("Unknown")
    return countries.name(code) or code


@register.simple_tag(takes_context=True)
def seller_order_batches(context, order):
    """[(line, its allocations, allocated units, batches that may fill it)] for the user's
    own lines of `order` (every line for staff); [] for anyone else."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return []
    rows = []
    lines = selectors.lines_for(request.user, order).prefetch_related("batch_allocations__batch")
    for line in lines:
        allocations = list(line.batch_allocations.all())
        rows.append({"line": line, "allocations": allocations,
                     "allocated": sum(a.quantity for a in allocations),
                     "left": line.quantity - sum(a.quantity for a in allocations),
                     "batches": list(selectors.allocatable_batches(line)
                                     .order_by("-production_date")[:50])})
    return rows


@register.simple_tag(takes_context=True)
def order_trace_links(context, order):
    """[(batch, trace path or "")] of the batches that filled `order`."""
    links = []
    for batch in selectors.batches_of_order(order):
        code = selectors.trace_code_of(batch)
        links.append({"batch": batch, "path": code.path if code else ""})
    return links


@register.simple_tag(takes_context=True)
def trace_base_url(context):
    return conf.base_url(context.get("request"))
