"""Requests for quotation (RFQ), the sellers' quotes on them, and the message threads around them.

Vocabulary: the *buyer* is a user; a *seller* is an Enterprise owning an Oscar Partner, and
everything here points at the Partner (which is what stock records and so products hang on);
a seller's users are `partner.users`. Quantity prices are *tiers*, as on stock records.

State changes go through services.py; reads through selectors.py. Text fields hold plain text
(cleaned on save by text.plain_text) and templates print them escaped.
"""

from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.validators import (
    MAX_UNIT_PRICE,
    validate_line_quantity,
    validate_positive_price,
    validate_supported_currency,
)

from .text import plain_text
from .uploads import attachment_storage, attachment_upload_to, validate_attachment_file

IncotermOffer = get_model("partner", "IncotermOffer")

#: The eleven Incoterms® 2020, the same codes and labels as the stock records' offers.
INCOTERM_CHOICES = IncotermOffer.TERM_CHOICES
MAX_LINE_QUANTITY = settings.OSCAR_MAX_BASKET_QUANTITY_THRESHOLD
SUPPORTED_CURRENCIES = sorted(
    {settings.MARKETPLACE_BASE_CURRENCY, *settings.MARKETPLACE_DISPLAY_CURRENCIES}
)

#: Bounds of what people type; forms use the same numbers.
TITLE_MAX = 200
PLACE_MAX = 100
DESCRIPTION_MAX = 4000
NOTE_MAX = 2000
MESSAGE_MAX = 4000
#: Two years: anything longer is not a lead time but a wish.
MAX_LEAD_TIME_DAYS = 730


class RequestForQuotation(models.Model):
    """A buyer asks for prices: for one product (its seller is asked) or in free text (a cluster's
    approved sellers are asked)."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        QUOTED = "quoted", _("Quoted")
        ACCEPTED = "accepted", _("Accepted")
        CLOSED = "closed", _("Closed")
        EXPIRED = "expired", _("Expired")

    #: Sellers may quote, and the buyer may accept, only in these states.
    LIVE_STATUSES = (Status.OPEN, Status.QUOTED)

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rfqs",
        verbose_name=_("buyer"),
    )
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="rfqs", verbose_name=_("product"),
    )
    cluster = models.ForeignKey(
        "sellers.Cluster", on_delete=models.PROTECT, null=True, blank=True,
        related_name="rfqs", verbose_name=_("industrial cluster"),
    )
    title = models.CharField(_("what you are looking for"), max_length=TITLE_MAX)
    description = models.TextField(_("details"), max_length=DESCRIPTION_MAX, blank=True)
    quantity = models.PositiveIntegerField(
        _("quantity"), validators=[MinValueValidator(1), validate_line_quantity],
    )
    target_price = models.DecimalField(
        _("target unit price"), max_digits=12, decimal_places=2, null=True, blank=True,
        validators=[validate_positive_price],
    )
    target_currency = models.CharField(
        _("currency"), max_length=3, blank=True, validators=[validate_supported_currency],
    )
    destination_country = CountryField(_("destination country"))
    destination_place = models.CharField(_("destination port or place"), max_length=PLACE_MAX)
    incoterm = models.CharField(_("Incoterm"), max_length=3, choices=INCOTERM_CHOICES)
    deadline = models.DateField(_("quotes wanted by"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.OPEN, db_index=True,
    )
    #: The sellers asked, by their Partner; fixed when the request is sent.
    partners = models.ManyToManyField(
        "partner.Partner", through="Invitation", related_name="rfqs", blank=True,
        verbose_name=_("sellers asked"),
    )
    #: The buyer's language when asking; notifications to the buyer are written in it.
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("request for quotation")
        verbose_name_plural = _("requests for quotation")
        constraints = [
            models.CheckConstraint(condition=models.Q(quantity__gte=1), name="rfq_quantity_positive"),
            models.CheckConstraint(
                condition=models.Q(quantity__lte=MAX_LINE_QUANTITY), name="rfq_quantity_fits_a_line",
            ),
            models.CheckConstraint(
                condition=models.Q(target_price__isnull=True)
                | models.Q(target_price__gt=0, target_price__lte=MAX_UNIT_PRICE),
                name="rfq_target_price_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(target_price__isnull=True)
                | models.Q(target_currency__in=SUPPORTED_CURRENCIES),
                name="rfq_target_price_has_currency",
            ),
        ]

    def __str__(self):
        return f"RFQ {self.pk}: {self.title}"

    def save(self, *args, **kwargs):
        self.title = plain_text(self.title, single_line=True)
        self.description = plain_text(self.description)
        self.destination_place = plain_text(self.destination_place, single_line=True)
        super().save(*args, **kwargs)

    @property
    def is_live(self):
        return self.status in self.LIVE_STATUSES and not self.deadline_passed

    @property
    def deadline_passed(self):
        return self.deadline < timezone.localdate()


class Invitation(models.Model):
    """A seller asked to quote on an RFQ; `notified_at` is set once its users were e-mailed."""

    rfq = models.ForeignKey(RequestForQuotation, on_delete=models.CASCADE, related_name="invitations")
    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE, related_name="rfq_invitations")
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    notified_at = models.DateTimeField(_("seller notified"), null=True, blank=True)

    class Meta:
        verbose_name = _("seller asked")
        verbose_name_plural = _("sellers asked")
        constraints = [
            models.UniqueConstraint(fields=["rfq", "partner"], name="rfq_ask_a_seller_once"),
        ]

    def __str__(self):
        return f"RFQ {self.rfq_id} -> partner {self.partner_id}"


class Quote(models.Model):
    """A seller's offer on an RFQ it was asked, priced in tiers.

    A seller keeps one live quote per RFQ: quoting again (a revision) marks the previous
    quote superseded and keeps it as history; an accepted quote is final.
    """

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        SUPERSEDED = "superseded", _("Replaced by a revision")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    LIVE_STATUSES = (Status.SUBMITTED, Status.ACCEPTED)

    rfq = models.ForeignKey(
        RequestForQuotation, on_delete=models.CASCADE, related_name="quotes",
        verbose_name=_("request for quotation"),
    )
    partner = models.ForeignKey(
        "partner.Partner", on_delete=models.CASCADE, related_name="quotes", verbose_name=_("seller"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("written by"),
    )
    currency = models.CharField(
        _("currency"), max_length=3, validators=[validate_supported_currency],
    )
    valid_until = models.DateField(_("valid until"))
    lead_time_days = models.PositiveIntegerField(
        _("lead time (days)"), validators=[MinValueValidator(1), MaxValueValidator(MAX_LEAD_TIME_DAYS)],
    )
    incoterm = models.CharField(_("Incoterm"), max_length=3, choices=INCOTERM_CHOICES)
    place = models.CharField(_("named port or place"), max_length=PLACE_MAX)
    sample_price = models.DecimalField(
        _("sample unit price"), max_digits=12, decimal_places=2, null=True, blank=True,
        validators=[validate_positive_price],
    )
    sample_limit = models.PositiveIntegerField(
        _("most samples"), null=True, blank=True,
        validators=[MinValueValidator(1), validate_line_quantity],
    )
    note = models.TextField(_("note"), max_length=NOTE_MAX, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SUBMITTED, db_index=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    #: Set once the buyer was told of this quote, and the seller of its acceptance.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    acceptance_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            models.UniqueConstraint(
                fields=["rfq", "partner"], condition=models.Q(status__in=["submitted", "accepted"]),
                name="rfq_one_live_quote_per_seller",
            ),
            models.UniqueConstraint(
                fields=["rfq"], condition=models.Q(status="accepted"), name="rfq_one_accepted_quote",
            ),
            models.CheckConstraint(
                condition=models.Q(currency__in=SUPPORTED_CURRENCIES), name="rfq_quote_currency_supported",
            ),
            models.CheckConstraint(
                condition=models.Q(lead_time_days__gte=1), name="rfq_quote_lead_time_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(sample_price__isnull=True)
                | models.Q(sample_price__gt=0, sample_price__lte=MAX_UNIT_PRICE),
                name="rfq_quote_sample_price_positive",
            ),
        ]

    def __str__(self):
        return f"Quote {self.pk} on RFQ {self.rfq_id} by partner {self.partner_id}"

    def save(self, *args, **kwargs):
        self.place = plain_text(self.place, single_line=True)
        self.note = plain_text(self.note)
        super().save(*args, **kwargs)

    def has_expired(self, on: date | None = None) -> bool:
        """A quote is good up to and including its validity date."""
        return self.valid_until < (on or timezone.localdate())

    @property
    def is_expired(self):
        return self.has_expired()

    def unit_price_for(self, quantity: int):
        """The unit price of the highest tier `quantity` reaches; None below the first tier."""
        reached = [tier for tier in self.tiers.all() if tier.min_quantity <= quantity]
        if not reached:
            return None
        return max(reached, key=lambda tier: tier.min_quantity).unit_price

    @property
    def price_at_requested_quantity(self):
        return self.unit_price_for(self.rfq.quantity)


class QuoteTier(models.Model):
    """From `min_quantity` units on, each unit costs `unit_price` (in the quote's currency)."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="tiers", verbose_name=_("quote"))
    min_quantity = models.PositiveIntegerField(
        _("from quantity"), validators=[MinValueValidator(1), validate_line_quantity],
    )
    unit_price = models.DecimalField(
        _("unit price"), max_digits=12, decimal_places=2, validators=[validate_positive_price],
    )

    class Meta:
        ordering = ["quote", "min_quantity"]
        verbose_name = _("quote tier")
        verbose_name_plural = _("quote tiers")
        constraints = [
            models.UniqueConstraint(fields=["quote", "min_quantity"], name="rfq_one_tier_per_quantity"),
            models.CheckConstraint(
                condition=models.Q(unit_price__gt=0, unit_price__lte=MAX_UNIT_PRICE),
                name="rfq_tier_price_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(min_quantity__gte=1, min_quantity__lte=MAX_LINE_QUANTITY),
                name="rfq_tier_quantity_in_bounds",
            ),
        ]

    def __str__(self):
        return f"{self.min_quantity}+ @ {self.unit_price}"


class Thread(models.Model):
    """A conversation between one buyer and one seller about one thing.

    Today the thing is an RFQ; order threads will set `order_number` instead, which is
    why the RFQ is optional and the participants are stored on the thread itself.
    """

    rfq = models.ForeignKey(
        RequestForQuotation, on_delete=models.CASCADE, null=True, blank=True,
        related_name="threads", verbose_name=_("request for quotation"),
    )
    order_number = models.CharField(_("order number"), max_length=128, null=True, blank=True)
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="message_threads",
        verbose_name=_("buyer"),
    )
    partner = models.ForeignKey(
        "partner.Partner", on_delete=models.CASCADE, related_name="message_threads",
        verbose_name=_("seller"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)

    class Meta:
        ordering = ["-last_message_at", "-pk"]
        verbose_name = _("message thread")
        verbose_name_plural = _("message threads")
        constraints = [
            models.UniqueConstraint(
                fields=["rfq", "partner"], condition=models.Q(rfq__isnull=False),
                name="rfq_one_thread_per_seller",
            ),
        ]

    def __str__(self):
        return f"Thread {self.pk}"


class Message(models.Model):
    """One plain-text message in a thread; the reader's side is the one the sender is not on."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages", verbose_name=_("thread"))
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("sender"),
    )
    #: Whether the sender wrote for the seller's side; fixed at sending, since a user could
    #: be both a buyer and a seller's user.
    from_seller = models.BooleanField(_("from the seller"), default=False)
    body = models.TextField(_("message"), max_length=MESSAGE_MAX)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    #: Set once the other side was e-mailed about this message.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"Message {self.pk} in thread {self.thread_id}"

    def save(self, *args, **kwargs):
        self.body = plain_text(self.body)
        super().save(*args, **kwargs)


class ThreadReadMark(models.Model):
    """How far a user has read a thread: every message up to `last_read_message_id`."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_message_id = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="rfq_one_read_mark_per_user"),
        ]


class Attachment(models.Model):
    """A file sent with an RFQ or a message; kept outside public media, served after a check."""

    rfq = models.ForeignKey(
        RequestForQuotation, on_delete=models.CASCADE, null=True, blank=True,
        related_name="attachments", verbose_name=_("request for quotation"),
    )
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, null=True, blank=True,
        related_name="attachments", verbose_name=_("message"),
    )
    file = models.FileField(
        _("file"), upload_to=attachment_upload_to, storage=attachment_storage,
        max_length=255, validators=[validate_attachment_file],
    )
    name = models.CharField(_("file name"), max_length=120)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(rfq__isnull=False, message__isnull=True)
                           | models.Q(rfq__isnull=True, message__isnull=False)),
                name="rfq_attachment_belongs_to_one",
            ),
        ]

    def __str__(self):
        return self.name
