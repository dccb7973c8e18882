"""wagtail-localize's "Sync translated pages", without publishing a translation with gaps.

Its "Publish immediately" option publishes every synced translation, and a text not yet
translated falls back to the source: the French page would go live with the new Chinese
paragraph in it. Here the sync runs as wagtail-localize's without publishing, then only
the translations with every text translated (by hand or by machine in the same sync) are
published; the others stay drafts and the editor is told which languages they are.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .publish_guard import untranslated_count


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            held_back = []
            for translation in (self.object.translations.filter(enabled=True)
                                .select_related("target_locale")):
                if untranslated_count(translation):
                    held_back.append(translation.target_locale.get_display_name())
                    continue
                # As wagtail-localize does: a target its page validation refuses stays a draft.
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=self.request.user, publish=True)
            if held_back:
                messages.warning(self.request, format_lazy(
                    _("Not published, texts still to translate: {languages}. Translate them "
                      "(or use machine translation) and publish each page."),
                    languages=", ".join(sorted(held_back))))
        return response
