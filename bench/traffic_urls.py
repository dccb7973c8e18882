"""Write the URL lists of bench/traffic.sh: every URL a spread of real traffic hits.

    python bench/traffic_urls.py OUT_DIR                # the marketplace (its venv, its settings)
    python bench/traffic_urls.py OUT_DIR --vanilla      # the vanilla Oscar anchor (its venv,
                                                        # run from /tmp/anchor-oscar/shop)

Reads the database the environment points at (DATABASE_URL / MARKETPLACE_VAR_DIR, or the
anchor's own settings) and writes, one path per line:

  products.txt  every public product page, in every language of settings.LANGUAGES
                (the anchor: its products, it has no language prefix)
  listings.txt  pages 1-3 of every public category in every language (only the pages
                that exist: a page past the end answers with a redirect, which costs
                nothing; the anchor lists nothing there, so it has page 1 only),
                then the common searches of bench/search.py (its WORDS), each in its own
                language and in English
  cms.txt       the CMS pages with live catalogue blocks (home, cluster and park pages) in
                every language they are live in (the anchor has none: empty file)
  cookies.txt   the display currency cookie's name, then one value per line; an empty value
                means no cookie (the page language's usual currency)
  single.tsv    mode (a): one URL per page type, "kind<TAB>path<TAB>cold SQL<TAB>warm SQL"

The SQL counts come from Django's test client in this process, as bench/pages.sh counts
them: cold is the page's first request (after a few other pages, so that what a process
loads once is loaded), warm the second. Nothing here is timed.
"""

import argparse
import os
import random
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PRODUCT_OFFSET = 0.5  # the single-URL product: the middle one by pk, as pages.sh picks
QUIET_STATEMENTS = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--vanilla", action="store_true",
                        help="the vanilla Oscar anchor: no language prefixes, no CMS pages")
    parser.add_argument("--check", type=int, default=0, metavar="N",
                        help="GET N random URLs of each list with the test client and print "
                             "their status codes (a dry run of the lists)")
    return parser.parse_args()


def search_words():
    """bench/search.py's WORDS, read without importing it (the anchor's venv lacks the
    marketplace's packages, and importing it would set up the marketplace)."""
    import ast

    tree = ast.parse((ROOT / "bench" / "search.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "WORDS":
            return ast.literal_eval(node.value)
    raise SystemExit("WORDS not found in bench/search.py")


def client():
    from django.test import Client

    # As nginx forwards a request it took over HTTPS: with DEBUG off, plain HTTP would be
    # answered by a redirect to https (SECURE_SSL_REDIRECT). The anchor ignores the header.
    return Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")


def sql_count(test_client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = test_client.get(path)
    statements = [q for q in ctx.captured_queries
                  if q["sql"].split()[0].upper() not in QUIET_STATEMENTS]
    return response.status_code, len(statements)


def page_exists(test_client, path):
    return test_client.get(path).status_code == 200


class Site:
    """What differs between the marketplace and the anchor: languages, URLs, CMS pages."""

    def __init__(self, vanilla):
        self.vanilla = vanilla
        from django.conf import settings

        self.languages = [None] if vanilla else [code for code, _name in settings.LANGUAGES]

    def in_language(self, code, function, *args):
        from django.utils import translation

        if code is None:
            return function(*args)
        with translation.override(code):
            return function(*args)

    def product_paths(self):
        from django.urls import reverse
        from oscar.core.loading import get_model

        if self.vanilla:
            products = get_model("catalogue", "Product").objects.browsable()
        else:
            from marketplace.product_search.documents import searchable_products

            products = searchable_products()
        rows = list(products.order_by("pk").values_list("slug", "pk"))
        slug_slot, pk_slot = "slug0bench", 987654321
        paths = []
        for code in self.languages:
            # reverse() once per language, then fill in: 10,000 x 10 reverse() calls add up.
            pattern = self.in_language(code, reverse, "catalogue:detail",
                                       None, None, {"product_slug": slug_slot, "pk": pk_slot})
            paths += [pattern.replace(slug_slot, slug).replace(str(pk_slot), str(pk))
                      for slug, pk in rows]
        return paths, rows

    def categories(self):
        from oscar.core.loading import get_model

        return list(get_model("catalogue", "Category").objects.browsable().order_by("path"))

    def category_paths(self, test_client):
        paths = []
        for category in self.categories():
            by_language = {code: self.in_language(code, category.get_absolute_url)
                           for code in self.languages}
            first = by_language[self.languages[0]]
            # Only the pages that exist, on both sites: a page past the end answers with
            # a cheap redirect to page 1. (The anchor's listings are empty, haystack's
            # simple backend, so it has page 1 only.)
            numbers = [1] + [n for n in (2, 3) if page_exists(test_client, f"{first}?page={n}")]
            for code in self.languages:
                paths += [by_language[code] + ("" if n == 1 else f"?page={n}") for n in numbers]
        return paths

    def search_paths(self):
        from django.urls import reverse

        paths = []
        for word_language, text in search_words():
            for code in dict.fromkeys([word_language, "en"]) if not self.vanilla else [None]:
                base = self.in_language(code, reverse, "search:search")
                path = f"{base}?q={quote(text)}"
                if path not in paths:
                    paths.append(path)
        return paths

    def cms_pages(self):
        """[(kind, path)] of the live public home, cluster and park pages, every locale."""
        if self.vanilla:
            return []
        from wagtail.models import Page

        from marketplace.content.models import ClusterPage, HomePage, IndustrialParkPage

        kinds = {HomePage: "home", ClusterPage: "cluster", IndustrialParkPage: "park"}
        pages = []
        for model, kind in kinds.items():
            for page in (Page.objects.live().public().type(model).specific()
                         .select_related("locale").order_by("path")):
                url = page.get_url()
                if url:
                    pages.append((kind, urlsplit(url).path))
        return pages

    def currency_cookie(self):
        from django.conf import settings

        if self.vanilla:
            return None, []
        # No cookie first: the usual currency of the page language, what most visitors get.
        return settings.MARKETPLACE_CURRENCY_COOKIE, ["", *settings.MARKETPLACE_DISPLAY_CURRENCIES]

    def single_pages(self, products, categories_with_paths, searches, cms):
        """Mode (a): one URL per page type, in English (the anchor: unprefixed)."""
        from django.db.models import Count

        code = None if self.vanilla else "en"
        from django.urls import reverse
        from oscar.core.loading import get_model

        Category = get_model("catalogue", "Category")
        Product = get_model("catalogue", "Product")
        pages = [("ceiling", "/hello/" if self.vanilla else "/healthz")]
        if not self.vanilla:
            home = next((path for kind, path in cms if kind == "home" and path.startswith("/en/")), None)
            cluster = next((path for kind, path in cms
                            if kind == "cluster" and path.startswith("/en/")), None)
            pages += [("home", home), ("cluster", cluster)]
        pages.append(("catalogue", self.in_language(code, reverse, "catalogue:index")))
        # As pages.sh and the anchor's measure.sh pick them.
        if self.vanilla:
            category = Category.objects.filter(depth=2).order_by("path").first()
        else:
            category = (Category.objects.filter(depth=2).annotate(n=Count("product"))
                        .filter(n__gte=20).order_by("path").first())
        pages.append(("category", self.in_language(code, category.get_absolute_url)))
        pages.append(("search", self.in_language(code, reverse, "search:search") + "?q=knife"))
        pk = products[int(len(products) * SAMPLE_PRODUCT_OFFSET)][1]
        pages.append(("product", self.in_language(code, Product.objects.get(pk=pk).get_absolute_url)))
        return [(kind, path) for kind, path in pages if path]


def setup(vanilla):
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    if vanilla:
        sys.path.insert(0, os.getcwd())
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anchorshop.settings")
    else:
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    import django

    django.setup()


def write(path, lines):
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main():
    args = parse_args()
    setup(args.vanilla)
    args.out.mkdir(parents=True, exist_ok=True)
    site = Site(args.vanilla)
    test_client = client()

    products, rows = site.product_paths()
    categories = site.category_paths(test_client)
    searches = site.search_paths()
    cms = site.cms_pages()
    cookie, values = site.currency_cookie()

    write(args.out / "products.txt", products)
    write(args.out / "listings.txt", categories + searches)
    write(args.out / "cms.txt", [path for _kind, path in cms])
    write(args.out / "cookies.txt", [cookie, *values] if cookie else [])

    single_pages = site.single_pages(rows, categories, searches, cms)
    # "Cold" is a page's first request in a process that has served other pages (what a
    # spread of traffic meets), not the first request of the process: a few other URLs of
    # each list first, so per-process caches (category tree, rates, sites) are loaded.
    rng = random.Random(17)
    measured = {path for _kind, path in single_pages}
    cms_paths = [path for _kind, path in cms]
    for lines in (products, categories + searches, cms_paths):
        for path in rng.sample(lines, min(5, len(lines))):
            if path not in measured:
                test_client.get(path)
    # And two other CMS pages in the measured pages' language: what is kept per language
    # and site (the localized root, the menus, content/routing.py) is loaded within
    # seconds of spread traffic; a cold home or cluster page is the page's own work.
    for path in [path for path in cms_paths if path.startswith("/en/") and path not in measured][:2]:
        test_client.get(path)
    single = []
    for kind, path in single_pages:
        _status, cold = sql_count(test_client, path)
        status, warm = sql_count(test_client, path)
        if status >= 400:
            raise SystemExit(f"{path} answered {status}: not a page to measure")
        single.append(f"{kind}\t{path}\t{cold}\t{warm}")
    write(args.out / "single.tsv", single)

    cms_kinds = Counter(kind for kind, _path in cms)
    print(f"# URL lists: {len(products)} product pages ({len(rows)} products x "
          f"{len(site.languages)} languages), {len(categories)} category pages and "
          f"{len(searches)} searches, {len(cms)} CMS pages "
          f"({', '.join(f'{n} {kind}' for kind, n in sorted(cms_kinds.items())) or 'none'}); "
          f"currency cookie values: {', '.join(v or '(none)' for v in values) or 'none'}")

    if args.check:
        rng = random.Random(17)
        for name in ("products", "listings", "cms"):
            lines = (args.out / f"{name}.txt").read_text(encoding="utf-8").split()
            statuses = Counter()
            for path in rng.sample(lines, min(args.check, len(lines))):
                status = test_client.get(path).status_code
                statuses[status] += 1
                if status >= 300:
                    print(f"  {name}: {status} {path}")
            print(f"# check {name}: {dict(sorted(statuses.items()))}")


if __name__ == "__main__":
    main()
