"""CEB701 summary application (export.xsd, 202205): head plus the inventory list numbers."""

from __future__ import annotations

from lxml import etree

from .. import documents as d
from .base import Field, attr, fill, frame_fields, q

SUMMARY_HEAD: list[Field] = [
    ("customsCode", attr("customs_code")),
    ("copNo", attr("cop_no")),
    ("preNo", attr("pre_no")),
    ("sumNo", attr("sum_no")),
    ("agent", attr("agent")),
    ("ebc", attr("ebc")),
    ("declAgent", attr("decl_agent")),
    ("startTime", attr("start_time")),
    ("endTime", attr("end_time")),
    ("loctNo", attr("loct_no")),
    ("summaryFlag", attr("summary_flag")),
    ("itemNameFlag", attr("item_name_flag")),
    ("msgCount", attr("msg_count")),
    ("msgSeqNo", attr("msg_seq_no")),
    ("note", attr("note")),
]


def build_summary(message: etree._Element, doc: d.SummaryApply, frame: dict[str, str]) -> None:
    apply = etree.SubElement(message, q("SummaryApply"))
    fill(etree.SubElement(apply, q("SummaryApplyHead")), doc, frame_fields(frame) + SUMMARY_HEAD)
    for number in doc.invt_nos:
        etree.SubElement(etree.SubElement(apply, q("SummaryApplyList")), q("invtNo")).text = number
