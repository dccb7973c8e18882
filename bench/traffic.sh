#!/usr/bin/env bash
# Page speed under real traffic, side by side with vanilla Oscar, in one run (by hand, not in CI).
#
#   bench/traffic.sh [--profile sqlite|postgres] [N=10000]
#
# Prints two modes for the marketplace and for the vanilla Oscar anchor
# (../shared/anchors/oscar-vanilla), then the ratios and PASS/FAIL per target of issue 17:
#  (a) one URL repeated per page type (what bench/pages.sh measures: after the first request
#      every figure is a cache hit), with /healthz, a plain view, as the ceiling;
#  (b) spread traffic: each request a random URL (bench/traffic.lua) from the full lists
#      bench/traffic_urls.py writes, in three groups: product pages; category pages 1-3 and
#      common searches; the CMS pages with live catalogue blocks. Every language, and a
#      random display-currency cookie (or none) per request.
# gunicorn with 2 sync workers and DEBUG off, `wrk -t2 -c8`; the workers are first warmed up
# with all the lists mixed (PROCESS_WARMUP, 15 s), then each figure has a 5 s warm-up.
#
# Profiles (one option, the rest is the same):
#   sqlite    the embedded profile: SQLite in $BENCH_VAR_DIR (default /tmp/bench-marketplace,
#             the folder bench/pages.sh uses), the per-process memory cache.
#   postgres  production's: DATABASE_URL on the local PostgreSQL (database $BENCH_PG_DB,
#             default bench_marketplace, user postgres, trust), REDIS_URL as the cache
#             ($BENCH_REDIS_URL, default redis://127.0.0.1:6379/13, flushed before serving so
#             every run starts cold), media and static files in /tmp/bench-marketplace-pg.
# The catalogue is seeded with `seed_demo --products N` (CMS pages included) only when the
# product count differs; the anchor is rebuilt only when its count differs (ANCHOR_BUILT=1
# skips the check). DURATION (default 15s) and WARMUP (5s) set wrk's run lengths.
#
# A script of its own rather than a mode of pages.sh: it serves the anchor itself (spread
# mode needs URL lists from the anchor's database, which its measure.sh cannot take), it has
# the database profiles, and pages.sh's output stays what the README's older table quotes.
set -euo pipefail
PROFILE=sqlite
if [ "${1:-}" = "--profile" ]; then PROFILE=$2; shift 2; fi
case $PROFILE in sqlite|postgres) ;; *) echo "profile: sqlite or postgres" >&2; exit 2 ;; esac
N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ANCHOR=${ANCHOR_DIR:-$ROOT/../shared/anchors/oscar-vanilla}
ANCHOR_ROOT=/tmp/anchor-oscar  # where the anchor's build.sh puts the shop
PY=$ROOT/.venv/bin/python
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
PROCESS_WARMUP=${PROCESS_WARMUP:-15s}
export DJANGO_SETTINGS_MODULE=marketplace.settings DJANGO_SECRET_KEY=bench-only DJANGO_DEBUG=false ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=WARNING
unset DATABASE_URL REDIS_URL CELERY_BROKER_URL CELERY_RESULT_BACKEND ELASTICSEARCH_URL
if [ "$PROFILE" = postgres ]; then
  export MARKETPLACE_VAR_DIR=${BENCH_VAR_DIR:-/tmp/bench-marketplace-pg}
  PG_DB=${BENCH_PG_DB:-bench_marketplace}
  export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$PG_DB
  SERVE_REDIS=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/13}
else
  export MARKETPLACE_VAR_DIR=${BENCH_VAR_DIR:-/tmp/bench-marketplace}
  SERVE_REDIS=
fi
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$PY" ] || make -C "$ROOT" install >/dev/null
OUT=$(mktemp -d /tmp/bench-traffic.XXXXXX)

# --- the anchor: built first, so that installing and populating it never overlaps a figure
count_products() {  # python, then the settings' environment is the caller's
  "$1" - <<'PYEOF' 2>/dev/null || echo 0
import django
django.setup()
from oscar.core.loading import get_model
print(get_model("catalogue", "Product").objects.count())
PYEOF
}
VANILLA=
if [ -f "$ANCHOR/build.sh" ]; then
  VANILLA=1
  if [ -z "${ANCHOR_BUILT:-}" ] && [ "$(cd "$ANCHOR_ROOT/shop" 2>/dev/null && DJANGO_SETTINGS_MODULE=anchorshop.settings PYTHONPATH=. count_products "$ANCHOR_ROOT/venv/bin/python")" != "$N" ]; then
    echo "# building the vanilla Oscar anchor with $N products" >&2
    bash "$ANCHOR/build.sh" "$N" simple >&2
  fi
else
  echo "anchor scripts not found at $ANCHOR (set ANCHOR_DIR): marketplace only" >&2
fi

# --- the marketplace's database: seeded once per N, migrated every run
cd "$ROOT"
if [ "$(count_products "$PY")" != "$N" ]; then
  echo "# seeding $N demo products ($PROFILE)" >&2
  if [ "$PROFILE" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >&2
  fi
  rm -rf "$MARKETPLACE_VAR_DIR"
  "$PY" manage.py migrate --noinput -v0
  "$PY" manage.py seed_demo --products "$N" >/dev/null
fi
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py search_index --rebuild >/dev/null
"$PY" manage.py collectstatic --noinput -v0
if [ "$PROFILE" = postgres ]; then
  # Planner statistics, as autovacuum keeps them in production: right after seeding the
  # tables have none, and PostgreSQL then plans nested loops that take seconds (a cluster
  # page's featured products: 3 s before ANALYZE, 3 ms after, on 500 products).
  psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qc "VACUUM ANALYZE" >&2
fi

flush_cache() {
  [ -n "$SERVE_REDIS" ] && "$PY" -c 'import sys, redis; redis.Redis.from_url(sys.argv[1]).flushdb()' "$SERVE_REDIS"
  return 0
}

# --- URL lists (and mode (a)'s pages with their SQL counts)
export REDIS_URL=$SERVE_REDIS
[ -n "$SERVE_REDIS" ] || unset REDIS_URL
flush_cache
if [ -n "${BENCH_LISTS:-}" ]; then  # lists an earlier run wrote from the same database
  cp -r "$BENCH_LISTS/marketplace" "$OUT/marketplace"; cp "$BENCH_LISTS/marketplace.lists" "$OUT/"
else
  "$PY" bench/traffic_urls.py "$OUT/marketplace" >"$OUT/marketplace.lists"
fi
if [ -n "$VANILLA" ]; then
  (cd "$ANCHOR_ROOT/shop" && DJANGO_SETTINGS_MODULE=anchorshop.settings PYTHONWARNINGS=ignore \
    "$ANCHOR_ROOT/venv/bin/python" "$ROOT/bench/traffic_urls.py" --vanilla "$OUT/vanilla" >"$OUT/vanilla.lists")
fi
flush_cache  # the lists' test requests filled the shared cache: every run starts cold

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
GPID=
stop_server() { if [ -n "$GPID" ]; then kill "$GPID" 2>/dev/null; wait "$GPID" 2>/dev/null || true; GPID=; fi; }
trap stop_server EXIT

# measure SITE PORT LISTS_DIR: appends "site<TAB>mode<TAB>name<TAB>path<TAB>rps<TAB>p50<TAB>p99<TAB>errors<TAB>cold SQL<TAB>warm SQL"
measure() {
  local site=$1 port=$2 lists=$3 kind path cold warm group line
  local base=http://127.0.0.1:$port cookies=()
  [ -s "$lists/cookies.txt" ] && cookies=("$lists/cookies.txt")
  run_wrk() {  # duration list [cookies]
    wrk -t2 -c8 -d"$1" --latency --timeout 10s -s "$ROOT/bench/traffic.lua" "$base" -- "${@:2}" \
      | awk '/^TRAFFIC/ {for (i = 2; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]}
                          printf "%s\t%s\t%s\t%s\n", v["rps"], v["p50"], v["p99"], v["errors"]}'
  }
  # The processes first, not the pages: a worker's first requests in each language load
  # that language's URL patterns and translation catalogues (seconds, once per worker);
  # production workers live for a thousand requests, so no figure should carry that.
  # CMS pages are left out here and measured last: a cold one has taken longer than
  # gunicorn's 30 s worker timeout (its featured products query), and a worker killed
  # mid-request would make every later figure a cold start.
  cat "$lists/products.txt" "$lists/listings.txt" >"$OUT/all.txt"
  run_wrk "$PROCESS_WARMUP" "$OUT/all.txt" "${cookies[@]}" >/dev/null
  one_url() {  # kinds to measure (a regular expression)
    while IFS=$'\t' read -r kind path cold warm; do
      [[ $kind =~ ^($1)$ ]] || continue
      printf '%s\n' "$path" >"$OUT/one.txt"
      run_wrk "$WARMUP" "$OUT/one.txt" >/dev/null
      line=$(run_wrk "$DURATION" "$OUT/one.txt")
      printf '%s\tone\t%s\t%s\t%s\t%s\t%s\n' "$site" "$kind" "$path" "$line" "$cold" "$warm" | tee -a "$OUT/results.tsv" >&2
    done <"$lists/single.tsv"
  }
  spread() {
    [ -s "$lists/$1.txt" ] || return 0
    run_wrk "$WARMUP" "$lists/$1.txt" "${cookies[@]}" >/dev/null
    line=$(run_wrk "$DURATION" "$lists/$1.txt" "${cookies[@]}")
    printf '%s\tspread\t%s\t%s\t%s\t\t\n' "$site" "$1" "$(wc -l <"$lists/$1.txt") URLs" "$line" | tee -a "$OUT/results.tsv" >&2
  }
  one_url 'ceiling|catalogue|category|search|product'
  spread products
  spread listings
  one_url 'home|cluster'
  spread cms
}

wait_up() { for _ in $(seq 120); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "server did not start: $1" >&2; exit 1; }

MACHINE="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
{
  echo "# bench/traffic.sh --profile $PROFILE: $N products; gunicorn 2 sync workers, DEBUG off; wrk -t2 -c8 -d$DURATION (warm-up $WARMUP); $MACHINE"
  echo "# commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- marketplace catalog || echo ' (with uncommitted changes)'); $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "# marketplace database: $(if [ "$PROFILE" = postgres ]; then echo "PostgreSQL $PG_DB, Redis cache $SERVE_REDIS"; else echo "SQLite in $MARKETPLACE_VAR_DIR, memory cache per process"; fi)"
  sed 's/^# /# marketplace /' "$OUT/marketplace.lists"
  [ -n "$VANILLA" ] && sed 's/^# /# vanilla /' "$OUT/vanilla.lists"
} >"$OUT/header"

PORT=$(free_port)
"$ROOT/.venv/bin/gunicorn" marketplace.wsgi -w 2 -k sync -b "127.0.0.1:$PORT" --log-level warning --no-control-socket &
GPID=$!
wait_up "http://127.0.0.1:$PORT/healthz"
echo "# marketplace, load avg before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/header" >&2
measure marketplace "$PORT" "$OUT/marketplace"
stop_server

if [ -n "$VANILLA" ]; then
  PORT=$(free_port)
  (cd "$ANCHOR_ROOT/shop" && DJANGO_SETTINGS_MODULE=anchorshop.settings PYTHONWARNINGS=ignore exec \
    "$ANCHOR_ROOT/venv/bin/gunicorn" anchorshop.wsgi -w 2 -k sync -b "127.0.0.1:$PORT" --log-level warning --no-control-socket) &
  GPID=$!
  wait_up "http://127.0.0.1:$PORT/hello/"
  echo "# vanilla Oscar, load avg before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/header" >&2
  measure vanilla "$PORT" "$OUT/vanilla"
  stop_server
fi

"$PY" "$ROOT/bench/traffic_report.py" "$OUT/header" "$OUT/results.tsv"
echo "# raw figures: $OUT/results.tsv" >&2
