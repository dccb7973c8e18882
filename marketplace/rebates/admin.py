from django.contrib import admin

from .models import RebateRate, RebateReportSubmission, TaxSlipRecord


@admin.register(RebateRate)
class RebateRateAdmin(admin.ModelAdmin):
    list_display = ("hs_prefix", "description", "vat_rate", "rebate_rate", "valid_from", "valid_to", "source")
    list_filter = ("valid_from",)
    search_fields = ("hs_prefix", "description", "source")


@admin.register(RebateReportSubmission)
class RebateReportSubmissionAdmin(admin.ModelAdmin):
    list_display = ("month", "revision", "line_count", "fob_cny", "rebate_ceiling_cny", "submitted_by", "submitted_at")
    readonly_fields = [field.name for field in RebateReportSubmission._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(TaxSlipRecord)
class TaxSlipRecordAdmin(admin.ModelAdmin):
    list_display = ("tax_no", "order_no", "status", "match", "customs_tax", "value_added_tax", "consumption_tax")
    list_filter = ("status", "match")
    search_fields = ("tax_no", "order_no", "invt_no")
    readonly_fields = [field.name for field in TaxSlipRecord._meta.fields]

    def has_add_permission(self, request):
        return False
