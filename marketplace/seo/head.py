"""Everything the <head> of a public page tells crawlers and link previews, in one dict.

Reads the objects the page's view already put in its context (a Wagtail `page`, a
`product`, a `category`, a seller's `enterprise`), so any page type, shop or CMS, is
covered without its view knowing about this. The product's block is cached per
product version, language and display currency: the product page keeps its query budget.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from . import alternates, languages, structured_data

#: Seconds the product's structured data is kept; its key changes when the product does.
PRODUCT_CACHE_SECONDS = 600


def _wagtail_page(context):
    from wagtail.models import Page

    page = context.get("page") or context.get("self")
    return page if isinstance(page, Page) else None


def _is_home(request, page):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return site is not None and page.translation_key == site.root_page.translation_key


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def _image_url(request, product):
    image = product.primary_image()
    original = getattr(image, "original", None)
    if not original or isinstance(image, dict):
        return None
    try:
        return _absolute(request, original.url)
    except ValueError:  # no file behind the field
        return None


#: How a page's picture is cut for link previews: the 1.91:1 size Facebook, LinkedIn and X
#: show large.
SHARE_RENDITION = "fill-1200x630"


def _page_image(page):
    """The picture a CMS page is shared with: its hero image, else the first image block of
    its body (or a park's services)."""
    image = getattr(page, "hero_image", None)
    if image is not None:
        return image
    for name in ("body", "services"):
        for block in getattr(page, name, None) or ():
            if block.block_type == "image" and block.value is not None:
                return block.value
    return None


def _page_image_url(request, page):
    image = _page_image(page.specific)
    if image is None:
        return None
    try:
        return _absolute(request, image.get_rendition(SHARE_RENDITION).url)
    except OSError:  # the file behind the image is gone (Wagtail's SourceImageIOError)
        return None


def _category_image_url(request, category):
    image = getattr(category, "image", None)
    if not image:
        return None
    try:
        return _absolute(request, image.url)
    except ValueError:
        return None


def product_data(request, product, canonical):
    """The product's JSON-LD dict; cached since it reads stock records and images."""
    currency = getattr(request, "display_currency", "")
    version = product.date_updated.timestamp() if product.date_updated else 0
    key = f"seo:product:{product.pk}:{version}:{get_language()}:{currency}:{request.get_host()}"
    data = cache.get(key)
    if data is not None:
        return dict(data)
    info = request.strategy.fetch_for_product(product)
    stockrecord = info.stockrecord
    price = info.price
    amount = None
    if price.exists:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
    enterprise = getattr(getattr(stockrecord, "partner", None), "enterprise", None)
    seller_name = enterprise.name_en if enterprise is not None else ""
    data = structured_data.product(
        name=product.get_title(), description=product.description, url=canonical,
        image=_image_url(request, product),
        sku=stockrecord.partner_sku if stockrecord else "", gtin=product.gtin,
        # Yangjiang's sellers are the manufacturers: the goods carry their name.
        brand=seller_name,
        price=amount, currency=price.currency if price.exists else "",
        in_stock=bool(info.availability.is_available_to_buy),
        seller_name=seller_name,
        seller_url=_absolute(request, enterprise.get_absolute_url()) if enterprise else None,
        moq=getattr(stockrecord, "moq", None),
    )
    # Kept beside it, not in the JSON-LD: the category the visible trail follows.
    data["_category_pk"] = _first_category_pk(product)
    cache.set(key, data, PRODUCT_CACHE_SECONDS)
    return dict(data)


def _trail(request, category_pk, last_name):
    from django.utils.translation import gettext

    from marketplace.core.chrome import category_trail

    trail = [(gettext("Home"), _absolute(request, f"/{get_language()}/"))]
    links = category_trail(category_pk) if category_pk else []
    trail += [(link.name, _absolute(request, link.url)) for link in links]
    if last_name is not None:
        trail.append((last_name, None))
    return trail


def head_for(context):
    request = context.get("request")
    if request is None or not hasattr(request, "build_absolute_uri"):
        return None
    if not request.path.startswith(f"/{get_language()}/"):
        return None  # dashboards, /cms/: outside the public, language-prefixed site
    page = _wagtail_page(context)
    product = context.get("product")
    category = context.get("category")
    enterprise = context.get("enterprise")
    canonical, links, noindex = alternates.for_request(request, cms_page=page)
    shop_name = context.get("shop_name") or settings.OSCAR_SHOP_NAME
    current = get_language()
    head = {
        "canonical": canonical, "alternates": links, "noindex": noindex,
        "og_type": "website", "title": shop_name, "description": "", "image": None,
        "og_locale": languages.og_locale(current),
        "og_locale_alternates": [languages.og_locale(code) for code in languages.codes()
                                 if code != current],
        "site_name": shop_name, "json_ld": [],
    }
    if product is not None and hasattr(product, "gtin"):
        data = product_data(request, product, canonical)
        head.update(og_type="product", title=data["name"],
                    description=data.get("description", ""), image=data.get("image"))
        head["json_ld"] += [data, structured_data.breadcrumbs(
            _trail(request, data.pop("_category_pk", None), data["name"]))]
    elif category is not None and hasattr(category, "get_ancestors_and_self"):
        head.update(title=category.name,
                    description=structured_data.plain(category.description, 300),
                    image=_category_image_url(request, category))
        trail = _trail(request, category.pk, None)
        trail[-1] = (trail[-1][0], None)
        head["json_ld"].append(structured_data.breadcrumbs(trail))
    elif enterprise is not None and hasattr(enterprise, "legal_name_zh"):
        description = enterprise.description_zh if current == "zh-hans" else enterprise.description_en
        head.update(title=enterprise.name_en,
                    description=structured_data.plain(description, 300))
        head["json_ld"].append(structured_data.organization(
            enterprise.name_en, canonical, description=description))
    elif page is not None:
        head.update(title=page.seo_title or page.title,
                    description=structured_data.plain(page.search_description, 300),
                    image=_page_image_url(request, page))
        if _is_home(request, page):
            head["json_ld"].append(structured_data.organization(
                shop_name, _absolute(request, f"/{current}/")))
        else:
            head["og_type"] = "article"
    head["description"] = head["description"] or head["title"]
    head["json_ld"] = [structured_data.script_json(item) for item in head["json_ld"]]
    return head


def _first_category_pk(product):
    # The product page's visible trail follows the first category (detail.html).
    categories = product.get_categories()
    first = categories[0] if categories else None
    return first.pk if first is not None else None
