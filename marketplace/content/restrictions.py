"""Whether any CMS page is private, so that public pages skip Wagtail's privacy checks.

Wagtail looks up the view restrictions of a page and of every ancestor on each request it
serves (two queries: the ancestors with their aliases, then their restrictions), and
`.public()` adds a subquery over the restrictions to every page list. A marketplace's
pages are public unless an editor makes one private, which is rare: the answer to "is any
page private?" is kept in the cache under the "cms" version (content/cache.py), which a
saved or deleted restriction bumps, and while none exists the checks are skipped. Once
one exists every page is checked as Wagtail does.
"""

from wagtail.models import PageViewRestriction

from marketplace.core.chrome import cached_under

from .cache import KIND


def any_page_is_private():
    return cached_under(KIND, "private-pages", PageViewRestriction.objects.exists)


def public(pages):
    """`pages.public()`, without its subquery while no page is private."""
    return pages.public() if any_page_is_private() else pages


class PrivacyCheckedWhenNeeded:
    """Mixed into every page type before Wagtail's Page: its view-restriction check (the
    before_serve_page hook) finds no restriction without a query while none exists."""

    def get_view_restrictions(self):
        if not any_page_is_private():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
