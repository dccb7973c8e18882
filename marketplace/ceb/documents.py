"""The plain data the CEB builders turn into customs messages (202205 edition).

One frozen dataclass per business node of a message the platform sends. Field names are the
XSD element names in snake_case (``acturalPaid`` keeps customs' spelling as ``actural_paid``,
``POD`` becomes ``pod``); a party's ``xxxCode``/``xxxName`` pair is one :class:`Party`.

Conventions, so that the mapping code (the declaration app) and the builders agree:

* Codes are the **customs** codes that go into the XML, as ``str``: currency ``"142"`` (not
  ``"CNY"``), country ``"502"`` (not ``"US"``), unit ``"035"``, transport mode ``"5"``. Convert
  with :mod:`marketplace.ceb.codes` (``currency_code("USD") -> "502"``, ``country_code("US")``,
  ``unit_code(...)``, ``transport_mode_code(...)``, ``wrap_type_code(...)``).
* Money, quantities and weights are ``Decimal`` (at most 19 digits, 5 after the point); counts
  (``gnum``, ``pack_no``) are ``int``.
* Times are ``datetime`` (written ``YYYYMMDDhhmmss``) and days are ``date`` (``YYYYMMDD``); an
  aware datetime is written in Beijing time, a naive one as it is.
* Totals are given, not computed: :mod:`marketplace.ceb.rules` checks that they add up
  (``total_price = qty * price``, ``goods_value = Σ total_price``, CEB311 ``actural_paid``), so a
  mapping error shows up as a clear error instead of a silently "corrected" declaration.
* ``lines`` accept any sequence and are stored as a tuple.

The message frame (``guid``, ``appType``, ``appTime``, ``appStatus``) is not part of a
document: the builder adds it (see ``builders.build``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

__all__ = [
    "BaseTransfer",
    "ExportInventory",
    "ExportOrder",
    "ExportOrderLine",
    "ExportWaybill",
    "ImportInventory",
    "ImportInventoryLine",
    "ImportOrder",
    "ImportOrderLine",
    "ImportPayment",
    "ImportWaybill",
    "InventoryLine",
    "Party",
    "PaymentReceipt",
    "SummaryApply",
]

#: Bar code value customs asks for when goods carry none (CEB603 barCode is required).
NO_BAR_CODE = "无"


def _tuple(value: Sequence) -> tuple:
    return value if isinstance(value, tuple) else tuple(value)


class _WithLines:
    """Stores ``lines`` as a tuple so a frozen document really cannot change."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", _tuple(self.lines))  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Party:
    """A firm as customs knows it: ``code`` is its 10-character customs registration code or
    its 18-character USCC (C..18); ``name`` its registered name (C..100)."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class BaseTransfer:
    """Who transmits the message (``BaseTransfer``): ``cop_code`` must be the identity of the
    connected E-port client (C..18), ``dxp_id`` its data-exchange user id (C..30)."""

    cop_code: str
    cop_name: str
    dxp_id: str
    dxp_mode: str = "DXP"
    note: str | None = None


# --------------------------------------------------------------------------------------
# Export (出口): CEB303 order, CEB403 receipt of payment, CEB505 waybill, CEB603 inventory
# list, CEB701 summary application.
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportOrderLine:
    """One item of an export order (CEB303 ``OrderList``)."""

    gnum: int
    """Item number from 1, the same as the inventory list's ``gnum`` for this item."""
    item_no: str
    """The firm's own article number (C..30)."""
    item_name: str
    """Chinese name of the goods (C..250)."""
    unit: str
    """Customs unit of measure code (C3), e.g. ``"011"`` 件."""
    currency: str
    """Customs currency code (C3)."""
    qty: Decimal
    price: Decimal
    total_price: Decimal
    """Must be ``qty * price``."""
    item_describe: str | None = None
    """The listing's description on the platform (C..1000)."""
    bar_code: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ExportOrder(_WithLines):
    """An export order (CEB303 ``Order``): ``order_type`` ``"E"`` B2C retail (9610), ``"B"`` B2B
    (9710) or ``"W"`` overseas-warehouse booking (9810, then ``order_no`` is the booking number
    and ``ebp.name`` may be the warehouse's name; an overseas platform without a customs code
    uses ``"无"`` as ``ebp.code``)."""

    order_type: str
    order_no: str
    """Unique per platform (C..60)."""
    ebp: Party
    """The e-commerce platform."""
    ebc: Party
    """The e-commerce firm: the shipper of record on the inventory list."""
    goods_value: Decimal
    """FOB value of the goods, freight excluded, non-cash discounts included; = Σ lines."""
    freight: Decimal
    """Freight and charges, ``Decimal(0)`` if none."""
    currency: str
    lines: tuple[ExportOrderLine, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentReceipt:
    """Receipt of payment for an export order (CEB403 ``Receipts``, 收款单)."""

    ebp: Party
    ebc: Party
    order_no: str
    pay_name: str
    """The payment firm's name; ``"现金支付"`` when not paid online."""
    charge: Decimal
    """Amount received."""
    currency: str
    accounting_date: datetime
    """When the money arrived (到账时间)."""
    pay_code: str | None = None
    """The payment firm's customs code; required for a domestic payment firm."""
    pay_no: str | None = None
    """The payment transaction number (C..60)."""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ExportWaybill:
    """An export parcel waybill (CEB505 ``Logistics``)."""

    logistics: Party
    logistics_no: str
    """Parcel waybill number, unique per carrier for six months (C..32)."""
    freight: Decimal
    insured_fee: Decimal
    currency: str
    gross_weight: Decimal
    """Kilograms."""
    pack_no: int
    """Number of parcels under this waybill."""
    goods_info: str
    """The main goods as the carrier can see them (C..200)."""
    ebc: Party | None = None
    """The shipper of record (optional)."""
    ebc_telephone: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class InventoryLine:
    """One item of an export inventory list (CEB603 ``InventoryList``)."""

    gnum: int
    """Item number from 1, without gaps, = the order line's ``gnum``."""
    item_no: str
    """The firm's article number (C..20)."""
    gcode: str
    """10-digit Chinese HS code (C10)."""
    gname: str
    """Name of the goods as declared (C..250)."""
    gmodel: str
    """Declaration elements: name, brand, specification, model, material... (C..250)."""
    country: str
    """Customs code of the final destination country (C3)."""
    currency: str
    qty: Decimal
    """Declared quantity, in ``unit``."""
    qty1: Decimal
    """Quantity in the first legal unit ``unit1``."""
    unit: str
    unit1: str
    price: Decimal
    """FOB unit price."""
    total_price: Decimal
    """Must be ``qty * price``."""
    bar_code: str = NO_BAR_CODE
    item_record_no: str | None = None
    """Bonded article record number; required for bonded (1210) export."""
    item_name: str | None = None
    """The firm's own name of the goods; becomes the rebate product name after summary."""
    qty2: Decimal | None = None
    unit2: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ExportInventory(_WithLines):
    """An export inventory list (CEB603 ``Inventory``, 出口清单); ``ieFlag`` is always ``E``."""

    customs_code: str
    """Declaring customs office (C4, JGS/T 18)."""
    port_code: str
    """Exit customs office (C4)."""
    ebp: Party
    ebc: Party
    """Shipper of record (收发货人)."""
    logistics: Party
    agent: Party
    """The declarant (报关企业)."""
    owner: Party
    """Producer / seller (生产销售单位); code ``"NO"`` if not registered."""
    order_no: str
    """= the CEB303 ``orderNo``."""
    logistics_no: str
    """= the CEB505 ``logisticsNo`` (C..32)."""
    cop_no: str
    """The firm's own document number (C..30)."""
    ie_date: date
    """Export date."""
    statistics_flag: str
    """``"A"`` simplified (no licence, no export duty, no rebate) or ``"B"`` summary declaration."""
    trade_mode: str
    """``"9610"``, ``"9710"``, ``"9810"`` (or ``"1210"`` bonded)."""
    traf_mode: str
    """Customs transport mode code (C1)."""
    country: str
    """Destination country (运抵国, C3)."""
    pod: str
    """Port of destination code (element ``POD``, C3..4)."""
    freight: Decimal
    f_currency: str
    f_flag: str
    """Freight mark: ``"1"`` rate, ``"2"`` per unit, ``"3"`` total."""
    insured_fee: Decimal
    i_currency: str
    i_flag: str
    wrap_type: str
    """Packing type code (C1)."""
    pack_no: int
    gross_weight: Decimal
    net_weight: Decimal
    lines: tuple[InventoryLine, ...]
    iac: Party | None = None
    """In-zone warehouse firm; special-zone export only."""
    ems_no: str | None = None
    traf_name: str | None = None
    voyage_no: str | None = None
    bill_no: str | None = None
    total_package_no: str | None = None
    loct_no: str | None = None
    license_no: str | None = None
    pre_no: str | None = None
    """Returned by the E-port; only when changing a declared list."""
    invt_no: str | None = None
    """Returned by customs; only when changing a declared list."""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class SummaryApply:
    """A summary application (CEB701 ``SummaryApply``): either the list numbers ``invt_nos`` or
    a ``start_time``/``end_time`` window (then customs ignores the list numbers)."""

    customs_code: str
    cop_no: str
    agent: Party
    """The applicant (申报单位)."""
    ebc: Party
    """Shipper of record."""
    decl_agent: Party
    """The broker of the customs declaration that follows."""
    summary_flag: str
    """``"1"`` per shipper, ``"2"`` per shipper and producer."""
    item_name_flag: str
    """``"1"`` group by the lists' item names, otherwise by customs' generic names."""
    invt_nos: tuple[str, ...] = ()
    start_time: datetime | None = None
    end_time: datetime | None = None
    msg_count: int = 1
    msg_seq_no: int = 1
    loct_no: str | None = None
    pre_no: str | None = None
    sum_no: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "invt_nos", _tuple(self.invt_nos))


# --------------------------------------------------------------------------------------
# Import (进口): CEB311 order, CEB411 payment, CEB511 waybill, CEB621 inventory list.
# Currency is always CNY (142) on import messages.
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportOrderLine:
    """One item of an import order (CEB311 ``OrderList``)."""

    gnum: int
    item_name: str
    """Chinese name on the platform (C..250)."""
    gmodel: str
    """Declaration elements (C..510)."""
    unit: str
    qty: Decimal
    price: Decimal
    """``Decimal(0)`` for a gift."""
    total_price: Decimal
    country: str
    """Country of origin (C3)."""
    currency: str = "142"
    item_no: str | None = None
    item_describe: str | None = None
    bar_code: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportOrder(_WithLines):
    """An import order (CEB311 ``Order``); ``orderType`` is always ``I``."""

    order_no: str
    ebp: Party
    ebc: Party
    goods_value: Decimal
    """Incl. non-cash discounts; = Σ lines."""
    freight: Decimal
    discount: Decimal
    """Non-cash payment: points, vouchers; 0 if none."""
    tax_total: Decimal
    """Tax withheld by the firm; 0 if none."""
    actural_paid: Decimal
    """= goods_value + freight + tax_total − discount; = the CEB411 ``amountPaid``."""
    buyer_reg_no: str
    """The buyer's account on the platform (C..60)."""
    buyer_name: str
    """The buyer's real name (C..60)."""
    buyer_telephone: str
    buyer_id_number: str
    consignee: str
    consignee_telephone: str
    consignee_address: str
    lines: tuple[ImportOrderLine, ...]
    buyer_id_type: str = "1"
    """``"1"`` resident ID card, the only type customs accepts."""
    currency: str = "142"
    pay: Party | None = None
    pay_transaction_id: str | None = None
    batch_numbers: str | None = None
    consignee_district: str | None = None
    """6-digit administrative division code (GB/T 2260)."""
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportPayment:
    """An import payment voucher (CEB411 ``PaymentHead``)."""

    pay: Party
    """The payment firm."""
    pay_transaction_id: str
    order_no: str
    ebp: Party
    payer_id_number: str
    payer_name: str
    amount_paid: Decimal
    pay_time: datetime
    payer_id_type: str = "1"
    telephone: str | None = None
    currency: str = "142"
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportWaybill:
    """An import parcel waybill (CEB511 ``LogisticsHead``)."""

    logistics: Party
    logistics_no: str
    """C..60, unique per carrier for six months."""
    order_no: str
    weight: Decimal
    """Gross weight, kilograms."""
    consignee: str
    consignee_address: str
    consignee_telephone: str
    currency: str = "142"
    pack_no: int = 1
    bill_no: str | None = None
    freight: Decimal | None = None
    insured_fee: Decimal | None = None
    goods_info: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportInventoryLine:
    """One item of an import inventory list (CEB621 ``InventoryList``)."""

    gnum: int
    gcode: str
    gname: str
    gmodel: str
    """C..510."""
    country: str
    """Country of origin."""
    qty: Decimal
    unit: str
    qty1: Decimal
    unit1: str
    price: Decimal
    total_price: Decimal
    currency: str = "142"
    item_record_no: str | None = None
    """Bonded (1210) only."""
    item_no: str | None = None
    item_name: str | None = None
    bar_code: str | None = None
    trade_country: str | None = None
    qty2: Decimal | None = None
    unit2: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportInventory(_WithLines):
    """An import inventory list (CEB621 ``Inventory``); ``ieFlag`` is always ``I``. The message
    must carry a signature (the 2022 XSD requires ``ds:Signature``)."""

    order_no: str
    ebp: Party
    ebc: Party
    logistics: Party
    logistics_no: str
    agent: Party
    assure_code: str
    """Customs code of the firm guaranteeing the tax (C..30)."""
    decl_time: date
    customs_code: str
    port_code: str
    buyer_id_number: str
    buyer_name: str
    buyer_telephone: str
    consignee_address: str
    trade_mode: str
    """``"9610"`` direct purchase or ``"1210"`` bonded."""
    traf_mode: str
    country: str
    """Country of dispatch for 9610; ``"142"`` for bonded."""
    freight: Decimal
    insured_fee: Decimal
    gross_weight: Decimal
    net_weight: Decimal
    lines: tuple[ImportInventoryLine, ...]
    buyer_id_type: str = "1"
    currency: str = "142"
    pack_no: int = 1
    cop_no: str | None = None
    pre_no: str | None = None
    invt_no: str | None = None
    ems_no: str | None = None
    area: Party | None = None
    """In-zone warehouse firm; bonded only."""
    ie_date: date | None = None
    traf_no: str | None = None
    voyage_no: str | None = None
    bill_no: str | None = None
    loct_no: str | None = None
    license_no: str | None = None
    wrap_type: str | None = None
    note: str | None = None


#: Every document type a builder accepts.
Document = (
    ExportOrder
    | PaymentReceipt
    | ExportWaybill
    | ExportInventory
    | SummaryApply
    | ImportOrder
    | ImportPayment
    | ImportWaybill
    | ImportInventory
)

