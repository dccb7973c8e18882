"""What a trade document says: an order's parties, terms, lines and totals, per seller.

A marketplace order may hold goods of several sellers; each seller is the exporter of its
own goods, so each seller's part is a document of its own (its own number and page), and a
seller is never shown another's part. Everything here is plain text already formatted for
the reader's language; the templates only lay it out (and escape it).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.currency.services import Converter, RateUnavailable

from .formats import DocumentFormats
from .kinds import DocumentKind
from .selectors import TradeTerms, trade_terms_of

Partner = get_model("partner", "Partner")

CNY = "CNY"

#: The keys a bank details mapping (setting MARKETPLACE_BANK_DETAILS, or an enterprise's
#: `bank_details`) may hold, in the order they are printed. Other keys are not printed.
BANK_DETAIL_LABELS = {
    "beneficiary": _("Beneficiary"),
    "beneficiary_address": _("Beneficiary address"),
    "bank_name": _("Bank"),
    "bank_address": _("Bank address"),
    "account_number": _("Account number"),
    "iban": _("IBAN"),
    "swift": _("SWIFT/BIC code"),
}


@dataclass
class Party:
    names: list[str]
    address: list[str] = field(default_factory=list)
    #: (label, value) pairs: USCC, customs code, e-mail.
    identifiers: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class DocumentLine:
    description: str
    description_zh: str
    sku: str
    hs_code: str
    gtin: str
    quantity: str
    unit: str
    unit_price: str
    amount: str
    unit_price_cny: str = ""
    amount_cny: str = ""
    cartons: str = "—"
    units_per_carton: str = "—"
    net_weight: str = "—"
    gross_weight: str = "—"
    carton_dimensions: str = "—"
    volume: str = "—"


@dataclass
class DocumentPart:
    """One seller's goods in the order: one exporter, one document number."""

    number: str
    exporter: Party
    lines: list[DocumentLine]
    total_quantity: str
    total_amount: str
    total_amount_cny: str
    total_cartons: str
    total_net_weight: str
    total_gross_weight: str
    total_volume: str
    bank_details: list[tuple[str, str]]


@dataclass
class PaymentInstalment:
    label: str
    amount: str
    due_on: str


@dataclass
class PaymentSchedule:
    """A bank-transfer order's payment terms on its proforma: what to quote, what is due when."""

    reference: str
    #: e.g. "30% deposit, 70% balance by T/T"; empty for a single payment.
    terms: str
    instalments: list[PaymentInstalment]


@dataclass
class TradeDocument:
    kind: DocumentKind
    title: str
    language: str
    direction: str
    order_number: str
    order_date: str
    document_date: str
    currency: str
    trade_terms: TradeTerms
    importer: Party
    consignee: Party | None
    parts: list[DocumentPart]
    #: CNY columns are printed only when every amount has a CNY value (and the order is not in CNY).
    show_cny: bool
    exchange_rate_note: str
    #: Shipping and the order's total, for readers who see the whole order (buyer, staff).
    shipping: str = ""
    order_total: str = ""
    #: The bank-transfer schedule, on a proforma invoice of an order paid by T/T, for readers
    #: who see all of the order's goods (the amounts are the whole order's).
    payment_schedule: PaymentSchedule | None = None

    @property
    def payment_reference(self) -> str:
        return self.payment_schedule.reference if self.payment_schedule else self.order_number


class _CnyAmounts:
    """CNY values of order amounts: a line's own `line_price_cny` once the checkout stores it,
    else converted with the rate table as it stood on the day the order was placed."""

    def __init__(self, order, order_day: date):
        self.currency = order.currency
        self.converter = Converter(on_date=order_day)
        self.rate: Decimal | None = None
        self.rate_date: date | None = None
        self.complete = True

    def of(self, amount: Decimal | None, stored: Decimal | None = None) -> Decimal | None:
        if stored is not None:
            return Decimal(stored)
        if amount is None:
            self.complete = False
            return None
        try:
            self.rate, self.rate_date = self.converter.rate(self.currency, CNY)
        except RateUnavailable:
            self.complete = False
            return None
        return self.converter.convert(amount, self.currency, CNY)


def build_document(order, kind: DocumentKind, formats: DocumentFormats,
                   partner_ids: set[int | None], whole_order: bool) -> TradeDocument:
    """The document of `kind` for the lines of `order` whose partner is in `partner_ids`.

    Call it with the document's language active: labels and product titles are read in it.
    """
    order_day = timezone.localdate(order.date_placed) if order.date_placed else None
    in_cny = order.currency == CNY
    cny = _CnyAmounts(order, order_day)
    lines_by_partner: dict[int | None, list] = {}
    for line in order.lines.select_related("partner", "product__hs_code").order_by("pk"):
        if line.partner_id not in partner_ids:
            continue
        lines_by_partner.setdefault(line.partner_id, []).append(line)

    parts = [
        _part(kind, order, partner_lines[0].partner, partner_lines, formats, cny, in_cny, index)
        for index, partner_lines in enumerate(lines_by_partner.values(), start=1)
    ]
    show_cny = not in_cny and cny.complete
    rate_note = ""
    if show_cny and cny.rate is not None:
        rate_note = _("Exchange rate: 1 %(currency)s = %(rate)s CNY (%(date)s)") % {
            "currency": order.currency, "rate": formats.rate(cny.rate), "date": formats.date(cny.rate_date)}
    document = TradeDocument(
        kind=kind, title=str(kind.label), language=formats.language,
        direction="rtl" if formats.is_rtl else "ltr",
        order_number=order.number, order_date=formats.date(order_day),
        document_date=formats.date(timezone.localdate()), currency=order.currency,
        trade_terms=trade_terms_of(order),
        importer=_importer(order, formats), consignee=_consignee(order, formats),
        parts=parts, show_cny=show_cny, exchange_rate_note=str(rate_note),
    )
    if whole_order:
        document.shipping = formats.money(order.shipping_incl_tax, order.currency)
        document.order_total = formats.money(order.total_incl_tax, order.currency)
    if kind == DocumentKind.PROFORMA_INVOICE and set(lines_by_partner) >= _partner_ids_of(order):
        document.payment_schedule = _payment_schedule(order, formats)
    return document


def _partner_ids_of(order) -> set[int | None]:
    return set(order.lines.values_list("partner_id", flat=True))


def _payment_schedule(order, formats: DocumentFormats) -> PaymentSchedule | None:
    # Imported here: bank_transfer reads this module's bank detail labels.
    from marketplace.bank_transfer.selectors import plan_of

    plan = plan_of(order)
    if plan is None:
        return None
    instalments = []
    if plan.deposit_amount > 0:
        instalments.append(PaymentInstalment(
            label=str(_("Deposit (%(percent)s%%)") % {"percent": plan.deposit_percent}),
            amount=formats.money(plan.deposit_amount, plan.currency),
            due_on=formats.date(plan.deposit_due_on)))
    if plan.balance_amount > 0:
        label = (_("Balance (%(percent)s%%)") % {"percent": 100 - plan.deposit_percent}
                 if plan.deposit_amount > 0 else _("Full payment"))
        instalments.append(PaymentInstalment(
            label=str(label), amount=formats.money(plan.balance_amount, plan.currency),
            due_on=formats.date(plan.balance_due_on)))
    terms = ""
    if plan.deposit_amount > 0 and plan.balance_amount > 0:
        terms = str(_("%(deposit)s%% deposit, %(balance)s%% balance by bank transfer (T/T)") % {
            "deposit": plan.deposit_percent, "balance": 100 - plan.deposit_percent})
    return PaymentSchedule(reference=plan.reference, terms=terms, instalments=instalments)


def _part(kind, order, partner, lines, formats, cny, in_cny, index) -> DocumentPart:
    document_lines = []
    amounts, amounts_cny = [], []
    quantities, cartons, nets, grosses, volumes = [], [], [], [], []
    for line in lines:
        product = line.product
        amount = line.line_price_incl_tax
        unit_price = line.unit_price_incl_tax
        if unit_price is None and amount is not None and line.quantity:
            unit_price = amount / line.quantity
        amount_cny = unit_price_cny = None
        if not in_cny:
            amount_cny = cny.of(amount, getattr(line, "line_price_cny", None))
            unit_price_cny = cny.of(unit_price, getattr(line, "unit_price_cny", None))
        packing = _packing(product, line.quantity)
        amounts.append(amount)
        amounts_cny.append(amount_cny)
        quantities.append(line.quantity)
        cartons.append(packing["cartons"])
        nets.append(packing["net"])
        grosses.append(packing["gross"])
        volumes.append(packing["volume"])
        description = str(product.title) if product is not None and product.title else line.title
        description_zh = (getattr(product, "title_zh_hans", "") or "") if product is not None else ""
        document_lines.append(DocumentLine(
            description=description,
            description_zh=description_zh if description_zh != description else "",
            sku=line.partner_sku or "",
            hs_code=(product.hs_code_id or "") if product is not None else "",
            gtin=(product.gtin if product is not None else "") or _gtin_or_blank(line.upc),
            quantity=formats.quantity(line.quantity),
            unit=str(product.get_unit_of_measure_display()) if product is not None else "",
            unit_price=formats.money(unit_price, order.currency),
            amount=formats.money(amount, order.currency),
            unit_price_cny=formats.money(unit_price_cny, CNY) if unit_price_cny is not None else "",
            amount_cny=formats.money(amount_cny, CNY) if amount_cny is not None else "",
            cartons=formats.quantity(packing["cartons"]),
            units_per_carton=formats.quantity(packing["units_per_carton"]),
            net_weight=formats.weight(packing["net"]),
            gross_weight=formats.weight(packing["gross"]),
            carton_dimensions=packing["dimensions"](formats),
            volume=formats.volume(packing["volume"]),
        ))
    enterprise = _enterprise_of(partner)
    total_cny = _sum(amounts_cny)
    return DocumentPart(
        number=f"{kind.number_prefix}-{order.number}-{partner.pk if partner else 0}",
        exporter=_exporter(partner, enterprise, lines[0].partner_name, formats),
        lines=document_lines,
        total_quantity=formats.quantity(sum(quantities)),
        total_amount=formats.money(_sum(amounts), order.currency),
        total_amount_cny=formats.money(total_cny, CNY) if total_cny is not None else "",
        total_cartons=formats.quantity(_sum(cartons)),
        total_net_weight=formats.weight(_sum(nets)),
        total_gross_weight=formats.weight(_sum(grosses)),
        total_volume=formats.volume(_sum(volumes)),
        bank_details=bank_details_of(enterprise) if kind == DocumentKind.PROFORMA_INVOICE else [],
    )


def _gtin_or_blank(upc: str | None) -> str:
    # Oscar's UPC field holds any product code; only a number can be the barcode's GTIN.
    return upc if upc and upc.isdigit() and len(upc) in (8, 12, 13, 14) else ""


def _sum(values):
    """The total, or None when any value is unknown: a partial total would mislead customs."""
    if not values or any(value is None for value in values):
        return None
    return sum(values)


def _packing(product, quantity: int) -> dict:
    """Cartons, weights and volume of `quantity` units of sale; None for what the seller has not given."""
    def dimensions(_formats):
        return "—"

    packing = {"cartons": None, "units_per_carton": None, "net": None, "gross": None,
               "volume": None, "dimensions": dimensions}
    if product is None:
        return packing
    if product.units_per_carton:
        packing["units_per_carton"] = product.units_per_carton
        packing["cartons"] = math.ceil(quantity / product.units_per_carton)
    if product.net_weight_kg is not None:
        packing["net"] = product.net_weight_kg * quantity
    if product.gross_weight_kg is not None:
        packing["gross"] = product.gross_weight_kg * quantity
    sides = [getattr(product, name) for name in product.CARTON_SIDES]
    if all(side is not None for side in sides):
        packing["dimensions"] = lambda formats: "{} × {} × {} cm".format(*(formats.length(s) for s in sides))
        if packing["cartons"] is not None:
            packing["volume"] = product.carton_volume_m3 * packing["cartons"]
    return packing


def _enterprise_of(partner):
    if partner is None:
        return None
    try:
        return partner.enterprise
    except Partner.enterprise.RelatedObjectDoesNotExist:
        return None


def _exporter(partner, enterprise, partner_name: str, formats: DocumentFormats) -> Party:
    if enterprise is None:
        return Party(names=[partner.name if partner else partner_name])
    address = [enterprise.address_line]
    district = enterprise.get_district_display() if enterprise.district else ""
    address.append(", ".join(str(part) for part in (district, _("Yangjiang, Guangdong"),
                                                    formats.country("CN", "China")) if part))
    identifiers = [(str(_("USCC")), enterprise.uscc)]
    if enterprise.customs_code:
        identifiers.append((str(_("Customs registration code")), enterprise.customs_code))
    return Party(names=[enterprise.name_en, enterprise.legal_name_zh], address=address,
                 identifiers=identifiers)


def _address_party(address, formats: DocumentFormats) -> Party:
    names = [address.name] if address.name else []
    lines = [value for value in (address.line1, address.line2, address.line3) if value]
    lines.append(" ".join(value for value in (address.postcode, address.line4, address.state) if value))
    country = address.country
    lines.append(formats.country(country.iso_3166_1_a2, country.printable_name or country.name))
    return Party(names=names, address=[line for line in lines if line.strip()])


def _importer(order, formats: DocumentFormats) -> Party:
    address = order.billing_address or order.shipping_address
    party = _address_party(address, formats) if address else Party(names=[])
    user = order.user
    if not party.names and user is not None:
        party.names = [user.get_full_name() or user.get_username()]
    email = order.email if hasattr(order, "email") else order.guest_email
    if email:
        party.identifiers.append((str(_("E-mail")), email))
    return party


def _consignee(order, formats: DocumentFormats) -> Party | None:
    if order.billing_address is None or order.shipping_address is None:
        return None  # the importer's address is the delivery address
    party = _address_party(order.shipping_address, formats)
    if order.shipping_address.phone_number:
        party.identifiers.append((str(_("Phone")), str(order.shipping_address.phone_number)))
    return party


def bank_details_of(enterprise=None) -> list[tuple[str, str]]:
    """The seller's bank account if its enterprise has one, else the platform's (it collects
    the payment as the marketplace)."""
    details = getattr(enterprise, "bank_details", None)
    if not isinstance(details, Mapping) or not details:
        details = getattr(settings, "MARKETPLACE_BANK_DETAILS", {}) or {}
    if not isinstance(details, Mapping):  # a misconfigured setting prints no account
        return []
    return [(str(label), str(details[key])) for key, label in BANK_DETAIL_LABELS.items()
            if details.get(key)]
