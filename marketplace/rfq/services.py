"""What happens to requests for quotation: sent, quoted, accepted, discussed, expired.

Every function is one use case in one transaction. A use case that is not allowed raises
RfqError with a message for the person who tried (in their language) and changes nothing;
invalid input raises ValidationError. E-mails leave only after commit, through tasks.py,
and each notification is sent once (its row is marked in the same transaction).
"""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_class, get_model

from marketplace.sellers.models import Enterprise

from .models import (
    DESCRIPTION_MAX,
    MESSAGE_MAX,
    TITLE_MAX,
    Attachment,
    Invitation,
    Message,
    Quote,
    QuoteTier,
    RequestForQuotation,
    Thread,
    ThreadReadMark,
)
from .pricing import without_minimum_order
from .text import plain_text
from .uploads import max_files, safe_file_name, validate_attachment_file
from .validators import validate_deadline, validate_tiers, validate_validity

Partner = get_model("partner", "Partner")
Basket = get_model("basket", "Basket")
StrategySelector = get_class("partner.strategy", "Selector")

Status = RequestForQuotation.Status
logger = logging.getLogger(__name__)


class RfqError(Exception):
    """A use case was refused; `message` tells the user why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# --- the buyer asks --------------------------------------------------------------------


def sellers_to_ask(*, product=None, cluster=None) -> list:
    """The Partners an RFQ goes to: the product's seller(s), or every approved seller of the cluster.

    Only sellers whose filing is approved (so neither suspended nor under review) are asked.
    """
    approved = Partner.objects.filter(enterprise__status=Enterprise.Status.APPROVED)
    if product is not None:
        products = [product.pk, *product.children.values_list("pk", flat=True)]
        approved = approved.filter(stockrecords__product__in=products)
    else:
        approved = approved.filter(enterprise__clusters=cluster)
    return list(approved.distinct().order_by("pk"))


def create_rfq(
    *,
    buyer,
    quantity: int,
    destination_country: str,
    destination_place: str,
    incoterm: str,
    deadline: date,
    product=None,
    cluster=None,
    title: str = "",
    description: str = "",
    target_price: Decimal | None = None,
    target_currency: str = "",
    attachments: list[UploadedFile] = (),
    language: str = "",
) -> RequestForQuotation:
    """Send a request for quotation to the sellers who can answer it.

    Guarantees: a product RFQ goes to the product's seller, a free-text RFQ (no product)
    to every approved, not suspended seller of `cluster`; an RFQ nobody could answer is
    refused (RfqError). Every field is checked by the model's validators (quantity, target
    price and currency, Incoterm) and the deadline by validate_deadline; text is stored as
    plain text; at most max_files() attachments, each checked by content. The RFQ, its
    invitations and its files are saved together, and each asked seller is e-mailed after
    commit.
    """
    if product is None and cluster is None:
        raise RfqError(_("Choose a product or an industrial cluster."))
    validate_deadline(deadline)
    attachments = list(attachments or [])
    _check_attachments(attachments)
    if product is not None and not title:
        title = product.get_title()
    rfq = RequestForQuotation(
        buyer=buyer, product=product, cluster=cluster if product is None else None,
        title=plain_text(title, single_line=True, max_length=TITLE_MAX),
        description=plain_text(description, max_length=DESCRIPTION_MAX),
        quantity=quantity, target_price=target_price,
        target_currency=(target_currency or "") if target_price is not None else "",
        destination_country=destination_country, destination_place=destination_place,
        incoterm=incoterm, deadline=deadline, language=language or translation.get_language() or "",
    )
    if target_price is not None and not target_currency:
        raise ValidationError({"target_currency": _("Give the currency of your target price.")})
    rfq.full_clean(exclude=["product", "cluster"])
    sellers = sellers_to_ask(product=product, cluster=cluster)
    if not sellers:
        raise RfqError(
            _("No seller can quote this product now.") if product is not None
            else _("No approved seller works in this cluster yet.")
        )
    with transaction.atomic():
        rfq.save()
        invitations = [Invitation.objects.create(rfq=rfq, partner=partner) for partner in sellers]
        _save_attachments(attachments, rfq=rfq)
        from . import tasks

        for invitation in invitations:
            transaction.on_commit(partial(tasks.send_invitation_email.delay, invitation.pk), robust=True)
    return rfq


def close_rfq(rfq: RequestForQuotation, *, user) -> RequestForQuotation:
    """The buyer withdraws an open or quoted RFQ; its submitted quotes are declined."""
    with transaction.atomic():
        rfq = RequestForQuotation.objects.select_for_update().get(pk=rfq.pk)
        if rfq.buyer_id != user.pk:
            raise RfqError(_("Only the buyer can close this request."))
        if rfq.status not in RequestForQuotation.LIVE_STATUSES:
            raise RfqError(_("This request is already %(status)s.") % {"status": rfq.get_status_display()})
        rfq.quotes.filter(status=Quote.Status.SUBMITTED).update(
            status=Quote.Status.DECLINED, decided_at=timezone.now())
        rfq.status = Status.CLOSED
        rfq.save(update_fields=["status", "updated_at"])
    return rfq


def expire_overdue_rfqs(today: date | None = None) -> int:
    """Mark open and quoted RFQs whose deadline passed as expired; returns how many.

    An expired RFQ takes no more quotes. Quotes already given stay acceptable until
    their own validity date: the buyer may still take one (accept_quote checks it).
    """
    today = today or timezone.localdate()
    return RequestForQuotation.objects.filter(
        status=Status.OPEN, deadline__lt=today,
    ).update(status=Status.EXPIRED, updated_at=timezone.now())


# --- the seller quotes -----------------------------------------------------------------


def submit_quote(
    *,
    rfq: RequestForQuotation,
    partner,
    author,
    tiers: list[tuple[int, Decimal]],
    currency: str,
    valid_until: date,
    lead_time_days: int,
    incoterm: str,
    place: str,
    sample_price: Decimal | None = None,
    sample_limit: int | None = None,
    note: str = "",
) -> Quote:
    """A seller's quote on an RFQ it was asked.

    Guarantees: only a user of `partner`, a seller asked this RFQ and still approved, quotes;
    only while the RFQ is open or quoted and before its deadline. Tiers pass validate_tiers
    (at least one, ascending, positive prices), the validity date validate_validity. A
    seller keeps one live quote per RFQ: a second one is a revision that marks the previous
    submitted quote superseded (kept as history); after acceptance nothing changes. The RFQ
    becomes "quoted" and the buyer is e-mailed after commit.
    """
    if not partner.users.filter(pk=author.pk).exists():
        raise RfqError(_("You do not work for this seller."))
    validate_tiers(tiers)
    validate_validity(valid_until)
    if sample_limit is not None and sample_price is None:
        raise ValidationError({"sample_price": _("Give a sample price, or leave the sample limit empty.")})
    quote = Quote(
        rfq=rfq, partner=partner, author=author, currency=currency, valid_until=valid_until,
        lead_time_days=lead_time_days, incoterm=incoterm, place=place, sample_price=sample_price,
        sample_limit=sample_limit, note=note,
    )
    quote.full_clean(exclude=["rfq", "partner", "author"])
    with transaction.atomic():
        rfq = RequestForQuotation.objects.select_for_update().get(pk=rfq.pk)
        if not Invitation.objects.filter(rfq=rfq, partner=partner).exists():
            raise RfqError(_("Your shop was not asked to quote on this request."))
        if not Enterprise.objects.filter(partner=partner, status=Enterprise.Status.APPROVED).exists():
            raise RfqError(_("Your shop is not approved to sell now, so it cannot quote."))
        if not rfq.is_live:
            raise RfqError(_("This request no longer takes quotes."))
        previous = rfq.quotes.filter(partner=partner, status__in=Quote.LIVE_STATUSES)
        if previous.filter(status=Quote.Status.ACCEPTED).exists():
            raise RfqError(_("Your quote was accepted; it can no longer be changed."))
        previous.update(status=Quote.Status.SUPERSEDED)
        quote.rfq = rfq
        quote.save()
        QuoteTier.objects.bulk_create(
            [QuoteTier(quote=quote, min_quantity=quantity, unit_price=price) for quantity, price in tiers])
        if rfq.status == Status.OPEN:
            rfq.status = Status.QUOTED
            rfq.save(update_fields=["status", "updated_at"])
        from . import tasks

        transaction.on_commit(partial(tasks.send_quote_email.delay, quote.pk), robust=True)
    return quote


# --- the buyer accepts -------------------------------------------------------------------


@dataclass(frozen=True)
class Acceptance:
    """What accept_quote did: the accepted quote, and the basket line it filled (if any)."""

    quote: Quote
    basket_line: object | None
    #: Why the product was not put in the basket, for the buyer; "" when it was or there is none.
    basket_note: str = ""


def accept_quote(quote: Quote, user, *, strategy=None) -> Acceptance:
    """The buyer takes one quote of its RFQ.

    Guarantees, in one transaction: only the RFQ's buyer accepts; only a submitted quote
    (not a superseded revision, not declined) of an RFQ still open or quoted; an expired
    quote is refused with a message (ask for a new one). The quote becomes accepted, the
    other submitted quotes declined, the RFQ accepted. For a product RFQ the product is put
    in the buyer's open basket at the requested quantity (an existing line for it is set to
    that quantity) when the basket's pricing strategy (`strategy`, default one without a
    request) says it can be bought; if not, the acceptance still stands and `basket_note`
    says why. The line's price is what the strategy decides: it applies the accepted quote
    through selectors.accepted_quote_price. The seller is e-mailed after commit.
    """
    today = timezone.localdate()
    with transaction.atomic():
        rfq = RequestForQuotation.objects.select_for_update().get(pk=quote.rfq_id)
        quote = Quote.objects.select_for_update().get(pk=quote.pk)
        if rfq.buyer_id != user.pk:
            raise RfqError(_("Only the buyer who asked can accept a quote."))
        if rfq.status not in RequestForQuotation.LIVE_STATUSES:
            raise RfqError(_("This request is %(status)s; no quote can be accepted.")
                           % {"status": rfq.get_status_display()})
        if quote.status != Quote.Status.SUBMITTED:
            raise RfqError(_("This quote was replaced or declined; it cannot be accepted."))
        if quote.has_expired(today):
            raise RfqError(
                _("This quote expired on %(date)s and can no longer be accepted. Ask the seller for "
                  "a new quote in the message thread.") % {"date": quote.valid_until.isoformat()})
        now = timezone.now()
        rfq.quotes.filter(status=Quote.Status.SUBMITTED).exclude(pk=quote.pk).update(
            status=Quote.Status.DECLINED, decided_at=now)
        quote.status = Quote.Status.ACCEPTED
        quote.decided_at = now
        quote.save(update_fields=["status", "decided_at"])
        rfq.status = Status.ACCEPTED
        rfq.save(update_fields=["status", "updated_at"])
        line, note = (None, "")
        if rfq.product_id is not None:
            line, note = _put_in_basket(user, rfq.product, rfq.quantity, strategy)
        from . import tasks

        transaction.on_commit(partial(tasks.send_acceptance_email.delay, quote.pk), robust=True)
    return Acceptance(quote=quote, basket_line=line, basket_note=note)


def _put_in_basket(user, product, quantity, strategy):
    basket = Basket.open.get_or_create(owner=user)[0]
    basket.strategy = strategy or StrategySelector().strategy(user=user)
    info = basket.strategy.fetch_for_product(product)
    # The quoted quantity may be below the listing's MOQ: the quote is the seller's word.
    permitted, reason = without_minimum_order(info.availability).is_purchase_permitted(quantity)
    if not permitted:
        return None, str(reason or _("This product cannot be bought now."))
    try:
        # A savepoint: a refused line must not undo the acceptance around it.
        with transaction.atomic():
            line, created = basket.add_product(product, quantity)
            if not created and line.quantity != quantity:
                # The accepted quote is for the requested quantity; adding on top of an
                # earlier line would buy more than was quoted.
                line.quantity = quantity
                line.save(update_fields=["quantity"])
    except ValueError as error:  # no price, or a basket already in another currency
        logger.info("Accepted quote for product %s not put in basket %s: %s", product.pk, basket.pk, error)
        return None, str(_("Add it to your basket from the product page once your basket is "
                           "in the product's currency."))
    return line, ""


# --- messages --------------------------------------------------------------------------


def post_message(
    *, rfq: RequestForQuotation, partner, sender, body: str, as_seller: bool,
    attachments: list[UploadedFile] = (),
) -> Message:
    """A message in the thread between the RFQ's buyer and one asked seller.

    Guarantees: the buyer writes to a seller it asked; a seller's user writes only in its
    seller's thread of an RFQ it was asked (RfqError otherwise). The body is plain text,
    not empty, at most MESSAGE_MAX characters; attachments pass the upload checks. The
    thread is created with its first message; the sender has read everything up to its
    own message; the other side is e-mailed after commit.
    """
    if as_seller:
        allowed = partner.users.filter(pk=sender.pk).exists()
    else:
        allowed = rfq.buyer_id == sender.pk
    if not allowed or not Invitation.objects.filter(rfq=rfq, partner=partner).exists():
        raise RfqError(_("You cannot write in this conversation."))
    message, attachments = _checked_message(sender, body, as_seller, attachments)
    with transaction.atomic():
        thread, _created = Thread.objects.get_or_create(
            rfq=rfq, partner=partner, defaults={"buyer_id": rfq.buyer_id})
        _deliver(thread, message, attachments)
    return message


def post_thread_message(
    thread: Thread, *, sender, body: str, as_seller: bool, attachments: list[UploadedFile] = (),
) -> Message:
    """A message in a thread made elsewhere (an order's, by the order lifecycle app).

    Guarantees as post_message: the sender writes on its side of the thread only (the
    thread's buyer, or a user of its seller), the same checks of body and attachments,
    the same read mark and after-commit e-mail to the other side.
    """
    if as_seller:
        allowed = thread.partner.users.filter(pk=sender.pk).exists()
    else:
        allowed = thread.buyer_id == sender.pk
    if not allowed:
        raise RfqError(_("You cannot write in this conversation."))
    message, attachments = _checked_message(sender, body, as_seller, attachments)
    with transaction.atomic():
        _deliver(thread, message, attachments)
    return message


def _checked_message(sender, body, as_seller, attachments):
    text = plain_text(body)
    if not text:
        raise ValidationError({"body": _("Write a message.")})
    if len(text) > MESSAGE_MAX:
        raise ValidationError({"body": _("A message may be at most %(count)s characters.") % {"count": MESSAGE_MAX}})
    attachments = list(attachments or [])
    _check_attachments(attachments)
    message = Message(sender=sender, from_seller=as_seller, body=text)
    message.full_clean(exclude=["thread", "sender"])
    return message, attachments


def _deliver(thread, message, attachments):
    message.thread = thread
    message.save()
    _save_attachments(attachments, message=message)
    Thread.objects.filter(pk=thread.pk).update(last_message_at=message.created_at)
    _mark_read(thread, message.sender, message.pk)
    from . import tasks

    transaction.on_commit(partial(tasks.send_message_email.delay, message.pk), robust=True)


def mark_thread_read(thread: Thread, user) -> None:
    """`user` has read every message of `thread` there is now."""
    last = thread.messages.aggregate(last=Max("pk"))["last"]
    if last is not None:
        _mark_read(thread, user, last)


def _mark_read(thread, user, message_id):
    mark, created = ThreadReadMark.objects.get_or_create(
        thread=thread, user=user, defaults={"last_read_message_id": message_id})
    if not created and mark.last_read_message_id < message_id:
        ThreadReadMark.objects.filter(pk=mark.pk).update(last_read_message_id=message_id)


# --- attachments ---------------------------------------------------------------------------


def _check_attachments(files):
    if len(files) > max_files():
        raise ValidationError({"attachments": _("Attach at most %(count)s files.") % {"count": max_files()}})
    errors = []
    for upload in files:
        try:
            validate_attachment_file(upload)
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError({"attachments": errors})


def _save_attachments(files, **owner):
    for upload in files:
        name = safe_file_name(upload.name)
        Attachment.objects.create(file=upload, name=name, size=upload.size or 0, **owner)


# --- telling the other side ------------------------------------------------------------

#: The pages of an order's thread, each side's (marketplace/order_lifecycle, the dashboard).
ORDER_THREAD_URLS = {"buyer": "order_lifecycle:thread", "seller": "dashboard:order-thread"}


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _seller_recipients(partner) -> list[str]:
    emails = sorted({user.email for user in partner.users.all() if user.email})
    if not emails:
        enterprise = Enterprise.objects.filter(partner=partner).first()
        if enterprise and enterprise.contact_email:
            emails = [enterprise.contact_email]
    return emails


def _seller_language(partner) -> str:
    enterprise = Enterprise.objects.filter(partner=partner).first()
    return (enterprise.language if enterprise else "") or settings.LANGUAGE_CODE


def _send(template, context, recipients, language):
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"shop_name": settings.OSCAR_SHOP_NAME, **context}
        for key, value in list(context.items()):
            if key.endswith("_path"):
                name, args = value
                context[key.removesuffix("_path") + "_url"] = _absolute(reverse(name, args=args))
        subject = " ".join(render_to_string(f"rfq/email/{template}_subject.txt", context).split())
        body = render_to_string(f"rfq/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def notify_invitation(invitation_id: int) -> bool:
    """E-mail an asked seller's users about the RFQ, once; returns whether an e-mail was sent."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().filter(pk=invitation_id).first()
        if invitation is None or invitation.notified_at is not None:
            return False
        recipients = _seller_recipients(invitation.partner)
        if not recipients:
            logger.warning("No address to tell partner %s about RFQ %s", invitation.partner_id, invitation.rfq_id)
            return False
        _send("invitation", {"rfq": invitation.rfq, "link_path": ("rfq:seller-detail", [invitation.rfq_id])},
              recipients, _seller_language(invitation.partner))
        invitation.notified_at = timezone.now()
        invitation.save(update_fields=["notified_at"])
    return True


def notify_quote(quote_id: int) -> bool:
    """E-mail the buyer about a new quote, once."""
    with transaction.atomic():
        quote = Quote.objects.select_for_update().filter(pk=quote_id).first()
        if quote is None or quote.notified_at is not None or not quote.rfq.buyer.email:
            return False
        _send("quote", {"rfq": quote.rfq, "quote": quote, "link_path": ("rfq:detail", [quote.rfq_id])},
              [quote.rfq.buyer.email], quote.rfq.language)
        quote.notified_at = timezone.now()
        quote.save(update_fields=["notified_at"])
    return True


def notify_acceptance(quote_id: int) -> bool:
    """E-mail the seller that its quote was accepted, once."""
    with transaction.atomic():
        quote = Quote.objects.select_for_update().filter(pk=quote_id).first()
        if quote is None or quote.acceptance_notified_at is not None:
            return False
        recipients = _seller_recipients(quote.partner)
        if not recipients:
            return False
        _send("accepted", {"rfq": quote.rfq, "quote": quote,
                           "link_path": ("rfq:seller-detail", [quote.rfq_id])},
              recipients, _seller_language(quote.partner))
        quote.acceptance_notified_at = timezone.now()
        quote.save(update_fields=["acceptance_notified_at"])
    return True


def notify_message(message_id: int) -> bool:
    """E-mail the side that did not write a message about it, once. The e-mail does not
    quote the message: the reader follows the link and reads it on the site."""
    with transaction.atomic():
        message = Message.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.notified_at is not None:
            return False
        thread = message.thread
        if message.from_seller:
            recipients = [thread.buyer.email] if thread.buyer.email else []
            language = thread.rfq.language if thread.rfq else ""
            link = (("rfq:thread", [thread.rfq_id, thread.partner_id]) if thread.rfq_id
                    else (ORDER_THREAD_URLS["buyer"], [thread.order_number]))
        else:
            recipients = _seller_recipients(thread.partner)
            language = _seller_language(thread.partner)
            link = (("rfq:seller-thread", [thread.rfq_id]) if thread.rfq_id
                    else (ORDER_THREAD_URLS["seller"], [thread.order_number]))
        if not recipients:
            return False
        _send("message", {"thread": thread, "rfq": thread.rfq, "link_path": link}, recipients, language)
        message.notified_at = timezone.now()
        message.save(update_fields=["notified_at"])
    return True
