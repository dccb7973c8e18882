"""Reads for the orders dashboard: what a seller may know of an order it shares with others.

An order may hold several sellers' lines. Its own totals (total_incl_tax, num_items,
shipping, discounts, payments) describe the whole basket, so a seller is shown instead
the figures of the lines of its Oscar partner, computed here in the same query as the
orders themselves.
"""

from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import (
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

Line = get_model("order", "Line")
ShippingEvent = get_model("order", "ShippingEvent")
ShippingEventQuantity = get_model("order", "ShippingEventQuantity")

_MONEY = DecimalField(max_digits=12, decimal_places=2)
_COUNT = IntegerField()

#: The annotations with_partner_figures adds: name, aggregate over the lines, type, zero.
PARTNER_FIGURES = (
    ("partner_total_excl_tax", Sum("line_price_excl_tax"), _MONEY, Decimal("0.00")),
    ("partner_total_incl_tax", Sum("line_price_incl_tax"), _MONEY, Decimal("0.00")),
    ("partner_total_before_discounts_excl_tax", Sum("line_price_before_discounts_excl_tax"),
     _MONEY, Decimal("0.00")),
    ("partner_total_before_discounts_incl_tax", Sum("line_price_before_discounts_incl_tax"),
     _MONEY, Decimal("0.00")),
    ("partner_num_items", Sum("quantity"), _COUNT, 0),
    ("partner_num_lines", Count("pk"), _COUNT, 0),
)


def partner_lines(user: AbstractBaseUser) -> QuerySet:
    """The order lines of the partners `user` works for (a seller's own lines)."""
    return Line.objects.filter(partner__users=user)


def with_partner_figures(orders: QuerySet, user: AbstractBaseUser) -> QuerySet:
    """`orders`, each annotated with the totals and counts of `user`'s partners' lines.

    One correlated subquery per figure rather than a Sum over a join: the list view's
    own filters join the lines again (product title, UPC, SKU), and a join-based Sum
    would count each line once per such join.
    """
    own = partner_lines(user).filter(order=OuterRef("pk")).order_by().values("order")
    annotations = {
        name: Coalesce(Subquery(own.annotate(figure=aggregate).values("figure")[:1],
                                output_field=field),
                       Value(zero), output_field=field)
        for name, aggregate, field, zero in PARTNER_FIGURES
    }
    discounts = {
        f"partner_discount_{tax}": ExpressionWrapper(
            F(f"partner_total_before_discounts_{tax}") - F(f"partner_total_{tax}"),
            output_field=_MONEY)
        for tax in ("excl_tax", "incl_tax")
    }
    return orders.annotate(**annotations).annotate(**discounts)


def partner_shipping_events(order, user: AbstractBaseUser) -> QuerySet:
    """The shipping events of `order` that moved `user`'s lines, each with only those lines.

    An event may also list another seller's lines; `own_line_quantities` leaves them out.
    """
    own = partner_lines(user).filter(order=order)
    return (
        ShippingEvent.objects.filter(order=order, lines__in=own).distinct()
        .select_related("event_type").order_by("date_created", "pk")
        .prefetch_related(Prefetch(
            "line_quantities", to_attr="own_line_quantities",
            queryset=ShippingEventQuantity.objects.filter(line__in=own).select_related("line"),
        ))
    )


def partner_order_stats(orders: QuerySet, user: AbstractBaseUser) -> dict:
    """The line count and revenue of `user`'s own lines in `orders` (the statistics page)."""
    own = partner_lines(user).filter(order__in=orders)
    figures = own.aggregate(total_lines=Count("pk"), total_revenue=Sum("line_price_incl_tax"))
    return {"total_lines": figures["total_lines"],
            "total_revenue": figures["total_revenue"] or Decimal("0.00")}
