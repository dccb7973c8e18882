"""Overseas buyer companies, the people who buy for them, and the addresses they ship to.

A buyer is a person (an Oscar customer with an address book) who may belong to one
BuyerCompany. Membership carries a role; roles are ranked, each including the ones
below it: a buyer builds baskets and places orders, an approver also approves the
orders buyers place, an admin also invites and removes members. The person who creates
a company is its first admin. State changes go through services.py, which keeps the
"always one admin" and "one company per person" rules.
"""

import secrets
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from oscar.apps.address.abstract_models import AbstractAddress
from phonenumber_field.modelfields import PhoneNumberField

from marketplace.core import sanitize
from marketplace.oscar_apps.address.names import LocalizedCountryAddress

from . import identifiers
from .countries import EXCLUDED_COUNTRIES
from .text import validate_printable

INVITATION_SALT = "marketplace.buyers.invitation"


def invitation_lifetime() -> timedelta:
    """How long an invitation can be accepted (setting BUYERS_INVITATION_DAYS, default 7)."""
    return timedelta(days=getattr(settings, "BUYERS_INVITATION_DAYS", 7))


def limit_currency_choices() -> list[tuple[str, str]]:
    """The currencies the shop shows prices in (setting MARKETPLACE_DISPLAY_CURRENCIES)."""
    codes = getattr(settings, "MARKETPLACE_DISPLAY_CURRENCIES", None) or [default_limit_currency()]
    return [(code, code) for code in codes]


def default_limit_currency() -> str:
    return getattr(settings, "OSCAR_DEFAULT_CURRENCY", "CNY")


class BuyerCompany(models.Model):
    """A business buying on the platform, with the tax identifiers its invoices and customs need."""

    legal_name = models.CharField(
        _("legal name"), max_length=200, validators=[validate_printable],
        help_text=_("As registered, e.g. Cocina Bonita S.L."),
    )
    country = CountryField(_("country of registration"))
    vat_number = models.CharField(
        _("VAT number"), max_length=identifiers.MAX_VAT_LENGTH + 2, blank=True,
        help_text=_("EU companies: your VAT number with or without the country prefix."),
    )
    eori_number = models.CharField(
        _("EORI number"), max_length=identifiers.MAX_EORI_LENGTH, blank=True,
        help_text=_("For customs in the EU and the United Kingdom, e.g. DE1234567890123."),
    )
    tax_number = models.CharField(
        _("tax number"), max_length=identifiers.MAX_TAX_NUMBER_LENGTH, blank=True,
        help_text=_("Your national business tax number, e.g. an EIN in the United States, "
                    "an ABN in Australia, a CNPJ in Brazil."),
    )
    #: What a member with the buyer role may order without an approver; approvers and
    #: administrators order without one. Empty: every order by a buyer waits for approval.
    buyer_order_limit = models.DecimalField(
        _("order limit for buyers"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Orders by buyers above this amount wait for an approver. Leave it empty to "
                    "have every order by a buyer approved."),
    )
    buyer_order_limit_currency = models.CharField(
        _("currency of the order limit"), max_length=3, default=default_limit_currency,
        choices=limit_currency_choices,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["legal_name"]
        verbose_name = _("buyer company")
        verbose_name_plural = _("buyer companies")

    def __str__(self):
        return self.legal_name

    def clean(self):
        """Check and normalise the tax identifiers for the company's country, field by field."""
        super().clean()
        errors = {}
        country = str(self.country or "")
        if country in EXCLUDED_COUNTRIES:
            errors["country"] = ValidationError(
                _("We cannot sell to companies registered in this country."), code="country_excluded")
        checks = (
            ("vat_number", lambda value: identifiers.normalise_vat_number(value, country)),
            ("eori_number", identifiers.normalise_eori_number),
            ("tax_number", lambda value: identifiers.normalise_tax_number(value, country)),
        )
        for name, normalise in checks:
            try:
                setattr(self, name, normalise(getattr(self, name)))
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Templates escape it; cleaning it here as well keeps markup out of e-mails and invoices.
        self.legal_name = sanitize.clean_text(self.legal_name, single_line=True)
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    """Ranked: each role may do what the roles before it may."""

    BUYER = "buyer", _("Buyer")
    APPROVER = "approver", _("Approver")
    ADMIN = "admin", _("Administrator")


ROLE_RANK = {Role.BUYER: 1, Role.APPROVER: 2, Role.ADMIN: 3}


class CompanyMembership(models.Model):
    """One person's place in one company; a person belongs to at most one company."""

    company = models.ForeignKey(
        BuyerCompany, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("company"))
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="buyer_membership",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.BUYER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        ordering = ["company", "joined_at", "pk"]
        verbose_name = _("company member")
        verbose_name_plural = _("company members")

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}, {self.company})"

    def has_role(self, role: str) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role(role)]

    @property
    def can_place_orders(self) -> bool:
        return self.has_role(Role.BUYER)

    @property
    def can_approve_orders(self) -> bool:
        return self.has_role(Role.APPROVER)

    @property
    def can_manage_members(self) -> bool:
        return self.has_role(Role.ADMIN)


class CompanyInvitation(models.Model):
    """An admin's invitation for an e-mail address to join the company with a role.

    The link carries `key` signed with the site's secret, so a key cannot be guessed or
    forged; expiry and single use are kept here, so an invitation can also be withdrawn.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    company = models.ForeignKey(
        BuyerCompany, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("company"))
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.BUYER)
    key = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("invited by"),
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("accepted by"),
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    #: Set once the invitation e-mail has gone out, so a retried task sends it once.
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("company invitation")
        verbose_name_plural = _("company invitations")

    def __str__(self):
        return f"{self.email} → {self.company}"

    def save(self, *args, **kwargs):
        if not self.key:
            self.key = secrets.token_urlsafe(32)
        if self.expires_at is None:
            self.expires_at = timezone.now() + invitation_lifetime()
        super().save(*args, **kwargs)

    @property
    def token(self) -> str:
        return signing.Signer(salt=INVITATION_SALT).sign(self.key)

    @staticmethod
    def key_from_token(token: str) -> str | None:
        try:
            return signing.Signer(salt=INVITATION_SALT).unsign(token)
        except signing.BadSignature:
            return None

    @property
    def has_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class CompanyAddress(LocalizedCountryAddress, AbstractAddress):
    """A shipping or billing address of the company, shared by its members.

    Oscar's rules apply (postcode format per country); unlike the personal address book
    a postcode is required wherever the country uses them, since customs and carriers
    reject company shipments without one.
    """

    POSTCODE_REQUIRED = True
    #: Fields printed on one line of a label or an invoice.
    SINGLE_LINE_FIELDS = ("first_name", "last_name", "line1", "line2", "line3", "line4", "state", "postcode")

    company = models.ForeignKey(
        BuyerCompany, on_delete=models.CASCADE, related_name="addresses", verbose_name=_("company"))
    label = models.CharField(
        _("label"), max_length=64, blank=True, validators=[validate_printable],
        help_text=_("A name for the address book, e.g. Madrid warehouse."),
    )
    phone_number = PhoneNumberField(
        _("phone number"), max_length=32, blank=True,
        help_text=_("For the carrier, in international format, e.g. +34 912 345 678."),
    )
    is_default_for_shipping = models.BooleanField(_("default shipping address"), default=False)
    is_default_for_billing = models.BooleanField(_("default billing address"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-is_default_for_shipping", "-is_default_for_billing", "pk"]
        verbose_name = _("company address")
        verbose_name_plural = _("company addresses")
        constraints = [
            models.UniqueConstraint(fields=["company"], condition=Q(is_default_for_shipping=True),
                                    name="buyers_one_default_shipping_address"),
            models.UniqueConstraint(fields=["company"], condition=Q(is_default_for_billing=True),
                                    name="buyers_one_default_billing_address"),
        ]

    def save(self, *args, **kwargs):
        for name in (*self.SINGLE_LINE_FIELDS, "label"):
            setattr(self, name, sanitize.clean_text(getattr(self, name), single_line=True))
        super().save(*args, **kwargs)
