"""Oscar's order dashboard, with a seller kept to its own lines of an order.

Oscar lets a partner user open any order holding one of its lines (queryset_orders_for_user)
and then shows and acts on every line. On a marketplace an order may hold several
sellers' lines, so a seller sees and ships only its own; what concerns the order as a
whole (its status, payments, the delivery address) is left to the platform's staff.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

OrderNote = get_model("order", "OrderNote")

#: What a seller may post on an order's page: notes, and the status and shipping of its
#: own lines. Payments and the order's own status stay with staff.
SELLER_ORDER_ACTIONS = ("save_note",)
SELLER_LINE_ACTIONS = ("change_line_statuses", "create_shipping_event")


def lines_for_user(user, order):
    """The lines of `order` that `user` may see and act on."""
    lines = order.lines.all()
    if user.is_staff:
        return lines
    return lines.filter(partner__users__pk=user.pk).distinct()


class OrderListView(oscar_views.OrderListView):
    def get_actions(self):
        actions = super().get_actions()
        if self.request.user.is_staff:
            return actions
        # The order's own status concerns every seller of it.
        return {name: action for name, action in actions.items()
                if name != "change_order_statuses"}


class OrderDetailView(oscar_views.OrderDetailView):
    def get_order_lines(self):
        return lines_for_user(self.request.user, self.object)

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
