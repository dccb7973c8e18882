"""The Content-Security-Policy, chosen by where the page is.

django-csp sends one policy (`CONTENT_SECURITY_POLICY`) unless a view says otherwise.
The storefront and CMS pages get that strict one. The Oscar dashboard, the Wagtail
admin and Django's admin run their own inline scripts and styles, which we do not
write and cannot move to files; they get `MARKETPLACE_CSP_ADMIN_POLICY` instead, by
URL prefix (`MARKETPLACE_CSP_ADMIN_PATHS`), so no view of theirs needs a decorator.
Only signed-in staff reach those pages, and what they show of sellers' text is escaped
or cleaned like everywhere else.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase


def uses_admin_policy(path: str) -> bool:
    return path.startswith(tuple(getattr(settings, "MARKETPLACE_CSP_ADMIN_PATHS", ())))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request: HttpRequest, response: HttpResponseBase,
                         report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # A view's own decorator (csp_replace, csp_update) still wins; the prefix only
        # changes the starting policy.
        if not report_only and parts.config is None and uses_admin_policy(request.path_info):
            policy = settings.MARKETPLACE_CSP_ADMIN_POLICY
            parts.config = default_config(policy.get("DIRECTIVES", {}))
        return parts
