"""Fields of the catalogue that are written per language (django-modeltranslation).

modeltranslation adds one column per site language (title_en, title_zh_hans, ...)
and makes `title` read the active language with the configured fallbacks.
"""

from modeltranslation.translator import TranslationOptions, register
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductClass = get_model("catalogue", "ProductClass")
ProductAttribute = get_model("catalogue", "ProductAttribute")
AttributeOption = get_model("catalogue", "AttributeOption")
Certification = get_model("catalogue", "Certification")


@register(Product)
class ProductTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(ProductClass)
class ProductClassTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(AttributeOption)
class AttributeOptionTranslationOptions(TranslationOptions):
    fields = ("option",)


# Buyers read attribute names beside the values ("Blade steel: VG10"); the codes stay English.
@register(ProductAttribute)
class ProductAttributeTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Certification)
class CertificationTranslationOptions(TranslationOptions):
    fields = ("name",)
