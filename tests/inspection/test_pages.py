"""The dashboard pages: sellers file and follow their filings, staff see all and record decisions."""

import pytest
from django.db import transaction
from django.urls import reverse

from marketplace.inspection import services
from marketplace.inspection.models import CommodityFiling, EnterpriseFiling, FilingStatus, StorageCondition
from marketplace.outbox.models import OutboxMessage
from tests.sellers.factories import UserFactory

from .conftest import logged_in
from .factories import accept_all, commodity_filing, enterprise_filing, make_knife_seller, place

pytestmark = pytest.mark.django_db

CREATE_ENTERPRISE = reverse("inspection:inspection-enterprise-filing-create")
CREATE_COMMODITY = reverse("inspection:inspection-commodity-filing-create")


def detail(filing):
    name = "commodity" if isinstance(filing, CommodityFiling) else "enterprise"
    return reverse(f"inspection:inspection-{name}-filing-detail", kwargs={"pk": filing.pk})


def not_found(response) -> bool:
    # Outside the language prefix LocaleMiddleware answers a 404 with a redirect into
    # /en/dashboard/..., which is not found either: the requests follow it.
    return response.status_code == 404


def enterprise_form(enterprise, **changes):
    return {"enterprise": enterprise.pk, "kind": "cbec_operator", "business_scope": "不锈钢厨房刀具",
            "plant_address": "", "contact_name": "李伟", "contact_phone": "+86 662 3300000", **changes}


def test_a_seller_files_and_sends_its_operator_filing(knife_seller):
    enterprise, _knife, user = knife_seller
    client = logged_in(user)
    assert client.get(CREATE_ENTERPRISE).status_code == 200

    response = client.post(CREATE_ENTERPRISE, {**enterprise_form(enterprise), "submit": "1"}, follow=True)

    filing = EnterpriseFiling.objects.get()
    assert filing.status == FilingStatus.SUBMITTED and filing.submitted_by == user
    assert OutboxMessage.objects.filter(message_type="ENT_FILING").count() == 1
    page = response.content.decode()
    assert "Submitted, awaiting the authority" in page and "The filing is sent to the authority" in page


def test_the_filing_form_refuses_bad_input_field_by_field(knife_seller):
    enterprise, _knife, user = knife_seller
    response = logged_in(user).post(CREATE_ENTERPRISE, enterprise_form(
        enterprise, kind="food_production", business_scope="kitchen knives", contact_phone="9" * 41))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "Write this in Chinese" in errors["business_scope"][0]
    assert "plant where the food is made" in errors["plant_address"][0]
    assert "at most 40 characters" in errors["contact_phone"][0]
    assert not EnterpriseFiling.objects.exists()


def test_markup_typed_into_a_filing_is_stored_as_text_and_printed_escaped(knife_seller):
    enterprise, _knife, user = knife_seller
    client = logged_in(user)
    client.post(CREATE_ENTERPRISE, enterprise_form(enterprise, contact_name="<script>alert(1)</script>李伟"))
    filing = EnterpriseFiling.objects.get()
    assert "<script>" not in filing.contact_name
    assert "<script>alert" not in client.get(detail(filing)).content.decode()


def test_a_seller_cannot_file_for_another_sellers_enterprise_or_product(knife_seller):
    enterprise, _knife, user = knife_seller
    other, other_knife, _other_user = make_knife_seller(name="Other Blades")
    client = logged_in(user)
    response = client.post(CREATE_ENTERPRISE, enterprise_form(other))
    assert response.status_code == 400 and "enterprise" in response.context["form"].errors
    response = client.post(CREATE_COMMODITY, {"product": other_knife.pk, "name_zh": "厨师刀",
                                              "spec_model": "8寸", "origin": "阳江"})
    assert response.status_code == 400 and "product" in response.context["form"].errors


def test_a_seller_cannot_see_or_change_another_sellers_filing(knife_seller):
    enterprise, _knife, user = knife_seller
    other, other_knife, other_user = make_knife_seller(name="Other Blades")
    theirs = enterprise_filing(other)
    goods = commodity_filing(other_knife, other)
    client = logged_in(user)
    assert not_found(client.get(detail(theirs), follow=True))
    assert not_found(client.post(detail(theirs), enterprise_form(other), follow=True))
    assert not_found(client.post(reverse("inspection:inspection-enterprise-filing-submit",
                                         kwargs={"pk": theirs.pk}), follow=True))
    assert not_found(client.get(detail(goods), follow=True))
    assert "Other Blades" not in client.get(reverse("inspection:inspection-enterprise-filing-list")).content.decode()
    assert OutboxMessage.objects.count() == 0


def test_users_who_sell_nothing_are_refused_and_visitors_sent_to_log_in(db):
    assert logged_in(UserFactory()).get(reverse("inspection:inspection-index")).status_code == 403
    response = logged_in(UserFactory()).get(CREATE_ENTERPRISE)
    assert response.status_code == 403
    from django.test import Client

    assert Client().get(reverse("inspection:inspection-index")).status_code == 302


def test_a_commodity_filing_of_food_asks_for_storage_and_shelf_life(seafood_seller):
    enterprise, prawns, user = seafood_seller
    client = logged_in(user)
    data = {"product": prawns.pk, "name_zh": "冻南美白对虾", "spec_model": "1千克/袋", "origin": "广东阳江"}
    response = client.post(CREATE_COMMODITY, data)
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"storage", "shelf_life_days"}
    response = client.post(CREATE_COMMODITY, {**data, "storage": "frozen", "shelf_life_days": "99999"})
    assert "shelf_life_days" in response.context["form"].errors

    client.post(CREATE_COMMODITY, {**data, "storage": StorageCondition.FROZEN, "shelf_life_days": "540",
                                   "submit": "1"})
    filing = CommodityFiling.objects.get()
    assert (filing.status, filing.hs_code, filing.enterprise) == (FilingStatus.SUBMITTED, "0306172900", enterprise)


def test_staff_see_pending_filings_and_record_a_rejection_the_seller_then_reads(knife_seller, staff):
    enterprise, _knife, user = knife_seller
    filing = enterprise_filing(enterprise)
    services.submit_enterprise_filing(filing, user=user)
    staff_client = logged_in(staff)
    index = staff_client.get(reverse("inspection:inspection-index")).content.decode()
    assert enterprise.legal_name_zh in index and "Pending" in index

    response = staff_client.post(detail(filing), {"decide": "1", "decision": "rejected", "reason": ""})
    assert response.status_code == 400 and "reason" in response.context["decision_form"].errors
    staff_client.post(detail(filing), {"decide": "1", "decision": "rejected", "reason": "经营范围与营业执照不符"})

    filing.refresh_from_db()
    assert filing.status == FilingStatus.REJECTED and filing.decided_by == staff
    seller_page = logged_in(user).get(detail(filing)).content.decode()
    assert "经营范围与营业执照不符" in seller_page and "Correct and send again" in seller_page
    assert OutboxMessage.objects.get().status == "rejected"


def test_staff_accept_with_the_filing_number_only(knife_seller, staff):
    enterprise, knife, user = knife_seller
    filing = commodity_filing(knife, enterprise)
    services.submit_commodity_filing(filing, user=user)
    client = logged_in(staff)
    response = client.post(detail(filing), {"decide": "1", "decision": "accepted", "filing_number": ""})
    assert "filing_number" in response.context["decision_form"].errors
    response = client.post(detail(filing), {"decide": "1", "decision": "accepted", "filing_number": "bad number!"})
    assert "filing_number" in response.context["decision_form"].errors
    client.post(detail(filing), {"decide": "1", "decision": "accepted", "filing_number": "4417GDS000001"})
    filing.refresh_from_db()
    assert filing.status == FilingStatus.ACCEPTED and filing.filing_number == "4417GDS000001"
    assert "4417GDS000001" in logged_in(user).get(detail(filing)).content.decode()


def test_a_seller_cannot_record_a_decision(knife_seller):
    enterprise, _knife, user = knife_seller
    filing = enterprise_filing(enterprise)
    services.submit_enterprise_filing(filing, user=user)
    response = logged_in(user).post(detail(filing), {"decide": "1", "decision": "accepted", "filing_number": "X1"})
    assert response.status_code == 403
    filing.refresh_from_db()
    assert filing.status == FilingStatus.SUBMITTED


def test_a_sent_filing_cannot_be_edited(knife_seller):
    enterprise, _knife, user = knife_seller
    filing = enterprise_filing(enterprise)
    services.submit_enterprise_filing(filing, user=user)
    client = logged_in(user)
    assert client.get(detail(filing)).context["form"] is None
    client.post(detail(filing), enterprise_form(enterprise, business_scope="别的东西"))
    filing.refresh_from_db()
    assert filing.business_scope == "不锈钢厨房刀具"


def test_batches_show_to_their_seller_and_staff_and_a_hold_shows_its_reason(knife_seller, staff):
    enterprise, knife, user = knife_seller
    accept_all(enterprise, [knife])
    order = place(knife)
    with transaction.atomic():
        [batch] = services.record_batch_declaration([order], user=user)
    url = reverse("inspection:inspection-batch-detail", kwargs={"pk": batch.pk})
    _other, _k, stranger = make_knife_seller(name="Other Blades")
    assert not_found(logged_in(stranger).get(url, follow=True))
    assert logged_in(user).post(url, {"decision": "released", "release_number": "R1"}).status_code == 403

    client = logged_in(staff)
    assert batch.number in client.get(reverse("inspection:inspection-batch-list")).content.decode()
    response = client.post(url, {"decision": "inspection_required", "reason": ""})
    assert response.status_code == 400 and "reason" in response.context["decision_form"].errors
    client.post(url, {"decision": "inspection_required", "reason": "抽样送检"})

    page = logged_in(user).get(url).content.decode()
    assert "Inspection required" in page and "抽样送检" in page and order.number in page
