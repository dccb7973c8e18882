"""The demo CMS sections: five cluster pages, two industrial parks, news and policy, a buyer
guide, events and a contact page, written in simplified Chinese and translated into the
other nine site languages through wagtail-localize.

zh-hans is the source locale: its pages are created first, under the zh-hans home page.
Each translation is stored the way wagtail-localize stores a translator's work (a
TranslationSource for the page, one StringTranslation per source string), then published
with Translation.save_target, so the translation editor knows every string and the sync
status can tell editors when the Chinese original changes. Pages that exist are left as
editors may have changed them: a second run adds nothing.
"""

import contextlib
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from oscar.core.loading import get_model
from wagtail.models import Locale, Page, ReferenceIndex, Workflow, WorkflowPage
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from marketplace.content.models import (
    BuyerGuidePage,
    ClusterPage,
    ContactPage,
    EventIndexPage,
    EventPage,
    HomePage,
    IndustrialParkPage,
    NewsIndexPage,
    NewsPage,
    ParkTenant,
)
from marketplace.sellers.models import Cluster, Enterprise

from . import pages
from .catalogue_data import CLUSTERS, LANGUAGES

Category = get_model("catalogue", "Category")

SOURCE_LANGUAGE = "zh-hans"
#: The moderation workflow the editorial work creates for news (by migration).
NEWS_WORKFLOW = "News review"

#: The catalogue's demo cluster codes (catalogue_data.CLUSTERS) by seller cluster code.
CATALOGUE_CLUSTER = {
    Cluster.KNIVES_SCISSORS: "KS", Cluster.KITCHENWARE: "KW", Cluster.SEAFOOD: "SF",
    Cluster.PROCESSED_FOOD: "PF", Cluster.TEXTILES: "TG",
}
GUIDE_TOPICS = [("ordering", "ordering"), ("trade-terms", "trade_terms"), ("shipping", "shipping"),
                ("customs", "customs"), ("payment", "payment"), ("returns", "returns")]
#: Demo parks: (key, slug, approximate centre of the district, demo makers that are tenants).
PARKS = [
    ("jiangcheng", "jiangcheng-e-commerce-park", ("21.859000", "111.983000"),
     ["yj-jiangcheng-cutlery", "yj-hailing-kitchenware", "yj-zhapo-aquatic"]),
    ("yangdong", "yangdong-knife-park", ("21.868000", "112.006000"), ["yj-yangdong-blades"]),
]


def _paragraph(text):
    return RichText(f"<p>{text}</p>")


def _category(cluster_code):
    demo = next((c for c in CLUSTERS if c.code == CATALOGUE_CLUSTER[cluster_code]), None)
    if demo is None:
        return None
    return Category.get_root_nodes().filter(slug=slugify(demo.name.en)).first()


def _tenants(maker_codes):
    return list(Enterprise.objects.approved().filter(partner__code__in=maker_codes)
                .order_by("name_en"))


def _source_page(parent, page):
    """The child of `parent` with page's slug, created and published when missing."""
    found = parent.get_children().filter(slug=page.slug).first()
    if found is not None:
        return found.specific, False
    tenants = getattr(page, "_demo_tenants", None)
    if tenants is not None:
        page.tenant_picks = [ParkTenant(enterprise=tenant) for tenant in tenants]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _source_tree(home, today):
    """The zh-hans pages, in tree order (a parent before its children)."""
    t = pages.texts(SOURCE_LANGUAGE)
    made = []

    def add(parent, page):
        made.append(_source_page(parent, page)[0])
        return made[-1]

    for code, _label in Cluster.CODE_CHOICES:
        add(home, ClusterPage(
            slug=code.replace("_", "-"), cluster_id=code, category=_category(code),
            title=t[f"cluster.{code}.title"], intro=t[f"cluster.{code}.intro"]))
    for key, slug, (latitude, longitude), makers in PARKS:
        park = IndustrialParkPage(
            slug=slug, title=t[f"park.{key}.title"], intro=t[f"park.{key}.intro"],
            services=[("paragraph", _paragraph(t[f"park.{key}.services"]))],
            address=t[f"park.{key}.address"], latitude=latitude, longitude=longitude)
        park._demo_tenants = _tenants(makers)
        add(home, park)
    news = add(home, NewsIndexPage(slug="news", title=t["news.title"], intro=t["news.intro"]))
    # Dates of the national rules are the days they took effect; the city item is current.
    for key, kind, day in [("rebate", NewsPage.Kind.POLICY, datetime(2018, 10, 1).date()),
                           ("b2b", NewsPage.Kind.POLICY, datetime(2021, 7, 1).date()),
                           ("plan", NewsPage.Kind.NEWS, today)]:
        add(news, NewsPage(
            slug=f"{key}", kind=kind, date=day, title=t[f"news.{key}.title"],
            summary=t[f"news.{key}.summary"], body=[("paragraph", _paragraph(t[f"news.{key}.body"]))]))
    add(home, BuyerGuidePage(slug="buyer-guide", title=t["guide.title"], intro=t["guide.intro"], sections=[
        ("section", {"topic": topic, "heading": t[f"guide.{key}.heading"],
                     "text": _paragraph(t[f"guide.{key}.text"])})
        for topic, key in GUIDE_TOPICS]))
    events = add(home, EventIndexPage(slug="events", title=t["events.title"], intro=t["events.intro"]))
    # One coming and one past event, whenever the demo is loaded, so both lists show.
    for key, offset in [("matchmaking", 45), ("training", -60)]:
        start = timezone.make_aware(datetime.combine(today + timedelta(days=offset), time(9)))
        add(events, EventPage(
            slug=key, start=start, end=start + timedelta(hours=8), title=t[f"event.{key}.title"],
            summary=t[f"event.{key}.summary"], venue=t[f"event.{key}.venue"]))
    add(home, ContactPage(slug="contact", title=t["contact.title"], intro=t["contact.intro"],
                          address=t["contact.address"]))
    return made


def publish_translation(page, locale, wording):
    """Publish `page`'s translation into `locale` from `wording` (source text -> translation)."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True})
    for segment in source.stringsegment_set.select_related("string", "context"):
        # Strings without a written translation (slugs, links) stay as in the source.
        StringTranslation.objects.get_or_create(
            translation_of=segment.string, locale=locale, context=segment.context,
            defaults={"data": wording.get(segment.string.data, segment.string.data)})
    # Saved as a draft, then published here and now: save_target(publish=True) publishes
    # only once the transaction commits, and the seeding's next steps (and tests) read the
    # translated tree before that.
    translation.save_target(publish=False)
    page.get_translation(locale).get_latest_revision().publish()


def recount_children():
    """Recount the page tree's child counts, now and after commit, once translations are added.

    A translated parent page is saved by save_target with the child count it had before its
    own children's translations were added below it; treebeard then takes it for a leaf and
    its children's URLs 404. What runs after commit (page publishing's own handlers) can save
    such a page again from a copy read before its children existed: count once more then.
    """
    Page.fix_tree()
    transaction.on_commit(Page.fix_tree)


def _wording(language):
    source, target = pages.texts(SOURCE_LANGUAGE), pages.texts(language)
    return {source[key]: target[key] for key in source}


def _assign_news_workflow(news_indexes):
    workflow = Workflow.objects.filter(name=NEWS_WORKFLOW).first()
    if workflow is None:
        return
    for news_index in news_indexes:
        WorkflowPage.objects.get_or_create(page=news_index, defaults={"workflow": workflow})


@contextlib.contextmanager
def _indexed_once(home):
    """Pages indexed for the CMS search and the reference index once each, at the end.

    Publishing a translation saves its page four or five times, and every save indexed it
    again: a third of the demo's page seeding. The page models' search handlers are
    disconnected meanwhile (signals are process-wide, and seeding is a command of its own).
    """
    page_models = [model for model in search_index.get_indexed_models()
                   if issubclass(model, Page)]
    for model in page_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in page_models:
            post_save.connect(post_save_signal_handler, sender=model)
    for page in Page.objects.filter(translation_key__in=Page.objects.descendant_of(
            home, inclusive=True).values("translation_key")).specific():
        search_index.insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)


@transaction.atomic
def seed_content_pages(today=None):
    """The demo sections under each language's home page; returns how many pages it made."""
    today = today or timezone.localdate()
    source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        return 0
    before = home.get_descendants().count()
    with _indexed_once(home):
        _seed_tree(home, today)
    return home.get_descendants().count() - before


def _seed_tree(home, today):
    tree = _source_tree(home, today)
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        locale = Locale.objects.get(language_code=language)
        wording = _wording(language)
        for page in tree:
            if not page.get_translations().filter(locale=locale).exists():
                publish_translation(page, locale, wording)
    recount_children()
    _assign_news_workflow(NewsIndexPage.objects.all())
