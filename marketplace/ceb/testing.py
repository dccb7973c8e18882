"""Helpers other apps' tests reuse: where the official XSDs are on this machine.

    from marketplace.ceb.testing import reference_xsd_dir

    @pytest.fixture
    def ceb_xsd(settings):
        settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())
"""

from __future__ import annotations

import os
from pathlib import Path

#: Where CI keeps the 202205 schemas (outside the repository: they are China Customs' files).
REFERENCE_XSD_DIR = Path("/work/shared/reference/ceb-202205")

_REQUIRED = ("export.xsd", "import.xsd", "terminal.xsd", "xmldsig-core-schema.xsd")


class ReferenceSchemasMissing(RuntimeError):
    pass


def reference_xsd_dir() -> Path:
    """$MARKETPLACE_CEB_XSD_DIR, else the reference folder; raises (never skips) when neither
    holds the schemas, since tests without the oracle would prove nothing."""
    candidates = [os.environ.get("MARKETPLACE_CEB_XSD_DIR"), str(REFERENCE_XSD_DIR)]
    for candidate in filter(None, candidates):
        folder = Path(candidate)
        if all((folder / name).is_file() for name in _REQUIRED):
            return folder
    raise ReferenceSchemasMissing(
        "The CEB 202205 XSDs were not found: set MARKETPLACE_CEB_XSD_DIR to a folder holding "
        f"{', '.join(_REQUIRED)} (tried {', '.join(filter(None, candidates))}).")
