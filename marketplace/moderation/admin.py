from django.contrib import admin

from .models import ListingDecision, ProhibitedHSCode


@admin.register(ProhibitedHSCode)
class ProhibitedHSCodeAdmin(admin.ModelAdmin):
    # Compliance keeps the list here; an entry is ended (valid_until) rather than deleted, so
    # the record shows what was refused when.
    list_display = ["prefix", "legal_basis", "is_active", "valid_from", "valid_until"]
    list_filter = ["is_active"]
    search_fields = ["prefix", "reason", "legal_basis"]


@admin.register(ListingDecision)
class ListingDecisionAdmin(admin.ModelAdmin):
    """The decision log, read only: decisions are taken in the dashboard's review queue."""

    list_display = ["created_at", "product", "decision", "decided_by", "notified_at"]
    list_filter = ["decision"]
    raw_id_fields = ["product", "decided_by"]
    readonly_fields = ["product", "decision", "reason", "decided_by", "created_at",
                       "notified_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
