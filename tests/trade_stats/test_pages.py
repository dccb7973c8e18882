"""The statistics page and its CSV files as staff (and nobody else) get them."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE = reverse("trade_stats:statistics-index")


def csv_url(year):
    return reverse("trade_stats:statistics-csv", kwargs={"year": year})


def enterprises_url(year):
    return reverse("trade_stats:statistics-enterprises-csv", kwargs={"year": year})


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(is_staff=True))
    return client


def table(content, table_id):
    """The rows of one table as lists of cell texts (tags stripped, spaces collapsed)."""
    body = re.search(rf'<table[^>]*id="{table_id}".*?</table>', content, re.S).group(0)
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        rows.append([" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells])
    return rows


# --- who may come in ----------------------------------------------------------------------

@pytest.mark.parametrize("url", [PAGE, csv_url(2025), enterprises_url(2025)])
def test_anonymous_visitor_is_sent_to_the_dashboard_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert reverse("dashboard:login") in response["Location"]


@pytest.mark.parametrize("url", [PAGE, csv_url(2025), enterprises_url(2025)])
def test_signed_in_user_who_is_not_staff_is_forbidden(client, url):
    client.force_login(UserFactory())

    assert client.get(url).status_code == 403


def test_seller_with_dashboard_access_is_forbidden(client, trade):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    trade["a"].partner.users.add(user)
    client.force_login(user)

    assert client.get(PAGE).status_code == 403
    assert client.get(enterprises_url(2025)).status_code == 403


# --- the page -----------------------------------------------------------------------------

def test_page_draws_the_charts_and_gives_the_figures(staff, trade):
    response = staff.get(PAGE, {"year": "2025"})

    assert response.status_code == 200
    content = response.content.decode()
    assert content.count('class="pygal-chart"') == 5
    # No script in the charts: pygal's tooltips and config script are gone.
    charts = re.findall(r"<svg.*?</svg>", content, re.S)
    assert len(charts) == 5 and not any("<script" in svg for svg in charts)

    summary = dict(table(content, "summary"))
    assert summary["Export (CNY)"] == "7,160.00"
    assert summary["Import (CNY)"] == "400.00"
    assert summary["Orders"] == "8"
    assert summary["Growth against the plan's target"].startswith("89.0 % / 25 % Target met")

    months = table(content, "months")
    assert months[1] == ["January 2025", "1,700.00", "0.00", "2", "1,000.00", "70.0 %"]
    assert months[3] == ["March 2025", "3,100.00", "400.00", "3", "2,800.00", "25.0 %"]
    assert months[2][-1] == "—"

    assert table(content, "clusters")[1:] == [
        ["Knives and scissors", "2,000.00", "0.00", "2,000.00"],
        ["Kitchenware", "500.00", "0.00", "500.00"],
        ["Seafood and aquatic products", "3,000.00", "400.00", "3,400.00"],
        ["Processed food", "0.00", "0.00", "0.00"],
        ["Textiles and garments", "1,600.00", "0.00", "1,600.00"],
        ["Other or unclassified", "60.00", "0.00", "60.00"],
    ]
    assert table(content, "countries")[1:] == [
        ["Germany", "DE", "3,200.00", "2"],
        ["United States of America", "US", "2,400.00", "3"],
        ["Australia", "AU", "1,500.00", "1"],
        ["United Kingdom", "GB", "60.00", "1"],
    ]
    assert table(content, "customs-modes")[1:] == [
        ["9610 cross-border retail", "Export", "1,860.00", "4"],
        ["9710 B2B direct export", "Export", "2,300.00", "2"],
        ["9810 export to overseas warehouse", "Export", "3,000.00", "1"],
        ["9610 cross-border retail", "Import", "400.00", "1"],
    ]
    assert table(content, "tier-summary")[1:] == [
        ["1 billion CNY and more", "1", "3,400.00"],
        ["500 million to 1 billion CNY", "1", "2,560.00"],
        ["100 to 500 million CNY", "1", "1,500.00"],
        ["Below 100 million CNY", "1", "100.00"],
    ]
    assert "1 order line of this year has no value in yuan" in content
    assert csv_url(2025) in content and enterprises_url(2025) in content


def test_hostile_seller_name_is_escaped(staff, trade):
    content = staff.get(PAGE, {"year": "2025"}).content.decode()

    assert '<script>alert("x")</script>' not in content
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;" in content


def test_page_opens_on_the_current_year(staff, trade):
    response = staff.get(PAGE)

    assert response.status_code == 200
    assert response.context["stats"].year == timezone.localdate().year
    assert response.context["stats"].year_to_date is True


@pytest.mark.parametrize("year", ["1999", "3000", "abc", "", "2025.5"])
def test_bad_year_is_a_form_error_without_figures(staff, year):
    response = staff.get(PAGE, {"year": year})

    assert response.status_code == 400
    assert "stats" not in response.context
    assert response.context["form"].errors["year"]
    assert "pygal-chart" not in response.content.decode()


def test_a_year_without_trade_says_so(staff):
    content = staff.get(PAGE, {"year": "2019"}).content.decode()

    assert "No exports in this year." in content
    assert "No enterprise traded in this year." in content
    assert content.count('class="pygal-chart"') == 5


def test_page_queries_are_bounded(staff, trade, django_assert_max_num_queries):
    staff.get(PAGE, {"year": "2025"})  # warm the session and the dashboard menu

    with django_assert_max_num_queries(12):
        response = staff.get(PAGE, {"year": "2025"})
    assert response.status_code == 200


# --- the CSV files ------------------------------------------------------------------------

def test_trade_csv_is_the_bureaus_long_table(staff, trade):
    response = staff.get(csv_url(2025))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="yangjiang-cross-border-trade-2025.csv"' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response.content.decode("utf-8-sig").split("\r\n") == [
        "month,direction,customs_mode,cluster,country_code,country_name,value_cny,order_count",
        "2025-01,export,9610,knives_scissors,DE,Germany,200.00,1",
        "2025-01,export,9710,knives_scissors,US,United States of America,1000.00,1",
        "2025-01,export,9710,kitchenware,US,United States of America,500.00,1",
        "2025-03,export,9610,textiles,US,United States of America,100.00,1",
        "2025-03,export,9810,seafood,DE,Germany,3000.00,1",
        "2025-03,import,9610,seafood,CN,China,400.00,1",
        "2025-04,export,9710,knives_scissors,US,United States of America,800.00,1",
        "2025-05,export,9610,other,GB,United Kingdom,60.00,1",
        "2025-06,export,9610,textiles,AU,Australia,1500.00,1",
        "",
    ]


def test_enterprises_csv_lists_each_enterprise_with_its_tier(staff, trade):
    response = staff.get(enterprises_url(2025))

    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    a, b, c, f = (trade[key].uscc for key in "abcf")
    assert response.content.decode("utf-8-sig").split("\r\n") == [
        "year,uscc,legal_name_zh,name_en,annual_value_cny,tier",
        f"2025,{b},闸坡海产,Zhapo Sea Foods,3400.00,over_1bn",
        f"2025,{a},阳江刀锅厂,Knife & Pot Works,2560.00,500m_to_1bn",
        f"2025,{f},阳西毛巾,Yangxi Towels,1500.00,100m_to_500m",
        f'2025,{c},服装厂,"<script>alert(""x"")</script> & ""Co""",100.00,below_100m',
        "",
    ]


def test_a_name_that_a_spreadsheet_would_run_is_quoted(staff, trade):
    from marketplace.sellers.models import Enterprise

    Enterprise.objects.filter(pk=trade["f"].pk).update(name_en="=HYPERLINK(\"http://x\")")

    text = staff.get(enterprises_url(2025)).content.decode("utf-8-sig")

    assert "'=HYPERLINK" in text


@pytest.mark.parametrize("year", [1999, 2013, 3000])
def test_csv_for_a_year_out_of_range_is_not_found(staff, year):
    assert staff.get(csv_url(year)).status_code == 404
    assert staff.get(enterprises_url(year)).status_code == 404


def test_csv_url_takes_digits_only(staff):
    assert staff.get("/dashboard/statistics/20x5.csv").status_code == 404
