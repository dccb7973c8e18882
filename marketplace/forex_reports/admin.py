from django.contrib import admin

from .models import SettlementReportSubmission


@admin.register(SettlementReportSubmission)
class SettlementReportSubmissionAdmin(admin.ModelAdmin):
    list_display = ("day", "revision", "payment_count", "fx_total_cny", "submitted_by", "submitted_at")
    readonly_fields = [field.name for field in SettlementReportSubmission._meta.fields]

    def has_add_permission(self, request):
        return False
