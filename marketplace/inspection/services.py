"""Inspection and quarantine use cases: send a filing, say what is missing before an order
can ship, declare shipped orders in batches, and take the authority's answers.

Every change that the authority must hear of writes its outbox message (kind
"inspection") in the same transaction, so the change and the message commit together or
not at all; the outbox relays it later.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.declaration import modes
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind, OutboxMessage, OutboxStatus
from marketplace.sellers.models import Enterprise

from . import documents
from .goods import is_food
from .models import (
    EDITABLE_STATUSES,
    BatchDeclaration,
    BatchStatus,
    CommodityFiling,
    EnterpriseFiling,
    FilingStatus,
    StorageCondition,
)
from .receipts import ACCEPTED, INSPECTION_REQUIRED, REJECTED, RELEASED, Receipt, parse_receipts

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

CNY = "CNY"
HS_CODE = re.compile(r"\d{10}")
#: Outbox keys of this app: "inspection:<what>:<id>:r<revision>" for filings,
#: "inspection:batch:<number>" for batches; the outbox admin appends ":rev<n>" to a corrected one.
FILING_KEY = re.compile(r"inspection:(ent-filing|goods-filing):(\d+):r(\d+)")
CORRECTION_SUFFIX = re.compile(r":rev\d+$")
DEFAULT_MAX_ORDERS_PER_BATCH = 200


class FilingIncomplete(ValueError):
    """A filing cannot be sent; `problems` maps field names ("" for the whole filing) to
    messages a seller can act on."""

    def __init__(self, problems: dict[str, list[str]]):
        self.problems = problems
        super().__init__("; ".join(message for messages in problems.values() for message in messages))


class InspectionFactsMissing(ValueError):
    """Orders cannot be declared; `messages` says what to file or fix, order by order."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("; ".join(messages))


class UnknownReference(LookupError):
    """A receipt names no filing or batch this platform sent."""


class ReceiptNotApplicable(ValueError):
    """A receipt's decision does not fit what it answers (wrong kind, or decided already)."""


# --- filings ---------------------------------------------------------------------------


def enterprise_filing_key(filing: EnterpriseFiling) -> str:
    return f"inspection:ent-filing:{filing.pk}:r{filing.revision}"


def commodity_filing_key(filing: CommodityFiling) -> str:
    return f"inspection:goods-filing:{filing.pk}:r{filing.revision}"


def enterprise_filing_problems(filing: EnterpriseFiling) -> dict[str, list[str]]:
    """What stops `filing` from being sent, by field; empty when it can go."""
    problems: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    enterprise = filing.enterprise
    if enterprise.status != Enterprise.Status.APPROVED:
        add("", _("The enterprise must be approved on the platform before it files with the authority."))
    for field in ("business_scope", "contact_name", "contact_phone"):
        if not (getattr(filing, field) or "").strip():
            add(field, _("This field is required."))
    if filing.kind == EnterpriseFiling.Kind.FOOD_PRODUCTION and not (filing.plant_address or "").strip():
        add("plant_address", _("Give the address of the plant where the food is made."))
    if filing.kind not in EnterpriseFiling.Kind.values:
        add("kind", _("Choose the kind of filing."))
    elif _open_filing_of_kind(filing).exists():
        add("kind", _("This enterprise already has a filing of this kind that is awaiting the "
                      "authority or in force."))
    return problems


def _open_filing_of_kind(filing: EnterpriseFiling):
    today = timezone.localdate()
    return (EnterpriseFiling.objects.filter(enterprise_id=filing.enterprise_id, kind=filing.kind)
            .exclude(pk=filing.pk)
            .filter(Q(status=FilingStatus.SUBMITTED)
                    | (Q(status=FilingStatus.ACCEPTED)
                       & (Q(valid_until__isnull=True) | Q(valid_until__gte=today)))))


def products_of(enterprise: Enterprise):
    """The products `enterprise` sells: those with a stock record of its partner."""
    Product = get_model("catalogue", "Product")
    if enterprise.partner_id is None:
        return Product.objects.none()
    return Product.objects.filter(stockrecords__partner_id=enterprise.partner_id).distinct()


def commodity_filing_problems(filing: CommodityFiling) -> dict[str, list[str]]:
    """What stops `filing` from being sent, by field; empty when it can go."""
    problems: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    product, enterprise = filing.product, filing.enterprise
    if enterprise.status != Enterprise.Status.APPROVED:
        add("", _("The enterprise must be approved on the platform before it files with the authority."))
    if not products_of(enterprise).filter(pk=product.pk).exists():
        add("product", _("This product is not one of the enterprise's listings."))
    if not HS_CODE.fullmatch(product.hs_code_id or ""):
        add("product", _("Give the product its 10-digit HS code in the listing first."))
    for field in ("name_zh", "spec_model", "origin"):
        if not (getattr(filing, field) or "").strip():
            add(field, _("This field is required."))
    if is_food(product):
        if not filing.storage:
            add("storage", _("Say how this food is kept: ambient, chilled (0 to 4 °C) or frozen "
                             "(−18 °C or colder)."))
        if not filing.shelf_life_days:
            add("shelf_life_days", _("Give the shelf life of this food in days."))
    storage_conflict = storage_temperature_conflict(product, filing.storage)
    if storage_conflict:
        add("storage", storage_conflict)
    if (CommodityFiling.objects.filter(product_id=product.pk, enterprise_id=enterprise.pk)
            .exclude(pk=filing.pk).filter(status=FilingStatus.SUBMITTED).exists()):
        add("", _("Another filing of this product is awaiting the authority."))
    return problems


def storage_temperature_conflict(product, storage: str) -> str:
    """A message when the listing's storage temperature contradicts `storage` (DOMAIN.md §11:
    chilled 0 to 4 °C, frozen −18 °C or colder), else ""."""
    try:
        temperature = getattr(product.attr, "storage_temperature_c", None)
    except Exception:  # a product without attributes loaded, or without a class
        temperature = None
    if temperature is None or not storage:
        return ""
    if storage == StorageCondition.CHILLED and not 0 <= temperature <= 4:
        return _("The listing says %(temperature)s °C; chilled goods are kept at 0 to 4 °C.") % {
            "temperature": temperature}
    if storage == StorageCondition.FROZEN and temperature > -18:
        return _("The listing says %(temperature)s °C; frozen goods are kept at −18 °C or colder.") % {
            "temperature": temperature}
    return ""


def _start_revision(filing, user, now: datetime) -> None:
    filing.revision += 1
    filing.status = FilingStatus.SUBMITTED
    filing.submitted_at, filing.submitted_by = now, user if getattr(user, "pk", None) else None
    filing.filing_number, filing.rejection_reason = "", ""
    filing.decided_at, filing.decided_by = None, None


def submit_enterprise_filing(filing: EnterpriseFiling, *, user, now: datetime | None = None) -> OutboxMessage:
    """Send `filing` to the authority: status "submitted", a new revision, and one ENT_FILING
    message (kind "inspection") recorded in the same transaction.

    Sending a filing that is already submitted sends nothing again and returns the message
    of its revision. Raises FilingIncomplete (by field) when the filing cannot go, and
    documents.DocumentError when its document breaks the schema.
    """
    now = now or timezone.now()
    with transaction.atomic():
        filing = EnterpriseFiling.objects.select_for_update(of=("self",)).select_related("enterprise").get(pk=filing.pk)
        if filing.status == FilingStatus.SUBMITTED:
            return current_message(filing.outbox_key)
        if filing.status not in EDITABLE_STATUSES:
            raise FilingIncomplete({"": [_("An accepted filing is not sent again; start a new one.")]})
        problems = enterprise_filing_problems(filing)
        if problems:
            raise FilingIncomplete(problems)
        _start_revision(filing, user, now)
        filing.outbox_key = enterprise_filing_key(filing)
        document = documents.enterprise_filing_document(filing)
        filing.save()
        return outbox.record(OutboxKind.INSPECTION, documents.ENT_FILING, f"ent:{filing.enterprise.uscc}",
                             document, idempotency_key=filing.outbox_key, now=now)


def submit_commodity_filing(filing: CommodityFiling, *, user, now: datetime | None = None) -> OutboxMessage:
    """Send `filing` to the authority: the product's HS code as it is now, status
    "submitted", a new revision, and one GOODS_FILING message in the same transaction.
    Same guarantees and errors as submit_enterprise_filing."""
    now = now or timezone.now()
    with transaction.atomic():
        filing = (CommodityFiling.objects.select_for_update(of=("self",))
                  .select_related("enterprise", "product", "product__product_class").get(pk=filing.pk))
        if filing.status == FilingStatus.SUBMITTED:
            return current_message(filing.outbox_key)
        if filing.status not in EDITABLE_STATUSES:
            raise FilingIncomplete({"": [_("An accepted filing is not sent again; start a new one.")]})
        problems = commodity_filing_problems(filing)
        if problems:
            raise FilingIncomplete(problems)
        filing.hs_code = filing.product.hs_code_id
        _start_revision(filing, user, now)
        filing.outbox_key = commodity_filing_key(filing)
        operator = (EnterpriseFiling.objects.accepted().filter(
            enterprise_id=filing.enterprise_id, kind=EnterpriseFiling.Kind.CBEC_OPERATOR)
            .order_by("-decided_at").first())
        document = documents.commodity_filing_document(
            filing, food=is_food(filing.product),
            operator_filing_number=operator.filing_number if operator else "")
        filing.save()
        return outbox.record(OutboxKind.INSPECTION, documents.GOODS_FILING,
                             f"goods:{documents.product_ref(filing.product)}", document,
                             idempotency_key=filing.outbox_key, now=now)


def current_message(key: str) -> OutboxMessage | None:
    """The outbox message now standing for `key`: the message itself, or its latest
    correction (the outbox admin sends corrections as "<key>:rev<n>")."""
    if not key:
        return None
    return (OutboxMessage.objects.filter(Q(idempotency_key=key) | Q(idempotency_key__startswith=f"{key}:rev"))
            .order_by("-pk").first())


# --- what an order needs before it ships --------------------------------------------------


def _accepted_filing(enterprise: Enterprise, kind: str, today: date) -> EnterpriseFiling | None:
    return (EnterpriseFiling.objects.accepted(on=today).filter(enterprise=enterprise, kind=kind)
            .order_by("-decided_at", "-pk").first())


def accepted_commodity_filing(product, enterprise: Enterprise, *, today: date | None = None):
    return (CommodityFiling.objects.accepted(on=today).filter(product=product, enterprise=enterprise)
            .order_by("-decided_at", "-pk").first())


def _enterprise_filing_message(enterprise: Enterprise, kind: str, today: date) -> str:
    label = EnterpriseFiling.Kind(kind).label
    pending = EnterpriseFiling.objects.pending().filter(enterprise=enterprise, kind=kind).exists()
    if pending:
        return _("%(seller)s: the %(filing)s is awaiting the authority's decision.") % {
            "seller": enterprise.name_en, "filing": label}
    return _("%(seller)s: file the %(filing)s and have it accepted.") % {
        "seller": enterprise.name_en, "filing": label}


def missing_filings(order) -> list[str]:
    """What must be filed (and accepted) before `order` can ship, as messages a seller or
    staff member can act on; empty when nothing is missing.

    The seller's operator filing must be in force; a seller of food (by product class or
    HS chapter, see goods.py) also needs its export food production enterprise filing; and
    every product of the order needs an accepted commodity filing for its current HS code.
    """
    today = timezone.localdate()
    messages: list[str] = []
    lines = order.lines.select_related("partner", "product", "product__product_class",
                                       "product__parent__product_class").order_by("pk")
    by_enterprise: dict[int, tuple[Enterprise, list]] = {}
    for line in lines:
        enterprise = _enterprise_of(line.partner)
        if enterprise is None:
            message = _("%(seller)s is not registered as an enterprise on the platform; its goods "
                        "cannot be declared.") % {"seller": line.partner_name or line.partner}
            if message not in messages:
                messages.append(message)
            continue
        by_enterprise.setdefault(enterprise.pk, (enterprise, []))[1].append(line)
    for enterprise, enterprise_lines in by_enterprise.values():
        if _accepted_filing(enterprise, EnterpriseFiling.Kind.CBEC_OPERATOR, today) is None:
            messages.append(_enterprise_filing_message(enterprise, EnterpriseFiling.Kind.CBEC_OPERATOR, today))
        food = [line.product for line in enterprise_lines if is_food(line.product)]
        if food and _accepted_filing(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, today) is None:
            messages.append(_enterprise_filing_message(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, today))
        seen: set[int] = set()
        for line in enterprise_lines:
            product = line.product
            if product is None:
                messages.append(_("“%(title)s” is no longer in the catalogue; it cannot be declared.")
                                % {"title": line.title})
                continue
            if product.pk in seen:
                continue
            seen.add(product.pk)
            messages.extend(_commodity_messages(product, enterprise, today))
    return messages


def _commodity_messages(product, enterprise: Enterprise, today: date) -> list[str]:
    names = {"product": product.get_title(), "ref": documents.product_ref(product)}
    filing = accepted_commodity_filing(product, enterprise, today=today)
    if filing is None:
        if CommodityFiling.objects.pending().filter(product=product, enterprise=enterprise).exists():
            return [_("“%(product)s” (%(ref)s): the commodity filing is awaiting the authority's "
                      "decision.") % names]
        return [_("“%(product)s” (%(ref)s): file the commodity filing and have it accepted.") % names]
    if filing.hs_code != (product.hs_code_id or ""):
        return [_("“%(product)s” (%(ref)s): the HS code changed from %(filed)s to %(now)s since its "
                  "commodity filing; file it again.") % {**names, "filed": filing.hs_code,
                                                          "now": product.hs_code_id or "—"}]
    return []


def _enterprise_of(partner) -> Enterprise | None:
    if partner is None:
        return None
    try:
        return partner.enterprise
    except Enterprise.DoesNotExist:
        return None


# --- batch declarations ------------------------------------------------------------------


@dataclass
class _Part:
    """The lines of one order sold by one seller."""

    order: object
    lines: list


def record_batch_declaration(orders: Iterable, *, user=None, now: datetime | None = None) -> list[BatchDeclaration]:
    """Declare shipped export orders to the inspection side, per seller (centralised
    declaration). Runs inside the caller's transaction (the one that marks the orders
    shipped) and writes one BATCH_DECL outbox message per batch in it.

    Guarantees: an order already in a batch that is not rejected is not declared again
    (the same orders twice give the same batches and write nothing); orders to China are
    not exports and are left out; nothing is written when any order misses a fact, and
    InspectionFactsMissing lists every missing fact, order by order. Returns the batches
    holding the given export orders, new and existing.
    """
    if not transaction.get_connection().in_atomic_block:
        raise outbox.TransactionRequired("record_batch_declaration must run in the shipping transaction")
    now = now or timezone.now()
    orders = sorted({order.pk: order for order in orders}.values(), key=lambda order: order.number)
    exports = [order for order in orders if modes.direction(order) == modes.EXPORT]
    parts: dict[int, tuple[Enterprise, list[_Part]]] = {}
    existing: dict[int, BatchDeclaration] = {}
    problems: list[str] = []
    for order in exports:
        lines = list(order.lines.select_related("partner", "product").order_by("pk"))
        undeclared = []
        for enterprise, enterprise_lines in _lines_by_enterprise(lines):
            batch = (BatchDeclaration.objects.live().filter(enterprise=enterprise, orders=order)
                     .order_by("pk").first())
            if batch is not None:
                existing[batch.pk] = batch
            else:
                undeclared.append((enterprise, _Part(order, enterprise_lines)))
        if not undeclared:
            continue  # declared before: its filings were checked then
        order_problems = missing_filings(order) + _order_facts(order)
        if order_problems:
            problems.extend(f"{order.number}: {message}" for message in order_problems)
            continue
        for enterprise, part in undeclared:
            parts.setdefault(enterprise.pk, (enterprise, []))[1].append(part)
    if problems:
        raise InspectionFactsMissing(problems)
    batches = list(existing.values())
    limit = max(1, int(getattr(settings, "MARKETPLACE_INSPECTION_MAX_ORDERS_PER_BATCH",
                               DEFAULT_MAX_ORDERS_PER_BATCH)))
    limit = min(limit, documents.MAX_BATCH_ORDERS)
    for enterprise, enterprise_parts in parts.values():
        for start in range(0, len(enterprise_parts), limit):
            batches.append(_declare(enterprise, enterprise_parts[start:start + limit], user, now))
    return sorted(batches, key=lambda batch: batch.pk)


def _lines_by_enterprise(lines: list) -> list[tuple[Enterprise, list]]:
    grouped: dict[int, tuple[Enterprise, list]] = {}
    for line in lines:
        enterprise = _enterprise_of(line.partner)
        if enterprise is not None:
            grouped.setdefault(enterprise.pk, (enterprise, []))[1].append(line)
    return list(grouped.values())


def _order_facts(order) -> list[str]:
    """Facts of the order itself (not filings) that a batch declaration needs."""
    problems = []
    if not modes.destination_country(order):
        problems.append(_("The order has no destination country."))
    if _cny_values(order) is None:
        problems.append(_("The order's value in CNY is unknown: no exchange rate from %(currency)s "
                          "on the day it was placed.") % {"currency": order.currency})
    return problems


def _cny_values(order) -> dict[int, Decimal] | None:
    """CNY value of each line: what the checkout stored, else converted at the rate of the
    day the order was placed; None when a line's value cannot be had."""
    from marketplace.currency.services import Converter, RateUnavailable

    values: dict[int, Decimal] = {}
    converter = None
    for line in order.lines.all():
        if line.line_price_cny is not None:
            values[line.pk] = Decimal(line.line_price_cny)
            continue
        amount = line.line_price_excl_tax
        if order.currency == CNY:
            values[line.pk] = Decimal(amount)
            continue
        if converter is None:
            placed = timezone.localdate(order.date_placed) if order.date_placed else None
            converter = Converter(on_date=placed)
        try:
            values[line.pk] = converter.convert(amount, order.currency, CNY)
        except RateUnavailable:
            return None
    return values


def batch_number_for(enterprise: Enterprise, order_numbers: list[str]) -> str:
    """The batch's number, the same for the same seller and orders: a retry or a race finds
    the batch made before rather than making a second one."""
    digest = hashlib.sha256("\n".join(sorted(order_numbers)).encode()).hexdigest()[:12].upper()
    return f"IQB-{enterprise.pk}-{digest}"


def _declare(enterprise: Enterprise, parts: list[_Part], user, now: datetime) -> BatchDeclaration:
    number = batch_number_for(enterprise, [part.order.number for part in parts])
    found = BatchDeclaration.objects.filter(number=number).first()
    if found is not None:
        return found
    today = timezone.localdate(now)
    operator = _accepted_filing(enterprise, EnterpriseFiling.Kind.CBEC_OPERATOR, today)
    food_filing = _accepted_filing(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, today)
    orders_document = []
    total = Decimal("0")
    for part in parts:
        values = _cny_values(part.order)
        lines_document = []
        for index, line in enumerate(part.lines, start=1):
            filing = accepted_commodity_filing(line.product, enterprise, today=today)
            value = values[line.pk].quantize(Decimal("0.01"))
            total += value
            lines_document.append({
                "line_no": index, "product_ref": documents.product_ref(line.product),
                "commodity_filing_number": filing.filing_number, "hs_code": filing.hs_code,
                "name_zh": filing.name_zh, "quantity": line.quantity,
                "unit": line.product.unit_of_measure, "value_cny": value,
            })
        orders_document.append({
            "order_number": part.order.number, "customs_mode": modes.customs_mode(part.order),
            "destination_country": modes.destination_country(part.order), "lines": lines_document,
        })
    office = str(getattr(settings, "MARKETPLACE_INSPECTION_OFFICE", ""))[:60]
    document = documents.batch_declaration_document(
        batch_number=number, declared_at=now, inspection_office=office,
        seller={"uscc": enterprise.uscc, "name_zh": enterprise.legal_name_zh,
                "customs_code": enterprise.customs_code,
                "operator_filing_number": operator.filing_number if operator else "",
                "food_filing_number": food_filing.filing_number if food_filing else None},
        orders=orders_document)
    key = f"inspection:batch:{number}"
    try:
        with transaction.atomic():  # a savepoint: a concurrent twin must not spoil the caller's transaction
            batch = BatchDeclaration.objects.create(
                number=number, enterprise=enterprise, inspection_office=office, total_value_cny=total,
                outbox_key=key, declared_by=user if getattr(user, "pk", None) else None, declared_at=now)
    except IntegrityError:
        return BatchDeclaration.objects.get(number=number)
    batch.orders.add(*[part.order for part in parts])
    outbox.record(OutboxKind.INSPECTION, documents.BATCH_DECL, f"batch:{number}", document,
                  idempotency_key=key, now=now)
    return batch


# --- the authority's answers -------------------------------------------------------------


def apply_receipt(reference: str, decision: str, reason: str = "", number: str | None = None, *,
                  valid_until: date | None = None, user=None, receipt: str = "",
                  now: datetime | None = None):
    """Record the authority's `decision` on a filing or batch, named by the outbox key of
    its message (corrections' keys too) or by its batch or filing number.

    Filings take "accepted" (with the filing number, and optionally valid_until) or
    "rejected" (with the reason); batches "released" (with the release number),
    "inspection_required" or "rejected" (with the reason; a batch held for inspection may
    be released or rejected later). The same receipt twice changes nothing. The outbox
    message, when there is one, takes the receipt too. `user` is staff typing in a
    decision that came on paper. Returns the filing or batch. Raises UnknownReference or
    ReceiptNotApplicable.
    """
    now = now or timezone.now()
    reason, number = (reason or "").strip()[:1000], (number or "").strip()[:64]
    with transaction.atomic():
        target, stale = _target_of(reference)
        if isinstance(target, BatchDeclaration):
            _decide_batch(target, decision, reason, number, user, now)
        elif stale:
            # An answer about an earlier revision: the outbox keeps it, the filing has moved on.
            logger.info("Receipt for %s is about an earlier revision of %s; filing unchanged", reference, target)
        else:
            _decide_filing(target, decision, reason, number, valid_until, user, now)
        # The message the receipt answers: the one its key names, else the one standing
        # for the filing's or batch's latest submission now.
        message = (OutboxMessage.objects.filter(idempotency_key=reference.strip()).first()
                   or current_message(target.outbox_key))
        if message is not None:  # none for filings loaded as data (the demo)
            outbox.record_receipt(
                message.idempotency_key,
                OutboxStatus.REJECTED if decision == REJECTED else OutboxStatus.ACCEPTED,
                reason=reason or (_("Inspection required") if decision == INSPECTION_REQUIRED else ""),
                receipt=receipt or number, now=now)
    return target


def _target_of(reference: str):
    """The filing or batch `reference` names, and whether it names an earlier revision."""
    reference = (reference or "").strip()
    root = CORRECTION_SUFFIX.sub("", reference)
    matched = FILING_KEY.fullmatch(root)
    if matched:
        model = EnterpriseFiling if matched.group(1) == "ent-filing" else CommodityFiling
        filing = model.objects.select_for_update().filter(pk=int(matched.group(2))).first()
        if filing is None:
            raise UnknownReference(reference)
        return filing, int(matched.group(3)) != filing.revision
    batch = (BatchDeclaration.objects.select_for_update()
             .filter(Q(outbox_key=root) | Q(number=reference)).first())
    if batch is not None:
        return batch, False
    if not reference:
        raise UnknownReference(reference)
    found = [filing for model in (EnterpriseFiling, CommodityFiling)
             for filing in model.objects.select_for_update().filter(filing_number=reference)[:2]]
    if len(found) != 1:
        raise UnknownReference(reference)
    return found[0], False


def _decide_filing(filing, decision: str, reason: str, number: str, valid_until: date | None,
                   user, now: datetime) -> bool:
    if decision not in (ACCEPTED, REJECTED):
        raise ReceiptNotApplicable(_("A filing is accepted or rejected, not “%(decision)s”.")
                                   % {"decision": decision})
    if decision == ACCEPTED and not number:
        raise ReceiptNotApplicable(_("An accepted filing needs the filing number the authority gave it."))
    if decision == REJECTED and not reason:
        raise ReceiptNotApplicable(_("Say why the authority rejected the filing."))
    if filing.status == decision and (
            filing.filing_number == number if decision == ACCEPTED else filing.rejection_reason == reason):
        return False  # the same answer again
    if filing.status != FilingStatus.SUBMITTED:
        raise ReceiptNotApplicable(_("The filing is %(status)s; only a submitted filing can be decided.")
                                   % {"status": filing.get_status_display()})
    filing.status = decision
    if decision == ACCEPTED:
        filing.filing_number, filing.rejection_reason, filing.valid_until = number, "", valid_until
    else:
        filing.rejection_reason = reason
    filing.decided_at = now
    filing.decided_by = user if getattr(user, "pk", None) else None
    filing.save()
    return True


BATCH_DECISIONS = {RELEASED: BatchStatus.RELEASED, INSPECTION_REQUIRED: BatchStatus.INSPECTION_REQUIRED,
                   REJECTED: BatchStatus.REJECTED}


def _decide_batch(batch: BatchDeclaration, decision: str, reason: str, number: str, user,
                  now: datetime) -> bool:
    if decision not in BATCH_DECISIONS:
        raise ReceiptNotApplicable(_("A batch is released, held for inspection or rejected, not "
                                     "“%(decision)s”.") % {"decision": decision})
    if decision == RELEASED and not number:
        raise ReceiptNotApplicable(_("A released batch needs the release number."))
    if decision != RELEASED and not reason:
        raise ReceiptNotApplicable(_("Say why the batch was held or rejected."))
    status = BATCH_DECISIONS[decision]
    if batch.status == status and (
            batch.release_number == number if status == BatchStatus.RELEASED else batch.reason == reason):
        return False  # the same answer again
    if batch.status not in (BatchStatus.DECLARED, BatchStatus.INSPECTION_REQUIRED):
        raise ReceiptNotApplicable(_("The batch is %(status)s already.") % {"status": batch.get_status_display()})
    batch.status = status
    if status == BatchStatus.RELEASED:
        batch.release_number = number
    else:
        batch.reason = reason
    batch.decided_at = now
    batch.decided_by = user if getattr(user, "pk", None) else None
    batch.save()
    return True


@dataclass(frozen=True)
class ReceiptOutcome:
    receipt: Receipt
    applied: bool
    error: str = ""


def apply_receipt_document(text: str | bytes) -> list[ReceiptOutcome]:
    """Apply every receipt of a JSON receipt document (receipts.py) a transport received,
    each in its own transaction; a receipt that names nothing known or does not fit is
    reported, not raised, so one bad receipt does not hold up the others. The document
    itself breaking the schema raises DocumentError."""
    outcomes = []
    for receipt in parse_receipts(text):
        try:
            apply_receipt(receipt.reference, receipt.decision, receipt.reason, receipt.number,
                          valid_until=receipt.valid_until, receipt=receipt.raw,
                          now=receipt.decided_at)
        except (UnknownReference, ReceiptNotApplicable) as exc:
            logger.warning("Inspection receipt for %s not applied: %s", receipt.reference, exc)
            outcomes.append(ReceiptOutcome(receipt, False, str(exc) or type(exc).__name__))
        else:
            outcomes.append(ReceiptOutcome(receipt, True))
    return outcomes
