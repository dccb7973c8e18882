"""Declaration pages of the dashboard: orders ready to ship and declare (one or a batch),
declared orders with each message's status, one order's missing facts or messages, and
staff's summary button. Staff see every order; a seller's users the orders holding their
goods (another seller's order is "not found"); anybody else gets 403. Thin views: the
services decide."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from marketplace.order_lifecycle.services import MoveRefused
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxStatus

from . import facts, selectors, services, summaries
from .forms import ShipBatchForm

#: How many declared orders the list shows (the newest).
DECLARED_SHOWN = 100


class DeclarationAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff and not selectors.works_for_a_seller(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DeclarationListView(DeclarationAccessMixin, View):
    template_name = "declaration/dashboard/index.html"

    def get(self, request):
        return self.render(self.form())

    def post(self, request):
        form = self.form(request.POST)
        refused = {}
        if form.is_valid():
            data = form.cleaned_data
            orders = list(selectors.ready_to_ship(request.user).filter(number__in=data["orders"]))
            try:
                declared = services.declare_shipment(
                    orders, user=request.user, carrier=data["carrier"],
                    tracking_numbers=data["tracking_numbers"])
            except services.ShipmentRefused as refusal:
                refused = refusal.by_order
                form.add_error(None, ngettext(
                    "%(count)d order cannot be declared yet: nothing was shipped.",
                    "%(count)d orders cannot be declared yet: nothing was shipped.",
                    len(refused)) % {"count": len(refused)})
            except MoveRefused as refusal:
                form.add_error(None, refusal.message)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, ngettext(
                    "%(count)d order shipped and declared to customs.",
                    "%(count)d orders shipped and declared to customs.", len(declared)) % {"count": len(declared)})
                return redirect("declaration:index")
        return self.render(form, refused=refused, status=400)

    def form(self, data=None) -> ShipBatchForm:
        self.ready = list(selectors.ready_to_ship(self.request.user)[:services.MAX_BATCH])
        return ShipBatchForm(data, choices=[order.number for order in self.ready])

    def render(self, form, *, refused=None, status=200):
        declared = list(selectors.declared(self.request.user)[:DECLARED_SHOWN])
        return render(self.request, self.template_name, {
            "form": form, "ready": self.ready, "refused": refused or {},
            "posted_tracking": {key[len("tracking_"):]: value for key, value in self.request.POST.items()
                                if key.startswith("tracking_")},
            "declared": [(order, selectors.message_statuses(order.declaration)) for order in declared],
        }, status=status)


class DeclarationDetailView(DeclarationAccessMixin, View):
    template_name = "declaration/dashboard/detail.html"

    def get_order(self, number):
        return get_object_or_404(selectors.visible_orders(self.request.user), number=number)

    def get(self, request, number):
        order = self.get_order(number)
        declaration = getattr(order, "declaration", None)
        return render(request, self.template_name, {
            "order": order, "declaration": declaration,
            "missing": facts.missing_facts(order) if declaration is None else [],
            "statuses": selectors.message_statuses(declaration) if declaration is not None else [],
        })

    def post(self, request, number):
        """Staff resend a rejected or failed message (same key: customs take it as the same)."""
        if not request.user.is_staff:
            raise PermissionDenied
        order = self.get_order(number)
        declaration = getattr(order, "declaration", None)
        if declaration is None:
            return redirect("declaration:detail", number=number)
        guid = str(request.POST.get("guid", ""))[:36]
        message = get_object_or_404(declaration.messages.all(), guid=guid)
        current = message.current_outbox_message()
        if current.status not in (OutboxStatus.REJECTED, OutboxStatus.FAILED):
            messages.error(request, _("Only a rejected or failed message is resent from here."))
        else:
            from marketplace.outbox.models import OutboxMessage

            outbox.resend(OutboxMessage.objects.filter(pk=current.pk))
            messages.success(request, _("%(type)s is queued to be sent again.") % {"type": message.message_type})
        return redirect("declaration:detail", number=number)


class SummariseView(View):
    """Staff: apply for the summary declaration of last month's (and earlier) released lists."""

    def post(self, request):
        if not request.user.is_staff:
            raise PermissionDenied
        made = summaries.summarise(period=(summaries.EARLIEST, summaries.last_month()[1]))
        if made:
            messages.success(request, ngettext(
                "%(count)d summary application recorded.", "%(count)d summary applications recorded.",
                len(made)) % {"count": len(made)})
        else:
            messages.info(request, _("No released list waits for a summary."))
        return redirect("declaration:index")
