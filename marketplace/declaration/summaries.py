"""Summary declaration (汇总申报) of released retail export lists: CEB701 per seller.

A 9610 list declared with statisticsFlag B is released parcel by parcel and summarised
later into a customs declaration (CEB792 returns its number, entryId); that declaration is
what lets the seller claim the export VAT rebate (DOMAIN.md §5). `summarise` applies for
every seller (ebc) with released, not yet summarised lists, by list number (invtNo from the
CEB604 receipts), at most 100 lists per application.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone

from marketplace.ceb import documents as doc
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind

from . import facts, modes, parties, rendering
from .models import DeclarationMessage, Summary
from .services import new_guid

LISTS_PER_SUMMARY = 100
#: Where a "everything until" period starts.
EARLIEST = date(2000, 1, 1)
#: 1: one summary per shipper (ebc); 2 would split by producer as well.
SUMMARY_FLAG = "1"
#: 1: goods grouped under the lists' own item names, which become the rebate's product names.
ITEM_NAME_FLAG = "1"


def summarisable(*, period: tuple[date, date] | None = None):
    """Released 9610 export lists, not yet in a summary, with their list number."""
    lists = (DeclarationMessage.objects
             .filter(message_type="CEB603", released=True, summary__isnull=True,
                     declaration__customs_mode=modes.RETAIL)
             .exclude(invt_no="")
             .select_related("declaration__order"))
    if period is not None:
        start, end = period
        tz = timezone.get_current_timezone()
        lists = lists.filter(declaration__declared_at__gte=datetime.combine(start, time.min, tz),
                             declaration__declared_at__lt=datetime.combine(end, time.max, tz))
    return lists.order_by("declaration__declared_at", "pk")


def summarise(*, period: tuple[date, date] | None = None, inventories=None) -> list[Summary]:
    """Record a CEB701 for each seller's released lists (of `period`, by declaration date,
    or the given `inventories`); returns the summaries made. Lists already summarised are
    skipped, so running it twice makes nothing new."""
    now = timezone.now()
    with transaction.atomic():
        lists = summarisable(period=period) if inventories is None else [
            item for item in inventories
            if item.summary_id is None and item.released and item.invt_no and item.message_type == "CEB603"]
        ids = [item.pk for item in lists]
        lists = list(DeclarationMessage.objects.select_for_update().filter(pk__in=ids, summary__isnull=True)
                     .select_related("declaration__order").order_by("declaration__declared_at", "pk"))
        by_seller = defaultdict(list)
        for item in lists:
            enterprise = facts.seller_enterprise(item.declaration.order)
            if enterprise is not None:
                by_seller[enterprise].append(item)
        made = []
        for enterprise, seller_lists in sorted(by_seller.items(), key=lambda pair: pair[0].pk):
            for start in range(0, len(seller_lists), LISTS_PER_SUMMARY):
                made.append(_apply(enterprise, seller_lists[start:start + LISTS_PER_SUMMARY], now, period))
    return made


def _apply(enterprise, lists: list[DeclarationMessage], now, period) -> Summary:
    sequence = Summary.objects.filter(enterprise=enterprise, created_at__date=now.date()).count() + 1
    cop_no = f"SUM{now:%Y%m%d}{enterprise.pk:06d}{sequence:03d}"
    seller = doc.Party(code=parties.seller_party(enterprise).code, name=enterprise.legal_name_zh[:100])
    declarant = parties.declarant(enterprise)
    agent = doc.Party(code=declarant.code, name=declarant.name[:100])
    document = doc.SummaryApply(
        customs_code=parties.customs_office(), cop_no=cop_no, agent=agent, ebc=seller, decl_agent=agent,
        summary_flag=SUMMARY_FLAG, item_name_flag=ITEM_NAME_FLAG, invt_nos=[item.invt_no for item in lists])
    guid = new_guid()
    payload = rendering.render(document, guid=guid)
    message = outbox.record(OutboxKind.CUSTOMS, "CEB701", f"summary:{enterprise.pk}", payload,
                            idempotency_key=f"ceb:CEB701:{cop_no}", now=now)
    summary = Summary.objects.create(
        enterprise=enterprise, cop_no=cop_no, message_type="CEB701", guid=guid, outbox_message=message,
        created_at=now, period_start=period[0] if period else None, period_end=period[1] if period else None)
    DeclarationMessage.objects.filter(pk__in=[item.pk for item in lists]).update(summary=summary)
    return summary


def last_month(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    end = today.replace(day=1).toordinal() - 1
    last = date.fromordinal(end)
    return last.replace(day=1), last
