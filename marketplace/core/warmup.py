"""Loads, once, what a web process would otherwise load on its first request per language.

A cold worker's first page in a language took 2.5-5 s in the traffic benchmark (issue 17):
Django builds its URL resolver for each active language (every page reverses its URL in
the ten languages for its hreflang alternates) and merges every app's gettext catalogue
per language, and Babel reads its locale data per locale. gunicorn (deploy/gunicorn.conf.py)
calls `warm_up()` in the master process before it forks the workers (`preload_app`), so
every worker, and every worker that replaces a recycled one, starts with all of it in
memory it shares with the master.

Nothing here reads the database or the cache: a connection opened before the fork would be
shared by every worker.
"""

import logging
import time
from pathlib import Path

from babel import Locale
from babel.numbers import format_currency
from django.conf import settings
from django.db import connections
from django.template import TemplateSyntaxError, engines
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import formats, translation

logger = logging.getLogger(__name__)

#: The project's template folders of what buyers request (pages, their partials and the
#: CMS blocks); the dashboards are left to compile on first use.
BUYER_TEMPLATES = ("oscar/catalogue", "oscar/search", "oscar/partials", "oscar/basket",
                   "content", "sellers/partials")


def warm_language(code):
    """Everything language-bound a request in `code` needs, loaded for this process."""
    with translation.override(code):
        # Merges the project's and every app's catalogue for the language.
        translation.gettext("Home")
        # The resolver populates the whole URL tree (the lookups of every included app
        # and namespace, and each pattern's regex in this language) for the active one.
        get_resolver().reverse_dict  # noqa: B018 (the property builds what is cached)
        _reverse_in_each_namespace()
        formats.get_format("DECIMAL_SEPARATOR")
    locale = Locale.parse(translation.to_locale(code))
    format_currency(1, settings.OSCAR_DEFAULT_CURRENCY, locale=locale)


def _namespaces(resolver, prefix=""):
    for namespace, (_pattern, included) in resolver.namespace_dict.items():
        yield f"{prefix}{namespace}", included
        yield from _namespaces(included, f"{prefix}{namespace}:")


def _reverse_in_each_namespace():
    """A namespaced reverse ("catalogue:detail") goes through a resolver Django builds per
    namespace and caches, populated per language like the root one: one reverse in each
    namespace builds it. Whether that reverse matches does not matter."""
    for path, included in _namespaces(get_resolver()):
        name = next((key for key in included.reverse_dict if isinstance(key, str)), None)
        if name is not None:
            try:
                reverse(f"{path}:{name}")
            except NoReverseMatch:
                pass


def _template_names():
    roots = [Path(root) for backend in settings.TEMPLATES for root in backend.get("DIRS", ())]
    roots += sorted(Path(settings.BASE_DIR, "marketplace").glob("*/templates"))
    for root in roots:
        for folder in BUYER_TEMPLATES:
            for path in sorted((root / folder).rglob("*.html")):
                yield path.relative_to(root).as_posix()


def compile_templates():
    """Compiles the buyer pages' templates into the cached loader (language-free: a
    template is parsed once whatever language renders it). A template that does not
    compile is logged and left to fail on its own page, not at start-up."""
    engine = engines["django"]
    compiled = 0
    for name in _template_names():
        try:
            engine.get_template(name)
        except TemplateSyntaxError:
            logger.exception("Template %s does not compile", name)
        else:
            compiled += 1
    return compiled


def warm_up(languages=None):
    """Warms every site language and the buyer pages' templates; returns the seconds it
    took."""
    started = time.monotonic()
    for code in languages or [code for code, _name in settings.LANGUAGES]:
        warm_language(code)
    compile_templates()
    # Nothing above should have connected; make sure no socket is inherited by a fork.
    connections.close_all()
    return time.monotonic() - started
