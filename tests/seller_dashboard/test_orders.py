"""A seller sees the orders holding its goods, and of them only its own lines."""

import pytest
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

# A 404 under /dashboard/ (outside the language prefix) is first redirected by Django's
# LocaleMiddleware to /en/dashboard/..., which is not found either: hence follow=True.

ShippingEvent = get_model("order", "ShippingEvent")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")
PaymentEvent = get_model("order", "PaymentEvent")
Order = get_model("order", "Order")
Line = get_model("order", "Line")

ORDERS = "/dashboard/orders/"


def line_of(order, seller):
    return order.lines.get(partner=seller.partner)


def test_order_list_holds_only_orders_with_the_sellers_goods(seller_a, seller_b, orders):
    page = seller_a.client.get(ORDERS)
    assert page.status_code == 200
    assert "SHARED-100" in page.text
    assert "BONLY-200" not in page.text

    page = seller_b.client.get(ORDERS)
    assert "SHARED-100" in page.text
    assert "BONLY-200" in page.text


def test_seller_gets_404_on_an_order_without_its_goods(seller_a, orders):
    order = orders["b_only"]
    assert seller_a.client.get(f"{ORDERS}{order.number}/", follow=True).status_code == 404
    assert seller_a.client.get(
        f"{ORDERS}{order.number}/lines/{order.lines.get().pk}/", follow=True).status_code == 404
    response = seller_a.client.post(f"{ORDERS}{order.number}/", {
        "order_action": "save_note", "message": "Shipped tomorrow",
    }, follow=True)
    assert response.status_code == 404
    assert not order.notes.exists()
    # Oscar's list jumps straight to an order typed in its search box.
    response = seller_a.client.get(ORDERS, {"order_number": order.number})
    assert response.status_code == 200
    assert list(response.context["orders"]) == []
    assert f"{ORDERS}{order.number}/" not in response.text


def test_a_shared_order_shows_a_seller_only_its_own_lines(seller_a, seller_b, orders):
    order = orders["shared"]
    page = seller_a.client.get(f"{ORDERS}{order.number}/")
    assert page.status_code == 200
    assert "Eighteen Chef Knife 8in" in page.text
    assert "Golden Santoku 7in" not in page.text
    assert [line.pk for line in page.context["lines"]] == [line_of(order, seller_a).pk]

    other_line = line_of(order, seller_b)
    assert seller_a.client.get(
        f"{ORDERS}{order.number}/lines/{other_line.pk}/", follow=True).status_code == 404
    own_line = line_of(order, seller_a)
    assert seller_a.client.get(
        f"{ORDERS}{order.number}/lines/{own_line.pk}/").status_code == 200


def test_seller_ships_its_own_line_but_not_another_sellers(seller_a, seller_b, orders):
    order = orders["shared"]
    shipped = ShippingEventType.objects.create(code="shipped", name="Shipped")
    url = f"{ORDERS}{order.number}/"

    other_line = line_of(order, seller_b)
    forged = {"line_action": "create_shipping_event", "shipping_event_type": shipped.code,
              "selected_line": [other_line.pk], f"selected_line_qty_{other_line.pk}": "2"}
    response = seller_a.client.post(url, forged, follow=True)
    assert "Invalid lines requested" in response.text
    assert not ShippingEvent.objects.exists()

    own_line = line_of(order, seller_a)
    response = seller_a.client.post(url, {
        "line_action": "create_shipping_event", "shipping_event_type": shipped.code,
        "selected_line": [own_line.pk], f"selected_line_qty_{own_line.pk}": "2",
        "reference": "SF1234",
    }, follow=True)
    assert "Shipping event created" in response.text
    event = ShippingEvent.objects.get()
    assert list(event.lines.all()) == [own_line]


def test_seller_cannot_set_line_statuses_apart_from_the_order(seller_a, seller_b, orders,
                                                             monkeypatch):
    # Lines follow the order's moves (order_lifecycle), which need payment and tracking.
    order = orders["shared"]
    url = f"{ORDERS}{order.number}/"
    own_line, other_line = line_of(order, seller_a), line_of(order, seller_b)
    monkeypatch.setattr(Line, "pipeline", {own_line.status: ("Shipped",)})

    assert 'value="change_line_statuses"' not in seller_a.client.get(url).text
    for line in (other_line, own_line):
        response = seller_a.client.post(url, {
            "line_action": "change_line_statuses", "new_status": "Shipped",
            "selected_line": [line.pk], f"selected_line_qty_{line.pk}": "1",
        })
        assert response.status_code == 403

    assert Line.objects.get(pk=own_line.pk).status == own_line.status
    assert Line.objects.get(pk=other_line.pk).status == other_line.status


def test_order_status_payments_and_address_stay_with_staff(seller_a, orders, staff_client):
    order = orders["shared"]
    url = f"{ORDERS}{order.number}/"
    PaymentEventType.objects.create(code="paid", name="Paid")
    own_line = line_of(order, seller_a)

    page = seller_a.client.get(url)
    assert 'value="change_order_status"' not in page.text
    assert 'value="create_payment_event"' not in page.text
    assert seller_a.client.post(url, {"order_action": "change_order_status",
                                      "new_status": "Cancelled"}).status_code == 403
    assert seller_a.client.post(url, {"order_action": "create_order_payment_event",
                                      "payment_event_type": "paid",
                                      "amount": "1.00"}).status_code == 403
    assert seller_a.client.post(url, {
        "line_action": "create_payment_event", "payment_event_type": "paid",
        "selected_line": [own_line.pk], f"selected_line_qty_{own_line.pk}": "1",
    }).status_code == 403
    assert not PaymentEvent.objects.exists()
    assert seller_a.client.get(f"{url}shipping-address/").status_code == 403
    assert Order.objects.get(pk=order.pk).status == order.status

    page = staff_client.get(url)
    assert 'value="create_payment_event"' in page.text
    assert "Golden Santoku 7in" in page.text and "Eighteen Chef Knife 8in" in page.text


def test_seller_cannot_bulk_change_order_statuses(seller_a, orders):
    order = orders["shared"]
    response = seller_a.client.post(ORDERS, {"action": "change_order_statuses",
                                             "selected_order": [order.pk],
                                             "new_status": "Cancelled"}, follow=True)
    assert "Invalid action" in response.text
    assert Order.objects.get(pk=order.pk).status == order.status


def test_seller_writes_notes_but_edits_only_its_own(seller_a, orders, staff_client):
    order = orders["shared"]
    url = f"{ORDERS}{order.number}/"
    staff_client.post(url, {"order_action": "save_note", "message": "Customs checked"})
    staff_note = order.notes.get()

    seller_a.client.post(url, {"order_action": "save_note", "message": "Packed in 3 cartons"})
    assert order.notes.filter(user=seller_a.user, message="Packed in 3 cartons").exists()

    assert seller_a.client.get(f"{url}notes/{staff_note.pk}/", follow=True).status_code == 404
    response = seller_a.client.post(f"{url}notes/{staff_note.pk}/", {
        "order_action": "save_note", "message": "Rewritten"}, follow=True)
    assert response.status_code == 404
    seller_a.client.post(url, {"order_action": "delete_note", "note_id": staff_note.pk})
    staff_note.refresh_from_db()
    assert staff_note.message == "Customs checked"


def test_a_seller_sees_and_deletes_only_its_own_notes_of_a_shared_order(
        seller_a, seller_b, orders, staff_client):
    order = orders["shared"]
    url = f"{ORDERS}{order.number}/"
    staff_client.post(url, {"order_action": "save_note", "message": "Buyer asked for a discount"})
    seller_b.client.post(url, {"order_action": "save_note", "message": "Golden ships Friday"})
    seller_a.client.post(url, {"order_action": "save_note", "message": "Packed in 3 cartons"})

    page = seller_a.client.get(url).text
    assert "Packed in 3 cartons" in page
    assert "Golden ships Friday" not in page
    assert "Buyer asked for a discount" not in page
    staff_page = staff_client.get(url).text
    assert all(note in staff_page for note in (
        "Packed in 3 cartons", "Golden ships Friday", "Buyer asked for a discount"))

    others = order.notes.exclude(user=seller_a.user)
    for note in others:
        response = seller_a.client.post(url, {"order_action": "delete_note", "note_id": note.pk},
                                        follow=True)
        assert "Note cannot be deleted" in response.text
    assert order.notes.count() == 3
    own = order.notes.get(user=seller_a.user)
    seller_a.client.post(url, {"order_action": "delete_note", "note_id": own.pk})
    assert not order.notes.filter(pk=own.pk).exists()
    assert order.notes.count() == 2
