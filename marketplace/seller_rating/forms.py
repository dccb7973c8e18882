from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH

STAR_CHOICES = [(n, str(n)) for n in range(5, 0, -1)]


class ReviewForm(forms.Form):
    """A buyer's review of the seller of a completed order."""

    stars = forms.TypedChoiceField(
        label=_("Your rating of the seller"), choices=STAR_CHOICES, coerce=int,
        widget=forms.RadioSelect,
        help_text=_("5 stars: excellent, 1 star: poor."))
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, max_length=COMMENT_MAX_LENGTH,
        validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)],
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What went well or not: the goods, the communication, the shipment."))


class RatingFilterForm(forms.Form):
    """The staff list's filter."""

    grade = forms.ChoiceField(label=_("Grade"), required=False)
    q = forms.CharField(label=_("Seller"), required=False, max_length=100)

    def __init__(self, *args, **kwargs):
        from .grades import Grade

        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = [("", _("All grades")), *Grade.choices]
