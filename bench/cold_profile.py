"""Where a cold page's time goes: run by hand, in one process, to find what to cut next.

    python bench/cold_profile.py LISTS KIND [N=300] [--seed S]

LISTS is a folder bench/traffic_urls.py wrote (bench/traffic.sh keeps one per run under
/tmp/bench-traffic.*/marketplace); KIND is one of its lists: products, listings, cms.
The database and cache are the ones the environment points at, as for traffic.sh
(MARKETPLACE_VAR_DIR, DATABASE_URL, REDIS_URL); DEBUG off.

N random URLs of the list are requested with Django's test client, each by a new visitor
with a random display-currency cookie (as traffic.lua sends them), after 30 warm-up
requests. Printed per request: the mean time, the SQL queries, the time Django spent
compiling SQL and the database spent running it, and each template's own time (its
children's left out; a template's tags count in it, the included templates do not).
Nothing here is a target: figures move with the machine, compare runs made side by side.
"""

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
os.environ.setdefault("DJANGO_DEBUG", "false")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lists", type=Path)
    parser.add_argument("kind", choices=["products", "listings", "cms"])
    parser.add_argument("n", type=int, nargs="?", default=300)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


class Timings:
    """SQL compile and execute time, and each template's own render time."""

    def __init__(self):
        self.compile = self.execute = 0.0
        self.templates = defaultdict(lambda: [0, 0.0])
        self._depth = 0
        self._stack = []

    def install(self):
        from django.db.models.sql import compiler
        from django.template import base

        original_as_sql, original_render = compiler.SQLCompiler.as_sql, base.Template._render

        def as_sql(compiler_self, *args, **kwargs):
            if self._depth:  # a subquery: counted in its outer query
                return original_as_sql(compiler_self, *args, **kwargs)
            self._depth += 1
            started = time.perf_counter()
            try:
                return original_as_sql(compiler_self, *args, **kwargs)
            finally:
                self.compile += time.perf_counter() - started
                self._depth -= 1

        def render(template_self, context):
            started = time.perf_counter()
            self._stack.append(0.0)
            try:
                return original_render(template_self, context)
            finally:
                spent, children = time.perf_counter() - started, self._stack.pop()
                entry = self.templates[getattr(template_self.origin, "template_name", None) or "?"]
                entry[0] += 1
                entry[1] += spent - children
                if self._stack:
                    self._stack[-1] += spent

        compiler.SQLCompiler.as_sql = as_sql
        base.Template._render = render

    def run_sql(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.execute += time.perf_counter() - started

    def reset(self):
        self.compile = self.execute = 0.0
        self.templates.clear()


def main():
    args = parse_args()
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    urls = (args.lists / f"{args.kind}.txt").read_text(encoding="utf-8").split()
    cookie_lines = (args.lists / "cookies.txt").read_text(encoding="utf-8").split("\n")
    cookie_name, currencies = cookie_lines[0], cookie_lines[1:] or [""]
    rng = random.Random(args.seed)
    timings = Timings()
    timings.install()
    client = Client()

    def visit(url):
        client.cookies.clear()
        currency = rng.choice(currencies)
        if currency:
            client.cookies[cookie_name] = currency
        return client.get(url, secure=True)  # as nginx says: X-Forwarded-Proto https

    for url in rng.sample(urls, min(30, len(urls))):
        visit(url)
    timings.reset()
    sample = [rng.choice(urls) for _ in range(args.n)]
    statuses, queries = defaultdict(int), 0
    started = time.perf_counter()
    with connection.execute_wrapper(timings.run_sql):
        for url in sample:
            with CaptureQueriesContext(connection) as captured:
                statuses[visit(url).status_code] += 1
            queries += len(captured.captured_queries)
    elapsed = time.perf_counter() - started

    n = args.n
    own = sum(entry[1] for entry in timings.templates.values())
    print(f"{args.kind}: {n} cold requests, {elapsed / n * 1000:.1f} ms each, "
          f"{queries / n:.1f} queries, statuses {dict(statuses)}")
    print(f"  SQL: compiling {timings.compile / n * 1000:.1f} ms, running {timings.execute / n * 1000:.1f} ms")
    print(f"  templates' own time: {own / n * 1000:.1f} ms")
    for name, (count, spent) in sorted(timings.templates.items(), key=lambda item: -item[1][1])[:20]:
        print(f"    {spent / n * 1000:6.2f} ms  {count / n:5.2f}x  {name}")


if __name__ == "__main__":
    main()
