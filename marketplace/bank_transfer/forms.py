"""What staff or a seller type about a transfer received, and the dashboard list's filters."""

from datetime import date
from decimal import Decimal

from babel.numbers import get_currency_precision
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import BANK_REFERENCE_MAX_LENGTH, NOTE_MAX_LENGTH, PaymentPlan
from .services import normalise_bank_reference

#: A single transfer larger than this many times the order's total is a typing slip.
MAX_RECEIPT_TIMES_TOTAL = 2
#: What the receipt's amount column holds (12 digits, 2 of them decimals).
LARGEST_AMOUNT = Decimal("9999999999.99")


class ReceiptForm(forms.Form):
    """A transfer credited for one plan, in the plan's currency (it is not asked: a bank
    converts a transfer in another currency before crediting it)."""

    amount = forms.DecimalField()  # replaced per plan in __init__
    received_on = forms.DateField(label=_("Received on"), widget=forms.DateInput(attrs={"type": "date"}))
    bank_reference = forms.CharField(
        label=_("Bank reference"), max_length=BANK_REFERENCE_MAX_LENGTH,
        help_text=_("The bank's reference of the credit, as on the statement."))
    note = forms.CharField(label=_("Note"), max_length=NOTE_MAX_LENGTH, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, plan: PaymentPlan, today: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.today = today or timezone.localdate()
        places = get_currency_precision(plan.currency)
        unit = Decimal(1).scaleb(-places)
        limit = min(plan.total * MAX_RECEIPT_TIMES_TOTAL, LARGEST_AMOUNT)
        # Built per plan: the minor unit (cents, whole yen) and the bound depend on it.
        self.fields["amount"] = forms.DecimalField(
            label=_("Amount received (%(currency)s)") % {"currency": plan.currency},
            help_text=_("In %(currency)s, the order's currency.") % {"currency": plan.currency},
            max_digits=10 + places, decimal_places=places, min_value=unit, max_value=limit,
            error_messages={
                "min_value": _("Enter an amount of more than zero."),
                "max_value": _("A single transfer cannot be more than twice the order's total."),
            },
            widget=forms.NumberInput(attrs={"min": str(unit), "step": str(unit), "max": str(limit)}),
        )
        self.fields["received_on"].widget.attrs["max"] = self.today.isoformat()

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on > self.today:
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")
        order = self.plan.order
        placed_on = timezone.localdate(order.date_placed) if order.date_placed else None
        if placed_on is not None and received_on < placed_on:
            raise forms.ValidationError(
                _("The date cannot be before the order was placed (%(date)s).")
                % {"date": placed_on.isoformat()}, code="before_order")
        return received_on

    def clean_bank_reference(self):
        reference = normalise_bank_reference(self.cleaned_data["bank_reference"])
        if not reference:
            raise forms.ValidationError(_("Enter the bank's reference of the transfer."), code="required")
        if self.plan.receipts.filter(bank_reference=reference).exists():
            raise forms.ValidationError(
                _("A transfer with this bank reference is already recorded for this order."),
                code="duplicate")
        return reference


class PlanFilterForm(forms.Form):
    awaiting = forms.ChoiceField(
        label=_("Awaiting"), required=False,
        choices=[("", _("Deposit or balance")), (selectors.AWAITING_DEPOSIT, _("Deposit")),
                 (selectors.AWAITING_BALANCE, _("Balance"))])
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
