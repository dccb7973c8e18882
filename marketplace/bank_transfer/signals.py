"""What the bank-transfer app tells the rest of the marketplace.

transfer_received is sent INSIDE the transaction that records a transfer, once per bank
reference: a receiver that writes a record about it (the forex report's outbox message)
commits with the receipt or not at all. Receivers must not do slow or outside work.

    transfer_received(sender=Receipt, receipt: Receipt)
"""

from django.dispatch import Signal

transfer_received = Signal()
