from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .publish_guard import refuse_incomplete_publish
from .review_guard import refuse_direct_publish_on_create, refuse_direct_publish_on_edit
from .stale_report import StaleTranslationsReport
from .sync_guard import GuardedUpdateTranslationsView

# Before wagtail-localize's own before_edit_page hook, which would publish the translation.
hooks.register("before_edit_page", refuse_incomplete_publish, order=-10)

hooks.register("before_create_page", refuse_direct_publish_on_create)
hooks.register("before_edit_page", refuse_direct_publish_on_edit, order=-10)


def guarded_sync_url():
    # The same path as wagtail-localize's view, listed first so it answers: every link to
    # "Sync translated pages" (reverse of wagtail_localize:update_translations) lands here.
    return [path("localize/update/<int:translation_source_id>/",
                 GuardedUpdateTranslationsView.as_view(),
                 name="editorial_update_translations")]


hooks.register("register_admin_urls", guarded_sync_url, order=-100)


@hooks.register("register_admin_urls")
def stale_translations_urls():
    return [
        path("reports/stale-translations/", StaleTranslationsReport.as_view(),
             name="editorial_stale_translations"),
        path("reports/stale-translations/results/",
             StaleTranslationsReport.as_view(results_only=True),
             name="editorial_stale_translations_results"),
    ]


class StaleTranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, StaleTranslationsReport.any_permission_required)


@hooks.register("register_reports_menu_item")
def stale_translations_menu_item():
    return StaleTranslationsMenuItem(_("Out-of-date translations"),
                                     reverse("editorial_stale_translations"),
                                     name="stale-translations", icon_name="site", order=9010)
