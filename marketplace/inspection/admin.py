"""Admin pages of inspection filings and batch declarations.

Statuses, numbers and outbox keys are read-only here: they change through the
services (a submission writes its outbox message, a decision updates the message too),
so the admin never leaves a filing and its message disagreeing.
"""

from django.contrib import admin

from .models import BatchDeclaration, CommodityFiling, EnterpriseFiling

DECIDED = ("status", "filing_number", "rejection_reason", "valid_until", "revision", "outbox_key",
           "submitted_at", "submitted_by", "decided_at", "decided_by", "created_by")


@admin.register(EnterpriseFiling)
class EnterpriseFilingAdmin(admin.ModelAdmin):
    list_display = ("enterprise", "kind", "status", "filing_number", "valid_until", "submitted_at", "decided_at")
    list_filter = ("kind", "status")
    search_fields = ("enterprise__legal_name_zh", "enterprise__name_en", "enterprise__uscc", "filing_number")
    raw_id_fields = ("enterprise",)
    readonly_fields = DECIDED


@admin.register(CommodityFiling)
class CommodityFilingAdmin(admin.ModelAdmin):
    list_display = ("name_zh", "product", "hs_code", "enterprise", "status", "filing_number", "decided_at")
    list_filter = ("status", "storage")
    search_fields = ("name_zh", "product__title", "product__upc", "hs_code", "filing_number",
                     "enterprise__legal_name_zh")
    raw_id_fields = ("product", "enterprise")
    readonly_fields = (*DECIDED, "hs_code")


@admin.register(BatchDeclaration)
class BatchDeclarationAdmin(admin.ModelAdmin):
    list_display = ("number", "enterprise", "status", "release_number", "total_value_cny", "declared_at")
    list_filter = ("status",)
    search_fields = ("number", "release_number", "enterprise__legal_name_zh", "orders__number")
    readonly_fields = ("number", "enterprise", "orders", "status", "release_number", "reason",
                       "total_value_cny", "outbox_key", "inspection_office", "declared_by", "declared_at",
                       "decided_by", "decided_at")

    def has_add_permission(self, request):
        return False  # batches come from shipping orders, never typed in
