from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Term


@admin.register(Term)
class TermAdmin(TranslationAdmin):
    """Staff correct a term's names and descriptions in each language; its kind and code
    are what products and offers store, so they are set once."""

    list_display = ("code", "name", "kind")
    list_filter = ("kind",)
    search_fields = ("code", "name")
    ordering = ("kind", "code")

    def get_readonly_fields(self, request, obj=None):
        return ("kind", "code") if obj is not None else ()
