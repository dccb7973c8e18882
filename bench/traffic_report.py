"""Print bench/traffic.sh's figures as tables, with the ratios and issue 17's targets.

    python bench/traffic_report.py HEADER RESULTS.tsv

RESULTS.tsv: one line per figure, "site, mode, name, path, req/s, p50 ms, p99 ms, errors,
cold SQL, warm SQL" (mode "one": one URL repeated; "spread": random URLs of a list).
"""

import sys
from pathlib import Path

#: Targets of issue 17, measured in the same run against vanilla Oscar.
ONE_URL_RATIO = 10.0  # every page >= x10 vanilla's
ONE_URL_CEILING_SHARE = 0.20  # and >= 20 % of the plain view's req/s (/healthz)
SPREAD_PRODUCT_RATIO = 2.0  # product pages spread >= x2 vanilla's
SPREAD_LISTINGS_RPS = 100.0  # category pages and searches spread >= 100 req/s
SPREAD_P99_MS = 150.0  # p99 of all three spread groups
QUERY_BUDGET = 12  # SQL queries a page

#: Mode (a): the vanilla page each marketplace page is held against. The anchor has no CMS:
#: the home and cluster pages are held against its catalogue page (its / redirects there).
VANILLA_PAGE = {"ceiling": "ceiling", "home": "catalogue", "cluster": "catalogue",
                "catalogue": "catalogue", "category": "category", "search": "search",
                "product": "product"}
GROUP_TITLES = {"products": "product pages", "listings": "category pages 1-3 + searches",
                "cms": "CMS pages (home, cluster, park)"}


def read(path):
    rows = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        site, mode, name, where, rps, p50, p99, errors, cold, warm = line.split("\t")
        rows[site, mode, name] = {
            "path": where, "rps": float(rps), "p50": float(p50), "p99": float(p99),
            "errors": int(errors), "cold": int(cold) if cold else None,
            "warm": int(warm) if warm else None}
    return rows


def ms(value):
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def verdict(ok):
    return "PASS" if ok else "FAIL"


def main():
    header, results = sys.argv[1:3]
    rows = read(results)
    print(Path(header).read_text(encoding="utf-8").rstrip())
    checks = []

    def check(label, ok, detail):
        checks.append(f"{verdict(ok)}  {label}: {detail}")

    ceiling = rows.get(("marketplace", "one", "ceiling"))
    print("\n## (a) one URL repeated (after the first request, cache hits)\n")
    print("| page | marketplace req/s | p50 | p99 | errors | SQL cold/warm "
          "| vanilla req/s | p50 | p99 | errors | SQL | ratio | of ceiling |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (site, mode, name), row in rows.items():
        if site != "marketplace" or mode != "one":
            continue
        base = rows.get(("vanilla", "one", VANILLA_PAGE[name]))
        ratio = row["rps"] / base["rps"] if base and base["rps"] else None
        share = row["rps"] / ceiling["rps"] if ceiling and ceiling["rps"] else None
        vanilla = (f"{VANILLA_PAGE[name]} {base['rps']:.1f} | {ms(base['p50'])} | {ms(base['p99'])} "
                   f"| {base['errors']} | {base['warm']}" if base else "- | - | - | - | -")
        print(f"| {name} `{row['path']}` | {row['rps']:.1f} | {ms(row['p50'])} | {ms(row['p99'])} "
              f"| {row['errors']} | {row['cold']}/{row['warm']} | {vanilla} "
              f"| {'-' if ratio is None else f'×{ratio:.2f}'} "
              f"| {'-' if share is None or name == 'ceiling' else f'{share:.0%}'} |")
        if name == "ceiling":
            continue
        if ratio is not None:
            check(f"one URL, {name}: >= ×{ONE_URL_RATIO:g} vanilla ({VANILLA_PAGE[name]})",
                  ratio >= ONE_URL_RATIO, f"×{ratio:.2f}")
        if share is not None:
            check(f"one URL, {name}: >= {ONE_URL_CEILING_SHARE:.0%} of /healthz",
                  share >= ONE_URL_CEILING_SHARE,
                  f"{share:.0%} ({row['rps']:.1f} of {ceiling['rps']:.1f} req/s)")
        worst = max(row["cold"], row["warm"])
        check(f"one URL, {name}: <= {QUERY_BUDGET} SQL queries (cold and warm)",
              worst <= QUERY_BUDGET, f"{row['cold']} cold, {row['warm']} warm")

    print("\n## (b) spread traffic (each request a random URL of the list, random currency)\n")
    print("| traffic | URLs | marketplace req/s | p50 | p99 | errors "
          "| vanilla URLs | req/s | p50 | p99 | errors | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for group, title in GROUP_TITLES.items():
        row = rows.get(("marketplace", "spread", group))
        if not row:
            continue
        base = rows.get(("vanilla", "spread", group))
        ratio = row["rps"] / base["rps"] if base and base["rps"] else None
        vanilla = (f"{base['path'].split()[0]} | {base['rps']:.1f} | {ms(base['p50'])} "
                   f"| {ms(base['p99'])} | {base['errors']}" if base else "- | - | - | - | -")
        print(f"| {title} | {row['path'].split()[0]} | {row['rps']:.1f} | {ms(row['p50'])} "
              f"| {ms(row['p99'])} | {row['errors']} | {vanilla} "
              f"| {'-' if ratio is None else f'×{ratio:.2f}'} |")
        if group == "products" and ratio is not None:
            check(f"spread, {title}: >= ×{SPREAD_PRODUCT_RATIO:g} vanilla",
                  ratio >= SPREAD_PRODUCT_RATIO, f"×{ratio:.2f}")
        if group == "listings":
            check(f"spread, {title}: >= {SPREAD_LISTINGS_RPS:g} req/s",
                  row["rps"] >= SPREAD_LISTINGS_RPS, f"{row['rps']:.1f} req/s")
        # No request finished within the run: wrk has no latency to report, which is no pass.
        check(f"spread, {title}: p99 < {SPREAD_P99_MS:g} ms",
              0 < row["p99"] < SPREAD_P99_MS and row["rps"] > 0,
              ms(row["p99"]) if row["rps"] else "no request finished")

    errors = sum(row["errors"] for (site, _m, _n), row in rows.items() if site == "marketplace")
    # A request still running when wrk stops is neither counted nor an error to wrk.
    silent = [name for (site, _m, name), row in rows.items()
              if site == "marketplace" and row["rps"] == 0]
    check("no errors (non-2xx/3xx, socket errors, no request finished) on the marketplace",
          errors == 0 and not silent,
          f"{errors} errors" + (f"; no request finished: {', '.join(silent)}" if silent else ""))
    print("\n## targets of issue 17 (same run, same machine)\n")
    for line in checks:
        print(line)
    failed = sum(line.startswith("FAIL") for line in checks)
    print(f"\n{len(checks) - failed} of {len(checks)} targets met")


if __name__ == "__main__":
    main()
