"""Admin report of translated pages written against an older version of their source.

wagtail-localize's own Translations report says how much of a translation is done, not
whether its source changed since: an editor publishing a new Chinese text has no list of
the nine translations still showing the old one. This report is that list, with the way
to bring each up to date (wagtail-localize's "Sync translated pages").
"""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .selectors import stale_translations


class Row:
    """One out-of-date translation, with its target page found for the whole page at once."""

    def __init__(self, translation, page):
        self.translation, self.page = translation, page
        self.title = page.title if page else translation.source.object_repr
        self.language = translation.target_locale.get_display_name()
        self.source_published_at = translation.source_published_at
        self.synced_at = translation.source.last_updated_at
        self.sync_url = reverse("wagtail_localize:update_translations",
                                args=[translation.source_id])


class SyncColumn(Column):
    cell_template_name = "editorial/stale_sync_cell.html"


class StaleTranslationsReport(ReportView):
    page_title = _("Out-of-date translations")
    header_icon = "site"
    index_url_name = "editorial_stale_translations"
    index_results_url_name = "editorial_stale_translations_results"
    # Whoever may write pages sees which translations lag (content editors and reviewers).
    any_permission_required = ["add", "change", "publish"]
    no_results_message = _("Every translation was synced after its source was last published.")
    columns = [
        TitleColumn("title", label=_("Page"),
                    get_url=lambda row: (reverse("wagtailadmin_pages:edit", args=[row.page.pk])
                                         if row.page else None)),
        Column("language", label=_("Language")),
        DateColumn("source_published_at", label=_("Source published")),
        DateColumn("synced_at", label=_("Last synced")),
        SyncColumn("sync_url", label=_("Bring up to date")),
    ]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        return stale_translations().order_by("-source_published_at", "target_locale__language_code")

    def get_table(self, object_list):
        # Wagtail builds the table before ReportView's decorate_paginated_queryset runs.
        return super().get_table(self.rows(object_list))

    def rows(self, translations):
        translations = list(translations)
        keys = {t.source.object_id for t in translations}
        pages = {(page.translation_key, page.locale_id): page
                 for page in Page.objects.filter(translation_key__in=keys)}
        return [Row(t, pages.get((t.source.object_id, t.target_locale_id))) for t in translations]
