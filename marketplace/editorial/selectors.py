"""Which translated pages are out of date with their source page."""

from django.db.models import F, OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import Translation


def stale_translations():
    """Enabled page translations whose source page was published after the source's last sync.

    wagtail-localize only extracts a source's strings again when someone syncs it ("Sync
    translated pages"), so until then the translation is written against old text.
    """
    published = Page.objects.filter(translation_key=OuterRef("source__object_id"),
                                    locale_id=OuterRef("source__locale_id"))
    return (Translation.objects.filter(enabled=True, source__specific_content_type__isnull=False)
            .annotate(source_published_at=Subquery(published.values("last_published_at")[:1]))
            .filter(source_published_at__gt=F("source__last_updated_at"))
            .select_related("source", "target_locale"))
