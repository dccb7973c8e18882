"""China Customs cross-border e-commerce (CEB, 202205 edition) messages, as a pure library.

    documents   frozen dataclasses: what the platform declares (ExportOrder, ExportInventory...)
    codes       ISO / platform values -> customs codes (country_code, currency_code, unit_code...)
    rules       the platform's field rules, always applied (check, validate -> CebInvalid)
    builders    build(document, base_transfer=...) -> lxml element; render(); guid_for()
    schema      the official XSDs from MARKETPLACE_CEB_XSD_DIR (validate, schemas_available)
    signing     pluggable Signer (MARKETPLACE_CEB_SIGNER): TestSigner, HttpSigner
    envelope    DxpMsg wrap / unwrap
    receipts    parse_receipt(s), parse_tax_slips: customs' answers as decisions
    matching    the import order / payment / waybill match before sending
    errors      CebError and its family
    testing     reference_xsd_dir() for tests of any app
"""
