from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..restrictions import PrivacyCheckedWhenNeeded


class EventIndexPage(PrivacyCheckedWhenNeeded, Page):
    """Fairs, trainings and forums: the coming ones first, then the past ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live()
        now = timezone.now()
        # An event under way is still "upcoming" to a buyer deciding whether to go.
        context["upcoming"] = events.filter(end__gte=now).order_by("start", "pk")
        context["past"] = events.filter(end__lt=now).order_by("-start", "-pk")
        return context


class EventPage(PrivacyCheckedWhenNeeded, Page):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=255)
    registration_url = models.URLField(_("registration link"), blank=True)
    summary = models.TextField(_("summary"), max_length=500)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("start"), FieldPanel("end"), FieldPanel("venue"),
        FieldPanel("registration_url"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"), index.SearchField("venue"), index.FilterField("start")]
    parent_page_types = ["content.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    @property
    def is_past(self):
        return self.end < timezone.now()
