"""A version number in the cache that names a family of cached values.

Cached values that must not outlive a change (permission sets, freight tables) are stored
under keys holding the family's version; a change moves the version on, and every process
sharing the cache (Redis in production) reads fresh values at its next request without
deleting keys one by one. Old entries expire on their own.
"""

from django.core.cache import cache


class CacheVersion:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> int:
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, 1, None)
            version = cache.get(self.key) or 1
        return version

    def bump(self, **_signal_kwargs) -> None:
        """Moves the version on (usable as a signal receiver)."""
        try:
            cache.incr(self.key)
        except ValueError:  # not set yet: the next reader starts it afresh
            cache.delete(self.key)
