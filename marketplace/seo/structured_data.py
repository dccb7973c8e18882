"""schema.org JSON-LD of the public pages: Product, Organization, BreadcrumbList.

Sellers type the names and descriptions that end up here, so the JSON is escaped for
an HTML <script> element the way Django's json_script does it (<, > and & as \\u
escapes): a "</script>" in a title cannot end the element.
"""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

#: Bounds on seller-typed text carried into the markup.
MAX_NAME = 300
MAX_DESCRIPTION = 5000

_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

#: schema.org's GTIN properties by length of the number.
GTIN_PROPERTY = {8: "gtin8", 12: "gtin12", 13: "gtin13", 14: "gtin14"}


def script_json(data):
    """JSON safe to place between <script type="application/ld+json"> and </script>."""
    return mark_safe(json.dumps(data, ensure_ascii=False, sort_keys=True)
                     .translate(_SCRIPT_ESCAPES))


def plain(text, limit):
    return " ".join(strip_tags(text or "").replace("&nbsp;", " ").split())[:limit]


def organization(name, url, logo=None, description=""):
    data = {"@context": "https://schema.org", "@type": "Organization",
            "name": plain(name, MAX_NAME), "url": url}
    if logo:
        data["logo"] = logo
    if description:
        data["description"] = plain(description, MAX_DESCRIPTION)
    return data


def breadcrumbs(trail):
    """BreadcrumbList of [(name, absolute URL or None for the page itself)]."""
    items = []
    for position, (name, url) in enumerate(trail, start=1):
        item = {"@type": "ListItem", "position": position, "name": plain(name, MAX_NAME)}
        if url:
            item["item"] = url
        items.append(item)
    return {"@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": items}


def product(*, name, description, url, image, sku, gtin, brand, price, currency,
            in_stock, seller_name, seller_url, moq):
    """A schema.org Product with one Offer, the price as the page shows it."""
    data = {"@context": "https://schema.org", "@type": "Product",
            "name": plain(name, MAX_NAME), "url": url}
    if description:
        data["description"] = plain(description, MAX_DESCRIPTION)
    if image:
        data["image"] = image
    if sku:
        data["sku"] = plain(sku, 128)
    if gtin and len(gtin) in GTIN_PROPERTY:
        data[GTIN_PROPERTY[len(gtin)]] = gtin
    if brand:
        data["brand"] = {"@type": "Brand", "name": plain(brand, MAX_NAME)}
    if price is not None and currency:
        offer = {
            "@type": "Offer", "url": url, "price": str(price), "priceCurrency": currency,
            "availability": ("https://schema.org/InStock" if in_stock
                             else "https://schema.org/OutOfStock"),
        }
        if seller_name:
            seller = {"@type": "Organization", "name": plain(seller_name, MAX_NAME)}
            if seller_url:
                seller["url"] = seller_url
            offer["seller"] = seller
        if moq and moq > 1:
            offer["eligibleQuantity"] = {"@type": "QuantitativeValue", "minValue": moq}
        data["offers"] = offer
    return data
