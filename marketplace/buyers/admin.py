from django.contrib import admin

from .models import BuyerCompany, CompanyAddress, CompanyInvitation, CompanyMembership


class MembershipInline(admin.TabularInline):
    model = CompanyMembership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(BuyerCompany)
class BuyerCompanyAdmin(admin.ModelAdmin):
    list_display = ["legal_name", "country", "vat_number", "eori_number", "created_at"]
    list_filter = ["country"]
    search_fields = ["legal_name", "vat_number", "eori_number", "tax_number"]
    inlines = [MembershipInline]
    raw_id_fields = ["created_by"]


@admin.register(CompanyInvitation)
class CompanyInvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "company", "role", "status", "created_at", "expires_at", "sent_at"]
    list_filter = ["status", "role"]
    search_fields = ["email", "company__legal_name"]
    # The key is the secret of the link; the admin never shows it.
    exclude = ["key"]
    raw_id_fields = ["company", "invited_by", "accepted_by"]


@admin.register(CompanyAddress)
class CompanyAddressAdmin(admin.ModelAdmin):
    list_display = ["company", "label", "line4", "country", "is_default_for_shipping", "is_default_for_billing"]
    raw_id_fields = ["company"]
