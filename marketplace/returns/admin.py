from django.contrib import admin

from .models import CaseEvent, Dispute, ReturnPolicy, ReturnRefund, ReturnRequest


@admin.register(ReturnPolicy)
class ReturnPolicyAdmin(admin.ModelAdmin):
    list_display = ("enterprise", "days_after_delivery", "return_shipping_paid_by", "updated_at")
    raw_id_fields = ("enterprise", "updated_by")


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    can_delete = False
    readonly_fields = ("action", "actor", "role", "note", "created_at", "notified_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ReturnRequest)
class ReturnRequestAdmin(admin.ModelAdmin):
    """Read-only: every step goes through the services, which audit it."""

    list_display = ("reference", "order", "status", "reason", "amount", "currency", "created_at")
    list_filter = ("status", "reason")
    search_fields = ("order__number",)
    inlines = [CaseEventInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Dispute)
class DisputeAdmin(admin.ModelAdmin):
    list_display = ("request", "opened_as", "opened_at", "in_favour_of", "decided_at")
    list_filter = ("in_favour_of",)

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReturnRefund)
class ReturnRefundAdmin(admin.ModelAdmin):
    list_display = ("request", "method", "amount", "currency", "status", "attempts", "bank_reference")
    list_filter = ("method", "status")

    def has_change_permission(self, request, obj=None):
        return False
