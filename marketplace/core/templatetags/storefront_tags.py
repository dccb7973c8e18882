"""What the storefront's product cards and product page show beyond Oscar's own tags.

    {% prefetch_card_specs products %}   (a list page, once: one query for every card)
    {% card_specs product as specs %}    (a card: the attributes that tell it apart)
    {% trade_facts product as facts %}   (the product page's facts table)

Which attributes tell near-identical products apart: a seller's range is mostly one
product in several sizes or materials ("6 inch 3Cr13 chef knife", "8 inch 3Cr13 chef
knife", "8 inch 5Cr15 chef knife"), so the card shows the product's values of the
first two attributes of DISTINGUISHING_ATTRIBUTES it has: a size or capacity first,
then a material. A fixed order rather than a comparison with the other cards of the
page: a card is cached once for every page it appears on (catalogue/partials/product.html).
"""

import functools
from pathlib import Path

from django import template
from django.template.loader import get_template
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.vocabulary.selectors import term_name

register = template.Library()

ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

#: Attribute codes (catalog/product_classes.py), most distinguishing first: sizes, then materials.
DISTINGUISHING_ATTRIBUTES = (
    "blade_length_mm", "length_mm", "capacity_litres", "net_weight_g", "sizes",
    "fabric_weight_gsm", "blade_steel", "material", "fibre_composition", "species",
    "processing", "handle_material", "colours",
)
#: How many of them a card shows.
CARD_SPECS = 2


def _values_of(products):
    """{product id: [value, ...]} of the distinguishing attributes, a child's and its parent's."""
    ids = {p.pk for p in products} | {p.parent_id for p in products if p.parent_id}
    values = {}
    queryset = (ProductAttributeValue.objects
                .filter(product_id__in=ids, attribute__code__in=DISTINGUISHING_ATTRIBUTES)
                .select_related("attribute", "value_option")
                .prefetch_related("value_multi_option"))
    for value in queryset:
        values.setdefault(value.product_id, []).append(value)
    return values


def _specs(own, inherited):
    by_code = {v.attribute.code: v for v in inherited}
    by_code.update({v.attribute.code: v for v in own})  # a child's value wins over its parent's
    specs = []
    for code in DISTINGUISHING_ATTRIBUTES:
        value = by_code.get(code)
        text = value.value_as_text if value is not None else ""
        if text not in ("", None):
            specs.append((value.attribute.name, str(text)))
        if len(specs) == CARD_SPECS:
            break
    return specs


@register.simple_tag
def prefetch_card_specs(products):
    """Load the card specs of a page of products (or search hits) at once; prints nothing."""
    items = [getattr(p, "object", p) for p in products]
    items = [p for p in items if p is not None]
    if not items:
        return ""
    values = _values_of(items)
    for product in items:
        product._card_specs = _specs(values.get(product.pk, ()), values.get(product.parent_id, ()))
    return ""


@register.simple_tag
def card_specs(product):
    """[(attribute name, value), ...]: at most CARD_SPECS attributes telling the product apart."""
    if not hasattr(product, "_card_specs"):
        # A card outside a list page (recommended, recently viewed): one query, then cached.
        prefetch_card_specs([product])
    return product._card_specs


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


@functools.cache
def _card_overrides():
    """The names of the per-UPC and per-class card templates that exist, found once.

    Oscar's render_product asks the template loaders for "…/upc-<UPC>.html" on every card;
    a catalogue has no such file for nearly every product, and each miss (a new UPC, so
    never in the cached loader's memory) tried every template folder of every app on disk:
    about 2 ms a card, a third of a cold listing page's cards. The folders are read here
    once per process; a template added later needs a restart, as any code change does.
    """
    from django.template import engines
    from django.template.utils import get_app_template_dirs

    folders = list(engines["django"].engine.dirs) + list(get_app_template_dirs("templates"))
    names = set()
    for folder in folders:
        path = Path(folder) / _CARD_OVERRIDES
        if path.is_dir():
            names.update(_CARD_OVERRIDES + entry.name for entry in path.iterdir())
    return frozenset(names)


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
    """A product card, as Oscar's `{% render_product %}` renders it (same templates, same
    context), without looking for per-product template files on disk."""
    if not product:
        return ""
    flat = context.flatten()
    flat["product"] = product
    return get_template(card_template_name(product)).render(flat)
