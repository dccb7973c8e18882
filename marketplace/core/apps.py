from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site chrome shared by CMS and shop pages: base templates, navigation, switchers."""

    name = "marketplace.core"
    label = "marketplace_core"

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from oscar.core.loading import get_model
        from wagtail.models import Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .chrome import begin_request, end_request, invalidate_chrome, invalidate_listing

        request_started.connect(begin_request, dispatch_uid="chrome-versions-begin")
        request_finished.connect(end_request, dispatch_uid="chrome-versions-end")

        # What the cached menus, sidebar and breadcrumbs are made of (see chrome.py).
        Category = get_model("catalogue", "Category")
        for model in (Category, Site):
            post_save.connect(invalidate_chrome, sender=model, dispatch_uid=f"chrome-save-{model.__name__}")
            post_delete.connect(invalidate_chrome, sender=model, dispatch_uid=f"chrome-delete-{model.__name__}")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate_chrome, dispatch_uid=f"chrome-{id(signal)}")
        post_delete.connect(_invalidate_for_pages, dispatch_uid="chrome-delete-page")

        # What catalogue pages list and show on a card, and a product page's body.
        Product = get_model("catalogue", "Product")
        for model in (
            Product, get_model("catalogue", "ProductImage"), Product.categories.through,
            get_model("catalogue", "ProductAttributeValue"),
            # Their names and labels are on cards (specs) and in a product page's body.
            get_model("catalogue", "ProductAttribute"), get_model("catalogue", "AttributeOption"),
            get_model("catalogue", "ProductRecommendation"), get_model("reviews", "ProductReview"),
            # A card's product is kept with its class (stock tracking) and whether it has
            # options (product_search/listed.py).
            get_model("catalogue", "ProductClass"), get_model("catalogue", "Option"),
            get_model("partner", "StockRecord"), get_model("partner", "PriceTier"),
            get_model("partner", "IncotermOffer"), get_model("currency", "ExchangeRate"),
        ):
            post_save.connect(invalidate_listing, sender=model, dispatch_uid=f"listing-save-{model.__name__}")
            post_delete.connect(invalidate_listing, sender=model, dispatch_uid=f"listing-delete-{model.__name__}")
        for through in (Product.categories.through, Product.certifications.through,
                        get_model("catalogue", "ProductAttributeValue").value_multi_option.through,
                        Product.product_options.through,
                        get_model("catalogue", "ProductClass").options.through):
            m2m_changed.connect(invalidate_listing, sender=through, dispatch_uid=f"listing-m2m-{through.__name__}")


def _invalidate_for_pages(sender, **kwargs):
    from wagtail.models import Page

    from .chrome import invalidate_chrome

    # Pages are deleted under their specific class, so the sender cannot be filtered on.
    if issubclass(sender, Page):
        invalidate_chrome()
