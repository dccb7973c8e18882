"""What an order lacks before customs can be told, in words a seller can act on."""

from marketplace.declaration.facts import missing_facts

from .factories import import_buyer, place


def codes(order):
    return [fact.code for fact in missing_facts(order)]


def test_a_paid_export_order_with_every_fact_lacks_nothing(seller):
    _enterprise, product, _user = seller
    assert missing_facts(place(product)) == []


def test_a_product_without_hs_code_or_weight_is_named_with_where_to_fix_it(seller):
    _enterprise, product, _user = seller
    product.hs_code = None
    product.gross_weight_kg = None
    product.save()
    missing = missing_facts(place(product))
    assert [fact.code for fact in missing] == ["no_hs_code", "no_weight"]
    assert "Chef Knife 8in has no HS code." in missing[0].what
    assert missing[0].where_to_fix_url == f"/dashboard/catalogue/products/{product.pk}/"


def test_an_unpaid_order_without_address_is_refused_for_both(seller):
    _enterprise, product, _user = seller
    assert codes(place(product, country="", paid=False)) == ["unpaid", "no_address"]


def test_a_seller_without_customs_code_needs_the_platforms_agent(seller, settings):
    enterprise, product, _user = seller
    enterprise.customs_code = ""
    enterprise.save()
    order = place(product)
    assert codes(order) == []  # the demo agent declares for it
    settings.MARKETPLACE_CUSTOMS_AGENT = {}
    assert codes(order) == ["no_customs_code"]


def test_a_destination_customs_have_no_code_for_is_named(seller):
    _enterprise, product, _user = seller
    assert codes(place(product, country="XK")) == ["unknown_country"]


def test_a_retail_import_needs_the_buyers_identity_and_its_cbec_record(seller):
    _enterprise, product, _user = seller
    order = place(product, country="CN")
    assert codes(order) == ["no_buyer_identity", "no_cbec_purchase"]
    import_buyer(order)
    assert codes(order) == []


def test_the_inspection_apps_missing_filings_are_listed(seller, inspection):
    _enterprise, product, _user = seller
    inspection.missing = ["No export food filing."]
    missing = missing_facts(place(product))
    assert [(fact.code, fact.what) for fact in missing] == [("inspection", "No export food filing.")]
