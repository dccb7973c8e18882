"""The parts of shop pages that change rarely, kept in Django's cache.

"chrome": the header's category menu and CMS menu, the catalogue sidebar and the
breadcrumbs, which would otherwise cost seven queries on every page. They change when
an editor saves a category, a page or a site.
"listing": which products a catalogue page lists, their cards and the product pages'
bodies, which change when a product, its class, options, pictures, categories,
attributes, certifications, stock record, quantity breaks or Incoterms, its seller or a
rate is saved. Stock allocated by an order is written without a save signal: a card's
availability may lag by a minute.
A card with a basket form (the visitor's CSRF token) is never cached whole.

Each save bumps its kind's version number, and everything cached under the old number
is never read again.

With Redis (the deployed profile) every worker shares the version, so a change shows at
once. The embedded profile's memory cache lives in each process: a save made in one
worker (or in a management command) reaches the others within CHROME_TIMEOUT and the
minute a process keeps its own copy (cached_under).
"""

import threading
from dataclasses import dataclass
from time import monotonic, time_ns

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils.translation import get_language
from oscar.core.loading import get_model

CHROME_TIMEOUT = 300


# The versions read during the current request. A listing page asks for the "listing"
# version about a hundred times (each card, its picture, the list, the facets); with Redis
# each ask was a network round trip, ~15 ms of a cold page. A request reads each kind once;
# a change made by the request itself (invalidate) is seen at once, another process's from
# the next request on. Outside a request (tasks, commands) nothing is kept.
_request = threading.local()


def begin_request(**_signal_kwargs):
    _request.versions = {}
    _request.kept = {}


def end_request(**_signal_kwargs):
    _request.versions = _request.kept = None


def cache_version(kind="chrome"):
    """The number that names what is cached of `kind` now; it changes on every invalidation."""
    seen = getattr(_request, "versions", None)
    if seen is not None and kind in seen:
        return seen[kind]
    key = f"{kind}:version"
    version = cache.get(key)
    if version is None:
        # Start from the clock, not 1: entries of an evicted earlier count must not match.
        cache.add(key, time_ns(), None)
        version = cache.get(key, 0)
    if seen is not None:
        seen[kind] = version
    return version


def cache_versions(kinds):
    """[cache_version(kind) for kind in kinds], those not read yet in one cache round trip."""
    seen = getattr(_request, "versions", None)
    known = dict(seen or {})
    missing = [kind for kind in kinds if kind not in known]
    if missing:
        found = cache.get_many([f"{kind}:version" for kind in missing])
        known.update({kind: found[f"{kind}:version"] for kind in missing
                      if f"{kind}:version" in found})
        if seen is not None:
            seen.update(known)
    # A version not in the cache yet is started by cache_version.
    return [known[kind] if kind in known else cache_version(kind) for kind in kinds]


def invalidate(kind):
    try:
        cache.incr(f"{kind}:version")
    except ValueError:  # not cached yet, or evicted: a fresh clock value is as good
        cache.set(f"{kind}:version", time_ns(), None)
    seen = getattr(_request, "versions", None)
    if seen is not None:
        seen.pop(kind, None)


def chrome_version():
    return cache_version("chrome")


def invalidate_chrome(**_signal_kwargs):
    """Signal receiver: forget every cached menu, tree and breadcrumb, and the listings."""
    invalidate("chrome")
    invalidate("listing")  # a category page lists the products of its subcategories


def invalidate_listing(**_signal_kwargs):
    """Signal receiver: forget which products pages list, their cards and product pages."""
    invalidate("listing")


def forget_listings_on_commit():
    """For writes that send no save signal (bulk statements): forget the listings once the
    transaction commits, so no request caches the old rows again in between."""
    transaction.on_commit(invalidate_listing)


#: How long a process keeps its own copy of a value cached_under read (see there), and
#: how many copies it keeps at most.
PROCESS_COPY_SECONDS = 60
PROCESS_COPIES = 512

# {key: (expiry on the monotonic clock, value)} of this process.
_process_copies = {}


def cached_under(kind, name, build, *vary_on, timeout=CHROME_TIMEOUT):
    """`build()`, kept under `name` and `vary_on` until `kind`'s version changes.

    The key names the version, so what the shared cache holds under it never changes: each
    process also keeps its own copy for up to a minute, and a request reads each value
    once. A listing page asks for the facet labels' tables some thirty times and for the
    category links five; with Redis each ask was a round trip and an unpickling of the
    whole table (a sixteenth of a cold listing page). Values are shared by every caller
    of the process, who only read them. A change still shows at once: it bumps the
    version, and the new key has no copy yet."""
    key = ":".join([kind, str(cache_version(kind)), name, *map(str, vary_on)])
    kept = getattr(_request, "kept", None)
    if kept is not None and key in kept:
        return kept[key]
    now = monotonic()
    copy = _process_copies.get(key)
    if copy is not None and copy[0] > now:
        value = copy[1]
    else:
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, timeout)
        if len(_process_copies) >= PROCESS_COPIES:
            _process_copies.clear()  # old versions' copies pile up: start again
        _process_copies[key] = (now + min(timeout, PROCESS_COPY_SECONDS), value)
    if kept is not None:
        kept[key] = value
    return value


def cached_chrome(name, build, *vary_on):
    """`build()`, kept under `name` and `vary_on` until the chrome changes."""
    return cached_under("chrome", name, build, *vary_on)


@dataclass(frozen=True)
class CategoryLink:
    """What breadcrumbs and the catalogue pages need of a category, in one language."""

    pk: int
    path: str
    name: str
    url: str


def category_links():
    """{pk: CategoryLink} of every category, in the active language (one query when cold)."""
    return cached_chrome("categories", _build_category_links, get_language())


def _build_category_links():
    Category = get_model("catalogue", "Category")
    links, full_slugs = {}, {}
    for category in Category.objects.order_by("path"):
        parent_path = category.path[: -Category.steplen]
        full_slug = category.slug
        if parent_path in full_slugs:
            full_slug = f"{full_slugs[parent_path]}{Category._slug_separator}{category.slug}"
        full_slugs[category.path] = full_slug
        links[category.pk] = CategoryLink(
            pk=category.pk,
            path=category.path,
            name=category.name,
            url=reverse("catalogue:category", kwargs={"category_slug": full_slug, "pk": category.pk}),
        )
    return links


def sidebar_tree():
    """Oscar's annotated category tree of the catalogue sidebar, in the active language, as
    plain dicts (pk, name, url, has_children, num_to_close): the same for every catalogue
    page of a language, so worked out once until the chrome changes. Oscar's tag ran two
    tree queries on every catalogue page, and the sidebar's HTML was cached per category,
    which traffic spread over the catalogue seldom asks for twice."""
    return cached_chrome("sidebar-tree", _build_sidebar_tree, get_language())


def _build_sidebar_tree():
    from oscar.templatetags.category_tags import get_annotated_list

    return [{"pk": info.pk, "name": info.category.name, "url": info["url"],
             "has_children": info.get("has_children", False),
             "num_to_close": info["num_to_close"]}
            for info in get_annotated_list()]


def category_trail(category_pk):
    """The category's ancestors and itself, root first, as CategoryLinks ([] if unknown)."""
    links = category_links()
    link = links.get(category_pk)
    if link is None:
        return []
    by_path = {other.path: other for other in links.values()}
    steplen = get_model("catalogue", "Category").steplen
    return [by_path[link.path[:end]] for end in range(steplen, len(link.path) + 1, steplen)
            if link.path[:end] in by_path]


def category_and_descendant_ids(category_pk):
    """Primary keys of the category and every category below it, public or not."""
    links = category_links()
    link = links.get(category_pk)
    if link is None:
        return (category_pk,)
    return tuple(sorted(other.pk for other in links.values() if other.path.startswith(link.path)))
