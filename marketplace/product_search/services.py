from django.conf import settings
from django.utils.module_loading import import_string


def get_search_backend():
    """The backend named in settings.MARKETPLACE_SEARCH_BACKEND (database by default)."""
    return import_string(settings.MARKETPLACE_SEARCH_BACKEND)()
