"""Reads of RFQs, quotes and threads, each one limited to what the asking user may see.

A buyer sees its own RFQs; a seller's user sees the RFQs its seller (Partner) was asked.
Anything else is "not found" (Http404 in the views), never "forbidden", so nobody learns
that an RFQ exists.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.currency.services import Converter, RateUnavailable

from .models import Message, Quote, QuoteTier, RequestForQuotation, Thread, ThreadReadMark

Partner = get_model("partner", "Partner")


def partners_of(user) -> QuerySet:
    """The sellers (Partners) `user` works for."""
    if not user.is_authenticated:
        return Partner.objects.none()
    return Partner.objects.filter(users=user)


def buyer_rfqs(user) -> QuerySet:
    if not user.is_authenticated:
        return RequestForQuotation.objects.none()
    return RequestForQuotation.objects.filter(buyer=user).select_related("product", "cluster")


def rfq_for_buyer(user, pk) -> RequestForQuotation:
    """The buyer's own RFQ `pk`, or Http404."""
    rfq = buyer_rfqs(user).filter(pk=pk).first()
    if rfq is None:
        raise Http404("No such request for quotation")
    return rfq


def seller_rfqs(user) -> QuerySet:
    """The RFQs any seller `user` works for was asked, newest first."""
    if not user.is_authenticated:
        return RequestForQuotation.objects.none()
    asked = RequestForQuotation.objects.filter(partners__users=user).values("pk")
    return RequestForQuotation.objects.filter(pk__in=asked).select_related("product", "cluster")


def rfq_for_seller(user, pk) -> tuple[RequestForQuotation, Partner]:
    """RFQ `pk` and the seller of `user` that was asked it, or Http404.

    A user working for two sellers that were both asked answers for the first one.
    """
    rfq = seller_rfqs(user).filter(pk=pk).first()
    if rfq is None:
        raise Http404("No such request for quotation")
    partner = partners_of(user).filter(rfq_invitations__rfq=rfq).order_by("pk").first()
    return rfq, partner


def quotes_to_compare(rfq: RequestForQuotation) -> list[Quote]:
    """The live quotes of `rfq` (submitted, accepted, declined; not superseded revisions),
    with their tiers and sellers, in the order they came in."""
    return list(
        rfq.quotes.exclude(status=Quote.Status.SUPERSEDED)
        .select_related("partner", "partner__enterprise", "rfq")
        .prefetch_related(Prefetch("tiers", queryset=QuoteTier.objects.order_by("min_quantity")))
    )


def seller_quotes(rfq: RequestForQuotation, partner) -> list[Quote]:
    """Every quote `partner` gave on `rfq`, the newest (live) first, revisions after it."""
    return list(
        rfq.quotes.filter(partner=partner).order_by("-created_at", "-pk")
        .prefetch_related(Prefetch("tiers", queryset=QuoteTier.objects.order_by("min_quantity")))
    )


def accepted_quote_price(
    user, product, quantity: int, currency: str | None = None, on: date | None = None,
) -> Decimal | None:
    """The unit price `user` pays for `quantity` units of `product` under an accepted quote.

    The accepted quote of the user's own RFQ for this product that is still valid on `on`
    (default today), priced at the highest tier `quantity` reaches. None when there is no
    such quote, when it has expired, or when `quantity` is below its first tier. With
    `currency` the price is converted into it (rates of `on`); None if no rate is known.
    """
    if user is None or not user.is_authenticated or product is None or not quantity:
        return None
    on = on or timezone.localdate()
    quote = (
        Quote.objects.filter(
            status=Quote.Status.ACCEPTED, rfq__buyer=user, rfq__product=product, valid_until__gte=on,
        )
        .prefetch_related("tiers")
        .order_by("-decided_at", "-pk")
        .first()
    )
    return quoted_unit_price(quote, quantity, currency=currency, on=on)


def quoted_unit_price(quote, quantity: int, currency: str | None = None, on: date | None = None,
                      ) -> Decimal | None:
    """The unit price `quote` gives `quantity` units, in `currency` (rates of `on`); None
    without a quote, below its first tier or without a rate."""
    if quote is None:
        return None
    price = quote.unit_price_for(quantity)
    if price is None or not currency or currency == quote.currency:
        return price
    try:
        return Converter(on_date=on).convert(price, quote.currency, currency)
    except RateUnavailable:
        return None


# --- threads -------------------------------------------------------------------------


def _threads_of(user) -> Q:
    """Threads `user` takes part in: as their buyer, or as a user of their seller."""
    seller_threads = Thread.objects.filter(partner__users=user).values("pk")
    return Q(buyer=user) | Q(pk__in=seller_threads)


def _unread_messages(user) -> QuerySet:
    read_upto = ThreadReadMark.objects.filter(thread=OuterRef("thread"), user=user).values(
        "last_read_message_id")[:1]
    seller_threads = Thread.objects.filter(partner__users=user).values("pk")
    # Messages written by the other side: to a buyer, the seller's; to a seller, the buyer's.
    theirs = Q(thread__buyer=user, from_seller=True) | Q(thread__in=seller_threads, from_seller=False)
    return (
        Message.objects.filter(theirs)
        .exclude(sender=user)
        .annotate(read_upto=Subquery(read_upto))
        .filter(Q(read_upto__isnull=True) | Q(pk__gt=F("read_upto")))
    )


def unread_count(user, threads=None) -> int:
    """How many messages written to `user` (in any thread, or among `threads`) it has not
    read yet."""
    if not user.is_authenticated:
        return 0
    messages = _unread_messages(user)
    if threads is not None:
        messages = messages.filter(thread__in=threads)
    return messages.count()


def unread_thread_ids(user, threads=None) -> set[int]:
    """Ids of the threads (among `threads`, default all of the user's) with unread messages."""
    if not user.is_authenticated:
        return set()
    messages = _unread_messages(user)
    if threads is not None:
        messages = messages.filter(thread__in=threads)
    return set(messages.values_list("thread_id", flat=True).distinct())


def thread_for(rfq: RequestForQuotation, partner) -> Thread | None:
    return Thread.objects.filter(rfq=rfq, partner=partner).first()


@dataclass(frozen=True)
class ThreadSummary:
    """What an RFQ page lists of one conversation with one asked seller."""

    partner: object
    thread: Thread | None
    unread: bool


def buyer_thread_summaries(user, rfq: RequestForQuotation) -> list[ThreadSummary]:
    """One entry per seller asked, whether or not anybody has written yet."""
    threads = {thread.partner_id: thread for thread in rfq.threads.all()}
    unread = unread_thread_ids(user, threads.values())
    return [
        ThreadSummary(partner=partner, thread=threads.get(partner.pk),
                      unread=partner.pk in threads and threads[partner.pk].pk in unread)
        for partner in rfq.partners.select_related("enterprise").order_by("name", "pk")
    ]


def thread_messages(thread: Thread | None) -> list[Message]:
    if thread is None:
        return []
    return list(thread.messages.select_related("sender").prefetch_related("attachments"))
