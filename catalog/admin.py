from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from oscar.apps.catalogue.admin import *  # noqa: F401,F403  (keep Oscar's admin for the fork)
from oscar.core.loading import get_model

HSCode = get_model("catalogue", "HSCode")
Certification = get_model("catalogue", "Certification")


@admin.register(HSCode)
class HSCodeAdmin(admin.ModelAdmin):
    # Compliance flags codes here; the table itself comes from `manage.py load_hs_codes`.
    list_display = ("code", "description_en", "description_zh", "chapter", "prohibited")
    list_filter = ("prohibited", "chapter")
    search_fields = ("code", "description_en", "description_zh")


@admin.register(Certification)
class CertificationAdmin(TranslationAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")
