"""What the traceability app tells other apps (risk alerts). Sent after commit."""

from django.dispatch import Signal

#: An inspection report with a failed result was recorded for a batch. kwargs: batch, document.
inspection_failed = Signal()
