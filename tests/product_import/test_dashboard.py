"""The import pages: upload, check, confirm, progress, files, and who may see what."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model

from marketplace.product_import.files import read_rows
from marketplace.product_import.models import ImportJob
from tests.sellers.factories import UserFactory

from .conftest import example_rows, sheet

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db
UPLOAD = reverse("product_import:import-upload")


def seller_user(partner):
    return partner.users.get()


def upload(client, django_capture_on_commit_callbacks, data=None, name="products.csv",
           **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data or sheet()),
                                    **fields})


def not_found(response):
    # LocaleMiddleware answers a 404 outside the language prefix with a redirect into it,
    # where the page is not found either.
    return response.status_code == 404 and b"EX-" not in response.content


def job_page(client, job):
    return client.get(reverse("product_import:import-job", kwargs={"pk": job.pk}))


def test_upload_check_confirm_and_the_job_is_done(client, seller,
                                                   django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))

    response = upload(client, django_capture_on_commit_callbacks, dry_run="on")

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("product_import:import-job", kwargs={"pk": job.pk})
    assert job.status == ImportJob.Status.CHECKED
    assert job.file  # kept until the job is over
    page = job_page(client, job).content.decode()
    assert "Checked, waiting for confirmation" in page
    assert "EX-KN-8IN-CHEF" in page and "Import these products" in page
    assert Product.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("product_import:import-job-confirm",
                                       kwargs={"pk": job.pk}))

    job.refresh_from_db()
    assert response.status_code == 302
    assert job.status == ImportJob.Status.DONE
    assert (job.created_count, job.processed_rows, job.total_rows) == (6, 6, 6)
    assert not job.file
    assert StockRecord.objects.filter(partner=seller).count() == 6
    progress = client.get(reverse("product_import:import-job-progress",
                                  kwargs={"pk": job.pk})).json()
    assert progress["status"] == "done" and progress["percent"] == 100
    assert progress["running"] is False and progress["created"] == 6


def test_without_the_check_the_file_is_imported_at_once(client, seller,
                                                        django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))

    upload(client, django_capture_on_commit_callbacks, data=sheet(file_format="xlsx"),
           name="products.xlsx")

    assert ImportJob.objects.get().status == ImportJob.Status.DONE
    assert Product.objects.count() == 6


def test_a_bad_file_shows_each_bad_row_and_imports_nothing(client, seller,
                                                           django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))
    header, rows = example_rows(textiles={"attr:sizes": "XXXXL"})

    upload(client, django_capture_on_commit_callbacks, data=sheet(rows, header))

    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.REFUSED
    assert not job.file
    page = job_page(client, job).content.decode()
    assert "attr:sizes" in page and "Unknown value “XXXXL”" in page
    assert "nothing was imported" in page
    assert Product.objects.count() == 0


def test_a_file_of_another_kind_is_refused_by_the_form(client, seller,
                                                       django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))

    response = upload(client, django_capture_on_commit_callbacks, data=b"x", name="list.pdf")

    assert response.status_code == 200
    assert "Use a .csv or .xlsx file" in response.content.decode()
    assert ImportJob.objects.count() == 0


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_template_downloads(client, seller, file_format):
    client.force_login(seller_user(seller))

    response = client.get(reverse("product_import:import-template",
                                  kwargs={"file_format": file_format}))

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    header, rows = read_rows(response.content, file_format)
    assert len(rows) == 6 and header[0] == "sku"


def test_the_export_downloads_the_sellers_products(client, seller,
                                                   django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))
    upload(client, django_capture_on_commit_callbacks)

    response = client.get(reverse("product_import:import-export"), {"format": "xlsx"})

    assert response.status_code == 200
    assert len(read_rows(response.content, "xlsx")[1]) == 6


def test_staff_choose_the_seller(client, seller, other_seller,
                                 django_capture_on_commit_callbacks):
    client.force_login(UserFactory(is_staff=True))

    upload(client, django_capture_on_commit_callbacks, seller=other_seller.code)

    assert StockRecord.objects.filter(partner=other_seller).count() == 6
    assert not StockRecord.objects.filter(partner=seller).exists()


def test_a_seller_cannot_import_into_another_seller(client, seller, other_seller,
                                                    django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))

    response = upload(client, django_capture_on_commit_callbacks, seller=other_seller.code)

    assert response.status_code == 200  # the form says the choice is not available
    assert ImportJob.objects.count() == 0
    assert Product.objects.count() == 0


def test_a_seller_cannot_see_or_confirm_another_sellers_job(client, seller, other_seller,
                                                            django_capture_on_commit_callbacks):
    client.force_login(seller_user(other_seller))
    upload(client, django_capture_on_commit_callbacks, dry_run="on")
    job = ImportJob.objects.get()
    client.force_login(seller_user(seller))

    assert not_found(client.get(reverse("product_import:import-job", kwargs={"pk": job.pk}),
                                follow=True))
    assert not_found(client.get(reverse("product_import:import-job-progress",
                                        kwargs={"pk": job.pk}), follow=True))
    assert not_found(client.post(reverse("product_import:import-job-confirm",
                                         kwargs={"pk": job.pk}), follow=True))
    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKED


def test_a_seller_cannot_export_another_sellers_products(client, seller, other_seller):
    client.force_login(seller_user(seller))

    response = client.get(reverse("product_import:import-export"),
                          {"seller": other_seller.code}, follow=True)

    assert not_found(response)


def test_users_who_are_not_sellers_are_refused(client, seller):
    client.force_login(UserFactory())
    assert client.get(UPLOAD).status_code == 403

    # Dashboard access alone (a suspended seller's colleague, say) is not enough either.
    member = User.objects.get(pk=seller_user(seller).pk)
    seller.enterprise.status = "suspended"
    seller.enterprise.save()
    client.force_login(member)
    assert client.get(UPLOAD).status_code == 403


def test_visitors_are_sent_to_the_dashboard_login(client):
    response = client.get(UPLOAD)

    assert response.status_code == 302
    assert reverse("dashboard:login") in response["Location"]
