"""Trace codes built and read with biip: GS1 Digital Link URIs valid, shortened, forged."""

import pytest

from marketplace.traceability import gs1
from marketplace.traceability.gs1 import InvalidTraceCode, TraceCode


def test_trace_code_pads_the_gtin_to_fourteen_digits_and_encodes_a_slash_in_the_lot():
    code = gs1.trace_code("6901234567892", "A/7")
    assert code == TraceCode("06901234567892", "A/7")
    assert code.path == "/01/06901234567892/10/A%2F7"
    assert code.uri("https://trace.example.com/") == "https://trace.example.com/01/06901234567892/10/A%2F7"
    assert code.element_string == "(01)06901234567892(10)A/7"
    assert gs1.trace_code("96385074", "L1").gtin == "00000096385074"


@pytest.mark.parametrize("gtin", ["", None, "6901234567891", "12345", "abc"])
def test_a_product_without_a_valid_gtin_has_no_trace_code(gtin):
    assert gs1.trace_code(gtin, "A1") is None


@pytest.mark.parametrize("uri", [
    "https://example.com/01/06901234567892/10/A2026-001",
    "https://example.com/01/6901234567892/10/A2026-001",  # GTIN-13 as GS1 allows
    "https://example.com/shop/01/06901234567892/10/A2026-001?linkType=all",  # prefix, query
    "https://example.com/01/06901234567892/10/A2026-001?17=271231",  # expiry attribute
    "https://example.com/01/06901234567892/10/A2026-001/21/5",  # serial after the lot
])
def test_valid_uris_name_the_gtin_14_and_the_lot(uri):
    assert gs1.parse(uri) == TraceCode("06901234567892", "A2026-001")


@pytest.mark.parametrize(("uri", "reason"), [
    ("https://example.com/01/06901234567891/10/A1", InvalidTraceCode.CHECK_DIGIT),
    ("https://example.com/01/12345/10/A1", InvalidTraceCode.CHECK_DIGIT),
    ("https://example.com/01/06901234567892", InvalidTraceCode.MALFORMED),  # no lot
    ("https://example.com/01/06901234567892/10/" + "A" * 21, InvalidTraceCode.MALFORMED),
    ("https://example.com/01/06901234567892/10/A%20B", InvalidTraceCode.MALFORMED),
    ("https://example.com/01/06901234567892/10/A1/99/x", InvalidTraceCode.MALFORMED),
    ("https://example.com/01/06901234567892/21/5/10/A1", InvalidTraceCode.MALFORMED),  # order
    ("https://example.com/01/0690123456789x/10/A1", InvalidTraceCode.MALFORMED),
    ("https://example.com/01/06901234567892/10/A1?17=271399", InvalidTraceCode.MALFORMED),
    ("ftp://example.com/01/06901234567892/10/A1", InvalidTraceCode.MALFORMED),
    ("javascript:alert(1)", InvalidTraceCode.MALFORMED),
])
def test_forged_and_malformed_uris_are_refused_with_a_reason(uri, reason):
    with pytest.raises(InvalidTraceCode) as refused:
        gs1.parse(uri)
    assert refused.value.reason == reason


def test_a_decoded_path_with_a_slash_in_the_lot_is_read_as_one_lot():
    code, plain_error = gs1.parse_path("/01/06901234567892/10/A/7")
    assert code == TraceCode("06901234567892", "A/7")
    assert plain_error.reason == InvalidTraceCode.MALFORMED
    assert gs1.parse_path("/01/06901234567892/10/A/21/7") == (TraceCode("06901234567892", "A"),
                                                              None)


def test_gtin_spellings_cover_the_shorter_forms_a_product_may_store():
    assert gs1.gtin_spellings("06901234567892") == ["06901234567892", "6901234567892"]
    assert gs1.gtin_spellings("00000096385074") == ["00000096385074", "0000096385074",
                                                    "000096385074", "96385074"]
