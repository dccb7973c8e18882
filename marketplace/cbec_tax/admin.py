from django.contrib import admin

from .models import CbecPurchase, ImportLimit, TaxRate


@admin.register(ImportLimit)
class ImportLimitAdmin(admin.ModelAdmin):
    list_display = ["valid_from", "valid_to", "per_transaction", "per_year", "single_item_exception", "source"]
    date_hierarchy = "valid_from"


@admin.register(TaxRate)
class TaxRateAdmin(admin.ModelAdmin):
    list_display = ["hs_prefix", "description", "vat_rate", "consumption_tax_rate", "tariff_rate",
                    "valid_from", "valid_to", "source"]
    list_filter = ["valid_to"]
    search_fields = ["hs_prefix", "description", "source"]


@admin.register(CbecPurchase)
class CbecPurchaseAdmin(admin.ModelAdmin):
    """Read only: purchases are recorded by checkout and returns, which check the limits."""

    list_display = ["order_number", "year", "customs_value", "ordered_on", "released_on", "returned_on"]
    list_filter = ["year"]
    search_fields = ["order_number"]
    readonly_fields = ["buyer_key", "order_number", "year", "customs_value", "ordered_on", "released_on",
                       "returned_on", "created"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
