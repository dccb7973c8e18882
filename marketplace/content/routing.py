"""Finding a request's CMS page in two queries: the view that serves Wagtail's pages.

Wagtail routes each request anew: the site of the host, the locale of the language, the
site's root page in that language and its specific row, then for each path segment the
child of that slug and its specific row (five queries for a home page and seven for a
cluster page, most of a cold CMS page's query budget; README, issue 17). The site of a
host and the localized root of a site and language are the same for every request, so
they are kept in the cache under the "cms" version, which publishing, unpublishing,
moving or deleting a page and a site or locale change bump (content/cache.py). The page
itself is then the live page whose URL path is the root's followed by the request's
segments (Wagtail keeps `url_path` up to date through slug changes and moves), read with
its specific row: two queries, one for a home page. A path that finds no page this way is
routed by Wagtail itself (it answers 404), and so is every path if a page type ever routes
its own sub-paths (`route` overridden, as RoutablePageMixin does). Everything after the
routing is Wagtail's own view, its hooks included.
"""

import functools

from django.apps import apps
from django.utils.translation import get_language
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from marketplace.core.chrome import cached_under

from .cache import KIND


def serve(request, path):
    if _pages_route_only_their_children():
        page = _page_at(request, path)
        if page is not None:
            # What Wagtail's Page.route_for_request returns without routing when set.
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_serve(request, path)


@functools.cache
def _pages_route_only_their_children():
    return all(model.route is Page.route for model in get_page_models())


def _page_at(request, path):
    site, root_label, root_pk, root_url_path = _site_and_root(request)
    if site is None:
        return None
    request._wagtail_site = site  # what Site.find_for_request returns without a query when set
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return apps.get_model(root_label)._default_manager.filter(pk=root_pk, live=True).first()
    url_path = root_url_path + "".join(f"{segment}/" for segment in segments)
    # The slug is indexed; the URL path tells the page from same-slug pages elsewhere.
    return (Page.objects.filter(slug=segments[-1], url_path=url_path, live=True)
            .specific().first())


def _site_and_root(request):
    """(site, localized root's model label, pk, url_path) of the request's host and
    language, in one cache read; (None, ...) for a host no site answers."""
    def build():
        site = Site._find_for_request(request)
        if site is None:
            return None, None, None, None
        root = site.root_page.localized  # the site's own root if no live translation
        return site, root.specific_class._meta.label, root.pk, root.url_path

    return cached_under(KIND, "route-root", build, request._get_raw_host(), request.get_port(),
                        get_language() or "")
