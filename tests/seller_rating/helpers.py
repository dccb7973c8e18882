from django.utils import timezone

from marketplace.product_search.tasks import queue_index
from marketplace.seller_rating.models import SellerRating
from marketplace.seller_rating.services import forget_cached_ratings


def rate(seller, score, grade, **components):
    """Gives the seller a stored rating (as recompute_ratings would) and reindexes its product."""
    breakdown = {"components": {
        "on_time": {"weight": 35, "value": "0.8000", "points": "28.0000",
                    "inputs": {"orders_due": 5, "orders_on_time": 4}},
        "reviews": {"weight": 20, "value": "0.5000", "points": "10.0000",
                    "inputs": {"count": 0, "stars": 0}},
        **components}, "provisional_score": score or 80, "new_seller": score is None}
    rating, _created = SellerRating.objects.update_or_create(
        enterprise=seller.enterprise,
        defaults={"score": score, "grade": grade, "breakdown": breakdown,
                  "computed_at": timezone.now()})
    queue_index([seller.product.pk])
    forget_cached_ratings()
    return rating
