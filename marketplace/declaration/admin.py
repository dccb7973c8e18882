"""Declarations in the Django admin: read-only records of what was declared and what
customs answered. Corrections go through the outbox admin (correct and resend)."""

from django.contrib import admin

from .models import Declaration, DeclarationMessage, ImportBuyer, Summary


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DeclarationMessageInline(admin.TabularInline):
    model = DeclarationMessage
    extra = 0
    can_delete = False
    fields = ("position", "message_type", "guid", "outbox_message", "return_status", "return_info", "invt_no",
              "released", "returned_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Declaration)
class DeclarationAdmin(ReadOnlyAdmin):
    list_display = ("order", "customs_mode", "direction", "carrier", "tracking_number", "declared_at", "declared_by")
    list_filter = ("customs_mode", "direction")
    search_fields = ("order__number", "tracking_number")
    list_select_related = ("order", "declared_by")
    inlines = [DeclarationMessageInline]


@admin.register(Summary)
class SummaryAdmin(ReadOnlyAdmin):
    list_display = ("cop_no", "message_type", "period_start", "period_end", "return_status", "sum_no", "entry_id")
    search_fields = ("cop_no", "sum_no", "entry_id", "guid")


@admin.register(ImportBuyer)
class ImportBuyerAdmin(ReadOnlyAdmin):
    # The ID number is personal data customs need on the messages; the list never shows it.
    list_display = ("order", "name", "authenticated")
    search_fields = ("order__number",)
    exclude = ("id_number",)
