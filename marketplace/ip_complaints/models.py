"""Notice and takedown: a rights holder's complaint, the listings it names, strikes, appeals.

A `Complaint` is one notice from one rights holder. Each listing it names is worked
on in a `ListingCase`: complaints filed against the same listing while its case is
open join that case, so moderators see them together and decide once per listing
(take down, dismiss; after a counter-notice, reinstate or keep down). A listing kept
down is a `Strike` against its seller; enough strikes within a period suspend the
seller (`Suspension`), who may appeal once. Every step is a `CaseEvent`: the audit
shown on the case, and what the parties are e-mailed about.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .storage import evidence_storage, evidence_upload_to

TEXT_MAX = 5000
REASON_MAX = 2000


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Complaint(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Awaiting review")
        INFO_REQUESTED = "info_requested", _("More information requested")
        REJECTED = "rejected", _("Rejected")
        DECIDED = "decided", _("Decided")

    class Capacity(models.TextChoices):
        OWNER = "owner", _("Rights owner")
        AGENT = "agent", _("Authorised agent of the owner")

    class IpType(models.TextChoices):
        TRADEMARK = "trademark", _("Trademark")
        PATENT = "patent", _("Patent")
        DESIGN = "design", _("Design")
        COPYRIGHT = "copyright", _("Copyright")

    #: IP-<year>-<six characters>, shown to the complainant; not a secret (the token is).
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    #: SHA-256 of the tracking link's token; the token itself is only ever e-mailed.
    token_hash = models.CharField(max_length=64)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices,
                              default=Status.NEW)

    complainant_name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254)
    country = CountryField(_("country"))
    capacity = models.CharField(_("capacity"), max_length=8, choices=Capacity.choices)
    ip_type = models.CharField(_("type of right"), max_length=12, choices=IpType.choices)
    registration_number = models.CharField(_("registration number"), max_length=100)
    office = models.CharField(_("office or jurisdiction"), max_length=200)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"))
    description = models.TextField(_("description of the infringement"), max_length=TEXT_MAX)
    good_faith = models.BooleanField(_("good-faith statement"))
    accurate = models.BooleanField(_("accuracy statement"))

    #: The language the complainant wrote in; e-mails to them are in it.
    language = models.CharField(max_length=10)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                 null=True, blank=True, related_name="+",
                                 verbose_name=_("filed by account"))
    #: Kept to bound abuse of the form (daily limit per address).
    filed_from = models.GenericIPAddressField(_("filed from"), null=True, blank=True)
    created_at = models.DateTimeField(_("filed at"), default=timezone.now)
    #: When a moderator's decision is due: set on filing, moved on each reply.
    decision_due = models.DateTimeField(_("decision due"))
    rejection_reason = models.TextField(_("reason for rejecting"), max_length=REASON_MAX,
                                        blank=True)

    class Meta:
        ordering = ["decision_due", "pk"]
        verbose_name = _("IP complaint")
        verbose_name_plural = _("IP complaints")
        permissions = [("moderate_complaint", _("Can moderate IP complaints"))]
        indexes = [models.Index(fields=["email", "created_at"]),
                   models.Index(fields=["filed_from", "created_at"])]

    def __str__(self):
        return self.reference

    def token_matches(self, token: str) -> bool:
        return hmac.compare_digest(self.token_hash, hash_token(token or ""))

    @property
    def is_overdue(self):
        return self.status == self.Status.NEW and self.decision_due < timezone.now()


class ListingCaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=ListingCase.OPEN_STATES)


class ListingCase(models.Model):
    """One listing under complaint: the complaints against it while open, and its decision."""

    class Status(models.TextChoices):
        OPEN = "open", _("Awaiting decision")
        TAKEN_DOWN = "taken_down", _("Taken down; counter-notice period running")
        COUNTER_NOTICED = "counter_noticed", _("Counter-notice received")
        DISMISSED = "dismissed", _("No action taken")
        REINSTATED = "reinstated", _("Reinstated")
        UPHELD = "upheld", _("Kept down (upheld)")

    OPEN_STATES = (Status.OPEN, Status.TAKEN_DOWN, Status.COUNTER_NOTICED)

    product = models.ForeignKey("catalogue.Product", on_delete=models.PROTECT,
                                related_name="ip_cases", verbose_name=_("listing"))
    #: The listing's title when the case opened (it leaves the catalogue on takedown).
    title = models.CharField(_("listing title"), max_length=255)
    #: The seller: the enterprise whose partner held the listing's stock records.
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT, null=True,
                                   blank=True, related_name="ip_cases",
                                   verbose_name=_("seller"))
    complaints = models.ManyToManyField(Complaint, through="ComplaintListing",
                                        related_name="listing_cases")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices,
                              default=Status.OPEN)
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    hold = models.OneToOneField("listing_holds.ListingHold", on_delete=models.PROTECT,
                                null=True, blank=True, related_name="ip_case")
    reason = models.TextField(_("reason given"), max_length=REASON_MAX, blank=True)
    taken_down_at = models.DateTimeField(_("taken down"), null=True, blank=True)
    taken_down_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                      null=True, blank=True, related_name="+")
    counter_notice_due = models.DateTimeField(_("counter-notice due"), null=True, blank=True)
    counter_statement = models.TextField(_("counter-notice"), max_length=TEXT_MAX, blank=True)
    counter_noticed_at = models.DateTimeField(_("counter-noticed"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = ListingCaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("listing case")
        verbose_name_plural = _("listing cases")
        constraints = [
            # One open case per listing: a repeat filing joins it.
            models.UniqueConstraint(fields=["product"], condition=Q(closed_at__isnull=True),
                                    name="ip_one_open_case_per_listing"),
        ]

    def __str__(self):
        return f"{self.title} ({self.get_status_display()})"

    @property
    def reference(self):
        """The first complaint's reference: what the hold and other apps' records name."""
        first = self.complaints.order_by("pk").first()
        return first.reference if first else f"IP-LISTING-{self.pk}"

    @property
    def counter_notice_open(self):
        return (self.status == self.Status.TAKEN_DOWN and self.counter_notice_due is not None
                and timezone.now() <= self.counter_notice_due)


class ComplaintListing(models.Model):
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="links")
    listing_case = models.ForeignKey(ListingCase, on_delete=models.CASCADE, related_name="links")
    #: The line as the complainant wrote it (a URL or an id).
    as_written = models.CharField(max_length=500)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["complaint", "listing_case"],
                                               name="ip_complaint_listing_once")]


class Evidence(models.Model):
    """A file a party sent: stored outside MEDIA_ROOT, handed out by permission-checked views."""

    class Party(models.TextChoices):
        COMPLAINANT = "complainant", _("Complainant")
        SELLER = "seller", _("Seller")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="evidence")
    listing_case = models.ForeignKey(ListingCase, on_delete=models.CASCADE, null=True,
                                     blank=True, related_name="evidence")
    party = models.CharField(_("sent by"), max_length=12, choices=Party.choices)
    file = models.FileField(_("file"), storage=evidence_storage, upload_to=evidence_upload_to,
                            max_length=300)
    original_name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size"))
    created_at = models.DateTimeField(_("received"), default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        constraints = [models.CheckConstraint(
            condition=Q(complaint__isnull=False) | Q(listing_case__isnull=False),
            name="ip_evidence_belongs_to_a_case")]

    def __str__(self):
        return self.original_name


class Suspension(models.Model):
    """A seller suspended by the strike rule, and their one appeal."""

    class Appeal(models.TextChoices):
        NONE = "", _("Not appealed")
        PENDING = "pending", _("Appeal awaiting decision")
        GRANTED = "granted", _("Appeal granted: reinstated")
        REFUSED = "refused", _("Appeal refused: suspension kept")

    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT,
                                   related_name="ip_suspensions", verbose_name=_("seller"))
    created_at = models.DateTimeField(_("suspended at"), default=timezone.now)
    appeal = models.CharField(_("appeal"), max_length=8, choices=Appeal.choices, blank=True,
                              default=Appeal.NONE)
    appeal_statement = models.TextField(_("appeal"), max_length=TEXT_MAX, blank=True)
    appealed_at = models.DateTimeField(_("appealed at"), null=True, blank=True)
    appealed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    appeal_decided_at = models.DateTimeField(_("appeal decided"), null=True, blank=True)
    appeal_decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                          null=True, blank=True, related_name="+")
    appeal_reason = models.TextField(_("reason of the appeal decision"), max_length=REASON_MAX,
                                     blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("strike suspension")
        verbose_name_plural = _("strike suspensions")

    def __str__(self):
        return f"{self.enterprise} {self.created_at:%Y-%m-%d}"


class Strike(models.Model):
    """An upheld takedown counted against a seller."""

    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT,
                                   related_name="ip_strikes", verbose_name=_("seller"))
    listing_case = models.OneToOneField(ListingCase, on_delete=models.PROTECT,
                                        related_name="strike")
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    #: The suspension this strike counted towards, once one was made.
    suspension = models.ForeignKey(Suspension, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="strikes")
    #: Set when a granted appeal struck it off: it no longer counts.
    voided_at = models.DateTimeField(_("struck off"), null=True, blank=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("IP strike")
        verbose_name_plural = _("IP strikes")

    def __str__(self):
        return f"{self.enterprise}: {self.listing_case_id}"


class CaseEvent(models.Model):
    """One step of a case, for the audit and the e-mails: who, when, what."""

    class Kind(models.TextChoices):
        FILED = "filed", _("Complaint filed")
        JOINED = "joined", _("Complaint joined the open case of this listing")
        INFO_REQUESTED = "info_requested", _("More information requested")
        REPLIED = "replied", _("Complainant replied")
        REJECTED = "rejected", _("Complaint rejected")
        TAKEN_DOWN = "taken_down", _("Listing taken down")
        DISMISSED = "dismissed", _("No action taken on the listing")
        COUNTER_NOTICED = "counter_noticed", _("Counter-notice received")
        REINSTATED = "reinstated", _("Listing reinstated")
        UPHELD = "upheld", _("Takedown upheld: strike recorded")
        LAPSED = "lapsed", _("No counter-notice in time: takedown upheld, strike recorded")
        SUSPENDED = "suspended", _("Seller suspended after repeated strikes")
        APPEALED = "appealed", _("Seller appealed the suspension")
        APPEAL_GRANTED = "appeal_granted", _("Appeal granted: seller reinstated")
        APPEAL_REFUSED = "appeal_refused", _("Appeal refused: suspension kept")

    class Actor(models.TextChoices):
        COMPLAINANT = "complainant", _("Complainant")
        SELLER = "seller", _("Seller")
        MODERATOR = "moderator", _("Moderator")
        SYSTEM = "system", _("Platform (automatic)")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="events")
    listing_case = models.ForeignKey(ListingCase, on_delete=models.CASCADE, null=True,
                                     blank=True, related_name="events")
    suspension = models.ForeignKey(Suspension, on_delete=models.CASCADE, null=True, blank=True,
                                   related_name="events")
    kind = models.CharField(_("what"), max_length=16, choices=Kind.choices)
    actor = models.CharField(_("by"), max_length=12, choices=Actor.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="+", verbose_name=_("account"))
    message = models.TextField(_("message"), max_length=TEXT_MAX, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    notify_complainant = models.BooleanField(default=False)
    notify_seller = models.BooleanField(default=False)
    #: Set by tasks.send_event_emails once the parties were e-mailed.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("case event")
        verbose_name_plural = _("case events")

    def __str__(self):
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d %H:%M}"
