"""Input of rights holders, sellers and moderators: bounded, checked on the server."""

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

from . import conf, services
from .models import REASON_MAX, TEXT_MAX, Complaint
from .storage import validate_evidence_file

Product = get_model("catalogue", "Product")

#: A product page's path, with or without its language prefix: /es/catalogue/wok_12/
PRODUCT_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]+)?/)?catalogue/[^/]*_(\d+)/?$")
LINE_MAX = 500


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceField(forms.FileField):
    """Several files in one input, each checked by content, size; their number bounded."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if self.required and not files:
            raise ValidationError(self.error_messages["required"], code="required")
        limit = conf.evidence_max_files()
        if len(files) > limit:
            raise ValidationError(
                ngettext("Attach at most %(limit)d file.", "Attach at most %(limit)d files.",
                         limit), code="evidence_count", params={"limit": limit})
        errors, cleaned = [], []
        for upload in files:
            try:
                upload = super().clean(upload, initial)
                validate_evidence_file(upload)
            except ValidationError as error:
                errors.extend(error.error_list)
            else:
                cleaned.append(upload)
        if errors:
            raise ValidationError(errors)
        return cleaned


def _text(label, limit=TEXT_MAX, rows=5, **kwargs):
    return forms.CharField(label=label, max_length=limit,
                           widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


class ComplaintForm(forms.Form):
    """The public notice form; `listings` become (product, line) pairs in cleaned_data."""

    complainant_name = forms.CharField(label=_("Your name"), max_length=200)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    capacity = forms.ChoiceField(label=_("You are"), choices=Complaint.Capacity.choices,
                                 widget=forms.RadioSelect)
    authority = EvidenceField(
        label=_("Proof of authority"),
        help_text=_("Agents: the owner's letter of authority or power of attorney (PDF, JPEG "
                    "or PNG)."))
    ip_type = forms.ChoiceField(label=_("Type of right"), choices=Complaint.IpType.choices)
    registration_number = forms.CharField(label=_("Registration number"), max_length=100)
    office = forms.CharField(label=_("Office or jurisdiction"), max_length=200,
                             help_text=_("For example EUIPO, USPTO, CNIPA, WIPO (Madrid)."))
    valid_from = forms.DateField(label=_("Valid from"),
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    valid_until = forms.DateField(label=_("Valid until"),
                                  widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    listings = _text(
        _("Listings concerned"), limit=20 * (LINE_MAX + 1), rows=4,
        help_text=_("One product page address (or product number) per line."))
    description = _text(_("How the listings infringe your right"))
    evidence = EvidenceField(
        label=_("Evidence"),
        help_text=_("Registration certificate, photos, comparison (PDF, JPEG or PNG)."))
    good_faith = forms.BooleanField(
        label=_("I have a good-faith belief that the use of the material described is not "
                "authorised by the rights owner, its agent or the law."))
    accurate = forms.BooleanField(
        label=_("The information in this notice is accurate, and I am the owner of the right "
                "or authorised to act on the owner's behalf."))

    FACTS = ("complainant_name", "organisation", "email", "country", "capacity", "ip_type",
             "registration_number", "office", "valid_from", "valid_until", "description",
             "good_faith", "accurate")

    def __init__(self, *args, host="", address=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.host = (host or "").split(":")[0].lower()
        self.address = address

    def clean_listings(self):
        lines = [line.strip() for line in self.cleaned_data["listings"].splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise ValidationError(_("Name at least one listing."), code="required")
        limit = conf.max_listings()
        if len(lines) > limit:
            raise ValidationError(_("Name at most %(limit)d listings in one complaint; file "
                                    "another for the rest."), params={"limit": limit})
        wanted, errors = {}, []
        for number, line in enumerate(lines, start=1):
            pk = self._product_id(line)
            if pk is None:
                errors.append(self._not_a_listing(number, line))
            else:
                wanted.setdefault(pk, (number, line))
        found = {product.pk: product for product in Product.objects.filter(
            pk__in=wanted, is_public=True, review_status=ReviewStatus.APPROVED)}
        for pk, (number, line) in wanted.items():
            if pk not in found:
                errors.append(self._not_a_listing(number, line))
        if errors:
            raise ValidationError(errors)
        return [(found[pk], line) for pk, (_number, line) in wanted.items()]

    @staticmethod
    def _not_a_listing(number, line):
        shown = line if len(line) <= 80 else line[:77] + "…"
        return ValidationError(
            _("Line %(number)d (“%(line)s”) is not a listing on this site."),
            code="not_a_listing", params={"number": number, "line": shown})

    def _product_id(self, line):
        if len(line) > LINE_MAX:
            return None
        if line.isdigit():
            return int(line) if len(line) <= 12 else None
        parts = urlsplit(line)
        if parts.scheme or parts.netloc:
            if parts.scheme not in ("http", "https") or not self._our_host(parts.hostname):
                return None
        match = PRODUCT_PATH.match(parts.path)
        return int(match.group(1)) if match and len(match.group(1)) <= 12 else None

    def _our_host(self, hostname):
        hostname = (hostname or "").lower()
        ours = {self.host, urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or ""}
        ours |= {host.lstrip(".").lower() for host in settings.ALLOWED_HOSTS if host != "*"}
        return bool(hostname) and hostname in ours - {""}

    def clean(self):
        data = super().clean()
        start, end = data.get("valid_from"), data.get("valid_until")
        today = timezone.localdate()
        if start and end and end < start:
            self.add_error("valid_until", _("The right cannot end before it starts."))
        elif end and end < today:
            self.add_error("valid_until", _("This right has expired; a complaint needs a "
                                            "right in force."))
        if start and start > today:
            self.add_error("valid_from", _("This right is not yet in force."))
        if data.get("capacity") == Complaint.Capacity.AGENT and not data.get("authority"):
            self.add_error("authority", _("An agent must attach the owner's authority."))
        email = data.get("email")
        by_email, by_address = services.filings_today(email=email or "", address=self.address)
        if email and by_email >= conf.daily_filings_per_email():
            raise ValidationError(_("Too many complaints were filed from this e-mail address "
                                    "today. Please try again tomorrow or write to us."),
                                  code="rate_limited")
        if self.address and by_address >= conf.daily_filings_per_ip():
            raise ValidationError(_("Too many complaints were filed from your network today. "
                                    "Please try again tomorrow or write to us."),
                                  code="rate_limited")
        return data

    def facts(self):
        return {name: self.cleaned_data[name] for name in self.FACTS}

    def all_evidence(self):
        return [*self.cleaned_data.get("authority", []), *self.cleaned_data.get("evidence", [])]


class ReplyForm(forms.Form):
    message = _text(_("Your answer"), required=False)
    evidence = EvidenceField(label=_("More evidence"))


class CounterNoticeForm(forms.Form):
    statement = _text(
        _("Counter-notice"),
        help_text=_("Why the listing does not infringe the right: your own rights, licences, "
                    "prior use; the complainant will read it."))
    evidence = EvidenceField(label=_("Evidence"))
    accurate = forms.BooleanField(
        label=_("I state in good faith that the listing was taken down by mistake or "
                "misidentification."))


class AppealForm(forms.Form):
    statement = _text(_("Your appeal"))


class ReasonForm(forms.Form):
    reason = _text(_("Reason"), limit=REASON_MAX, rows=3,
                   help_text=_("The parties read it."))


class AppealDecisionForm(ReasonForm):
    grant = forms.TypedChoiceField(
        label=_("Decision"), coerce=lambda value: value == "1",
        choices=(("1", _("Grant: reinstate the seller")), ("0", _("Refuse: keep suspended"))))


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *Complaint.Status.choices])
    ip_type = forms.ChoiceField(label=_("Type of right"), required=False,
                                choices=[("", _("Any right")), *Complaint.IpType.choices])
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(label=_("Reference, complainant or listing"), required=False,
                        max_length=100)
