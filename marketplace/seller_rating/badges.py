"""A seller's rating badge as HTML, rendered once per seller, language and size.

The badge is on every product page and card. Rendered from its template each time it cost
about 1 ms of a cold product page (README "Benchmarks", fourth run), for HTML that only
changes with the ratings table: it is kept in the cache under the table's version, which
services.forget_cached_ratings bumps, and remembered for the rest of the request.
"""

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from marketplace.core.chrome import cache_version

from .selectors import TABLE_CACHE_KIND, TABLE_TIMEOUT, BadgeRating


def badge_html(rating: BadgeRating | None, *, compact=False, request=None) -> str:
    """seller_rating/_badge.html for `rating` ("" for None) in the active language."""
    if rating is None:
        return ""
    key = ":".join((TABLE_CACHE_KIND, "badge", str(cache_version(TABLE_CACHE_KIND)),
                    str(rating.enterprise_id), get_language() or "", "small" if compact else "full"))
    memo = request.__dict__.setdefault("_seller_badges", {}) if request is not None else {}
    html = memo.get(key)
    if html is None:
        html = cache.get(key)
        if html is None:
            # No request context: the badge reads nothing of the visitor, and the context
            # processors would cost more than the template.
            html = render_to_string("seller_rating/_badge.html", {"rating": rating, "compact": compact})
            cache.set(key, html, TABLE_TIMEOUT)
        memo[key] = html
    return mark_safe(html)
