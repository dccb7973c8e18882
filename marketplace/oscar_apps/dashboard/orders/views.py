"""Oscar's order dashboard, with a seller kept to its own lines of an order.

Oscar lets a partner user open any order holding one of its lines (queryset_orders_for_user)
and then shows and acts on every line. On a marketplace an order may hold several
sellers' lines, so a seller sees and ships only its own; what concerns the order as a
whole (its status, payments, the delivery address) is left to the platform's staff.
Nor does a seller see the order's totals: every figure it is shown (list, CSV, order
page, statistics) is that of its own lines (selectors.with_partner_figures).
"""

from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

from . import selectors

OrderNote = get_model("order", "OrderNote")

#: What a seller may post on an order's page: notes, and the status and shipping of its
#: own lines. Payments and the order's own status stay with staff.
SELLER_ORDER_ACTIONS = ("save_note", "delete_note")
SELLER_LINE_ACTIONS = ("change_line_statuses", "create_shipping_event")


def lines_for_user(user, order):
    """The lines of `order` that `user` may see and act on."""
    lines = order.lines.all()
    if user.is_staff:
        return lines
    return lines.filter(partner__users__pk=user.pk).distinct()


#: Oscar's line filters of the order search, by the Line field each reads.
LINE_SEARCH_FIELDS = {"product_title": "title__istartswith", "upc": "upc",
                      "partner_sku": "partner_sku"}


class OrderListView(oscar_views.OrderListView):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            self.CSV_COLUMNS = {
                **self.CSV_COLUMNS,
                "value": _("Value of your goods"),
                "num_items": _("Number of your items"),
            }
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff:
            return queryset
        queryset = selectors.with_partner_figures(queryset, user)
        # Oscar matches a title, UPC or SKU on any line: a seller would learn which of its
        # orders also hold a given product of another seller. Only its own lines count.
        data = getattr(self.form, "cleaned_data", {})
        for name, lookup in LINE_SEARCH_FIELDS.items():
            if data.get(name):
                queryset = queryset.filter(pk__in=selectors.partner_lines(user).filter(
                    **{lookup: data[name]}).values("order"))
        # Sorting by the order's total would rank orders by other sellers' goods.
        ordering = [self._partner_sort(field) for field in queryset.query.order_by]
        return queryset.order_by(*ordering) if ordering else queryset

    @staticmethod
    def _partner_sort(field):
        if isinstance(field, str) and field.lstrip("-") == "total_incl_tax":
            return field.replace("total_incl_tax", "partner_total_incl_tax")
        return field

    def get_row_values(self, order):
        row = super().get_row_values(order)
        if not self.request.user.is_staff:
            # Written like the order's own total: a sum computed by SQLite loses the scale.
            row["value"] = order.partner_total_incl_tax.quantize(Decimal("0.01"))
            row["num_items"] = order.partner_num_items
        return row

    def get_actions(self):
        actions = super().get_actions()
        if self.request.user.is_staff:
            return actions
        # The order's own status concerns every seller of it.
        return {name: action for name, action in actions.items()
                if name != "change_order_statuses"}


class OrderStatsView(oscar_views.OrderStatsView):
    def get_stats(self, filters):
        stats = super().get_stats(filters)
        user = self.request.user
        if not user.is_staff:
            orders = oscar_views.queryset_orders_for_user(user).filter(**filters)
            stats.update(selectors.partner_order_stats(orders, user))
        return stats


class OrderDetailView(oscar_views.OrderDetailView):
    def get_object(self, queryset=None):
        user = self.request.user
        if user.is_staff:
            return super().get_object(queryset)
        orders = selectors.with_partner_figures(oscar_views.queryset_orders_for_user(user), user)
        # Notes are the writer's: other sellers of a shared order and the platform's staff
        # keep theirs to themselves. Prefetched this way, Oscar's page (order.notes.all) and
        # its delete_note action (order.notes.get) see only the seller's own notes.
        orders = orders.prefetch_related(
            Prefetch("notes", queryset=OrderNote.objects.filter(user=user)))
        return get_object_or_404(orders, number=self.kwargs["number"])

    def get_order_lines(self):
        return lines_for_user(self.request.user, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if not user.is_staff:
            context["partner_shipping_events"] = selectors.partner_shipping_events(
                self.object, user)
            # Transactions are for the whole order's payment, which stays with staff.
            context["payment_transactions"] = []
        return context

    def get_order_note_form(self):
        note_id = self.kwargs.get("note_id")
        if note_id and not self.request.user.is_staff:
            # Oscar lets anyone who sees the order edit its notes; a seller edits its own.
            get_object_or_404(OrderNote, order=self.object, id=note_id, user=self.request.user)
        return super().get_order_note_form()

    def handle_order_action(self, request, order, action):
        if not request.user.is_staff and action not in SELLER_ORDER_ACTIONS:
            raise PermissionDenied
        return super().handle_order_action(request, order, action)

    def handle_line_action(self, request, order, action):
        if not request.user.is_staff and action not in SELLER_LINE_ACTIONS:
            raise PermissionDenied
        return super().handle_line_action(request, order, action)


class LineDetailView(oscar_views.LineDetailView):
    def get_object(self, queryset=None):
        line = super().get_object(queryset)
        if not lines_for_user(self.request.user, line.order).filter(pk=line.pk).exists():
            raise Http404
        return line
