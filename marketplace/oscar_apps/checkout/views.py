"""The marketplace checkout: address, trade terms per seller, payment, review, placement.

Oscar's session mixin keeps the steps in order (a basket that is empty or no longer
valid, a missing address, terms no longer valid all send the buyer back to the step);
the steps themselves are the marketplace's: every seller's part is agreed under its own
Incoterm and freight and becomes an order of its own.
"""

import logging
from functools import cached_property

from django import http
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.checkout import views as oscar_views
from oscar.core.loading import get_class, get_model

from marketplace.freight import selectors as freight_selectors
from marketplace.listing_holds.views import tell_withdrawn_lines
from marketplace.oscar_apps.address.names import country_name
from marketplace.payments.backends.base import GatewayError

from . import approvals, forms, payment, terms
from . import cbec as cbec_checkout
from .parts import seller_parts
from .placement import PlacementRefused, place_purchase
from .shipping import CODE as SHIPPING_CODE
from .shipping import TradeTermsShipping

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")
FailedPreCondition = get_class("checkout.exceptions", "FailedPreCondition")
Purchase = get_model("order", "Purchase")
Order = get_model("order", "Order")

logger = logging.getLogger(__name__)

TERMS_NAMESPACE = "trade_terms"
PAYMENT_NAMESPACE = "marketplace_payment"
PURCHASE_SESSION_KEY = "checkout_purchase_reference"


class MarketplaceCheckoutMixin(CheckoutSessionMixin):
    """The session's trade terms, checked again whenever they are read."""

    @cached_property
    def parts(self):
        parts = seller_parts(self.request.basket)
        # One read of the cold-chain attributes for every seller's goods (kept on the products).
        freight_selectors.products_needing_cold_chain(
            [line.product for part in parts for line in part.lines])
        return parts

    @cached_property
    def destination(self) -> dict:
        address = self.get_shipping_address(self.request.basket)
        if address is None or address.country_id is None:
            return {"country_code": "", "city": "", "country_name": ""}
        country = address.country
        return {"country_code": country.iso_3166_1_a2, "city": address.line4 or "",
                "country_name": country_name(country.iso_3166_1_a2, country.printable_name)}

    @cached_property
    def freight_tables(self):
        """The freight rows of every seller in the basket, read once for the page."""
        return freight_selectors.FreightTables.load([part.partner for part in self.parts])

    def stored_terms(self, part) -> dict:
        return self.checkout_session._get(TERMS_NAMESPACE, part.key) or {}

    @cached_property
    def agreed_by_part(self):
        """[(part, AgreedTerms)], or None when a part's stored terms no longer hold."""
        agreed = []
        for part in self.parts:
            stored = self.stored_terms(part)
            if not stored:
                return None
            try:
                agreed.append((part, terms.agree_terms(
                    part, offer_value=stored.get("incoterm", ""), named_place=stored.get("named_place", ""),
                    freight_code=stored.get("freight", ""), tables=self.freight_tables,
                    **self.destination)))
            except ValidationError:
                return None
        return agreed

    def get_shipping_method(self, basket, shipping_address=None, **kwargs):
        if self.checkout_session.shipping_method_code(basket) != SHIPPING_CODE:
            return None
        agreed = self.agreed_by_part
        return TradeTermsShipping(agreed, basket.currency) if agreed else None

    def payment_choice(self) -> dict:
        return self.checkout_session._get(PAYMENT_NAMESPACE, "choice") or {}

    def check_a_valid_shipping_address_is_captured(self, request=None):
        # Oscar calls it without the request from check_shipping_data_is_captured, with it
        # when it is named in pre_conditions.
        return super().check_a_valid_shipping_address_is_captured()

    def check_payment_method_is_chosen(self, request):
        if not self.payment_choice().get("method"):
            raise FailedPreCondition(url=reverse("checkout:payment-method"),
                                     message=_("Choose how you will pay."))

    def get_shipping_address(self, basket):
        # Oscar builds a new unsaved address (and reads its country) on every call; a
        # step asks several times per request.
        cached = getattr(self, "_shipping_address", None)
        if cached is None or cached[0] != basket.pk:
            self._shipping_address = (basket.pk, super().get_shipping_address(basket))
        return self._shipping_address[1]

    def terms_context(self) -> dict:
        return {"agreed_by_part": self.agreed_by_part or [], "destination": self.destination}


class IndexView(oscar_views.IndexView):
    """Buying on the marketplace needs an account (orders, documents, messages live there)."""

    def dispatch(self, request, *args, **kwargs):
        # Lines withdrawn since the basket was last seen are explained before paying.
        tell_withdrawn_lines(request)
        return super().dispatch(request, *args, **kwargs)


class ShippingAddressView(MarketplaceCheckoutMixin, oscar_views.ShippingAddressView):
    form_class = forms.ShippingAddressForm

    def get_initial(self):
        # The select takes the country's code: Oscar looked the country up for it.
        initial = dict(self.checkout_session.new_shipping_address_fields() or {})
        if "country_id" in initial:
            initial["country"] = initial.pop("country_id")
        return initial

    def get_shipping_method(self, basket, shipping_address=None, **kwargs):
        return None  # the address step shows no freight: it is chosen at the next step

    def get_available_addresses(self):
        return super().get_available_addresses().select_related("country")

    def form_valid(self, form):
        # Another destination changes the freight each seller can offer: choose again.
        self.checkout_session._flush_namespace(TERMS_NAMESPACE)
        self.checkout_session._unset("shipping", "method_code")
        return super().form_valid(form)


class TradeTermsView(MarketplaceCheckoutMixin, generic.TemplateView):
    """Step 2: per seller, the Incoterm and named place, and the freight."""

    template_name = "oscar/checkout/trade_terms.html"
    pre_conditions = [
        "check_basket_is_not_empty", "check_basket_is_valid", "check_user_email_is_captured",
        "check_a_valid_shipping_address_is_captured",
    ]

    def build_forms(self, data=None):
        built = []
        for part in self.parts:
            stored = self.stored_terms(part)
            initial = dict(stored)
            choice = terms.freight_choice(part, country_code=self.destination["country_code"],
                                          incoterm="DAP", tables=self.freight_tables)
            if not initial and part.term_offers:
                initial["incoterm"] = part.term_offers[0].value
            built.append(forms.TradeTermsForm(
                data, part=part, prefix=f"seller-{part.key}", initial=initial,
                freight_choice=choice, tables=self.freight_tables, **self.destination))
        return built

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(
            terms_forms=self.build_forms(), destination=self.destination))

    def post(self, request, *args, **kwargs):
        terms_forms = self.build_forms(request.POST)
        if not all([form.is_valid() for form in terms_forms]):
            return self.render_to_response(self.get_context_data(
                terms_forms=terms_forms, destination=self.destination), status=400)
        for form in terms_forms:
            self.checkout_session._set(TERMS_NAMESPACE, form.part.key, form.stored())
        self.checkout_session.use_shipping_method(SHIPPING_CODE)
        return redirect("checkout:payment-method")


class PaymentMethodView(MarketplaceCheckoutMixin, generic.FormView):
    """Step 3: card now, or bank transfer with or without a deposit."""

    template_name = "oscar/checkout/payment_method.html"
    form_class = forms.PaymentMethodForm
    pre_conditions = [
        "check_basket_is_not_empty", "check_basket_is_valid", "check_user_email_is_captured",
        "check_shipping_data_is_captured",
    ]

    def get_initial(self):
        return self.payment_choice() or {"method": "card", "deposit_percent": 30}

    def form_valid(self, form):
        self.checkout_session._set(PAYMENT_NAMESPACE, "choice", form.cleaned_data)
        return redirect("checkout:preview")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class PaymentDetailsView(MarketplaceCheckoutMixin, oscar_views.PaymentDetailsView):
    """Step 4: the review of every seller's order, and placing them all at once."""

    # Oscar's payment-details step is this review too: the payment was chosen before it.
    template_name = template_name_preview = "oscar/checkout/preview.html"
    pre_conditions = [
        "check_basket_is_not_empty", "check_basket_is_valid", "check_user_email_is_captured",
        "check_shipping_data_is_captured", "check_payment_method_is_chosen",
    ]
    skip_conditions = []

    @property
    def imports_into_china(self) -> bool:
        return self.destination["country_code"] == "CN"

    def place_order_form(self, data=None):
        form_class = forms.PlaceCbecOrderForm if self.imports_into_china else forms.PlaceOrderForm
        return form_class(data)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.update(self.terms_context())
        ctx.setdefault("place_form", self.place_order_form())
        ctx["payment_choice"] = self.payment_choice()
        ctx["imports_into_china"] = self.imports_into_china
        return ctx

    def post(self, request, *args, **kwargs):
        form = self.place_order_form(request.POST)
        if not form.is_valid():
            return self.render_preview(request, place_form=form, status=400)
        submission = self.build_submission()
        basket = submission["basket"]
        choice = self.payment_choice()
        on_each_order = None
        if self.imports_into_china:
            on_each_order = cbec_checkout.recorder(form.identity(authenticated=True))
        approval_company = approvals.company_needing_approval(
            request.user, submission["order_total"].incl_tax, basket.currency)
        self.freeze_basket(basket)
        try:
            placed = place_purchase(
                basket=basket, user=request.user, agreed_by_part=self.agreed_by_part,
                shipping_address=submission["shipping_address"], payment_method=choice["method"],
                deposit_percent=choice.get("deposit_percent") or 0,
                buyer_reference=choice.get("buyer_reference", ""), request=request,
                on_each_order=on_each_order, approval_company=approval_company,
            )
        except cbec_checkout.CbecRefused as refusal:
            basket.thaw()
            form.add_error(None, str(refusal))
            return self.render_preview(request, place_form=form, status=400)
        except PlacementRefused:
            basket.thaw()
            messages.error(request, _("This basket has already been ordered."))
            return redirect("basket:summary")
        except Exception:
            logger.exception("Placing basket %s failed", basket.pk)
            basket.thaw()
            return self.render_preview(
                request, error=_("A problem occurred while placing your order; nothing was "
                                 "ordered. Please try again."), status=500)
        basket.submit()
        self.checkout_session.flush()
        request.session[PURCHASE_SESSION_KEY] = placed.purchase.reference
        if placed.purchase.awaits_approval:
            messages.info(request, _("Your order is above your company's limit: it waits for an "
                                     "approver, who has been told. You can pay once it is approved."))
        elif placed.purchase.payment_method == Purchase.CARD:
            return redirect("checkout:pay", reference=placed.purchase.reference)
        return redirect("checkout:purchase", reference=placed.purchase.reference)

    def render_preview(self, request, status=200, **kwargs):
        self.preview = True
        ctx = self.get_context_data(**kwargs)
        return self.render_to_response(ctx, status=status)


class PayView(generic.TemplateView):
    """The card payment of a placed purchase, confirmed in the browser by the gateway's element."""

    template_name = "oscar/checkout/pay.html"

    def get(self, request, reference):
        purchase = _own_purchase(request, reference)
        if purchase.payment_method != Purchase.CARD:
            return redirect("checkout:purchase", reference=reference)
        if purchase.approval in (Purchase.Approval.PENDING, Purchase.Approval.REJECTED):
            messages.warning(request, _("This purchase cannot be paid before your company's "
                                        "approver releases it."))
            return redirect("checkout:purchase", reference=reference)
        if payment.is_paid(purchase):
            return redirect("checkout:purchase", reference=reference)
        try:
            started = payment.card_payment_for(purchase)
        except GatewayError:
            logger.exception("The gateway refused to open a payment for %s", reference)
            return render(request, "oscar/checkout/pay.html", {
                "purchase": purchase, "error": _("Card payments are unavailable just now; "
                                                "please try again in a few minutes.")}, status=503)
        response = render(request, self.template_name, {
            "purchase": purchase, "client_secret": started.client_secret,
            "publishable_key": started.publishable_key, "stripe_js_url": payment.stripe_js_url(),
            "return_url": request.build_absolute_uri(
                reverse("checkout:paid", kwargs={"reference": reference})),
        })
        # Only this page loads the gateway's script and frames (django-csp's csp_update).
        response._csp_update = payment.csp_sources()
        return response


def paid(request, reference):
    """Where the gateway sends the buyer back: the payment is read from the gateway (never
    from the query string) and the webhook stays the authority that moves the orders."""
    purchase = _own_purchase(request, reference)
    outcome = payment.refresh_from_gateway(purchase)
    if outcome == "succeeded":
        messages.success(request, _("Thank you: your payment was received."))
    elif outcome == "failed":
        messages.error(request, _("Your card was not charged. Please try again or pay another way."))
        return redirect("checkout:pay", reference=reference)
    else:
        messages.info(request, _("Your payment is being processed; we will e-mail you once it is through."))
    return redirect("checkout:purchase", reference=reference)


class PurchaseView(generic.TemplateView):
    """The buyer's summary of one checkout: the orders (one per seller), how they are paid."""

    template_name = "oscar/checkout/purchase.html"

    def get(self, request, reference):
        purchase = _own_purchase(request, reference, approvers_too=True)
        orders = list(purchase.orders.select_related("shipping_address__country").prefetch_related(
            "lines").order_by("number"))
        return render(request, self.template_name, {
            "purchase": purchase, "orders": orders, "paid": payment.is_paid(purchase),
            "may_decide": purchase.awaits_approval and approvals.can_decide(request.user, purchase),
            "is_buyer": purchase.user_id == request.user.pk,
            "reject_form": forms.RejectPurchaseForm(),
        })


class ApprovalsView(generic.TemplateView):
    """The purchases of the approver's company waiting for a decision."""

    template_name = "oscar/checkout/approvals.html"

    def get(self, request):
        if not request.user.is_authenticated:
            raise http.Http404
        return render(request, self.template_name, {"purchases": approvals.pending_for(request.user)})


def decide(request, reference, decision):
    """An approver releases or rejects a purchase of the company (POST only)."""
    if decision not in ("approve", "reject"):
        raise http.Http404
    if request.method != "POST":
        return http.HttpResponseNotAllowed(["POST"])
    purchase = _own_purchase(request, reference, approvers_too=True)
    if not approvals.can_decide(request.user, purchase):
        raise http.Http404
    try:
        if decision == "approve":
            approvals.approve(purchase, by=request.user)
            messages.success(request, _("Purchase approved: the buyer may pay for it now."))
        else:
            form = forms.RejectPurchaseForm(request.POST)
            if not form.is_valid():
                messages.error(request, " ".join(form.errors.get("reason", [])))
                return redirect("checkout:purchase", reference=reference)
            approvals.reject(purchase, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, _("Purchase rejected: its orders are cancelled."))
    except approvals.ApprovalRefused as refusal:
        messages.error(request, str(refusal))
    return redirect("checkout:purchase", reference=reference)


def _own_purchase(request, reference, *, approvers_too=False):
    """The buyer's purchase (or, with `approvers_too`, one an approver of its company may
    see); 404 for anyone else, so references cannot be probed."""
    if not request.user.is_authenticated:
        raise http.Http404
    purchase = get_object_or_404(Purchase.objects.select_related("company"), reference=reference)
    if purchase.user_id == request.user.pk:
        return purchase
    if approvers_too and approvals.can_decide(request.user, purchase):
        return purchase
    raise http.Http404


class ThankYouView(generic.RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        reference = self.request.session.get(PURCHASE_SESSION_KEY)
        if not reference:
            return reverse("basket:summary")
        return reverse("checkout:purchase", kwargs={"reference": reference})


ShippingMethodView = TradeTermsView  # Oscar looks the step up by this name
