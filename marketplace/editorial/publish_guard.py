"""Never publish an empty translation.

wagtail-localize publishes a synced translation even when segments are untranslated (it
falls back to the source text, so a French page would go live in Chinese). The guard
refuses that publish and tells the editor how many segments are still missing.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import ngettext
from wagtail_localize.models import Translation


def active_translation(page):
    """The enabled wagtail-localize translation that writes `page`, if it is one."""
    return (Translation.objects.filter(source__object_id=page.translation_key,
                                       target_locale_id=page.locale_id, enabled=True)
            .exclude(source__locale_id=page.locale_id).select_related("source").first())


def untranslated_count(translation):
    segments = translation.source.stringsegment_set.all()
    return (segments.annotate_translation(translation.target_locale)
            .filter(translation__isnull=True).count())


def refuse_incomplete_publish(request, page):
    """A `before_edit_page` hook: a publish of a translation with gaps goes back to the editor."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = active_translation(page)
    if translation is None:
        return None
    missing = untranslated_count(translation)
    if not missing:
        return None
    messages.error(request, ngettext(
        "Not published: %(count)d text of this page is not translated yet. Translate it "
        "(or use machine translation) and publish again.",
        "Not published: %(count)d texts of this page are not translated yet. Translate them "
        "(or use machine translation) and publish again.",
        missing) % {"count": missing})
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.id]))
