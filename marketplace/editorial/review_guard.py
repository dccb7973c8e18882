"""Pages under a moderation workflow (the "News review") go live only through review.

Content editors hold publish_page on the whole tree (they publish ordinary pages and
translations), so Wagtail would still offer them "Publish" on a news page. These hooks refuse
a direct publish where a workflow applies, unless the user is one of its reviewers.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def _reviewer_group_ids(workflow):
    ids = set()
    for task in workflow.tasks:
        groups = getattr(task.specific, "groups", None)
        if groups is not None:
            ids.update(groups.values_list("pk", flat=True))
    return ids


def _may_publish_directly(user, workflow):
    if workflow is None or user.is_superuser:
        return True
    return bool(_reviewer_group_ids(workflow) & set(user.groups.values_list("pk", flat=True)))


def _refuse(request):
    messages.error(request, _("This page is published through review: submit it for moderation."))
    raise PermissionDenied


def refuse_direct_publish_on_create(request, parent_page, page_class):
    if request.method == "POST" and request.POST.get("action-publish"):
        if not _may_publish_directly(request.user, parent_page.get_workflow()):
            _refuse(request)


def refuse_direct_publish_on_edit(request, page):
    if request.method == "POST" and request.POST.get("action-publish"):
        if not _may_publish_directly(request.user, page.get_workflow()):
            _refuse(request)
