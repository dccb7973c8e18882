"""The buyer's side of an order's life: moving it (cancel, confirm delivery) and talking
with its seller. Thin views: the order is the signed-in buyer's or a 404; the services
decide what may happen."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from marketplace.rfq import services as rfq_services
from marketplace.rfq.forms import MessageForm
from marketplace.rfq.selectors import thread_messages
from marketplace.rfq.services import RfqError

from . import selectors, services, statuses
from .forms import MoveForm
from .models import Role

Order = get_model("order", "Order")


def buyer_order(user, number) -> Order:
    """The signed-in buyer's own order `number`, or Http404 (as Oscar's account pages do)."""
    return get_object_or_404(Order, user=user, number=number)


def form_errors(form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form's fields (or on the form)."""
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, field_errors)
    else:
        form.add_error(None, error)


@login_required
@require_POST
def buyer_move(request, number):
    """The buyer cancels its unpaid order or confirms that the goods arrived."""
    order = buyer_order(request.user, number)
    form = MoveForm(request.POST, moves=selectors.offered_moves(order, request.user, role=Role.BUYER))
    if not form.is_valid():
        messages.error(request, _("This order cannot be moved that way now."))
        return redirect("customer:order", order_number=order.number)
    new_status = form.cleaned_data["new_status"]
    try:
        services.move_order(order, new_status, by=request.user, note=form.cleaned_data["note"])
    except services.MoveRefused as refusal:
        messages.error(request, refusal.message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your order is now: %(status)s.")
                         % {"status": statuses.LABELS[new_status]})
    return redirect("customer:order", order_number=order.number)


@login_required
def buyer_thread(request, number):
    """The buyer's conversation with the order's seller."""
    order = buyer_order(request.user, number)
    conversation = selectors.order_thread(order, request.user)
    if conversation is None:
        return redirect("customer:order", order_number=order.number)
    if request.method == "POST":
        form = MessageForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.post_order_message(
                    order, sender=request.user, as_seller=False, body=form.cleaned_data["body"],
                    attachments=form.cleaned_data["attachments"])
            except RfqError as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                form_errors(form, error)
            else:
                return redirect("order_lifecycle:thread", number=order.number)
    else:
        form = MessageForm()
    if conversation.thread is not None:
        rfq_services.mark_thread_read(conversation.thread, request.user)
    return render(request, "order_lifecycle/thread.html", {
        "order": order, "seller": conversation.seller, "thread": conversation.thread,
        "thread_messages": thread_messages(conversation.thread), "form": form,
        "as_seller": False, "page_title": _("Messages"), "active_tab": "orders",
    })
