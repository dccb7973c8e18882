"""What a cached page is made of, as the version numbers of core/chrome.py.

A page's key holds every version its parts are cached under ("chrome", "listing",
"sellers", "cms", the facet labels, the seller ratings, the vocabulary), so a change that
forgets a fragment forgets the pages that show it. One more, "pages", covers what the
pages show outside any cached fragment: the recall and risk notices beside a product, IP
complaint takedowns and listing holds, a seller's filing, trace codes. Any save or delete
of those apps' models bumps it once the change is committed; the apps are a setting
(PAGE_CACHE_FORGET_ON_APPS), so a new app showing something on a storefront page joins it
there. Pages are also kept no longer than PAGE_CACHE_SECONDS (a minute, as the rate table).
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction

from marketplace.core.chrome import cache_versions, invalidate

PAGES = "pages"


def kinds():
    from marketplace.product_search.facets import LABELS_CACHE_KIND
    from marketplace.seller_rating.selectors import TABLE_CACHE_KIND as RATINGS
    from marketplace.vocabulary.selectors import TABLE_CACHE_KIND as VOCABULARY

    return ("chrome", "listing", "sellers", "cms", LABELS_CACHE_KIND, RATINGS, VOCABULARY, PAGES)


def current():
    """The versions now, read in one cache round trip (one Redis call in production) and
    kept for the rest of the request (core/chrome.py)."""
    return ".".join(map(str, cache_versions(kinds())))


def forget_pages(**_signal_kwargs):
    """Signal receiver: forget every cached page once the change is committed."""
    transaction.on_commit(lambda: invalidate(PAGES))


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for label in getattr(settings, "PAGE_CACHE_FORGET_ON_APPS", ()):
        for model in apps.get_app_config(label).get_models():
            uid = f"page-cache-{model._meta.label}"
            post_save.connect(forget_pages, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(forget_pages, sender=model, dispatch_uid=f"{uid}-delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(forget_pages, sender=field.remote_field.through,
                                    dispatch_uid=f"{uid}-{field.name}")
