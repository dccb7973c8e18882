"""Read-only views of card payments, refunds and gateway events: the gateway is the source
of truth, so nothing here is edited by hand."""

from django.contrib import admin

from .models import CardPayment, CardRefund, GatewayEvent


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class CardRefundInline(admin.TabularInline):
    model = CardRefund
    extra = 0
    can_delete = False
    readonly_fields = ("refund_id", "amount", "status", "created_at")

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CardPayment)
class CardPaymentAdmin(ReadOnlyAdmin):
    list_display = ("reference", "amount", "currency", "status", "amount_refunded", "intent_id", "created_at")
    list_filter = ("status", "currency", "gateway")
    search_fields = ("reference", "intent_id")
    inlines = [CardRefundInline]


@admin.register(GatewayEvent)
class GatewayEventAdmin(ReadOnlyAdmin):
    list_display = ("event_id", "type", "received_at", "processed_at")
    list_filter = ("type", "gateway")
    search_fields = ("event_id",)
