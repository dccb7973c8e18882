"""What the IP complaints app tells other apps (risk alerts, seller ratings). Sent after commit."""

from django.dispatch import Signal

#: A rights holder filed a complaint. kwargs: case, products (list of catalogue.Product).
complaint_filed = Signal()
#: A takedown was upheld against a seller: one strike. kwargs: case, enterprise, products.
strike_recorded = Signal()
