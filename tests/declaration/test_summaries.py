"""Released retail lists are summarised (CEB701) per seller, once."""

from marketplace.declaration import services, summaries
from marketplace.declaration.models import Summary
from marketplace.outbox import relay
from marketplace.outbox.models import OutboxMessage
from marketplace.single_window import inbox
from tests.single_window.receipts import receipt

from .factories import place


def ship_and_release(product, user, invt_no):
    order = place(product)
    [declaration] = services.declare_shipment(order, user=user, carrier="DHL", tracking_number=f"T{invt_no}")
    relay.relay_pending(max_seconds=None)
    inventory = declaration.messages.get(message_type="CEB603")
    inbox.take(receipt("CEB604", inventory.guid, "800", "放行", invt_no=invt_no))
    return inventory


def test_released_lists_are_summarised_per_seller_once(seller, settings):
    from marketplace.ceb.testing import reference_xsd_dir

    settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())
    enterprise, product, user = seller
    ship_and_release(product, user, "67112026E000000001")
    ship_and_release(product, user, "67112026E000000002")
    unreleased = place(product)
    services.declare_shipment(unreleased, user=user, carrier="DHL", tracking_number="T3")
    [summary] = summaries.summarise()
    assert summary.enterprise == enterprise
    payload = OutboxMessage.objects.get(message_type="CEB701").payload
    assert "67112026E000000001" in payload and "67112026E000000002" in payload
    assert summary.inventories.count() == 2
    assert summaries.summarise() == []
    assert Summary.objects.count() == 1
