"""What the storefront's product cards and product page show beyond Oscar's own tags.

    {% prefetch_card_specs products %}   (a list page, once: one query for every card)
    {% card_specs product as specs %}    (a card: the attributes that tell it apart)
    {% trade_facts product as facts %}   (the product page's facts table)

The cards themselves are written in Python (core/cards.py, which also says which
attributes a card shows).
"""

from django import template
from django.template.loader import get_template
from django.utils.translation import gettext_lazy as _

from marketplace.core import cards, template_overrides
from marketplace.vocabulary.selectors import term_name

register = template.Library()

@register.simple_tag
def prefetch_card_specs(products):
    """Load what a page of product cards (or search hits) shows at once: the specs (one
    query) and the pictures' addresses (one cache round trip); prints nothing."""
    items = [getattr(p, "object", p) for p in products]
    items = [p for p in items if p is not None]
    cards.prefetch(items)
    return ""


@register.simple_tag
def card_specs(product):
    """[(attribute name, value), ...]: at most CARD_SPECS attributes telling the product apart."""
    return cards.specs(product)


@register.simple_tag
def trade_facts(product):
    """[(label, value), ...]: the trade facts the seller entered, in the product page's order.

    Facts left blank are left out. Reads the product's own columns and its certification
    codes (read with the product row by the product page: catalog/views.py).
    """
    facts = []
    gtin = product.gtin or product.upc
    if gtin:
        facts.append(("gtin", _("GTIN"), gtin))
    if product.hs_code_id:
        facts.append(("hs_code", _("HS code"), product.hs_code_id))
    codes = getattr(product, "certification_codes", False)
    if codes is False:  # not read with the product (catalog/views.py certification_codes)
        certifications = [c.code for c in product.certifications.all()]
    else:
        certifications = sorted((codes or "").split(",")) if codes else []
    if certifications:
        facts.append(("certifications", _("Certifications"), ", ".join(certifications)))
    if product.unit_of_measure:
        facts.append(("unit", _("Unit"), term_name("unit", product.unit_of_measure)))
    if product.net_weight_kg is not None:
        facts.append(("net_weight", _("Net weight"), _kg(product.net_weight_kg)))
    if product.gross_weight_kg is not None:
        facts.append(("gross_weight", _("Gross weight"), _kg(product.gross_weight_kg)))
    sides = [getattr(product, name) for name in product.CARTON_SIDES]
    if all(side is not None for side in sides):
        facts.append(("carton", _("Carton (L × W × H)"),
                      " × ".join(_number(side) for side in sides) + " cm"))
    if product.units_per_carton:
        facts.append(("units_per_carton", _("Units per carton"), str(product.units_per_carton)))
    if product.lead_time_days is not None:
        facts.append(("lead_time", _("Lead time"), _days(product.lead_time_days)))
    if product.origin_district:
        facts.append(("origin_district", _("District of origin"),
                      term_name("district", product.origin_district)))
    return facts


def _number(value):
    text = format(value.normalize(), "f")
    return text


def _kg(value):
    return f"{_number(value)} kg"


def _days(days):
    from django.utils.translation import ngettext

    if days == 0:
        return str(_("shipped from stock"))
    return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}


@register.filter
def bdi(value):
    """`value` escaped and isolated in <bdi>, for a sentence that quotes a buyer's or seller's words."""
    from django.utils.html import format_html

    return format_html("<bdi>{}</bdi>", value)


# --- product cards ---------------------------------------------------------------------------

CARD_TEMPLATE = "oscar/catalogue/partials/product.html"
_CARD_OVERRIDES = "oscar/catalogue/partials/product/"


def _card_overrides():
    """The per-UPC and per-class card templates that exist (read once: core/template_overrides)."""
    return template_overrides.templates_in(_CARD_OVERRIDES)


def card_template_name(product):
    """Oscar's choice (render_product): the product's UPC's own card, its class's, the card."""
    overrides = _card_overrides()
    for name in (f"{_CARD_OVERRIDES}upc-{product.upc}.html",
                 f"{_CARD_OVERRIDES}class-{product.get_product_class().slug}.html"):
        if name in overrides:
            return name
    return CARD_TEMPLATE


@register.simple_tag(takes_context=True)
def product_card(context, product):
    """A product card, as Oscar's `{% render_product %}` renders it: written in Python
    (core/cards.py) unless the product has a card template of its own, then through the
    templates (same templates, same context), without looking for per-product template
    files on disk."""
    if not product:
        return ""
    name = card_template_name(product)
    request = context.get("request")
    if name == CARD_TEMPLATE and getattr(request, "strategy", None) is not None:
        return cards.render(request, product, context.get("csrf_token", ""))
    return render_card_template(context, product, name)


def render_card_template(context, product, name=CARD_TEMPLATE):
    """The card through its template (the specification core/cards.py follows)."""
    flat = context.flatten()
    flat["product"] = product
    return get_template(name).render(flat)
