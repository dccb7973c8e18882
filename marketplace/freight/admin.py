from django.contrib import admin

from .models import FreightRate, FreightService, FreightZone, SellerShippingProfile


@admin.register(FreightZone)
class FreightZoneAdmin(admin.ModelAdmin):
    list_display = ["name", "countries"]
    search_fields = ["name"]


class FreightRateInline(admin.TabularInline):
    model = FreightRate
    extra = 0
    autocomplete_fields = ["zone"]


@admin.register(FreightService)
class FreightServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "partner", "trade_mode", "cold_chain", "is_active"]
    list_filter = ["trade_mode", "cold_chain", "is_active", ("partner", admin.EmptyFieldListFilter)]
    search_fields = ["name", "partner__name"]
    raw_id_fields = ["partner"]
    inlines = [FreightRateInline]


@admin.register(FreightRate)
class FreightRateAdmin(admin.ModelAdmin):
    list_display = ["service", "zone", "first_step_kg", "first_step_charge_cny",
                    "additional_step_kg", "additional_step_charge_cny"]
    list_filter = ["zone"]
    search_fields = ["service__name", "zone__name"]
    raw_id_fields = ["service"]


@admin.register(SellerShippingProfile)
class SellerShippingProfileAdmin(admin.ModelAdmin):
    list_display = ["partner", "accepts_on_quote", "updated_at"]
    list_filter = ["accepts_on_quote"]
    search_fields = ["partner__name"]
    raw_id_fields = ["partner"]
