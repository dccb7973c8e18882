"""Each customs mode's messages, built from an order, pass the CEB rules and the official XSD."""

from decimal import Decimal

import pytest
from lxml import etree

from marketplace.ceb import schema, signing
from marketplace.ceb.builders import CEB_NS
from marketplace.ceb.testing import reference_xsd_dir
from marketplace.declaration import mapping, rendering
from marketplace.declaration.mapping import MappingError, check_three_documents

from .factories import import_buyer, place


@pytest.fixture(autouse=True)
def ceb_xsd(settings):
    settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())


def built(order, **shipment):
    planned = mapping.plan(order, carrier="DHL", tracking_number=shipment.get("tracking", "1234567890"))
    messages = {}
    for index, item in enumerate(planned):
        text = rendering.render(item.document, guid=f"{index:08d}-0000-4000-8000-000000000000")
        root = etree.fromstring(text.encode("utf-8"))
        # Valid as signed too: what the single-window backends send.
        schema.validate(signing.sign(text.encode("utf-8")))
        messages[item.message_type] = root
    return messages


def field(root, name):
    return root.findtext(f".//{{{CEB_NS}}}{name}")


def test_retail_export_sends_order_receipt_waybill_and_a_list_open_to_rebate(seller):
    _enterprise, product, _user = seller
    order = place(product, quantity=3)  # a private buyer abroad: 9610
    messages = built(order)
    assert list(messages) == ["CEB303", "CEB403", "CEB505", "CEB603"]
    assert field(messages["CEB303"], "orderType") == "E"
    assert field(messages["CEB303"], "currency") == "142"  # CNY
    assert Decimal(field(messages["CEB303"], "goodsValue")) == Decimal("300")
    assert Decimal(field(messages["CEB303"], "freight")) == Decimal("80")
    assert field(messages["CEB603"], "statisticsFlag") == "B"
    assert field(messages["CEB603"], "tradeMode") == "9610"
    assert field(messages["CEB603"], "gcode") == "8211910000"
    assert field(messages["CEB603"], "country") == "502"  # the United States in customs' table
    assert field(messages["CEB603"], "ebcCode") == "4417961234"
    assert Decimal(field(messages["CEB603"], "grossWeight")) == Decimal("1.2")
    assert Decimal(field(messages["CEB403"], "charge")) == Decimal("380")
    assert field(messages["CEB505"], "logisticsNo") == "1234567890"


def test_a_company_purchase_goes_as_b2b_direct_export(seller):
    from marketplace.buyers.models import BuyerCompany

    _enterprise, product, _user = seller
    company = BuyerCompany.objects.create(legal_name="Cuchillos SL", country="ES")
    messages = built(place(product, company=company))
    assert list(messages) == ["CEB303", "CEB505", "CEB603"]
    assert field(messages["CEB303"], "orderType") == "B"
    assert field(messages["CEB603"], "tradeMode") == "9710"


def test_delivery_from_an_overseas_warehouse_goes_as_9810(seller):
    _enterprise, product, _user = seller
    messages = built(place(product, trade_mode="overseas_warehouse"))
    assert list(messages) == ["CEB303", "CEB603"]
    assert field(messages["CEB303"], "orderType") == "W"
    assert field(messages["CEB603"], "tradeMode") == "9810"


def test_a_seller_without_customs_code_is_declared_by_the_platforms_agent(seller):
    enterprise, product, _user = seller
    enterprise.customs_code = ""
    enterprise.save()
    inventory = built(place(product))["CEB603"]
    assert field(inventory, "ebcCode") == enterprise.uscc
    assert field(inventory, "agentCode") == "4417980BBB"


def test_a_retail_import_sends_four_documents_that_agree(seller):
    _enterprise, product, _user = seller
    order = place(product, country="CN")
    import_buyer(order)
    messages = built(order)
    assert list(messages) == ["CEB311", "CEB411", "CEB511", "CEB621"]
    paid = Decimal(field(messages["CEB311"], "acturalPaid"))
    assert paid == Decimal(field(messages["CEB411"], "amountPaid")) == Decimal("280")
    assert field(messages["CEB311"], "buyerIdNumber") == field(messages["CEB411"], "payerIdNumber")
    assert field(messages["CEB311"], "consignee") == field(messages["CEB511"], "consignee")
    assert field(messages["CEB621"], "tradeMode") == "9610"


def test_import_documents_that_disagree_are_refused(seller):
    _enterprise, product, _user = seller
    order = place(product, country="CN")
    import_buyer(order)
    documents = [item.document for item in mapping.plan(order, carrier="DHL", tracking_number="T1")]
    from dataclasses import replace

    payment = replace(documents[1], amount_paid=Decimal("1.00"))
    with pytest.raises(MappingError, match="payment"):
        check_three_documents(documents[0], payment, documents[2], documents[3])
