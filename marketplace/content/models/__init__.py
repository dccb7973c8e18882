"""The CMS page types, one module per kind of page (Wagtail finds them through this package)."""

from .cluster import ClusterPage
from .contact import ContactPage
from .events import EventIndexPage, EventPage
from .guide import BuyerGuidePage
from .home import ContentPage, HomePage
from .news import NewsIndexPage, NewsPage
from .park import IndustrialParkPage
from .picks import (
    ClusterFeaturedProduct,
    ClusterLeadingSeller,
    HomeFeaturedProduct,
    HomeFeaturedSeller,
    ParkTenant,
)

__all__ = [
    "BuyerGuidePage", "ClusterPage", "ContactPage", "ContentPage", "EventIndexPage", "EventPage",
    "HomePage", "IndustrialParkPage", "NewsIndexPage", "NewsPage",
    "ClusterFeaturedProduct", "ClusterLeadingSeller", "HomeFeaturedProduct", "HomeFeaturedSeller",
    "ParkTenant",
]
