from django.contrib import admin

from .models import ExchangeRate


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("rate_date", "base_currency", "quote_currency", "rate", "source")
    list_filter = ("base_currency", "quote_currency", "source")
    date_hierarchy = "rate_date"
    search_fields = ("source",)
