"""Time the database search backend: a full rebuild and 200 mixed queries with facets.

    .venv/bin/python bench/search.py [--products 100000] [--var-dir /tmp/bench-search]
                                     [--queries 200] [--no-rebuild]

The scratch folder is migrated (not timed) and seeded with `seed_demo --products N`
when it holds fewer demo products (timed; a second run reuses them). Then the index
is rebuilt (timed, wall and CPU) and the queries run: words in English, Spanish,
Chinese, Japanese and Korean, category pages, facet filters, price and MOQ ranges,
every sort, pages 1 to 3, facet counts always on. The first search of a process
loads the facet index from the database; it is timed on its own, before the others.
"""

import argparse
import os
import platform
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scratch  # noqa: E402
from bench.scratch import timed  # noqa: E402

WORDS = (
    # (language, text): what buyers type, in the languages the demo catalogue is written in
    # (titles and descriptions: en, es, zh-hans; attribute and category names: all ten).
    ("en", "knife"), ("en", "chef knife"), ("en", "frozen shrimp"), ("en", "scissors"),
    ("en", "apron"), ("en", "oyster sauce"), ("en", "stainless steel"), ("en", "pan"),
    ("en", "3cr13"), ("en", "cotton t-shirt"), ("en", "squid"), ("en", "kitchen towel"),
    ("es", "cuchillo"), ("es", "camarón congelado"), ("es", "tijeras"), ("es", "sartén"),
    ("es", "delantal"), ("zh-hans", "虾"), ("zh-hans", "厨师刀"), ("zh-hans", "剪刀"),
    ("zh-hans", "围裙"), ("zh-hans", "蚝油"), ("zh-hans", "不锈钢"), ("ja", "冷凍"),
    ("ja", "包丁"), ("ko", "냉동"), ("fr", "acier"), ("de", "Messer"), ("ru", "нож"),
)
PRICE_BUCKETS = tuple(
    (Decimal(low), None if high is None else Decimal(high))
    for low, high in ((0, 20), (20, 50), (50, 100), (100, 200), (200, 500), (500, None))
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--var-dir", default="/tmp/bench-search")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--no-rebuild", action="store_true",
                        help="query the index a previous run built")
    return parser.parse_args()


def setup_django(var_dir):
    os.environ.pop("ELASTICSEARCH_URL", None)
    scratch.setup_django(var_dir, env={
        "MARKETPLACE_SEARCH_BACKEND": "marketplace.product_search.backends.database.DatabaseBackend"})


def seed(products):
    from django.core.management import call_command
    from oscar.core.loading import get_model

    existing = get_model("catalogue", "Product").objects.count()
    if existing >= products:
        print(f"{existing} products already seeded")
        return
    timed(f"seed_demo --products {products}",
          lambda: call_command("seed_demo", products=products, verbosity=0,
                               stdout=open(os.devnull, "w")))


def progress_printer():
    shown = [0]

    def show(done, total):
        if done * 10 // total > shown[0] or done == total:
            shown[0] = done * 10 // total
            print(f"  {done}/{total}", flush=True)

    return show


def queries(count, catalogue, rng):
    """`count` ProductQuery objects, a fixed mix (seeded) of what buyers ask."""
    from marketplace.product_search.query import SORTS, ProductQuery

    facets = {facet.name: [choice.value for choice in facet.choices] for facet in catalogue.facets}
    cluster_categories = [int(v) for v in facets["category"]]
    filterable = ["cluster", "seller", "certification", "incoterm", "attr.blade_steel",
                  "attr.processing", "category"]
    made = []
    for number in range(count):
        language, text = rng.choice(WORDS) if rng.random() < 0.7 else (rng.choice(WORDS)[0], "")
        filters = {}
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            name = rng.choice(filterable)
            values = facets.get(name) or []
            if values:
                filters[name] = tuple(sorted(set(rng.sample(values, min(len(values),
                                                                        rng.choice((1, 1, 2)))))))
        category_ids = ()
        if not text and rng.random() < 0.5:  # a category page
            category_ids = (rng.choice(cluster_categories),)
        low, high = rng.choice(PRICE_BUCKETS) if rng.random() < 0.2 else (None, None)
        made.append(ProductQuery(
            text=text, language=language, category_ids=category_ids,
            filters=tuple(sorted(filters.items())), price_min=low, price_max=high,
            moq_max=rng.choice((None, None, None, 100, 500)),
            in_stock=rng.random() < 0.2,
            sort=rng.choice(SORTS) if number % 3 else "relevance",
            page=rng.choice((1, 1, 1, 2, 3)), per_page=20, with_facets=True,
            price_buckets=PRICE_BUCKETS,
        ))
    return made


def run(backend, asked):
    from django.utils import translation

    times, totals = [], []
    for query in asked:
        with translation.override(query.language):
            started = time.perf_counter()
            result = backend.search(query)
            times.append((time.perf_counter() - started) * 1000)
        totals.append(result.total)
    return times, totals


def report(label, times):
    print(f"{label}: p50 {statistics.median(times):.1f}, p95 {percentile(times, 0.95):.1f}, "
          f"max {max(times):.1f}, mean {statistics.mean(times):.1f}", flush=True)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    args = parse_args()
    var_dir = Path(args.var_dir)
    var_dir.mkdir(parents=True, exist_ok=True)
    print(f"scratch database in {var_dir} (migrating, not timed)", flush=True)
    setup_django(var_dir)
    import sqlite3

    from django.utils import translation

    from marketplace.product_search.backends.database import DatabaseBackend
    from marketplace.product_search.query import ProductQuery

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}", flush=True)
    seed(args.products)
    backend = DatabaseBackend()
    if not args.no_rebuild:
        total, _seconds = timed("rebuild", lambda: backend.rebuild(progress=progress_printer()))
        print(f"  {total} products indexed")

    everything, _seconds = timed("first search (loads the facet index)", lambda: backend.search(
        ProductQuery(with_facets=True, price_buckets=PRICE_BUCKETS)))
    print(f"  {everything.total} products, {len(everything.facets)} facets")

    rng = random.Random(5)
    asked = queries(args.queries, everything, rng)
    times, totals = run(backend, asked)
    report(f"{len(asked)} queries with facets (ms)", times)
    print(f"  results per query: median {statistics.median(totals):.0f}, "
          f"max {max(totals)}, {sum(1 for t in totals if t == 0)} with none")
    worst = sorted(zip(times, asked, strict=True), key=lambda pair: -pair[0])[:3]
    for milliseconds, query in worst:
        print(f"  slowest {milliseconds:.0f} ms: text={query.text!r} sort={query.sort} "
              f"filters={dict(query.filters)} categories={query.category_ids}")
    # The first pass sorted by title once per language (an order the process then keeps
    # until the index changes); the same queries again show the steady state.
    times, _totals = run(backend, asked)
    report("the same queries again (ms)", times)

    typed = [text[: max(1, len(text) // 2 + 1)] for _language, text in WORDS]
    # The first pass also pays for loading each language's translations and URL patterns.
    for label in ("suggestions", "the same suggestions again"):
        suggest_times = []
        for (language, _text), prefix in zip(WORDS, typed, strict=True):
            with translation.override(language):
                started = time.perf_counter()
                backend.suggest(prefix, language)
                suggest_times.append((time.perf_counter() - started) * 1000)
        print(f"{len(typed)} {label} (ms): p50 {statistics.median(suggest_times):.1f}, "
              f"p95 {percentile(suggest_times, 0.95):.1f}, max {max(suggest_times):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
