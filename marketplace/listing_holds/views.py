"""What a buyer is told when a line left their basket because its listing was withdrawn."""

from django.contrib import messages
from django.utils.translation import gettext as _

from .models import ListingHold
from .services import pop_basket_notices

_WHY = {
    ListingHold.Kind.IP_TAKEDOWN: lambda: _(
        "“%(title)s” was removed from your basket: the listing was taken down after an "
        "intellectual-property complaint."),
    ListingHold.Kind.STOP_SALE: lambda: _(
        "“%(title)s” was removed from your basket: its sale has been stopped by the "
        "platform's risk control."),
}


def tell_withdrawn_lines(request):
    """Flash, once, a message per line the buyer's basket lost since their last visit."""
    basket = getattr(request, "basket", None)
    for notice in pop_basket_notices(basket):
        # Django's messages escape on output; the title is plain text from the line.
        messages.warning(request, _WHY[notice.kind]() % {"title": notice.title})
