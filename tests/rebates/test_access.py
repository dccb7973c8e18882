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
