"""The tax pages are for staff: visitors are sent to sign in, other users refused."""

import pytest

from .conftest import logged_in

pytestmark = pytest.mark.django_db

PAGES = ["/dashboard/tax/", "/dashboard/tax/rebates/", "/dashboard/tax/rebates/2026-11/",
         "/dashboard/tax/rebates/2026-11.csv", "/dashboard/tax/rebates/2026-11.xlsx", "/dashboard/tax/slips/"]


@pytest.mark.parametrize("url", PAGES)
def test_visitors_sign_in_and_non_staff_are_refused(url, client, outsider):
    response = client.get(url)
    assert response.status_code == 302 and "/dashboard/login/" in response["Location"]
    assert logged_in(outsider).get(url).status_code == 403


def test_non_staff_cannot_upload_or_submit(outsider):
    client = logged_in(outsider)
    assert client.post("/dashboard/tax/", {}).status_code == 403
    assert client.post("/dashboard/tax/rebates/2026-11/").status_code == 403


def test_staff_see_the_rate_table(staff):
    page = logged_in(staff).get("/dashboard/tax/")
    assert page.status_code == 200 and "DEMO" in page.content.decode()


def test_the_dashboard_menu_can_list_the_tax_pages_for_staff_only(staff, outsider):
    from oscar.apps.dashboard.nav import default_access_fn

    for url_name in ("rebates:rebates-rates", "rebates:rebates-pick-month", "rebates:rebates-slips",
                     "forex_reports:forex-pick"):
        assert default_access_fn(staff, url_name)
        assert not default_access_fn(outsider, url_name)


def test_text_typed_by_users_is_escaped_on_the_report_page(staff):
    from datetime import date

    from tests.factories import rate

    from .conftest import export_order, seller

    rate("USD", "CNY", "7.1", on=date(2026, 11, 1))
    order = export_order("EX-8", [("Knife", "8211920000", "10.00", 1, "piece")], partner=seller(),
                         shipped_on=date(2026, 11, 3))
    # Titles are cleaned when products are saved; the line's copy is set here as if it had not been.
    order.lines.update(title="<script>alert(1)</script>")
    html = logged_in(staff).get("/dashboard/tax/rebates/2026-11/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
