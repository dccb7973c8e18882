"""The authority's answers (receipts) and the documents' schemas."""

import json
from datetime import date

import pytest
from django.db import transaction

from marketplace.inspection import documents, services
from marketplace.inspection.models import BatchStatus, FilingStatus
from marketplace.inspection.receipts import parse_receipts
from marketplace.inspection.schema import DocumentError, describe
from marketplace.outbox.models import OutboxMessage, OutboxStatus
from marketplace.outbox.services import correct_and_resend

from .factories import accept_all, enterprise_filing, place

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise)
    services.submit_enterprise_filing(filing, user=user)
    filing.refresh_from_db()
    return filing


@pytest.fixture
def batch(knife_seller):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    with transaction.atomic():
        [declared] = services.record_batch_declaration([place(knife)], user=user)
    return declared


def test_an_accepted_filing_gets_its_number_and_the_outbox_message_is_accepted(submitted):
    services.apply_receipt(submitted.outbox_key, "accepted", number="4417CBEC000123",
                           valid_until=date(2030, 12, 31))
    submitted.refresh_from_db()
    assert submitted.status == FilingStatus.ACCEPTED and submitted.filing_number == "4417CBEC000123"
    assert submitted.valid_until == date(2030, 12, 31) and submitted.decided_at is not None
    message = OutboxMessage.objects.get(idempotency_key=submitted.outbox_key)
    assert message.status == OutboxStatus.ACCEPTED and message.receipt == "4417CBEC000123"


def test_a_rejection_keeps_its_reason_on_the_filing_and_the_message(submitted):
    services.apply_receipt(submitted.outbox_key, "rejected", "营业执照已过期")
    submitted.refresh_from_db()
    assert submitted.status == FilingStatus.REJECTED and submitted.rejection_reason == "营业执照已过期"
    message = OutboxMessage.objects.get()
    assert (message.status, message.receipt_reason) == (OutboxStatus.REJECTED, "营业执照已过期")


def test_the_same_receipt_twice_changes_nothing_and_a_contrary_one_is_refused(submitted):
    services.apply_receipt(submitted.outbox_key, "accepted", number="N-1")
    decided_at = type(submitted).objects.get(pk=submitted.pk).decided_at
    services.apply_receipt(submitted.outbox_key, "accepted", number="N-1")
    assert type(submitted).objects.get(pk=submitted.pk).decided_at == decided_at
    with pytest.raises(services.ReceiptNotApplicable):
        services.apply_receipt(submitted.outbox_key, "rejected", "too late")


def test_a_filing_takes_no_batch_decision_and_needs_its_facts(submitted):
    with pytest.raises(services.ReceiptNotApplicable):
        services.apply_receipt(submitted.outbox_key, "released", number="R1")
    with pytest.raises(services.ReceiptNotApplicable):
        services.apply_receipt(submitted.outbox_key, "accepted")
    with pytest.raises(services.ReceiptNotApplicable):
        services.apply_receipt(submitted.outbox_key, "rejected", "")


def test_an_unknown_reference_is_refused(db):
    with pytest.raises(services.UnknownReference):
        services.apply_receipt("inspection:ent-filing:999:r1", "accepted", number="X")
    with pytest.raises(services.UnknownReference):
        services.apply_receipt("NOTHING-KNOWN", "accepted", number="X")


def test_a_receipt_for_a_corrected_message_reaches_the_filing(submitted):
    original = OutboxMessage.objects.get()
    corrected = correct_and_resend(original, original.payload.replace("李伟", "王芳"))
    services.apply_receipt(corrected.idempotency_key, "accepted", number="N-2")
    submitted.refresh_from_db()
    corrected.refresh_from_db()
    assert submitted.status == FilingStatus.ACCEPTED and corrected.status == OutboxStatus.ACCEPTED


def test_an_answer_about_an_earlier_revision_leaves_the_filing_alone(submitted, knife_seller):
    services.apply_receipt(submitted.outbox_key, "rejected", "缺少联系人")
    services.submit_enterprise_filing(submitted, user=knife_seller[2])
    services.apply_receipt(f"inspection:ent-filing:{submitted.pk}:r1", "accepted", number="OLD")
    submitted.refresh_from_db()
    assert submitted.status == FilingStatus.SUBMITTED and submitted.revision == 2


def test_a_batch_held_for_inspection_is_released_later(batch):
    services.apply_receipt(batch.outbox_key, "inspection_required", "抽样检验")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.INSPECTION_REQUIRED and batch.reason == "抽样检验"
    services.apply_receipt(batch.number, "released", number="REL-2026-0001")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.RELEASED and batch.release_number == "REL-2026-0001"
    assert OutboxMessage.objects.get(idempotency_key=batch.outbox_key).status == OutboxStatus.ACCEPTED
    with pytest.raises(services.ReceiptNotApplicable):
        services.apply_receipt(batch.number, "rejected", "too late")


def test_a_receipt_document_applies_each_receipt_and_reports_the_ones_that_do_not_fit(submitted, batch):
    text = json.dumps([
        {"doc_type": "INSPECTION_RECEIPT", "version": 1, "reference": submitted.outbox_key,
         "decision": "accepted", "number": "4417CBEC000777", "valid_until": "2031-01-31",
         "decided_at": "2026-12-03T10:00:00+08:00"},
        {"doc_type": "INSPECTION_RECEIPT", "version": 1, "reference": batch.number,
         "decision": "rejected", "reason": "货证不符"},
        {"doc_type": "INSPECTION_RECEIPT", "version": 1, "reference": "UNKNOWN-1",
         "decision": "released", "number": "R9"},
    ], ensure_ascii=False)

    outcomes = services.apply_receipt_document(text.encode())

    assert [outcome.applied for outcome in outcomes] == [True, True, False]
    submitted.refresh_from_db()
    batch.refresh_from_db()
    assert submitted.filing_number == "4417CBEC000777" and submitted.valid_until == date(2031, 1, 31)
    assert batch.status == BatchStatus.REJECTED and batch.reason == "货证不符"


def test_a_bad_receipt_document_lists_every_problem():
    with pytest.raises(DocumentError) as refused:
        parse_receipts(json.dumps([{"doc_type": "INSPECTION_RECEIPT", "version": 2, "decision": "maybe",
                                    "extra": 1}]))
    problems = refused.value.problems
    assert "[0] extra: unknown field" in problems and "[0] reference: required" in problems
    assert any(problem.startswith("[0] version") for problem in problems)
    assert any(problem.startswith("[0] decision: must be one of") for problem in problems)
    with pytest.raises(DocumentError):
        parse_receipts(b"\xff not utf-8")
    with pytest.raises(DocumentError):
        parse_receipts("{not json")
    with pytest.raises(DocumentError) as refused:
        parse_receipts(json.dumps({"doc_type": "INSPECTION_RECEIPT", "version": 1, "reference": "A",
                                   "decision": "rejected"}))
    assert refused.value.problems == ["reason: required when the decision is rejected or inspection_required"]


def _batch_document(**changes):
    document = {
        "doc_type": "BATCH_DECL", "version": 1, "batch_number": "IQB-1-ABC", "declared_at": "2026-12-03T10:00:00+08:00",
        "seller": {"uscc": "91441702314946805P", "name_zh": "阳江市刀具有限公司", "operator_filing_number": "C1"},
        "orders": [{"order_number": "YJ-1", "customs_mode": "9610", "destination_country": "US", "lines": [
            {"line_no": 1, "product_ref": "UPC1", "commodity_filing_number": "G1", "hs_code": "8211910000",
             "name_zh": "厨师刀", "quantity": 2, "unit": "piece", "value_cny": "200.00"}]}],
        "total_quantity": 2, "total_value_cny": "200.00",
    }
    document.update(changes)
    return document


def test_a_good_batch_document_validates():
    documents.validate("BATCH_DECL", _batch_document())


def test_a_bad_batch_document_names_each_field_at_fault():
    document = _batch_document()
    line = document["orders"][0]["lines"][0]
    line.update(hs_code="8211", quantity=0, value_cny=200.0, unit="bucket")
    document["seller"]["uscc"] = "not-a-uscc"
    with pytest.raises(DocumentError) as refused:
        documents.validate("BATCH_DECL", document)
    fields = {problem.split(":")[0] for problem in refused.value.problems}
    assert fields == {"seller.uscc", "orders[0].lines[0].hs_code", "orders[0].lines[0].quantity",
                      "orders[0].lines[0].value_cny", "orders[0].lines[0].unit"}


def test_totals_that_do_not_add_up_are_refused():
    with pytest.raises(DocumentError) as refused:
        documents.validate("BATCH_DECL", _batch_document(total_value_cny="199.99", total_quantity=3))
    assert len(refused.value.problems) == 2


def test_a_batch_of_food_without_the_food_filing_number_is_refused():
    document = _batch_document()
    document["orders"][0]["lines"][0]["hs_code"] = "0306172900"
    with pytest.raises(DocumentError) as refused:
        documents.validate("BATCH_DECL", document)
    assert refused.value.problems == ["seller.food_filing_number: required when the batch holds food"]


def test_too_many_orders_and_overlong_text_are_bounded():
    order = _batch_document()["orders"][0]
    many = [dict(order, order_number=f"YJ-{n}") for n in range(documents.MAX_BATCH_ORDERS + 1)]
    with pytest.raises(DocumentError) as refused:
        documents.validate("BATCH_DECL", _batch_document(orders=many, batch_number="B" * 65))
    assert "batch_number: at most 64 characters, not 65" in refused.value.problems
    assert any(problem.startswith("orders: at most 500 items") for problem in refused.value.problems)


def test_the_schema_is_described_for_the_documentation():
    rows = describe(documents.BATCH_DECLARATION_SCHEMA)
    paths = [row[0] for row in rows]
    assert "orders[].lines[].value_cny" in paths and "seller.operator_filing_number" in paths
