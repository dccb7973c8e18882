class SearchBackendUnavailable(Exception):
    """The search service cannot be reached; /readyz reports it and pages show an error."""


class SearchBackend:
    """One interface over every product search service.

    Views call `search()` and `suggest()`; the indexing task calls `index_products()`
    and `remove_products()`; `manage.py search_index --rebuild` calls `rebuild()`;
    /readyz calls `ping()`. A backend never renders anything.
    """

    name = "base"

    def search(self, query):
        """Return a SearchResult for a ProductQuery (facets counted when query.with_facets)."""
        raise NotImplementedError

    def suggest(self, text, language, limit=8):
        """Return up to `limit` Suggestions (products, categories, sellers) for what is typed."""
        raise NotImplementedError

    def ping(self):
        """Return a short description of the service; raise SearchBackendUnavailable when down."""
        raise NotImplementedError

    def index_products(self, product_ids):
        """Bring these products up to date in the index; ids no longer browsable leave it."""

    def remove_products(self, product_ids):
        """Take these products out of the index at once."""

    def rebuild(self, progress=None):
        """Index every browsable product again in bulk; `progress(done, total)` is called
        after each batch. Search keeps answering from the old index until the new one is
        complete."""
        raise NotImplementedError
