"""Backends the outbox tests name in settings."""

from marketplace.outbox.backends import BackendUnavailable
from marketplace.outbox.backends.locmem import LocmemBackend


class FlakyBackend(LocmemBackend):
    """The customs gateway as it is on a bad day: down until a test brings it up."""

    down = True
    calls = 0

    def send(self, message):
        type(self).calls += 1
        if type(self).down:
            raise BackendUnavailable("customs gateway: connection refused")
        return super().send(message)


class BrokenBackend(LocmemBackend):
    """A backend with a bug: answers what the interface does not allow."""

    def send(self, message):
        return {"ok": True}
