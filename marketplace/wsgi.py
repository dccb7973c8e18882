import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
application = get_wsgi_application()

# Full garbage collections out of the warm objects' way (core/collector.py).
from marketplace.core import collector  # noqa: E402 - needs the settings above

collector.install()
