from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Cluster, Enterprise, EnterpriseDecision, EnterpriseDocument


class EnterpriseDocumentInline(admin.TabularInline):
    model = EnterpriseDocument
    extra = 0
    fields = ["kind", "title", "number", "valid_until", "file"]


class EnterpriseDecisionInline(admin.TabularInline):
    """The decision log, read only: decisions are made in the dashboard and never edited."""

    model = EnterpriseDecision
    extra = 0
    can_delete = False
    fields = readonly_fields = ["created_at", "decision", "decided_by", "reason", "notified_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Enterprise)
class EnterpriseAdmin(admin.ModelAdmin):
    list_display = ["name_en", "legal_name_zh", "uscc", "district", "status", "submitted_at"]
    list_filter = ["status", "district", "clusters"]
    search_fields = ["name_en", "legal_name_zh", "uscc", "customs_code", "contact_email"]
    filter_horizontal = ["users"]
    raw_id_fields = ["applicant", "partner"]
    # Status changes must go through the dashboard, which logs them and grants access.
    readonly_fields = ["status", "submitted_at", "created_at", "updated_at"]
    inlines = [EnterpriseDocumentInline, EnterpriseDecisionInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["legal_name_zh", "name_en", "slug", "uscc", "customs_code",
                           "clusters", "district", "address_line", "established_year"]}),
        (_("Contact"), {"fields": ["contact_name", "contact_phone", "contact_email", "website"]}),
        (_("Description"), {"fields": ["description_zh", "description_en"]}),
        (_("Review"), {"fields": ["status", "listings_verified", "submitted_at", "partner", "applicant", "users",
                                  "language", "created_at", "updated_at"]}),
    ]


@admin.register(EnterpriseDocument)
class EnterpriseDocumentAdmin(admin.ModelAdmin):
    list_display = ["enterprise", "kind", "title", "number", "valid_until", "uploaded_at"]
    list_filter = ["kind"]
    search_fields = ["enterprise__name_en", "enterprise__legal_name_zh", "number", "title"]
    raw_id_fields = ["enterprise"]


@admin.register(EnterpriseDecision)
class EnterpriseDecisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "enterprise", "decision", "decided_by", "notified_at"]
    list_filter = ["decision"]
    search_fields = ["enterprise__name_en", "enterprise__legal_name_zh", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Cluster)
class ClusterAdmin(admin.ModelAdmin):
    list_display = ["code", "__str__", "position"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
