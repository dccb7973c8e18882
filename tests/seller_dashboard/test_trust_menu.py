"""The dashboard menu lists the trust-and-safety pages to those who may open them."""

import pytest

pytestmark = pytest.mark.django_db

SELLER_ENTRIES = ["Batches and trace codes", "Returns and disputes", "Return policy",
                  "IP complaints against me"]
STAFF_ONLY = ["Escalated disputes", "Risk and recalls", "Watch lists"]


def test_a_seller_sees_batches_returns_and_their_ip_cases_but_no_staff_queue(seller_a):
    page = seller_a.client.get("/dashboard/").content.decode()

    for label in SELLER_ENTRIES:
        assert label in page
    for label in STAFF_ONLY:
        assert label not in page
    assert "/dashboard/ip-complaints/\"" not in page  # the moderators' queue


def test_staff_see_every_queue_and_each_entry_opens(staff_client):
    page = staff_client.get("/dashboard/").content.decode()

    for label in ["IP complaints", "Escalated disputes", "Risk and recalls", "Recalls",
                  "Watch lists", "Batches and trace codes"]:
        assert label in page
    for path in ["/dashboard/ip-complaints/", "/dashboard/returns/disputes/",
                 "/dashboard/risk/", "/dashboard/batches/"]:
        assert staff_client.get(path, follow=True).status_code == 200, path
