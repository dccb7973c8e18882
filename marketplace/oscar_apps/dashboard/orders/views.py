"""Oscar's order dashboard, with a seller kept to its own lines of an order.

Oscar lets a partner user open any order holding one of its lines (queryset_orders_for_user)
and then shows and acts on every line. On a marketplace an order may hold several
sellers' lines, so a seller sees and ships only its own; what concerns the order as a
whole (its status, payments, the delivery address) is left to the platform's staff.
Nor does a seller see the order's totals: every figure it is shown (list, CSV, order
page, statistics) is that of its own lines (selectors.with_partner_figures).

Since one checkout makes one order per seller, the seller of an order moves it through
production, shipment and delivery (order_lifecycle.services.move_order decides who may
make which move); every status change, staff's included, goes through that service so
the order's history says who made it.
"""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

from marketplace.order_lifecycle import rules, services, statuses
from marketplace.order_lifecycle import selectors as lifecycle_selectors
from marketplace.order_lifecycle.forms import MoveForm
from marketplace.order_lifecycle.views import form_errors
from marketplace.rfq import services as rfq_services
from marketplace.rfq.forms import MessageForm
from marketplace.rfq.selectors import thread_messages
from marketplace.rfq.services import RfqError

from . import selectors

OrderNote = get_model("order", "OrderNote")

#: What a seller may post on an order's page: notes, the moves of its order that
#: order_lifecycle.rules grants a seller, and shipping events of its own lines. Its lines'
#: statuses follow the order's (statuses.CASCADE): set one by one they would mark goods
#: shipped without a tracking number or before the order is paid. Payments and Oscar's
#: free status changes stay with staff.
SELLER_ORDER_ACTIONS = ("save_note", "delete_note", "move_order")
SELLER_LINE_ACTIONS = ("create_shipping_event",)


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

    def change_order_status(self, request, order):
        # Staff's bulk change, through the lifecycle so each change says who made it.
        move(request, order, request.POST.get("new_status", "").strip())

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


def move(request, order, new_status: str, **shipment) -> bool:
    """Moves `order` for the signed-in user, telling them how it went; whether it moved."""
    try:
        services.move_order(order, new_status, by=request.user, **shipment)
    except services.MoveRefused as refusal:
        messages.error(request, f"{order.number}: {refusal.message}")
        return False
    except ValidationError as error:
        messages.error(request, f"{order.number}: {' '.join(error.messages)}")
        return False
    messages.success(request, _("Order %(number)s is now: %(status)s.") % {
        "number": order.number, "status": statuses.LABELS.get(new_status, new_status)})
    return True


def move_hint(order, user, offered) -> str:
    """Why a seller is offered no move, or not the shipment, now."""
    if (statuses.SHIPPED in rules.moves_for(order, user) and statuses.SHIPPED not in offered
            or order.status == statuses.DEPOSIT_PAID):
        # At "Deposit received" the pipeline offers production only: say why not shipping.
        return _("The order is not fully paid yet: it can be shipped once the whole amount "
                 "is received.")
    if offered or user.is_staff:
        return ""
    if rules.order_seller(order) is None:
        return _("This order holds other sellers' goods: the marketplace's staff move it.")
    if order.status in statuses.UNPAID:
        return _("Waiting for the buyer's payment: production starts once the deposit or "
                 "the payment is received.")
    if order.status == statuses.DELIVERED:
        return _("Delivered: waiting for the buyer to confirm that the goods arrived.")
    return _("This order is closed.")


class OrderDetailView(oscar_views.OrderDetailView):
    order_actions = (*oscar_views.OrderDetailView.order_actions, "move_order")

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
        order = self.object
        context["status_history"] = lifecycle_selectors.order_history(order)
        form = kwargs.get("move_form") or self.get_move_form()
        context["move_form"] = form
        context["move_hint"] = move_hint(order, user, [value for value, _label
                                                       in form.fields["new_status"].choices])
        context["is_fully_paid"] = services.is_fully_paid(order)
        context["order_conversation"] = lifecycle_selectors.order_thread(order, user)
        return context

    def get_move_form(self, data=None):
        return MoveForm(data, moves=lifecycle_selectors.offered_moves(self.object,
                                                                     self.request.user))

    def move_order(self, request, order):
        """A move of the order with, for a shipment, its carrier and tracking number."""
        form = self.get_move_form(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.move_order(order, data["new_status"], by=request.user,
                                    carrier=data["carrier"], tracking_number=data["tracking_number"],
                                    note=data["note"])
            except services.MoveRefused as refusal:
                form.add_error(None, refusal.message)
            except ValidationError as error:
                form_errors(form, error)
            else:
                messages.success(request, _("Order %(number)s is now: %(status)s.") % {
                    "number": order.number, "status": statuses.LABELS[data["new_status"]]})
                return self.reload_page()
        return self.render_to_response(self.get_context_data(move_form=form))

    def change_order_status(self, request, order):
        # Oscar's status form (staff): through the lifecycle, so the history says who.
        form = self.get_order_status_form()
        if not form.is_valid():
            return self.reload_page(error=_("Invalid form submission"))
        move(request, order, form.cleaned_data["new_status"])
        return self.reload_page()

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


class OrderThreadView(generic.View):
    """The conversation between an order's buyer and its seller, from the dashboard: the
    seller's users read and write, staff read. Anybody else, another seller included,
    gets a 404 as on the order's page."""

    template_name = "oscar/dashboard/orders/order_thread.html"

    def dispatch(self, request, *args, **kwargs):
        self.order = oscar_views.get_order_for_user_or_404(request.user, kwargs["number"])
        self.conversation = lifecycle_selectors.order_thread(self.order, request.user)
        if self.conversation is None:
            raise Http404("This order has no conversation")
        seller_users = self.conversation.seller.users
        self.writes = seller_users.filter(pk=request.user.pk).exists()
        if not self.writes and not request.user.is_staff:
            raise Http404("Not this seller's order")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render(MessageForm() if self.writes else None)

    def post(self, request, *args, **kwargs):
        if not self.writes:
            raise PermissionDenied  # staff read the conversation, they do not take part
        form = MessageForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.post_order_message(
                    self.order, sender=request.user, as_seller=True,
                    body=form.cleaned_data["body"], attachments=form.cleaned_data["attachments"])
            except RfqError as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                form_errors(form, error)
            else:
                return redirect("dashboard:order-thread", number=self.order.number)
        return self.render(form)

    def render(self, form):
        thread = self.conversation.thread
        if thread is not None and self.writes:
            rfq_services.mark_thread_read(thread, self.request.user)
        return render(self.request, self.template_name, {
            "order": self.order, "seller": self.conversation.seller, "thread": thread,
            "thread_messages": thread_messages(thread), "form": form, "as_seller": True,
        })
