"""A seller's credit rating (信用评价) and the buyers' reviews it reads.

SellerRating is computed (services.recompute_ratings), never typed: one row per
enterprise, with the score, the grade and the breakdown that produced them, so the
public page shows exactly what the score was made of. SellerReview is what a buyer
says of the seller of one completed order: one review per order and seller.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.core import sanitize

from .grades import Grade

COMMENT_MAX_LENGTH = 1000


class SellerRating(models.Model):
    enterprise = models.OneToOneField(
        "sellers.Enterprise", on_delete=models.CASCADE, primary_key=True,
        related_name="credit_rating", verbose_name=_("enterprise"))
    #: 0-100; None for a new seller (too little history to show one).
    score = models.PositiveSmallIntegerField(
        _("score"), null=True, blank=True, validators=[MaxValueValidator(100)])
    grade = models.CharField(_("grade"), max_length=8, choices=Grade.choices, db_index=True)
    #: {"components": {key: {"weight", "value", "points", "inputs"}}, "provisional_score",
    #:  "window_days", "new_seller"}: formula.RatingResult.as_breakdown().
    breakdown = models.JSONField(_("breakdown"), default=dict)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        ordering = ["-score", "enterprise_id"]
        verbose_name = _("seller rating")
        verbose_name_plural = _("seller ratings")

    def __str__(self):
        return f"{self.enterprise_id}: {self.grade} ({self.score})"

    @property
    def is_new(self) -> bool:
        return self.grade == Grade.NEW


class SellerReview(models.Model):
    order = models.ForeignKey("order.Order", on_delete=models.CASCADE,
                              related_name="seller_reviews", verbose_name=_("order"))
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.CASCADE,
                                   related_name="buyer_reviews", verbose_name=_("seller"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("author"))
    stars = models.PositiveSmallIntegerField(
        _("stars"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    # A TextField's max_length only sizes the form's textarea: the validator holds the bound.
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True,
                               validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("buyer review of a seller")
        verbose_name_plural = _("buyer reviews of sellers")
        constraints = [
            models.UniqueConstraint(fields=["order", "enterprise"],
                                    name="seller_rating_one_review_per_order"),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5),
                                   name="seller_rating_stars_1_to_5"),
        ]

    def __str__(self):
        return f"{self.stars}★ for {self.enterprise_id} (order {self.order_id})"

    def save(self, *args, **kwargs):
        # Printed escaped; stored as plain text too, for e-mails and the admin.
        self.comment = sanitize.clean_text(self.comment)[:COMMENT_MAX_LENGTH]
        super().save(*args, **kwargs)
