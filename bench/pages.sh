#!/usr/bin/env bash
# Page speed, side by side with vanilla Oscar, in one run (by hand, not in CI).
#
#   bench/pages.sh [N=10000]
#
# Seeds N demo products into a scratch SQLite database, serves the marketplace with gunicorn
# (2 sync workers, DEBUG off) and measures the product, catalogue and category pages with
# `wrk -t2 -c8`; then builds and measures vanilla django-oscar with the anchor scripts in
# ../shared/anchors/oscar-vanilla. Prints both tables with the machine they ran on, then the
# marketplace's req/s as a multiple of vanilla Oscar's (product page against product page;
# catalogue and category pages against vanilla's catalogue page).
# Requests say X-Forwarded-Proto: https, as nginx in front does: with DEBUG off, plain HTTP
# would only measure the redirect to https. bench/traffic.sh adds spread traffic (random URLs
# over the whole catalogue, languages and currencies) and the PostgreSQL + Redis profile.
set -euo pipefail
N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ANCHOR=${ANCHOR_DIR:-$ROOT/../shared/anchors/oscar-vanilla}
PY=$ROOT/.venv/bin/python
DURATION=${DURATION:-15s}
export MARKETPLACE_VAR_DIR=${BENCH_VAR_DIR:-/tmp/bench-marketplace}
export DJANGO_SETTINGS_MODULE=marketplace.settings DJANGO_SECRET_KEY=bench-only DJANGO_DEBUG=false ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=WARNING
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x "$PY" ] || make -C "$ROOT" install >/dev/null

OUT=$(mktemp -d)
# Built first, so that installing and populating it never overlaps a measurement
# (ANCHOR_BUILT=1 reuses the one an earlier run built).
if [ -d "$ANCHOR" ] && [ -z "${ANCHOR_BUILT:-}" ]; then bash "$ANCHOR/build.sh" "$N" simple >/dev/null; fi

cd "$ROOT"
if [ "$("$PY" manage.py shell -v 0 -c 'from oscar.core.loading import get_model; print(get_model("catalogue","Product").objects.count())' 2>/dev/null || echo 0)" != "$N" ]; then
  rm -rf "$MARKETPLACE_VAR_DIR"
  "$PY" manage.py migrate --noinput -v0
  "$PY" manage.py seed_demo --products "$N" >/dev/null
fi
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py search_index --rebuild >/dev/null
"$PY" manage.py collectstatic --noinput -v0

# Pages to measure and their SQL query counts (2nd, warm request with the test client).
PAGES=$("$PY" - <<'PYEOF'
import django
django.setup()
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model
Product, Category = get_model("catalogue", "Product"), get_model("catalogue", "Category")
n = Product.objects.count()
product = Product.objects.order_by("pk")[n // 2]
category = (Category.objects.filter(depth=2).annotate(n=Count("product"))
            .filter(n__gte=20).order_by("path").first())
# As nginx forwards HTTPS requests: with DEBUG off plain HTTP is redirected to https.
client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
for path in ["/healthz", "/en/catalogue/", category.get_absolute_url(), product.get_absolute_url()]:
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    sql = [q for q in ctx.captured_queries if q["sql"].split()[0].upper()
           not in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")]
    print(f"{path}\t{len(sql)}")
PYEOF
)

PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$ROOT/.venv/bin/gunicorn" marketplace.wsgi -w 2 -k sync -b "127.0.0.1:$PORT" --log-level warning --no-control-socket &
GPID=$!
trap 'kill "$GPID" 2>/dev/null; wait "$GPID" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.5; done

echo "# marketplace: $N products; gunicorn 2 sync workers; wrk -t2 -c8 -d$DURATION; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load avg before: $(cut -d' ' -f1-3 /proc/loadavg)"
{ printf '%-50s %9s %9s %9s %7s %4s\n' path req/s p50 p99 errors SQL
while IFS=$'\t' read -r path queries; do
  url="http://127.0.0.1:$PORT$path"
  wrk -t2 -c8 -d3s -H 'X-Forwarded-Proto: https' "$url" >/dev/null
  wrk -t2 -c8 -d"$DURATION" --latency --timeout 10s -H 'X-Forwarded-Proto: https' "$url" | awk -v p="$path" -v q="$queries" '
    $1 == "50%" {p50 = $2}  $1 == "99%" {p99 = $2}  /^Requests\/sec/ {rps = $2}
    /Non-2xx/ {err += $NF}  /Socket errors/ {gsub(",", ""); err += $4 + $6 + $8 + $10}
    END {printf "%-50s %9s %9s %9s %7d %4s\n", p, rps, p50, p99, err, q}'
done <<< "$PAGES"; } | tee "$OUT/marketplace"
kill "$GPID"; wait "$GPID" 2>/dev/null || true
trap - EXIT

if [ -d "$ANCHOR" ]; then
  echo
  echo "# vanilla django-oscar (anchor), same machine, same run"
  bash "$ANCHOR/measure.sh" | tee "$OUT/vanilla"
  echo
  echo "# marketplace req/s as a multiple of vanilla Oscar's (target >= 1.5; p99 target < 150ms)"
  awk '
    FNR == 1 {file++}
    file == 2 && $1 == "/catalogue/" {vcat = $2}
    file == 2 && $1 ~ /^\/catalogue\/.*_[0-9]+\/$/ && $1 !~ /category/ {vprod = $2}
    file == 1 && $1 ~ /^\// {path[++n] = $1; rps[n] = $2; p99[n] = $4}
    END {
      for (i = 1; i <= n; i++) {
        base = path[i] ~ /category|\/catalogue\/$/ ? vcat : (path[i] ~ /healthz/ ? "" : vprod)
        if (base) printf "%-50s %9s  x%.2f  p99 %s\n", path[i], rps[i], rps[i] / base, p99[i]
      }
    }' "$OUT/marketplace" "$OUT/vanilla"
else
  echo "anchor scripts not found at $ANCHOR (set ANCHOR_DIR)" >&2
fi
