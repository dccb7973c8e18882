"""Sending filings: one outbox message per revision, in the same transaction as the status."""

import json

import pytest
from django.db import transaction

from marketplace.inspection import documents, services
from marketplace.inspection.models import EnterpriseFiling, FilingStatus, StorageCondition
from marketplace.outbox.models import OutboxKind, OutboxMessage

from .factories import commodity_filing, enterprise_filing

pytestmark = pytest.mark.django_db


def test_submitting_an_enterprise_filing_writes_one_validated_outbox_message(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise)

    message = services.submit_enterprise_filing(filing, user=user)

    filing.refresh_from_db()
    assert filing.status == FilingStatus.SUBMITTED and filing.revision == 1
    assert filing.submitted_by == user and filing.submitted_at is not None
    assert OutboxMessage.objects.count() == 1
    assert (message.kind, message.message_type) == (OutboxKind.INSPECTION, "ENT_FILING")
    assert message.subject == f"ent:{enterprise.uscc}"
    assert message.idempotency_key == filing.outbox_key == f"inspection:ent-filing:{filing.pk}:r1"
    payload = json.loads(message.payload)
    documents.validate("ENT_FILING", payload)
    assert payload["enterprise"]["uscc"] == enterprise.uscc
    assert payload["kind"] == "cbec_operator" and payload["business_scope"] == "不锈钢厨房刀具"


def test_sending_the_same_revision_twice_sends_nothing_new(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise)
    first = services.submit_enterprise_filing(filing, user=user)
    again = services.submit_enterprise_filing(filing, user=user)
    assert again.pk == first.pk and OutboxMessage.objects.count() == 1


def test_a_rolled_back_submission_leaves_no_message_and_a_draft(knife_seller):
    enterprise, product, user = knife_seller
    filing = enterprise_filing(enterprise)
    goods = commodity_filing(product, enterprise)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.submit_enterprise_filing(filing, user=user)
        services.submit_commodity_filing(goods, user=user)
        assert OutboxMessage.objects.count() == 2
        raise RuntimeError("the caller's transaction fails after the submission")
    assert OutboxMessage.objects.count() == 0
    filing.refresh_from_db()
    goods.refresh_from_db()
    assert filing.status == goods.status == FilingStatus.DRAFT and filing.outbox_key == ""


def test_a_rejected_filing_corrected_is_a_new_revision_with_a_new_message(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise)
    services.submit_enterprise_filing(filing, user=user)
    services.apply_receipt(f"inspection:ent-filing:{filing.pk}:r1", "rejected", "经营范围不清楚")
    filing.refresh_from_db()
    filing.business_scope = "不锈钢厨房刀具、剪刀"
    filing.save()

    message = services.submit_enterprise_filing(filing, user=user)

    filing.refresh_from_db()
    assert filing.revision == 2 and filing.status == FilingStatus.SUBMITTED and filing.rejection_reason == ""
    assert message.idempotency_key == f"inspection:ent-filing:{filing.pk}:r2"
    assert OutboxMessage.objects.count() == 2


def test_a_food_production_filing_needs_the_plant_address(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, plant_address="")
    with pytest.raises(services.FilingIncomplete) as refused:
        services.submit_enterprise_filing(filing, user=user)
    assert list(refused.value.problems) == ["plant_address"]
    assert OutboxMessage.objects.count() == 0


def test_a_second_open_filing_of_the_same_kind_is_refused(knife_seller):
    enterprise, _product, user = knife_seller
    enterprise_filing(enterprise, status=FilingStatus.ACCEPTED)
    with pytest.raises(services.FilingIncomplete) as refused:
        services.submit_enterprise_filing(enterprise_filing(enterprise), user=user)
    assert "kind" in refused.value.problems


def test_an_accepted_filing_is_not_sent_again(knife_seller):
    enterprise, _product, user = knife_seller
    filing = enterprise_filing(enterprise, status=FilingStatus.ACCEPTED)
    with pytest.raises(services.FilingIncomplete):
        services.submit_enterprise_filing(filing, user=user)


def test_a_commodity_filing_carries_the_products_hs_code_and_food_facts(seafood_seller):
    enterprise, prawns, user = seafood_seller
    filing = commodity_filing(prawns, enterprise, name_zh="冻南美白对虾", spec_model="1千克/袋",
                              storage=StorageCondition.FROZEN, shelf_life_days=540)

    message = services.submit_commodity_filing(filing, user=user)

    payload = json.loads(message.payload)
    assert message.message_type == "GOODS_FILING" and message.subject == f"goods:{prawns.upc}"
    assert payload["goods"]["hs_code"] == "0306172900" and payload["goods"]["food"] is True
    assert payload["goods"]["storage"] == "frozen" and payload["goods"]["shelf_life_days"] == 540
    assert payload["goods"]["unit"] == "kg"


def test_food_without_storage_or_shelf_life_is_refused_by_field(seafood_seller):
    enterprise, prawns, user = seafood_seller
    filing = commodity_filing(prawns, enterprise, name_zh="冻虾")
    with pytest.raises(services.FilingIncomplete) as refused:
        services.submit_commodity_filing(filing, user=user)
    assert set(refused.value.problems) == {"storage", "shelf_life_days"}


def test_a_chilled_filing_of_goods_listed_at_minus_18_is_refused(seafood_seller):
    enterprise, prawns, user = seafood_seller
    prawns.attr.storage_temperature_c = -18
    prawns.save()
    filing = commodity_filing(prawns, enterprise, name_zh="冻虾", storage=StorageCondition.CHILLED,
                              shelf_life_days=7)
    with pytest.raises(services.FilingIncomplete) as refused:
        services.submit_commodity_filing(filing, user=user)
    assert "0 to 4 °C" in refused.value.problems["storage"][0]


def test_a_product_without_hs_code_cannot_be_filed(knife_seller):
    enterprise, knife, user = knife_seller
    knife.hs_code = None
    knife.save()
    with pytest.raises(services.FilingIncomplete) as refused:
        services.submit_commodity_filing(commodity_filing(knife, enterprise), user=user)
    assert "HS code" in refused.value.problems["product"][0]


def test_knives_need_no_food_facts(knife_seller):
    enterprise, knife, user = knife_seller
    message = services.submit_commodity_filing(commodity_filing(knife, enterprise), user=user)
    assert json.loads(message.payload)["goods"]["food"] is False
