"""Which changes reach the search index: every row a product's search document is built from.

A document holds the product's own columns (titles and descriptions in every language
are modeltranslation columns on Product), its stock record (price, MOQ, stock), price
tiers and Incoterm offers, categories with their names and ancestors, attribute values,
certifications, the seller's names and status, and prices converted with the latest
exchange rates. Each receiver below finds the products a change touches and queues
them; the tasks send them to the backend after commit (see tasks.py).

Bulk statements (QuerySet.update, bulk_create) send no signals: the code that uses them
calls queue_index itself (moderation, product import, demo seeding). Not followed
here, and caught up by `manage.py search_index --rebuild`: moving a category in the
tree (treebeard updates paths in bulk) and renaming an attribute or a product class.
"""

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.currency.models import ExchangeRate
from marketplace.sellers.models import Enterprise

from .tasks import queue_index, queue_removal

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOption = get_model("catalogue", "AttributeOption")
Certification = get_model("catalogue", "Certification")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

#: What a seller's products show of the seller, and whether they are listed at all.
SELLER_FIELDS = {
    Partner: ("name", "code"),
    Enterprise: ("status", "name_en", "legal_name_zh", "partner"),
}


def _columns(model):
    return [model._meta.get_field(name).attname for name in SELLER_FIELDS[model]]


# --- the product itself ---------------------------------------------------------------


def product_saved(sender, instance, **kwargs):
    if instance.parent_id:
        # A variant is shown (price, stock) through its parent's document.
        queue_index([instance.parent_id])
    elif instance.is_public and instance.review_status == ReviewStatus.APPROVED:
        queue_index([instance.pk])
    else:
        # Unpublished, refused or waiting for review: out at once, not at the next rebuild.
        queue_removal([instance.pk])


def product_deleted(sender, instance, **kwargs):
    queue_removal([instance.pk])
    if instance.parent_id:
        queue_index([instance.parent_id])


def product_part_changed(sender, instance, **kwargs):
    """A stock record, category link or attribute value: the product it belongs to."""
    queue_index([instance.product_id])


def stockrecord_part_changed(sender, instance, **kwargs):
    """A price tier or an Incoterm offer: the product of its stock record."""
    if sender._meta.get_field("stockrecord").is_cached(instance):
        product_id = instance.stockrecord.product_id
    else:
        # None when the stock record is being deleted with it: its own receiver queues.
        product_id = (StockRecord.objects.filter(pk=instance.stockrecord_id)
                      .values_list("product_id", flat=True).first())
    queue_index([product_id])


def certifications_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            queue_index([instance.pk])
    elif action in ("post_add", "post_remove"):
        queue_index(pk_set)
    elif action == "pre_clear":
        # After the clear nothing says which products had it.
        queue_index(instance.products.values_list("pk", flat=True))


def multi_options_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            queue_index([instance.product_id])
    elif action in ("post_add", "post_remove"):
        queue_index(ProductAttributeValue.objects.filter(pk__in=pk_set)
                    .values_list("product_id", flat=True))
    elif action == "pre_clear":
        queue_index(instance.multi_valued_attribute_values.values_list("product_id", flat=True))


# --- what documents show of other rows ---------------------------------------------------


def category_saved(sender, instance, created, **kwargs):
    # Products of the whole subtree: their documents hold the names of every ancestor.
    if not created:
        queue_index(ProductCategory.objects.filter(category__path__startswith=instance.path)
                    .values_list("product_id", flat=True).distinct())


def certification_changed(sender, instance, created=False, **kwargs):
    # pre_delete too: the product links go without an m2m_changed signal.
    if not created:
        queue_index(instance.products.values_list("pk", flat=True))


def attribute_option_changed(sender, instance, created=False, **kwargs):
    # Renamed or (pre_delete) about to go: the attribute text of the products using it.
    if not created:
        queue_index(ProductAttributeValue.objects
                    .filter(Q(value_option=instance) | Q(value_multi_option=instance))
                    .values_list("product_id", flat=True).distinct())


def remember_seller(sender, instance, update_fields=None, **kwargs):
    """Keep what the saved row says, to index the seller's products only when it changes."""
    instance._search_seller_before = None
    if instance.pk and (update_fields is None or set(update_fields) & set(SELLER_FIELDS[sender])):
        instance._search_seller_before = (sender._default_manager.filter(pk=instance.pk)
                                          .values(*_columns(sender)).first())


def seller_saved(sender, instance, created, **kwargs):
    before = instance.__dict__.pop("_search_seller_before", None)
    now = {column: getattr(instance, column) for column in _columns(sender)}
    if before == now or (before is None and not created):
        return
    partner_ids = {instance.pk} if sender is Partner else {instance.partner_id}
    if before and sender is Enterprise:
        partner_ids.add(before["partner_id"])  # a partner that stops being this seller's
    queue_products_of_partners(partner_ids)


def enterprise_deleted(sender, instance, **kwargs):
    queue_products_of_partners([instance.partner_id])


def queue_products_of_partners(partner_ids):
    partner_ids = [pk for pk in partner_ids if pk is not None]
    if partner_ids:
        queue_index(StockRecord.objects.filter(partner_id__in=partner_ids)
                    .values_list("product_id", flat=True).distinct())


def exchange_rate_changed(sender, instance, **kwargs):
    # Documents hold prices in the base currency, converted when they are written:
    # products priced in either currency of the pair are converted again.
    currencies = {instance.base_currency, instance.quote_currency}
    currencies.discard(settings.OSCAR_DEFAULT_CURRENCY)
    if currencies:
        queue_index(StockRecord.objects.filter(price_currency__in=currencies)
                    .values_list("product_id", flat=True).distinct())


# --- wiring --------------------------------------------------------------------------------


def connect():
    """Connect every receiver; called once from ProductSearchConfig.ready()."""

    def on(signal, receiver, sender):
        signal.connect(receiver, sender=sender,
                       dispatch_uid=f"product_search.{receiver.__name__}.{sender._meta.label}")

    on(post_save, product_saved, Product)
    on(post_delete, product_deleted, Product)
    for model in (StockRecord, ProductCategory, ProductAttributeValue):
        on(post_save, product_part_changed, model)
        on(post_delete, product_part_changed, model)
    for model in (PriceTier, IncotermOffer):
        on(post_save, stockrecord_part_changed, model)
        on(post_delete, stockrecord_part_changed, model)
    on(m2m_changed, certifications_changed, Product.certifications.through)
    on(m2m_changed, multi_options_changed, ProductAttributeValue.value_multi_option.through)
    on(post_save, category_saved, Category)
    on(post_save, certification_changed, Certification)
    on(pre_delete, certification_changed, Certification)
    on(post_save, attribute_option_changed, AttributeOption)
    on(pre_delete, attribute_option_changed, AttributeOption)
    for model in SELLER_FIELDS:
        on(pre_save, remember_seller, model)
        on(post_save, seller_saved, model)
    on(post_delete, enterprise_deleted, Enterprise)
    on(post_save, exchange_rate_changed, ExchangeRate)
    on(post_delete, exchange_rate_changed, ExchangeRate)
