"""What happens to a buyer company: created, edited, joined, re-organised, given addresses.

Every function is one use case in one transaction. A use case that is not allowed
(a second company for the same person, removing the last admin, accepting someone
else's invitation) raises BuyerError with a message for the person who tried, and
changes nothing. A person acting on a company they do not administer gets
PermissionDenied; views turn a member of another company into a 404 before that.
Invitation e-mails leave only after the invitation is committed, through tasks.py.
"""

from __future__ import annotations

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .forms import BuyerCompanyForm, CompanyAddressForm
from .models import BuyerCompany, CompanyAddress, CompanyInvitation, CompanyMembership, Role

logger = logging.getLogger(__name__)
Status = CompanyInvitation.Status


class BuyerError(Exception):
    """A use case was refused; `message` tells the user why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


ALREADY_MEMBER = _("You already belong to a company on this platform. Leave it before you "
                   "create or join another one.")
LAST_ADMIN = _("A company needs at least one administrator. Make someone else an "
               "administrator first.")


def _admin_membership(company: BuyerCompany, user: AbstractBaseUser) -> CompanyMembership:
    membership = CompanyMembership.objects.filter(company=company, user_id=user.pk).first()
    if membership is None or not membership.can_manage_members:
        raise PermissionDenied
    return membership


# --- the company ------------------------------------------------------------------------


def create_company(*, user: AbstractBaseUser, form: BuyerCompanyForm) -> BuyerCompany:
    """Create a company from a valid BuyerCompanyForm with `user` as its first administrator.

    Guarantees: the company and the membership are saved together or not at all; a person
    who already belongs to a company is refused (BuyerError), also when two requests race.
    """
    try:
        with transaction.atomic():
            if CompanyMembership.objects.filter(user_id=user.pk).exists():
                raise BuyerError(ALREADY_MEMBER)
            company = form.save(commit=False)
            company.created_by = user
            company.save()
            CompanyMembership.objects.create(company=company, user=user, role=Role.ADMIN)
    except IntegrityError:
        # The unique membership per user: another request made this person a member first.
        raise BuyerError(ALREADY_MEMBER) from None
    return company


def update_company(*, user: AbstractBaseUser, form: BuyerCompanyForm) -> BuyerCompany:
    """Save changes to the company's profile; only its administrators may."""
    with transaction.atomic():
        _admin_membership(form.instance, user)
        return form.save()


# --- members and invitations --------------------------------------------------------------


def invite_member(
    company: BuyerCompany, *, invited_by: AbstractBaseUser, email: str, role: str, language: str = "",
) -> CompanyInvitation:
    """Invite `email` to join `company` with `role`; the e-mail with the link leaves after commit.

    Guarantees: only an administrator invites; an address that already belongs to a member
    is refused; an earlier pending invitation for the same address is withdrawn, so only the
    newest link works. The link expires after BUYERS_INVITATION_DAYS days.
    """
    email = email.strip()
    with transaction.atomic():
        _admin_membership(company, invited_by)
        if company.memberships.filter(user__email__iexact=email).exists():
            raise BuyerError(_("%(email)s is already a member of your company.") % {"email": email})
        company.invitations.filter(email__iexact=email, status=Status.PENDING).update(
            status=Status.WITHDRAWN)
        invitation = CompanyInvitation.objects.create(
            company=company, email=email, role=Role(role), invited_by=invited_by, language=language)
        from . import tasks

        transaction.on_commit(partial(tasks.send_invitation_email.delay, invitation.pk), robust=True)
    return invitation


def invitation_for_token(token: str) -> CompanyInvitation | None:
    """The invitation a link's token names, if the signature is genuine; None otherwise."""
    key = CompanyInvitation.key_from_token(token or "")
    if key is None:
        return None
    return CompanyInvitation.objects.select_related("company").filter(key=key).first()


def accept_invitation(token: str, *, user: AbstractBaseUser) -> CompanyMembership:
    """Join the invitation's company with its role.

    Guarantees: a forged, unknown, withdrawn, used or expired link is refused; the link
    works only for the account with the invited e-mail address; a person already in a
    company is refused. The invitation is used up in the same transaction as the
    membership is created, so a link works once.
    """
    with transaction.atomic():
        invitation = invitation_for_token(token)
        if invitation is not None:
            invitation = CompanyInvitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation is None or invitation.status == Status.WITHDRAWN:
            raise BuyerError(_("This invitation link is not valid. Ask your company's administrator "
                               "for a new one."))
        if invitation.status == Status.ACCEPTED:
            raise BuyerError(_("This invitation has already been accepted."))
        if invitation.has_expired:
            raise BuyerError(_("This invitation has expired. Ask your company's administrator to "
                               "invite you again."))
        if (user.email or "").strip().lower() != invitation.email.lower():
            raise BuyerError(_("This invitation was sent to another e-mail address. Log in with "
                               "the account for that address to accept it."))
        if CompanyMembership.objects.filter(user_id=user.pk).exists():
            raise BuyerError(ALREADY_MEMBER)
        try:
            with transaction.atomic():
                membership = CompanyMembership.objects.create(
                    company=invitation.company, user=user, role=invitation.role)
        except IntegrityError:
            raise BuyerError(ALREADY_MEMBER) from None
        invitation.status = Status.ACCEPTED
        invitation.accepted_by = user
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["status", "accepted_by", "accepted_at"])
    return membership


def withdraw_invitation(invitation: CompanyInvitation, *, withdrawn_by: AbstractBaseUser) -> None:
    """Make a pending invitation's link stop working."""
    with transaction.atomic():
        _admin_membership(invitation.company, withdrawn_by)
        CompanyInvitation.objects.filter(pk=invitation.pk, status=Status.PENDING).update(
            status=Status.WITHDRAWN)


def _lock_members(company: BuyerCompany) -> list[CompanyMembership]:
    # Locking every membership of the company makes two admins demoting each other at once
    # run one after the other, so the second sees the first's change and the rule holds.
    return list(CompanyMembership.objects.select_for_update().filter(company=company))


def _would_leave_no_admin(members: list[CompanyMembership], changed: CompanyMembership) -> bool:
    return not any(m.role == Role.ADMIN for m in members if m.pk != changed.pk)


def change_role(membership: CompanyMembership, *, role: str, changed_by: AbstractBaseUser) -> CompanyMembership:
    """Give a member another role. Guarantees: only an administrator may; the company
    always keeps at least one administrator (BuyerError otherwise)."""
    role = Role(role)
    with transaction.atomic():
        _admin_membership(membership.company, changed_by)
        members = _lock_members(membership.company)
        current = next(m for m in members if m.pk == membership.pk)
        if current.role == Role.ADMIN and role != Role.ADMIN and _would_leave_no_admin(members, current):
            raise BuyerError(LAST_ADMIN)
        current.role = role
        current.save(update_fields=["role"])
    return current


def remove_member(membership: CompanyMembership, *, removed_by: AbstractBaseUser) -> None:
    """Take a person out of the company (an administrator may remove anyone, a member
    themselves). Guarantees: the last administrator is never removed."""
    with transaction.atomic():
        if membership.user_id != removed_by.pk:
            _admin_membership(membership.company, removed_by)
        members = _lock_members(membership.company)
        current = next((m for m in members if m.pk == membership.pk), None)
        if current is None:
            return  # already removed by someone else
        if current.role == Role.ADMIN and _would_leave_no_admin(members, current):
            raise BuyerError(LAST_ADMIN)
        current.delete()


# --- addresses ------------------------------------------------------------------------


def save_company_address(*, user: AbstractBaseUser, form: CompanyAddressForm) -> CompanyAddress:
    """Save a company address from a valid CompanyAddressForm; only administrators may.

    Guarantees: when the address is made the default for shipping or billing, the
    company's previous default stops being it in the same transaction.
    """
    address = form.instance
    with transaction.atomic():
        _admin_membership(address.company, user)
        others = CompanyAddress.objects.filter(company=address.company).exclude(pk=address.pk)
        if address.is_default_for_shipping:
            others.filter(is_default_for_shipping=True).update(is_default_for_shipping=False)
        if address.is_default_for_billing:
            others.filter(is_default_for_billing=True).update(is_default_for_billing=False)
        return form.save()


def delete_company_address(address: CompanyAddress, *, user: AbstractBaseUser) -> None:
    with transaction.atomic():
        _admin_membership(address.company, user)
        address.delete()


# --- telling the invitee ------------------------------------------------------------------


def send_invitation(invitation_id: int) -> bool:
    """E-mail the invitation link once; returns whether an e-mail was sent.

    Guarantees: the row is locked while sending and marked sent in the same transaction,
    so a retried task sends one e-mail; a withdrawn or accepted invitation is not sent.
    """
    with transaction.atomic():
        invitation = (CompanyInvitation.objects.select_for_update(of=("self",)).select_related("company", "invited_by")
                      .filter(pk=invitation_id).first())
        if invitation is None or invitation.sent_at is not None or invitation.status != Status.PENDING:
            return False
        with translation.override(invitation.language or settings.LANGUAGE_CODE):
            context = {
                "shop_name": settings.OSCAR_SHOP_NAME,
                "invitation": invitation,
                "company": invitation.company,
                "inviter": invitation.invited_by,
                "accept_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("buyers:invitation", kwargs={"token": invitation.token}),
            }
            subject = " ".join(render_to_string("buyers/email/invitation_subject.txt", context).split())
            body = render_to_string("buyers/email/invitation_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return True
