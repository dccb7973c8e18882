"""The home page and the sellers made once for a module (conftest.py's `shared_*` rows).

A module whose tests only read them imports these three fixtures; under the names `home`,
`approved` and `unapproved` they then stand for conftest's per-test rows in that module
alone. (Imported under other names, so a test's `home` argument shadows no import.)
"""

import pytest


@pytest.fixture(name="home")
def module_home(shared_home):
    return shared_home


@pytest.fixture(name="approved")
def module_approved(shared_approved):
    return shared_approved


@pytest.fixture(name="unapproved")
def module_unapproved(shared_unapproved):
    return shared_unapproved
