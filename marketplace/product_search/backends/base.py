class SearchBackendUnavailable(Exception):
    """The search service cannot be reached; /readyz reports it and pages show an error."""


class SearchBackend:
    """One interface over every product search service.

    Views call `search()`; signals and tasks call `index_products()` and
    `remove_products()`; /readyz calls `ping()`. A backend never renders anything.
    """

    name = "base"

    def search(self, query):
        """Return a SearchResult for a ProductQuery."""
        raise NotImplementedError

    def ping(self):
        """Return a short description of the service; raise SearchBackendUnavailable when down."""
        raise NotImplementedError

    def index_products(self, product_ids):
        """Bring these products up to date in the index (a no-op where search reads the database)."""

    def remove_products(self, product_ids):
        """Take these products out of the index at once."""
