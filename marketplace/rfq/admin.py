"""Requests, quotes and threads in the Django admin, to look into a dispute; changes go through services."""

from django.contrib import admin

from .models import Invitation, Message, Quote, QuoteTier, RequestForQuotation, Thread


class InvitationInline(admin.TabularInline):
    model = Invitation
    extra = 0
    readonly_fields = ("partner", "created_at", "notified_at")
    can_delete = False


@admin.register(RequestForQuotation)
class RequestForQuotationAdmin(admin.ModelAdmin):
    list_display = ("pk", "title", "buyer", "product", "cluster", "quantity", "status", "deadline", "created_at")
    list_filter = ("status", "cluster", "incoterm")
    search_fields = ("title", "buyer__email")
    raw_id_fields = ("buyer", "product")
    inlines = [InvitationInline]


class QuoteTierInline(admin.TabularInline):
    model = QuoteTier
    extra = 0


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("pk", "rfq", "partner", "currency", "valid_until", "status", "created_at")
    list_filter = ("status", "currency")
    raw_id_fields = ("rfq", "author")
    inlines = [QuoteTierInline]


class MessageInline(admin.StackedInline):
    model = Message
    extra = 0
    readonly_fields = ("sender", "from_seller", "body", "created_at", "notified_at")
    can_delete = False


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ("pk", "rfq", "order_number", "buyer", "partner", "last_message_at")
    raw_id_fields = ("rfq", "buyer")
    inlines = [MessageInline]
