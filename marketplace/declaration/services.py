"""Declaring a shipment to customs: the one way an order becomes Shipped.

`declare_shipment` takes one order or a batch. It guarantees:
- every order is checked first (facts.missing_facts, and whether its seller may ship it);
  if anything is missing for any order, `ShipmentRefused` lists it all, per order, and
  nothing changes;
- otherwise, in ONE transaction: each order moves to Shipped through the lifecycle (its
  who/when log kept), each CEB message is built, checked by the CEB rules and the official
  schema (when the schemas are present), and recorded in the outbox under the key
  `ceb:<type>:<order number>` with the order number as subject (so an order's messages go
  out in order), with a `DeclarationMessage` tying its guid to the outbox row; the
  inspection app's batch declaration is recorded too, when that app offers it;
- any error rolls all of it back: nothing half-declared;
- an order declared already is not declared again (its declaration is returned as is), so
  a retried call writes nothing new.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from importlib import import_module

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.order_lifecycle import rules as lifecycle_rules
from marketplace.order_lifecycle import services as lifecycle
from marketplace.order_lifecycle import statuses
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind

from . import facts, mapping, modes, rendering
from .models import Declaration, DeclarationMessage

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")

#: How many orders one batch may ship (a form posts their ids).
MAX_BATCH = 200


class ShipmentRefused(ValidationError):
    """Orders that cannot be declared (yet): `by_order` maps each order number to what it
    lacks (MissingFact). A ValidationError, so a form shows every line as an error."""

    def __init__(self, by_order: Mapping[str, list[facts.MissingFact]]):
        self.by_order = dict(by_order)
        super().__init__([str(fact) for missing in self.by_order.values() for fact in missing],
                         code="missing_facts")


def outbox_key(message_type: str, order_number: str) -> str:
    return f"ceb:{message_type}:{order_number}"


def _tracking_for(order, tracking_number: str | None, tracking_numbers: Mapping[str, str] | None) -> str:
    if tracking_numbers and order.number in tracking_numbers:
        return tracking_numbers[order.number]
    return tracking_number or ""


def _move_problems(order, user, carrier: str, tracking: str) -> list[facts.MissingFact]:
    """What the lifecycle would refuse, asked before anything moves."""
    problems = []

    def problem(code, what):
        problems.append(facts.MissingFact(order_number=order.number, code=code, what=str(what)))

    if statuses.SHIPPED not in order.available_statuses():
        problem("status", _("An order that is %(status)s cannot be shipped.")
                % {"status": statuses.LABELS.get(order.status, order.status)})
    elif statuses.SHIPPED not in lifecycle_rules.moves_for(order, user):
        problem("not_allowed", _("You may not ship this order."))
    if not carrier.strip():
        problem("no_carrier", _("Name the carrier of the shipment."))
    if not tracking.strip():
        problem("no_tracking", _("Give the shipment's tracking number."))
    return problems


def check(orders: Iterable, *, user, carrier: str, tracking_number: str | None = None,
          tracking_numbers: Mapping[str, str] | None = None) -> dict[str, list[facts.MissingFact]]:
    """What stops each order from being declared now (only orders with a problem)."""
    refused = {}
    for order in orders:
        tracking = _tracking_for(order, tracking_number, tracking_numbers)
        problems = _move_problems(order, user, carrier, tracking) + facts.missing_facts(order)
        if problems:
            refused[order.number] = problems
    return refused


def declare_shipment(
    orders, *, user, carrier: str, tracking_number: str | None = None,
    tracking_numbers: Mapping[str, str] | None = None, note: str = "", shipped_on: date | None = None,
) -> list[Declaration]:
    """Ship and declare `orders` (an Order or several) as `user`; see the module docstring.

    `tracking_number` serves every order, or `tracking_numbers` maps order numbers to
    their own. Returns the declarations in the orders' order. Raises ShipmentRefused (a
    ValidationError) listing what is missing, or the lifecycle's MoveRefused /
    ValidationError if the order changed meanwhile, with nothing written.
    """
    orders = [orders] if isinstance(orders, Order) else list(orders)
    if len(orders) > MAX_BATCH:
        raise ValidationError(_("Ship at most %(count)d orders at once.") % {"count": MAX_BATCH})
    with transaction.atomic():
        # Locked in a fixed order, so two batches sharing orders cannot deadlock.
        locked = {order.pk: order for order in
                  Order.objects.select_for_update().filter(pk__in=[o.pk for o in orders]).order_by("pk")}
        orders = [locked[order.pk] for order in orders if order.pk in locked]
        existing = {d.order_id: d for d in Declaration.objects.filter(order__in=orders)}
        todo = [order for order in orders if order.pk not in existing]
        refused = check(todo, user=user, carrier=carrier, tracking_number=tracking_number,
                        tracking_numbers=tracking_numbers)
        if refused:
            raise ShipmentRefused(refused)
        now = timezone.now()
        for order in todo:
            tracking = _tracking_for(order, tracking_number, tracking_numbers)
            lifecycle.move_order(order, statuses.SHIPPED, by=user, carrier=carrier, tracking_number=tracking,
                                 note=note, declare=False)
            existing[order.pk] = _declare(order, user=user, carrier=carrier, tracking=tracking, now=now,
                                          shipped_on=shipped_on)
        _inspection_batch(todo, user=user)
    return [existing[order.pk] for order in orders]


def declare_shipped_order(order, *, user, carrier: str, tracking_number: str) -> Declaration:
    """Declare `order`, just moved to Shipped by the lifecycle in the caller's transaction
    (order_lifecycle.services.move_order, which has checked who ships, how and whether it is
    paid): ShipmentRefused if customs lack a fact, which rolls the move back with it."""
    if not transaction.get_connection().in_atomic_block:
        raise outbox.TransactionRequired("declare_shipped_order must run in the shipping transaction")
    missing = facts.missing_facts(order)
    if missing:
        raise ShipmentRefused({order.number: missing})
    declaration = _declare(order, user=user, carrier=carrier, tracking=tracking_number, now=timezone.now(),
                           shipped_on=None)
    _inspection_batch([order], user=user)
    return declaration


def _declare(order, *, user, carrier: str, tracking: str, now, shipped_on: date | None) -> Declaration:
    declaration = Declaration.objects.create(
        order=order, customs_mode=modes.customs_mode(order), direction=modes.direction(order),
        carrier=carrier[:100], tracking_number=tracking[:100], declared_at=now,
        declared_by=user if getattr(user, "is_authenticated", False) else None)
    planned = mapping.plan(order, carrier=carrier, tracking_number=tracking, shipped_on=shipped_on)
    for position, item in enumerate(planned):
        guid = new_guid()
        payload = rendering.render(item.document, guid=guid)
        message = outbox.record(OutboxKind.CUSTOMS, item.message_type, order.number, payload,
                                idempotency_key=outbox_key(item.message_type, order.number), now=now)
        DeclarationMessage.objects.create(
            declaration=declaration, position=position, message_type=item.message_type, guid=guid,
            outbox_message=message)
    return declaration


def new_guid() -> str:
    """CEB guid: C36, upper case UUID form."""
    return str(uuid.uuid4()).upper()


def _inspection_batch(orders: list, *, user) -> None:
    if not orders:
        return
    try:
        inspection = import_module("marketplace.inspection.services")
    except ImportError:
        return
    record_batch = getattr(inspection, "record_batch_declaration", None)
    if record_batch is None:
        return
    refusal = getattr(inspection, "InspectionFactsMissing", None)
    try:
        record_batch(orders, user=user)
    except Exception as error:
        if refusal is None or not isinstance(error, refusal):
            raise
        # Its facts were asked first (facts.inspection_missing); one it checks only here
        # still stops the whole shipment, with its words.
        raise ShipmentRefused({"": [facts.MissingFact(order_number="", code="inspection", what=str(message))
                                    for message in getattr(error, "messages", [str(error)])]}) from error
