from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import BodyBlock
from ..restrictions import PrivacyCheckedWhenNeeded


class ContactPage(PrivacyCheckedWhenNeeded, Page):
    """Who answers buyers, and the way into a request for quotation."""

    intro = models.TextField(_("introduction"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("address"), FieldPanel("email"), FieldPanel("phone"),
        FieldPanel("body")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rfq_url"] = reverse("rfq:create")
        return context
