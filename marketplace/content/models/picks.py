"""What an editor picks for a page's live blocks: products and sellers, in the editor's order.

Inline rows chosen through Wagtail's chooser modal (content.choosers), not many-to-many
fields: a many-to-many field is edited as a multiple select listing every product of the
catalogue (a hundred thousand options on a real one) and keeps no order.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.models import Orderable


class PickedProduct(Orderable):
    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("product"))

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        abstract = True


class PickedSeller(Orderable):
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.CASCADE,
                                   related_name="+", verbose_name=_("seller"))

    panels = [FieldPanel("enterprise")]

    class Meta(Orderable.Meta):
        abstract = True


class HomeFeaturedProduct(PickedProduct):
    page = ParentalKey("content.HomePage", on_delete=models.CASCADE,
                       related_name="featured_product_picks")


class HomeFeaturedSeller(PickedSeller):
    page = ParentalKey("content.HomePage", on_delete=models.CASCADE,
                       related_name="featured_seller_picks")


class ClusterFeaturedProduct(PickedProduct):
    page = ParentalKey("content.ClusterPage", on_delete=models.CASCADE,
                       related_name="featured_product_picks")


class ClusterLeadingSeller(PickedSeller):
    page = ParentalKey("content.ClusterPage", on_delete=models.CASCADE,
                       related_name="leading_seller_picks")


class ParkTenant(PickedSeller):
    page = ParentalKey("content.IndustrialParkPage", on_delete=models.CASCADE,
                       related_name="tenant_picks")


#: Every pick model: the CMS cache forgets its blocks when one of their rows changes.
PICK_MODELS = [HomeFeaturedProduct, HomeFeaturedSeller, ClusterFeaturedProduct,
               ClusterLeadingSeller, ParkTenant]


def picked_ids(page, relation, field):
    """The picked ids of `page` in the editor's order (also on an unsaved page or preview,
    whose rows live in memory)."""
    return [getattr(pick, field) for pick in getattr(page, relation).all()]


def products_panel(relation="featured_product_picks"):
    """The chooser panel of a page's featured products."""
    return MultipleChooserPanel(
        relation, chooser_field_name="product", label=_("featured products"),
        help_text=_("Leave empty to show the newest public products."))


def sellers_panel(relation, label, help_text=""):
    """The chooser panel of a page's picked sellers."""
    return MultipleChooserPanel(relation, chooser_field_name="enterprise", label=label,
                                help_text=help_text)
