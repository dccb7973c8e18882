"""What people see: the red notices, the dashboard (and who may open it), watch lists, and the
buyer's report form. Hostile text is printed escaped."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.template.loader import render_to_string
from oscar.core.loading import get_model

from marketplace.ip_complaints.signals import complaint_filed
from marketplace.risk import services
from marketplace.risk.models import Alert, Level, RiskSignal, SignalSource, WatchList
from marketplace.risk.selectors import RECALLED_LOTS_KEY

from .conftest import login, officer

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def alert(knife):
    complaint_filed.send(sender=None, case=SimpleNamespace(pk=1, reference="IP-1"), products=[knife])
    return Alert.objects.get()


@pytest.fixture
def recall(alert, lots, buyers, risk_officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.recall_batch(alert, lots[0], by=risk_officer, hazard="defect",
                                     remedy="return", note=f"Hotline 400-800 {HOSTILE}")


# --- the product page and the trace page -------------------------------------------------------


def test_the_product_page_shows_a_red_notice_naming_the_recalled_lot(recall, knife, client):
    page = client.get(knife.get_absolute_url()).content.decode()

    assert "risk-recall-notice" in page and "alert-danger" in page
    assert "Lot LOT-A" in page and "LOT-B" not in page
    assert "return them to the seller" in page
    assert "Hotline 400-800" in page
    assert "<script>alert" not in page and "onerror=alert" not in page


def test_a_product_without_recalls_shows_no_notice(knife, lots, client):
    page = client.get(knife.get_absolute_url()).content.decode()
    assert "risk-recall-notice" not in page
    assert "Report a safety problem with this product" in page


def test_the_product_notice_costs_one_query_cold_and_none_warm(recall, knife,
                                                              django_assert_num_queries):
    template = Template('{% include "risk/_product_notice.html" %}')
    cache.delete(RECALLED_LOTS_KEY)
    with django_assert_num_queries(1):
        cold = template.render(Context({"product": knife}))
    with django_assert_num_queries(0):
        warm = template.render(Context({"product": knife}))
    assert "Lot LOT-A" in cold and cold == warm
    with django_assert_num_queries(0):
        other = template.render(Context({"product": Product(pk=knife.pk + 1000, title="x")}))
    assert "risk-recall-notice" not in other


def test_a_new_recall_reaches_a_warm_product_page(alert, lots, knife, risk_officer, client,
                                                  django_capture_on_commit_callbacks):
    assert "risk-recall-notice" not in client.get(knife.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.recall_batch(alert, lots[1], by=risk_officer, hazard="chemical", remedy="destroy")
    page = client.get(knife.get_absolute_url()).content.decode()
    assert "Lot LOT-B" in page and "destroy them safely" in page


def test_the_trace_notice_of_a_recalled_batch_is_red_with_the_message_and_date(recall, lots):
    lot_a, lot_b = lots
    lot_a.refresh_from_db()

    html = render_to_string("risk/_trace_notice.html", {"batch": lot_a})

    assert "alert-danger" in html and "Recall: lot LOT-A" in html
    assert "a defect may cause cuts or injury" in html
    assert "Recalled on" in html and str(recall.recalled_at.year) in html
    assert "Hotline 400-800" in html
    assert "<script" not in html and "<img" not in html
    assert render_to_string("risk/_trace_notice.html", {"batch": lot_b}).strip() == ""


def test_the_trace_notice_of_a_stopped_batch_says_sale_is_stopped(alert, lots, risk_officer):
    services.stop_batch_sale(alert, lots[1], by=risk_officer, reason="Checking")
    lots[1].refresh_from_db()
    html = render_to_string("risk/_trace_notice.html", {"batch": lots[1]})
    assert "The sale of lot LOT-B is stopped" in html


def test_a_hostile_product_title_is_escaped_in_the_notice(recall, knife):
    Product.objects.filter(pk=knife.pk).update(title_en=HOSTILE)
    knife.refresh_from_db()
    html = Template('{% include "risk/_product_notice.html" %}').render(Context({"product": knife}))
    assert "<script>" not in html and "<img" not in html


# --- who may open the dashboard -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/dashboard/risk/", "/dashboard/risk/recalls/",
                                  "/dashboard/risk/watch-lists/"])
def test_buyers_and_sellers_are_refused_the_dashboard(path, buyers, seller, client):
    assert login(buyers.ana).get(path).status_code == 403
    assert seller.client.get(path).status_code == 403
    response = client.get(path)
    assert response.status_code == 302 and "/dashboard/login/" in response.url


def test_buyers_and_sellers_cannot_act_on_an_alert(alert, buyers, seller, lots):
    attempts = [
        (f"/dashboard/risk/alerts/{alert.pk}/", None),
        (f"/dashboard/risk/alerts/{alert.pk}/stop-product/", {"reason": "x"}),
        (f"/dashboard/risk/alerts/{alert.pk}/recall/", {"batch": lots[0].pk, "hazard": "defect",
                                                        "remedy": "return", "confirm": "on"}),
    ]
    refused = 0
    for client in (login(buyers.ana), seller.client):
        for path, data in attempts:
            response = client.post(path, data) if data else client.get(path)
            refused += response.status_code == 403
    assert refused == 6
    lots[0].refresh_from_db()
    assert lots[0].status == "on_sale"
    assert not alert.actions.exclude(kind__in=["opened", "signal"]).exists()


def test_an_officer_who_may_not_recall_gets_403_on_recall(alert, lots):
    client = login(officer("manage_alerts"))
    assert client.get(f"/dashboard/risk/alerts/{alert.pk}/").status_code == 200
    response = client.post(f"/dashboard/risk/alerts/{alert.pk}/recall/", {
        "batch": lots[0].pk, "hazard": "defect", "remedy": "return", "confirm": "on"})
    assert response.status_code == 403
    assert client.get("/dashboard/risk/watch-lists/new/").status_code == 403


def not_found(client, path) -> bool:
    # Outside the language prefix LocaleMiddleware answers a 404 with a redirect into
    # /en/dashboard/..., which is not found either: the request follows it.
    return client.get(path, follow=True).status_code == 404


def test_an_unknown_alert_is_404(officer_client):
    assert not_found(officer_client, "/dashboard/risk/alerts/999999/")
    assert not_found(officer_client, "/dashboard/risk/recalls/999999/")


# --- the queue and an alert ---------------------------------------------------------------------


def test_the_alert_list_filters_by_level_status_watch_list_and_age(alert, officer_client, db):
    from decimal import Decimal

    from tests.factories import StockRecordFactory

    towel = StockRecordFactory(price=Decimal("5.00")).product
    services.record_signal(towel, source=SignalSource.BUYER_REPORT, source_key="t-1", weight=1)

    def listed(query):
        page = officer_client.get("/dashboard/risk/" + query).content.decode()
        return {ref for ref in (alert.reference, Alert.objects.get(product=towel).reference)
                if ref in page}

    towel_ref = Alert.objects.get(product=towel).reference
    assert listed("") == {alert.reference, towel_ref}
    blades = WatchList.objects.get(name="Blades")
    assert listed(f"?watch_list={blades.pk}") == {alert.reference}
    assert listed(f"?level={Level.LOW}") == {towel_ref}
    assert listed(f"?level={Level.MEDIUM}") == {alert.reference}
    assert listed("?age=-7") == set()
    assert listed("?status=resolved") == set()
    assert officer_client.get("/dashboard/risk/?level=99").status_code == 200
    assert listed("?q=" + "x" * 500) == set()


def test_the_alert_page_shows_signals_and_the_audit_with_escaped_text(alert, knife, officer_client,
                                                                       risk_officer):
    services.record_signal(knife, source=SignalSource.BUYER_REPORT, source_key="r-1",
                           summary=f"Cut my hand {HOSTILE}")
    services.add_note(alert, by=risk_officer, note=f"Called the maker {HOSTILE}")

    page = officer_client.get(alert.get_absolute_url()).content.decode()

    assert "IP complaint filed" in page and "Buyer&#x27;s safety report" in page
    assert "Cut my hand" in page and "Called the maker" in page
    assert "officer@marketplace.example" in page
    assert "<script>alert" not in page and "<img src=x" not in page


# --- watch lists ----------------------------------------------------------------------------------


def test_the_three_seeded_watch_lists(db):
    seeded = {w.name: (w.prefixes, w.base_level) for w in WatchList.objects.all()}
    assert seeded == {
        "Food-contact materials": (["7323", "3924", "8215"], Level.MEDIUM),
        "Frozen seafood": (["0303", "0304", "0306"], Level.HIGH),
        "Blades": (["8211", "8214"], Level.MEDIUM),
    }


def test_an_officer_maintains_watch_lists_in_the_dashboard(officer_client):
    response = officer_client.post("/dashboard/risk/watch-lists/new/", {
        "name": f"Ceramics {HOSTILE}", "hs_prefixes": "6911, 6912", "base_level": Level.HIGH,
        "is_active": "on"})
    assert response.status_code == 302
    watch = WatchList.objects.get(name__startswith="Ceramics")
    assert watch.prefixes == ["6911", "6912"]

    page = officer_client.get("/dashboard/risk/watch-lists/").content.decode()
    assert "Ceramics" in page and "<script>alert" not in page

    response = officer_client.post(f"/dashboard/risk/watch-lists/{watch.pk}/", {
        "name": "Ceramics", "hs_prefixes": "69x1; DROP", "base_level": Level.HIGH})
    assert response.status_code == 200
    assert "Write HS code prefixes of 2 to 10 digits" in response.content.decode()
    response = officer_client.post(f"/dashboard/risk/watch-lists/{watch.pk}/", {
        "name": "Ceramics", "hs_prefixes": "", "base_level": Level.HIGH})
    assert "Give HS code prefixes, categories, or both." in response.content.decode()

    officer_client.post(f"/dashboard/risk/watch-lists/{watch.pk}/delete/")
    assert not WatchList.objects.filter(pk=watch.pk).exists()


def test_watch_lists_are_in_the_django_admin(db):
    from django.contrib import admin

    assert WatchList in admin.site._registry


# --- buyers report a problem ----------------------------------------------------------------------


def test_reporting_needs_a_signed_in_user(knife, client):
    response = client.get(f"/dashboard/risk/report/{knife.pk}/")
    assert response.status_code == 302 and "login" in response.url


def test_a_buyer_of_the_listing_reports_a_problem_which_weighs_full(knife, lots, buyers):
    client = login(buyers.ana)
    assert client.get(f"/dashboard/risk/report/{knife.pk}/").status_code == 200

    response = client.post(f"/dashboard/risk/report/{knife.pk}/", {
        "lot_number": "LOT-A", "description": f"The handle came off {HOSTILE}"})

    assert response.status_code == 302
    signal = RiskSignal.objects.get()
    assert (signal.source, signal.weight, signal.batch, signal.reported_by) == (
        SignalSource.BUYER_REPORT, 2, lots[0], buyers.ana)
    assert "<script" not in signal.summary
    # A second report the same day does not count again.
    client.post(f"/dashboard/risk/report/{knife.pk}/", {"description": "Again and again!"})
    assert RiskSignal.objects.count() == 1


def test_a_report_from_someone_who_never_bought_weighs_less(knife, db):
    from tests.sellers.factories import UserFactory

    login(UserFactory()).post(f"/dashboard/risk/report/{knife.pk}/",
                              {"description": "Looks dangerous in the photos"})
    assert RiskSignal.objects.get().weight == 1


def test_a_bad_report_is_refused_with_field_errors(knife, buyers):
    client = login(buyers.ana)
    response = client.post(f"/dashboard/risk/report/{knife.pk}/", {
        "lot_number": "<b>lot</b>", "description": "x" * 3000})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Copy the lot number as printed" in page and "<b>lot</b>" not in page
    assert not RiskSignal.objects.exists()


def test_a_held_or_unknown_listing_cannot_be_reported(knife, buyers):
    Product.objects.filter(pk=knife.pk).update(is_public=False)
    client = login(buyers.ana)
    assert not_found(client, f"/dashboard/risk/report/{knife.pk}/")
    assert not_found(client, "/dashboard/risk/report/999999/")
