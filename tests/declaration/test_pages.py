"""The declaration pages: what is ready, what was sent and what customs said, batch shipping."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from marketplace.declaration import services
from marketplace.declaration.models import Declaration
from marketplace.order_lifecycle import statuses
from marketplace.outbox import relay
from marketplace.outbox import services as outbox
from marketplace.outbox.backends import locmem
from marketplace.outbox.models import OutboxMessage, OutboxStatus
from marketplace.roles.definitions import SELLERS
from marketplace.single_window import inbox
from tests.single_window.receipts import receipt

from .factories import make_seller, place


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def seller_client(seller):
    _enterprise, _product, user = seller
    user.groups.add(Group.objects.get(name=SELLERS))
    return login(user)


def test_a_seller_sees_its_paid_orders_ready_and_not_another_sellers(seller, seller_client):
    _enterprise, product, _user = seller
    mine = place(product)
    _other, other_product, _other_user = make_seller(customs_code="4417969999", name="Other Knives")
    theirs = place(other_product)
    page = seller_client.get("/dashboard/declarations/")
    assert page.status_code == 200
    assert mine.number in page.text and theirs.number not in page.text
    # Not found (LocaleMiddleware first tries the language-prefixed path, also not found).
    assert seller_client.get(f"/dashboard/declarations/{theirs.number}/", follow=True).status_code == 404


def test_a_buyer_without_dashboard_access_is_refused(db):
    from tests.sellers.factories import UserFactory

    assert login(UserFactory()).get("/dashboard/declarations/").status_code == 403


def test_the_order_page_lists_what_is_missing_with_where_to_fix_it(seller, seller_client):
    _enterprise, product, _user = seller
    product.hs_code = None
    product.save()
    order = place(product)
    page = seller_client.get(f"/dashboard/declarations/{order.number}/")
    assert "Chef Knife 8in has no HS code." in page.text
    assert f"/dashboard/catalogue/products/{product.pk}/" in page.text


def test_batch_ship_and_declare_with_one_bad_order_writes_nothing_and_lists_it(seller, seller_client):
    _enterprise, product, _user = seller
    good, bad = place(product), place(product, country="XK")
    page = seller_client.post("/dashboard/declarations/", {
        "orders": [good.number, bad.number], "carrier": "DHL", "tracking_number": "1234567890"})
    assert page.status_code == 400
    assert "1 order cannot be declared yet: nothing was shipped." in page.text
    assert "The destination country XK is not in the customs country table." in page.text
    assert not Declaration.objects.exists() and not OutboxMessage.objects.exists()


def test_batch_ship_and_declare_ships_every_chosen_order_with_its_tracking_number(seller, seller_client):
    _enterprise, product, _user = seller
    first, second = place(product), place(product)
    response = seller_client.post("/dashboard/declarations/", {
        "orders": [first.number, second.number], "carrier": "DHL", "tracking_number": "COMMON1",
        f"tracking_{second.number}": "OWN22222"})
    assert response.status_code == 302
    declarations = {d.order.number: d for d in Declaration.objects.all()}
    assert declarations[first.number].tracking_number == "COMMON1"
    assert declarations[second.number].tracking_number == "OWN22222"
    first.refresh_from_db()
    assert first.status == statuses.SHIPPED


def test_a_rejection_shows_its_reason_and_the_corrected_message_goes_out(seller, staff, settings):
    _enterprise, product, user = seller
    order = place(product)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number="1234567890")
    relay.relay_pending(max_seconds=None)
    order_message = declaration.messages.get(message_type="CEB303")
    settings.MARKETPLACE_SINGLE_WINDOW_DIR = str(settings.VAR_DIR / "sw")
    inbox.take(receipt("CEB304", order_message.guid, "100", "电商企业编码不存在"))
    staff_client = login(staff)
    page = staff_client.get(f"/dashboard/declarations/{order.number}/")
    assert "电商企业编码不存在" in page.text
    correct_url = f"/django-admin/outbox/outboxmessage/{order_message.outbox_message_id}/correct/"
    assert correct_url in page.text
    # Staff correct the payload in the outbox admin; the correction goes out in its place.
    old = OutboxMessage.objects.get(pk=order_message.outbox_message_id)
    corrected = outbox.correct_and_resend(old, old.payload.replace("4417961234", "4417961235"))
    locmem.reset()
    relay.relay_pending(max_seconds=None)
    assert list(locmem.received) == [corrected.idempotency_key]
    corrected.refresh_from_db()
    assert corrected.status == OutboxStatus.SENT
    # The next receipt for the same guid lands on the correction.
    inbox.take(receipt("CEB304", order_message.guid, "120", "入库成功"))
    corrected.refresh_from_db()
    assert corrected.status == OutboxStatus.ACCEPTED
    assert "Accepted" in staff_client.get(f"/dashboard/declarations/{order.number}/").text


def test_staff_resend_a_rejected_message_from_the_page(seller, staff):
    _enterprise, product, user = seller
    order = place(product)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number="1234567890")
    relay.relay_pending(max_seconds=None)
    message = declaration.messages.get(message_type="CEB303")
    inbox.take(receipt("CEB304", message.guid, "100", "重复申报"))
    response = login(staff).post(f"/dashboard/declarations/{order.number}/", {"guid": message.guid})
    assert response.status_code == 302
    message.outbox_message.refresh_from_db()
    assert message.outbox_message.status == OutboxStatus.PENDING


def test_the_order_page_shows_what_customs_lack_as_errors_of_the_ship_form(seller, seller_client):
    _enterprise, product, _user = seller
    product.gross_weight_kg = None
    product.save()
    order = place(product)
    page = seller_client.post(f"/dashboard/orders/{order.number}/", {
        "order_action": "move_order", "new_status": statuses.SHIPPED, "carrier": "DHL",
        "tracking_number": "1234567890"})
    assert page.status_code == 200
    assert f"{order.number}: Chef Knife 8in has no net and gross weight." in page.text
    order.refresh_from_db()
    assert order.status == statuses.PAID
