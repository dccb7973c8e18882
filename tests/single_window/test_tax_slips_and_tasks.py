"""CEB816 tax slips go to the rebates app with the order their list belongs to; the beat
task reads the inbox; the staff button and the monthly task apply for summaries."""

from decimal import Decimal
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from marketplace.declaration import receipts as declaration_receipts
from marketplace.declaration import services, tasks
from marketplace.declaration.models import DeclarationMessage
from marketplace.single_window import tasks as single_window_tasks
from tests.declaration.factories import place

E = ElementMaker(namespace="http://www.chinaport.gov.cn/ceb", nsmap={"ceb": "http://www.chinaport.gov.cn/ceb"})


def tax_slip(invt_no: str) -> bytes:
    head = E.TaxHeadRd(
        E.guid("A1B2C3D4-0000-4000-8000-000000000816"), E.returnTime("20260302093015123"), E.invtNo(invt_no),
        E.taxNo("6711202610000000010001"), E.customsTax("0"), E.valueAddedTax("11.81"),
        E.consumptionTax("0"), E.status("1"), E.assureCode("4417960AAA"))
    item = E.TaxListRd(E.gnum("1"), E.gcode("8211910000"), E.taxPrice("130.00"), E.customsTax("0"),
                       E.valueAddedTax("11.81"), E.consumptionTax("0"))
    root = E.CEB816Message(E.Tax(head, item), guid="A1B2C3D4-0000-4000-8000-00000000FFFF", version="1.0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_tax_slips_are_handed_to_the_rebates_app_with_their_order(seller, settings, monkeypatch):
    _enterprise, product, user = seller
    order = place(product, country="CN")
    from tests.declaration.factories import import_buyer

    import_buyer(order)
    [declaration] = services.declare_shipment(order, user=user, carrier="EMS", tracking_number="EMS123")
    DeclarationMessage.objects.filter(declaration=declaration, message_type="CEB621").update(
        invt_no="67112026I000000001")
    taken = []

    def take_tax_slips(slips, *, order_for_inventory=None):
        taken.extend((slip.tax_no, slip.value_added_tax, order_for_inventory(slip.invt_no)) for slip in slips)
        return []

    monkeypatch.setattr("marketplace.rebates.services.take_tax_slips", take_tax_slips)
    folder = Path(settings.MARKETPLACE_SINGLE_WINDOW_DIR) / "inbox"
    folder.mkdir(parents=True)
    (folder / "CEB816_1.xml").write_bytes(tax_slip("67112026I000000001"))
    assert single_window_tasks.read_inbox() == {"done": 1, "errors": 0}
    assert taken == [("6711202610000000010001", Decimal("11.81"), order.number)]
    assert declaration_receipts.order_for_inventory("unknown") is None


def test_the_monthly_task_and_the_staff_button_apply_for_summaries(seller, db):
    from django.test import Client

    from tests.sellers.factories import UserFactory

    assert tasks.summarise_month() == []
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post("/dashboard/declarations/summaries/", follow=True)
    assert "No released list waits for a summary." in response.text
    _enterprise, _product, user = seller
    client.force_login(user)
    assert client.post("/dashboard/declarations/summaries/").status_code == 403
