"""What the returns app tells other apps (risk alerts, seller ratings). Sent after commit."""

from django.dispatch import Signal

#: A buyer asked to return goods or opened a dispute. kwargs: case, order, enterprise, kind
#: ("return" or "dispute").
case_opened = Signal()
#: An admin decided an escalated dispute. kwargs: dispute, order, enterprise, in_favour_of
#: ("buyer" or "seller").
dispute_decided = Signal()
