"""Content reviewers and the "News review" workflow (draft -> review by Content reviewers -> publish).

Content editors (created in roles 0001) also get wagtail-localize's right to submit
translations. Idempotent (get_or_create) and reversible; frozen data like the role migrations.
Named in marketplace/roles/definitions.py; the demo seed assigns the workflow to each locale's news index (marketplace/demo).
"""

import importlib

from django.db import migrations

roles = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")

CONTENT_EDITORS = "Content editors"
CONTENT_REVIEWERS = "Content reviewers"
NEWS_REVIEW = "News review"
TASK_NAME = "Review by content reviewers"

GRANTS = {
    CONTENT_EDITORS: ["wagtail_localize.submit_translation"],
    # Reviewers approve or reject in the admin; the approval task gives them the actions.
    CONTENT_REVIEWERS: ["wagtailadmin.access_admin"],
}

grant_permissions, revoke_permissions = roles.grant_and_revoke(GRANTS)


# Wagtail publishes an approved page as the approving reviewer, so reviewers need the page
# permissions to change and publish (Wagtail's own "Moderators" hold the same).
REVIEWER_PAGE_PERMISSIONS = ("change_page", "publish_page")


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    reviewers = Group.objects.get(name=CONTENT_REVIEWERS)
    roles.grant_page_permissions(apps, reviewers, REVIEWER_PAGE_PERMISSIONS)
    # The historical model does not set Task.content_type itself; Wagtail needs it to find
    # the specific task class.
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore",
                                                     model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=NEWS_REVIEW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


def delete_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=NEWS_REVIEW).delete()
    apps.get_model("wagtailcore", "GroupApprovalTask").objects.filter(name=TASK_NAME).delete()
    apps.get_model("auth", "Group").objects.filter(name=CONTENT_REVIEWERS).delete()


def grant(apps, schema_editor):
    grant_permissions(apps, schema_editor)
    create_workflow(apps, schema_editor)


def revoke(apps, schema_editor):
    delete_workflow(apps, schema_editor)
    revoke_permissions(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0006_trust_and_safety"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
