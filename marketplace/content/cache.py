"""Caching of the live catalogue blocks of CMS pages.

A block (featured products with prices, sellers, park tenants, latest news) is the same for
every visitor of a page, language and display currency, so its HTML is kept in Django's
cache under those, the page's revision, and two version numbers (core/chrome.py):
"listing", which product, stock record, price and rate changes already bump, and "cms",
bumped here when a page is published or unpublished (a home page lists its children) and
when a seller's filing or a page's picks change. The page's context hands the template
lazy lists, so a cached block runs none of its queries.

The "cms" version also names what is kept of Wagtail's routing (routing.py) and whether any
page is private (restrictions.py), so moving or deleting a page, a site or locale change
and a view restriction bump it too.
"""

from django.db import transaction
from django.utils.functional import SimpleLazyObject

from marketplace.core.chrome import invalidate

KIND = "cms"


def lazy_list(build):
    """A list that is read from the database only if a template iterates it."""
    return SimpleLazyObject(lambda: list(build()))


def forget_cms_blocks(**_signal_kwargs):
    """Signal receiver: forget every cached live block once the change is committed."""
    transaction.on_commit(lambda: invalidate(KIND))


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from marketplace.sellers.models import Enterprise

    from .models.picks import PICK_MODELS

    page_published.connect(forget_cms_blocks, dispatch_uid="cms-blocks-published")
    page_unpublished.connect(forget_cms_blocks, dispatch_uid="cms-blocks-unpublished")
    post_page_move.connect(forget_cms_blocks, dispatch_uid="cms-blocks-moved")
    post_delete.connect(forget_cms_blocks, sender=Page, dispatch_uid="cms-blocks-page-deleted")
    post_save.connect(forget_cms_blocks, sender=Enterprise, dispatch_uid="cms-blocks-seller")
    for model in (*PICK_MODELS, Site, Locale, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(forget_cms_blocks, sender=model,
                           dispatch_uid=f"cms-blocks-{model.__name__}-{signal is post_save}")
