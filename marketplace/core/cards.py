"""Product cards written in Python: the HTML of oscar/catalogue/partials/product.html, fast.

A listing page shows twenty cards. Rendered through Oscar's nested card templates (the
card, its price, its basket form, each asking the pricing strategy again) a cold card cost
about 3 ms, half of a cold category or search page (README, issue 17's profiles). Here a
card is a few string joins: the pricing strategy is asked once, the pictures' thumbnail
addresses of the whole page come from one cache round trip (`prefetch_pictures`), and the
seller's rating badge is kept per seller and language (seller_rating/badges.py).

The card template stays the specification: tests/pages/test_product_card.py renders both
and compares them, so a change to one without the other fails the suite; a product with a
per-UPC or per-class card template (Oscar's override) is still rendered by its template
(core/templatetags/storefront_tags.py product_card).
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer
from oscar.templatetags.reviews_tags import as_stars

from marketplace.core.chrome import cache_version
from marketplace.currency.money import format_money
from marketplace.oscar_apps.partner.templatetags.trade_terms_tags import quantity
from marketplace.seller_rating import badges as seller_badges
from marketplace.seller_rating import selectors as seller_ratings

logger = logging.getLogger(__name__)

ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

#: The geometry of Oscar's card picture ({% oscar_thumbnail image.original "x155" upscale=False %}).
PICTURE_GEOMETRY = "x155"
PICTURE_TIMEOUT = 60 * 60

_STARS = "".join('\n        <i class="fas fa-star"></i>' for _ in range(5))


# --- the products ---------------------------------------------------------------------------

#: Long texts a card never shows, left in the database: a product row carries its description
#: in ten languages (a few KB a product in the demo, more in a real catalogue).
_NOT_ON_CARDS = ("description", "meta_title", "meta_description", "declared_elements",
                 "customisation_notes", "review_reason")


def card_products(products):
    """`products` (a queryset) with what a card reads fetched for the whole page: the class,
    the stock records, whether options exist (Oscar's has_options); without the long texts
    no card shows (a card template of a product's own that reads one costs a query for it).
    The pictures are read by `prefetch_pictures`, only for cards whose thumbnail address
    is not cached."""
    from django.db.models import Exists, OuterRef

    Option = get_model("catalogue", "Option")
    return (
        without_long_texts(products.select_related("product_class"))
        .annotate(
            has_product_class_options=Exists(Option.objects.filter(productclass=OuterRef("product_class"))),
            has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
        )
        .prefetch_related("stockrecords")
    )


def without_long_texts(products):
    """`products` without the long texts a card or a short list never shows."""
    return products.defer(*[field.attname for field in products.model._meta.concrete_fields
                            if field.attname.startswith(_NOT_ON_CARDS)])


# --- specs ------------------------------------------------------------------------------------
# Which attributes tell near-identical products apart: a seller's range is mostly one
# product in several sizes or materials ("6 inch 3Cr13 chef knife", "8 inch 3Cr13 chef
# knife", "8 inch 5Cr15 chef knife"), so the card shows the product's values of the first
# two attributes of DISTINGUISHING_ATTRIBUTES it has: a size or capacity first, then a
# material. A fixed order rather than a comparison with the other cards of the page: a
# card reads the same on every page it appears on.

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
                .select_related("attribute", "value_option"))
    for value in queryset:
        values.setdefault(value.product_id, []).append(value)
    multi = [value for product in products
             for value in _multi_options_in_reach(values.get(product.pk, ()),
                                                  values.get(product.parent_id, ()))]
    # The options of a multi-option value (sizes, colours) in a second query, and only
    # for values a card may show: most products have two other specs ranked before them.
    prefetch_related_objects(multi, "value_multi_option")
    return values


def _multi_options_in_reach(own, inherited):
    """The multi-option values `_pick_specs` may reach: those ranked before the card has
    CARD_SPECS other values to show (whether a multi-option value is empty needs its options)."""
    by_code = _by_code(own, inherited)
    reach, shown = [], 0
    for code in DISTINGUISHING_ATTRIBUTES:
        value = by_code.get(code)
        if value is None:
            continue
        if value.attribute.is_multi_option:
            reach.append(value)
        elif value.value_as_text not in ("", None):
            shown += 1
            if shown == CARD_SPECS:
                break
    return reach


def _by_code(own, inherited):
    by_code = {v.attribute.code: v for v in inherited}
    by_code.update({v.attribute.code: v for v in own})  # a child's value wins over its parent's
    return by_code


def _pick_specs(own, inherited):
    by_code = _by_code(own, inherited)
    found = []
    for code in DISTINGUISHING_ATTRIBUTES:
        value = by_code.get(code)
        text = value.value_as_text if value is not None else ""
        if text not in ("", None):
            found.append((value.attribute.name, str(text)))
        if len(found) == CARD_SPECS:
            break
    return found


#: Specs are kept in every language at once: a product listed on a category page is
#: listed there in ten languages, each in several display currencies, and on the next page
#: of a search; the values' query is most of a cold listing page's spec work (each value
#: read with its attribute and option as models), picking a language's text from them is
#: not.
SPECS_TIMEOUT = 60 * 60


def _specs_key(product):
    return f"card-specs:{cache_version('listing')}:{product.pk}"


def prefetch_specs(products):
    """Load the specs of a page of cards: one cache round trip, one query for those not kept."""
    products = [p for p in products if not hasattr(p, "_card_specs")]
    if not products:
        return
    language = get_language()
    keys = {_specs_key(p): p for p in products}
    found = cache.get_many(list(keys))
    missing = []
    for key, product in keys.items():
        in_languages = found.get(key) or {}
        if language in in_languages:
            product._card_specs = in_languages[language]
        else:
            missing.append(product)
    if not missing:
        return
    values = _values_of(missing)
    picked = {product.pk: {} for product in missing}
    for code in dict.fromkeys([language, *(code for code, _name in settings.LANGUAGES)]):
        with translation.override(code):
            for product in missing:
                picked[product.pk][code] = _pick_specs(values.get(product.pk, ()),
                                                       values.get(product.parent_id, ()))
    for product in missing:
        product._card_specs = picked[product.pk][language]
    cache.set_many({_specs_key(p): picked[p.pk] for p in missing}, SPECS_TIMEOUT)


def specs(product):
    """[(attribute name, value), ...]: at most CARD_SPECS attributes telling the product apart."""
    if not hasattr(product, "_card_specs"):
        # A card outside a list page (recommended, recently viewed): one query.
        prefetch_specs([product])
    return product._card_specs


#: A card's head (its link, picture, stars, title and specs) is the same in every display
#: currency: kept per product and language, a listing page's twenty heads are one cache
#: round trip, without the specs', the pictures' and the links' own work (reversing a
#: product's URL alone was a thirtieth of a listing page on spread traffic).
HEAD_TIMEOUT = 60 * 60


def _head_key(product, language):
    return f"card-head:{cache_version('listing')}:{product.pk}:{language}"


def prefetch(products):
    """What a page of cards shows, loaded for all of them at once (the list pages call it):
    the heads kept in this language, and for the others their specs and pictures."""
    language = get_language()
    keys = {_head_key(p, language): p for p in products if language not in _heads(p)}
    if not keys:
        return
    found = cache.get_many(list(keys))
    missing = {}
    for key, product in keys.items():
        if key in found:
            _heads(product)[language] = found[key]
        else:
            missing[key] = product
    if missing:
        prefetch_specs(missing.values())
        prefetch_pictures(missing.values())
        cache.set_many({key: _head_of(product) for key, product in missing.items()}, HEAD_TIMEOUT)


# --- pictures --------------------------------------------------------------------------------


def _picture_key(product):
    return f"card-picture-url:{cache_version('listing')}:{product.pk}"


def _thumbnail_url(product):
    """The card picture's address (Oscar's thumbnail of the primary image, or of the
    "missing" picture); "" when the thumbnailer fails, as Oscar's tag then prints nothing."""
    image = product.primary_image()
    source = image["original"] if isinstance(image, dict) else image.original
    try:
        return get_thumbnailer().generate_thumbnail(source, size=PICTURE_GEOMETRY, upscale=False).url
    except Exception:  # noqa: BLE001 - Oscar's tag logs and prints nothing; so does the card
        logger.exception("card thumbnail of product %s", product.pk)
        return ""


def prefetch_pictures(products):
    """Find the thumbnail addresses of a page of cards: one cache round trip, the missing
    ones made (or looked up by the thumbnailer) and kept together."""
    wanted = {_picture_key(p): p for p in products if getattr(p, "_card_picture", None) is None}
    if not wanted:
        return
    found = cache.get_many(list(wanted))
    # The pictures' rows only for the addresses not kept: one query for all of them.
    prefetch_related_objects([p for key, p in wanted.items() if found.get(key) is None], "images")
    missing = {}
    for key, product in wanted.items():
        url = found.get(key)
        if url is None:
            url = missing[key] = _thumbnail_url(product)
        product._card_picture = url
    if missing:
        cache.set_many(missing, PICTURE_TIMEOUT)


def _picture_url(product):
    if getattr(product, "_card_picture", None) is None:
        prefetch_pictures([product])
    return product._card_picture


# --- the card's parts ------------------------------------------------------------------------


def _heads(product):
    """{language: (the card's link, its head's HTML)} worked out for this instance."""
    if "_card_heads" not in product.__dict__:
        product._card_heads = {}
    return product._card_heads


def _head_of(product):
    """(the card's link, its head's HTML) in the active language, once per instance."""
    heads, language = _heads(product), get_language()
    if language not in heads:
        url = escape(product.get_absolute_url())  # the picture's, the title's and the minimum order's link
        heads[language] = (url, _head(product, url))
    return heads[language]


def _head(product, url):
    """The picture, the stars, the title and the specs: the same in every display currency."""
    title = escape(product.get_title())
    parts = [
        '<article class="product_pod">\n'
        f'<div class="image_container w-100">\n<a href="{url}">\n'
        f'<img src="{escape(_picture_url(product))}" alt="{title}" '
        'class="img-thumbnail w-auto mx-auto my-0">\n</a>\n</div>\n'
        f'<p class="star-rating {as_stars(product.rating)}">{_STARS}\n</p>\n'
        f'<h3 class="mt-3 product-title" dir="auto">\n'
        f'<a href="{url}" title="{title}">{title}</a>\n</h3>\n'
    ]
    shown = specs(product)
    if shown:
        items = "".join(f"<li>{escape(name)}: <bdi>{escape(value)}</bdi></li>" for name, value in shown)
        parts.append(f'<ul class="list-unstyled card-specs small text-muted mb-1">\n{items}\n</ul>\n')
    return "".join(parts)


def _stock_record(info):
    """oscar/catalogue/partials/stock_record.html: the price and the availability."""
    price, availability = info.price, info.availability
    if not price.exists:
        return ('<p class="price_color">&nbsp;</p>\n<p class="availability">'
                f'<i class="fas fa-ban" aria-hidden="true"></i> {escape(gettext("Unavailable"))}</p>\n')
    if price.excl_tax == 0:
        shown = f'<p class="price_color">{escape(gettext("Free"))}</p>'
    else:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
        shown = (f'<p class="price_color"><bdi class="price" dir="ltr">'
                 f'{escape(format_money(amount, price.currency))}</bdi></p>')
    icon = "fa-check-circle" if availability.is_available_to_buy else "fa-ban"
    return (f'{shown}\n<p class="{escape(availability.code)} availability">\n'
            f'<i class="fas {icon}" aria-hidden="true"></i>\n'
            f'{escape(availability.short_message)}\n</p>\n')


def _csrf_input(csrf_token):
    """Django's {% csrf_token %}: nothing without a token."""
    if not csrf_token or csrf_token == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">\n'


def _basket_form(product, info, csrf_token):
    """oscar/catalogue/partials/add_to_basket_form_compact.html: one unit in one click.

    Oscar's SimpleAddToBasketForm for a product without options is a hidden quantity of 1
    (the card leaves out products with options, which need the product page)."""
    adding, add = escape(gettext("Adding...")), escape(gettext("Add to basket"))
    if not (info.availability.is_available_to_buy and info.price.exists):
        return f'<span class="btn btn-secondary btn-block disabled">{add}</span>\n'
    action = escape(reverse("basket:add", kwargs={"pk": product.pk}))
    return (f'<form action="{action}" method="post">\n{_csrf_input(csrf_token)}'
            '<input type="hidden" name="quantity" value="1">\n'
            f'<button type="submit" class="btn btn-primary btn-block" data-loading-text="{adding}">'
            f'{add}</button>\n</form>\n')


def _price(product, info, csrf_token, url):
    """The card's price block: a minimum order sends the buyer to the product page."""
    stockrecord = info.stockrecord
    moq = getattr(stockrecord, "moq", None) or 0
    parts = ['<div class="product_price w-100">\n', _stock_record(info)]
    if moq > 1 and info.availability.is_available_to_buy:
        label = ngettext("Order from %(moq)s unit", "Order from %(moq)s units", moq) % {
            "moq": escape(quantity(moq)), "counter": moq}
        parts.append(f'<a class="btn btn-primary btn-block order-from-moq" '
                     f'href="{url}">\n{label}\n</a>\n')
    elif not product.is_parent and not product.has_options:
        parts.append(_basket_form(product, info, csrf_token))
    parts.append("</div>\n")
    return "".join(parts)


def _badge(request, product):
    """The seller's rating (seller_rating/_card_badge.html), kept per seller and language."""
    return seller_badges.badge_html(seller_ratings.rating_for_product(product, request),
                                    compact=True, request=request)


def render(request, product, csrf_token=""):
    """A product card's HTML, as the card template renders it for this request."""
    strategy = request.strategy
    url, head = _head_of(product)
    if product.is_parent:
        info = strategy.fetch_for_parent(product)
    else:
        info = strategy.fetch_for_product(product)
    return mark_safe(
        head + _price(product, info, csrf_token, url) + "</article>\n" + _badge(request, product)
    )
