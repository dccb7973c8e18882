from django.contrib import admin
from oscar.apps.partner.admin import *  # noqa: F401,F403  (keep Oscar's admin for the fork)
from oscar.apps.partner.admin import StockRecordAdmin as OscarStockRecordAdmin
from oscar.core.loading import get_model

from .forms import BasePriceTierFormSet

StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")


class PriceTierInline(admin.TabularInline):
    model = PriceTier
    formset = BasePriceTierFormSet
    extra = 1


class IncotermOfferInline(admin.TabularInline):
    model = IncotermOffer
    extra = 1


class StockRecordAdmin(OscarStockRecordAdmin):
    """Oscar's stock record admin with the B2B terms beside the price."""

    list_display = (*OscarStockRecordAdmin.list_display, "moq")
    inlines = [PriceTierInline, IncotermOfferInline]


admin.site.unregister(StockRecord)
admin.site.register(StockRecord, StockRecordAdmin)
