"""The import three-document match (三单对碰, DOMAIN §2.4 end; 财关税〔2016〕18号): customs
compares the order (CEB311), the payment (CEB411) and the waybill (CEB511) and rejects the
list when they disagree. Checking the same before sending turns a customs rejection days later
into an error the platform can show now.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .documents import ImportOrder, ImportPayment, ImportWaybill

__all__ = ["Mismatch", "match_import_documents"]


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One disagreement: ``field`` as customs names it, the two documents and their values."""

    field: str
    documents: tuple[str, str]
    values: tuple[str, str]
    message: str

    def __str__(self) -> str:
        return self.message


def _same_text(a: str | None, b: str | None) -> bool:
    # Customs compares the values as sent; only surrounding blanks are forgiven.
    return (a or "").strip() == (b or "").strip()


def match_import_documents(order: ImportOrder, payment: ImportPayment,
                           waybill: ImportWaybill) -> list[Mismatch]:
    """Every disagreement between the three documents; empty when they agree."""
    found: list[Mismatch] = []

    def compare(field: str, docs: tuple[str, str], a, b, message) -> None:
        equal = a == b if not isinstance(a, str) else _same_text(a, b)
        if not equal:
            found.append(Mismatch(field, docs, (str(a), str(b)), str(message)))

    compare("orderNo", ("CEB311", "CEB411"), order.order_no, payment.order_no,
            _("The payment is for order %(b)s, the order is %(a)s.")
            % {"a": order.order_no, "b": payment.order_no})
    compare("orderNo", ("CEB311", "CEB511"), order.order_no, waybill.order_no,
            _("The waybill is for order %(b)s, the order is %(a)s.")
            % {"a": order.order_no, "b": waybill.order_no})
    compare("ebpCode", ("CEB311", "CEB411"), order.ebp.code, payment.ebp.code,
            _("The order and the payment name different platforms."))
    compare("acturalPaid/amountPaid", ("CEB311", "CEB411"), order.actural_paid,
            payment.amount_paid,
            _("The order says %(a)s was paid, the payment %(b)s.")
            % {"a": order.actural_paid, "b": payment.amount_paid})
    compare("currency", ("CEB311", "CEB411"), order.currency, payment.currency,
            _("The order and the payment are in different currencies."))
    if order.pay is not None:
        compare("payCode", ("CEB311", "CEB411"), order.pay.code, payment.pay.code,
                _("The order and the payment name different payment firms."))
    if order.pay_transaction_id:
        compare("payTransactionId", ("CEB311", "CEB411"), order.pay_transaction_id,
                payment.pay_transaction_id,
                _("The order and the payment carry different payment transaction numbers."))
    # The buyer must be the payer (订购人与支付人一致).
    compare("buyerIdType/payerIdType", ("CEB311", "CEB411"), order.buyer_id_type,
            payment.payer_id_type, _("The buyer's and the payer's ID types differ."))
    compare("buyerIdNumber/payerIdNumber", ("CEB311", "CEB411"),
            order.buyer_id_number.upper(), payment.payer_id_number.upper(),
            _("The buyer and the payer are different people (ID numbers differ)."))
    compare("buyerName/payerName", ("CEB311", "CEB411"), order.buyer_name, payment.payer_name,
            _("The buyer's name %(a)s differs from the payer's name %(b)s.")
            % {"a": order.buyer_name, "b": payment.payer_name})
    # The consignee on the order must be the one on the waybill.
    compare("consignee", ("CEB311", "CEB511"), order.consignee, waybill.consignee,
            _("The consignee's name differs between the order and the waybill."))
    compare("consigneeTelephone", ("CEB311", "CEB511"), order.consignee_telephone,
            waybill.consignee_telephone,
            _("The consignee's telephone differs between the order and the waybill."))
    compare("consigneeAddress", ("CEB311", "CEB511"), order.consignee_address,
            waybill.consignee_address,
            _("The consignee's address differs between the order and the waybill."))
    return found
