from django.contrib import admin

from .models import Alert, AlertAction, Recall, RecallDisposal, RiskSignal, WatchList


@admin.register(WatchList)
class WatchListAdmin(admin.ModelAdmin):
    list_display = ["name", "hs_prefixes", "base_level", "is_active", "updated_at"]
    list_filter = ["is_active", "base_level"]
    search_fields = ["name", "hs_prefixes", "description"]
    filter_horizontal = ["categories"]


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SignalInline(ReadOnlyInline):
    model = RiskSignal
    fields = ["occurred_at", "source", "weight", "reference", "summary", "batch"]
    readonly_fields = fields


class ActionInline(ReadOnlyInline):
    model = AlertAction
    fields = ["created_at", "kind", "actor", "note", "batch", "notified_at"]
    readonly_fields = fields


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    """Alerts are read here; officers act on them in the dashboard (/dashboard/risk/)."""

    list_display = ["__str__", "product", "batch", "level", "score", "status", "opened_at"]
    list_filter = ["status", "level", "watch_list"]
    raw_id_fields = ["product", "batch", "closed_by"]
    readonly_fields = ["product", "batch", "level", "score", "watch_list", "opened_at",
                       "last_signal_at", "closed_at", "closed_by", "resolution", "status"]
    inlines = [SignalInline, ActionInline]

    def has_add_permission(self, request):
        return False


@admin.register(Recall)
class RecallAdmin(admin.ModelAdmin):
    list_display = ["__str__", "batch", "hazard", "remedy", "recalled_at", "closed_at"]
    readonly_fields = ["batch", "alert", "hazard", "remedy", "note", "recalled_by",
                       "recalled_at", "closed_at"]

    def has_add_permission(self, request):
        return False


@admin.register(RecallDisposal)
class RecallDisposalAdmin(admin.ModelAdmin):
    list_display = ["line", "kind", "quantity", "happened_on", "recorded_by"]
    readonly_fields = ["line", "kind", "quantity", "happened_on", "note", "evidence",
                       "recorded_by", "recorded_at"]

    def has_add_permission(self, request):
        return False
