"""The IP complaints' records in the Django admin, read only: decisions are taken in the
dashboard, where each step is audited and e-mailed."""

from django.contrib import admin

from .models import CaseEvent, Complaint, ComplaintListing, Evidence, ListingCase, Strike, Suspension


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ComplaintListingInline(admin.TabularInline):
    model = ComplaintListing
    raw_id_fields = ["listing_case"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdmin):
    list_display = ["reference", "status", "ip_type", "complainant_name", "organisation",
                    "created_at", "decision_due"]
    list_filter = ["status", "ip_type", "capacity"]
    search_fields = ["reference", "complainant_name", "organisation", "email",
                     "registration_number"]
    exclude = ["token_hash"]
    inlines = [ComplaintListingInline]


@admin.register(ListingCase)
class ListingCaseAdmin(ReadOnlyAdmin):
    list_display = ["pk", "title", "enterprise", "status", "opened_at", "counter_notice_due"]
    list_filter = ["status"]
    search_fields = ["title"]
    raw_id_fields = ["product", "enterprise", "hold", "taken_down_by"]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["original_name", "party", "complaint", "listing_case", "size", "created_at"]
    exclude = ["file"]  # served only through the permission-checked views


@admin.register(CaseEvent)
class CaseEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "actor", "user", "complaint", "listing_case",
                    "notified_at"]
    list_filter = ["kind", "actor"]


@admin.register(Strike)
class StrikeAdmin(ReadOnlyAdmin):
    list_display = ["enterprise", "listing_case", "recorded_at", "suspension", "voided_at"]


@admin.register(Suspension)
class SuspensionAdmin(ReadOnlyAdmin):
    list_display = ["enterprise", "created_at", "appeal", "appeal_decided_at"]
    list_filter = ["appeal"]
