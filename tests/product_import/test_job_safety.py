"""Imports that overlap or lose their worker: one file per seller at a time, stalled jobs
taken up again (at most three times), and two imports never create a SKU twice."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.product_import import services
from marketplace.product_import.models import ImportJob

from .conftest import example_rows, run, sheet
from .test_dashboard import seller_user, upload

StockRecord = get_model("partner", "StockRecord")
Status = ImportJob.Status

pytestmark = pytest.mark.django_db


def job_of(seller, status, *, minutes_ago=0, attempts=1, dry_run=False):
    job = ImportJob(partner=seller, original_name="earlier.csv", status=status,
                    attempts=attempts, dry_run=dry_run)
    job.file.save("earlier.csv", ContentFile(sheet()), save=False)
    job.save()
    ImportJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - timedelta(minutes=minutes_ago))
    job.refresh_from_db()
    return job


@pytest.mark.parametrize("status", [Status.QUEUED, Status.CHECKING, Status.IMPORTING])
def test_a_second_file_waits_until_the_first_is_done(client, seller, status,
                                                     django_capture_on_commit_callbacks):
    job_of(seller, status)
    client.force_login(seller_user(seller))

    response = upload(client, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert "“earlier.csv” is still being checked or imported" in response.content.decode()
    assert ImportJob.objects.count() == 1
    assert StockRecord.objects.count() == 0


def test_a_checked_file_waiting_for_confirmation_does_not_block_another(
    client, seller, django_capture_on_commit_callbacks
):
    job_of(seller, Status.CHECKED, dry_run=True)
    client.force_login(seller_user(seller))

    response = upload(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert ImportJob.objects.filter(status=Status.DONE).count() == 1


def test_a_checked_file_is_not_confirmed_while_another_runs(client, seller):
    checked = job_of(seller, Status.CHECKED, dry_run=True)
    job_of(seller, Status.IMPORTING)
    client.force_login(seller_user(seller))

    response = client.post(reverse("product_import:import-job-confirm", kwargs={"pk": checked.pk}),
                           follow=True)

    assert "is still being checked or imported" in response.content.decode()
    checked.refresh_from_db()
    assert checked.status == Status.CHECKED


def test_another_sellers_running_import_does_not_block(client, seller, other_seller,
                                                       django_capture_on_commit_callbacks):
    job_of(other_seller, Status.IMPORTING)
    client.force_login(seller_user(seller))

    assert upload(client, django_capture_on_commit_callbacks).status_code == 302


@pytest.mark.parametrize("status", [Status.QUEUED, Status.CHECKING, Status.IMPORTING])
def test_a_stalled_job_is_taken_up_again_and_finishes(seller, status,
                                                      django_capture_on_commit_callbacks):
    job = job_of(seller, status, minutes_ago=20)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.recover_stalled_jobs() == (1, 0)

    job.refresh_from_db()
    assert job.status == Status.DONE
    assert job.attempts == 2
    assert StockRecord.objects.filter(partner=seller).count() == 6


def test_a_job_still_moving_is_left_alone(seller, django_capture_on_commit_callbacks):
    job = job_of(seller, Status.IMPORTING, minutes_ago=5)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.recover_stalled_jobs() == (0, 0)

    job.refresh_from_db()
    assert job.status == Status.IMPORTING


def test_a_job_that_stalls_three_times_fails_and_says_so(seller, django_capture_on_commit_callbacks):
    job = job_of(seller, Status.IMPORTING, minutes_ago=20, attempts=3)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.recover_stalled_jobs() == (0, 1)

    job.refresh_from_db()
    assert job.status == Status.FAILED
    assert "stopped 3 times" in job.message and "nothing was imported" in job.message
    assert not job.file and job.finished_at
    assert StockRecord.objects.count() == 0


def test_an_import_checked_while_another_wrote_the_same_skus_updates_them(seller):
    header, rows = example_rows()
    renamed = [dict(row, title_en=f"{row['title_en']} (v2)") for row in rows]

    def the_other_import_writes_meanwhile(done, total):
        if done == total and not StockRecord.objects.exists():
            assert run(seller, sheet(rows, header)).written

    result = run(seller, sheet(renamed, header), progress=the_other_import_writes_meanwhile)

    assert result.written and not result.errors
    assert (result.created, result.updated) == (0, 6)
    records = StockRecord.objects.filter(partner=seller).select_related("product")
    assert records.count() == 6
    assert all(record.product.title_en.endswith("(v2)") for record in records)


def test_celery_beat_runs_the_recovery(settings):
    from marketplace.celery import app

    app.loader.import_default_modules()
    entry = settings.CELERY_BEAT_SCHEDULE["recover-stalled-imports"]

    assert entry["task"] in app.tasks
    assert entry["schedule"] < services.STALLED_AFTER.total_seconds()
