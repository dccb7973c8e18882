from django.contrib import admin

from .models import SellerRating, SellerReview


@admin.register(SellerRating)
class SellerRatingAdmin(admin.ModelAdmin):
    """Ratings are computed (services.recompute_ratings), never typed: read only."""

    list_display = ["enterprise", "grade", "score", "computed_at"]
    list_filter = ["grade"]
    search_fields = ["enterprise__name_en", "enterprise__legal_name_zh"]
    readonly_fields = ["enterprise", "score", "grade", "breakdown", "computed_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SellerReview)
class SellerReviewAdmin(admin.ModelAdmin):
    """Buyers' reviews: staff may remove an abusive one (the rating is recomputed)."""

    list_display = ["created_at", "enterprise", "stars", "order", "author"]
    list_filter = ["stars"]
    search_fields = ["enterprise__name_en", "order__number", "comment"]
    raw_id_fields = ["order", "enterprise", "author"]
    readonly_fields = ["order", "enterprise", "author", "stars", "comment", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
