from django.contrib import admin as _admin  # noqa: E402
from oscar.apps.order.admin import *

from .models import Purchase  # noqa: E402


@_admin.register(Purchase)
class PurchaseAdmin(_admin.ModelAdmin):
    list_display = ("reference", "user", "total", "currency", "payment_method", "created_at")
    search_fields = ("reference", "buyer_reference", "user__email")
    readonly_fields = ("created_at",)
