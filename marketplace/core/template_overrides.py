"""Which optional templates exist, read from the template folders once per process.

Oscar looks for per-product templates before its generic ones: a product card tries
".../partials/product/upc-<UPC>.html", a product page "oscar/catalogue/detail-for-upc-<UPC>.html".
Nearly no product has one, and each miss of a new UPC (never in the cached loader's memory)
tried every template folder of every app on disk: 46 failed open() calls, about 2 ms, per
card and per cold product page (README, issue 17's profiles). The folders are listed here
once; a template added later needs a restart, as any code change does.
"""

import functools
from pathlib import Path


@functools.cache
def templates_in(folder):
    """The names ("folder/file.html") of the templates directly in `folder`, in any template
    folder of the project or its apps."""
    from django.template import engines
    from django.template.utils import get_app_template_dirs

    folders = list(engines["django"].engine.dirs) + list(get_app_template_dirs("templates"))
    names = set()
    for root in folders:
        path = Path(root) / folder
        if path.is_dir():
            names.update(folder + entry.name for entry in path.iterdir() if entry.is_file())
    return frozenset(names)


def existing(names, folder):
    """`names` without those of `folder` that no template folder holds."""
    present = templates_in(folder)
    return [name for name in names if not name.startswith(folder) or name in present]
