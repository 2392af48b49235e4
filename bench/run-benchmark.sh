#!/usr/bin/env bash
# Benchmark of the national table at national scale (issue 6 item 9, issue 12 item 6). Not a test: it prints figures.
#
# Starts a separate, throw-away platform (bench/lib.sh: own data folder in /tmp, free loopback ports, the JVM settings
# of the local run and of docker-compose; never .local-data), then for each number of synthetic campuses N:
#   - loads them (bulk import, one NDJSON request per region; the per-request API when the platform has none),
#   - the summary, the first table page and the CSV's first byte, each right after a write (no cached answer),
#   - varied filtered table queries (a fixed seeded list: region, family, legal form, flag, sort, search, page
#     size; bench/varied-queries.py) with wrk, without and with a stream of writes (one campus every 100 ms, each
#     polled until its row is in the table: the write delay under load), and the same queries as SQL with pgbench
#     straight on the projection (PostgreSQL's ceiling),
#   - the cost of asOf (issue 13): the same varied queries as of yesterday, as of the middle of the load (an instant
#     before half of its writes) and as of right after it (every row, read from the versions), with writes flowing
#     like today's "writes flowing" run they are compared with (so that the answer cache serves none of them),
#   - the repeated full-table page (500 rows) against nginx serving the same bytes, at 64 connections,
#   - the proxy against the service direct on a small answer (GET /api/v1/reference/regions),
#   - resident memory of every process at idle and after the runs,
# and prints everything side by side with the issue's targets, met or missed (bench/report.py).
#
#   bench/run-benchmark.sh                    N=100 then N=10000 (about 15 minutes with the bulk import)
#   bench/run-benchmark.sh --quick            the same with 5 s runs
#   bench/run-benchmark.sh --sizes "100 1000" --quick
#
# Options: --sizes "100 10000"  --duration 15s  --quick  --threads 2  --connections 16  --load-concurrency 6
#          --load-mode auto|import|api  --keep-data
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source bench/lib.sh

SIZES="100 10000"
DURATION="15s"
WARMUP="5s"
THREADS=2
CONNECTIONS=16
TABLE_CONNECTIONS=64
LOAD_CONCURRENCY=6
LOAD_MODE=auto
COLD_ROUNDS=5
KEEP_DATA=0

while [ $# -gt 0 ]; do
  case "$1" in
    --full) SIZES="100 10000" ;;
    --sizes) SIZES="$2"; shift ;;
    --duration) DURATION="$2"; shift ;;
    --quick) DURATION="5s"; WARMUP="2s"; COLD_ROUNDS=3 ;;
    --threads) THREADS="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --load-concurrency) LOAD_CONCURRENCY="$2"; shift ;;
    --load-mode) LOAD_MODE="$2"; shift ;;
    --keep-data) KEEP_DATA=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
SECONDS_PER_RUN=${DURATION%s}

bench_tools wrk nginx pgbench psql curl
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"
bench_built

DATA="$(mktemp -d /tmp/cmq-bench-data.XXXXXX)"
WORK="$(mktemp -d /tmp/cmq-bench-work.XXXXXX)"
NGINX_PID=""
STREAM_PID=""

cleanup() {
  local rc=$?
  set +e
  [ -n "$STREAM_PID" ] && kill "$STREAM_PID" 2>/dev/null
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null
  fi
  stop_platform
  if [ "$KEEP_DATA" -eq 1 ]; then
    log "data kept in $DATA (logs in $DATA/logs), work files in $WORK"
  else
    rm -rf "$DATA" "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

RESULTS="$WORK/results.txt"
: >"$RESULTS"
N=0
record() { echo "$N $1 $2" >>"$RESULTS"; }
record_memory() { # $1: idle | after
  local name mb
  while read -r name mb; do record "mem_${name}_$1" "$mb"; done < <(platform_memory)
}

# --- platform ----------------------------------------------------------------------------------------
start_platform "$DATA" "$WORK/platform.log"
# PostgreSQL commits synchronously (platform-infra's PostgresServer); read from the server's own command line
PG_SETTINGS=$(grep -o -E '(synchronous_commit|fsync|full_page_writes)=[a-z]+' "$DATA/postgres/postmaster.opts" \
  | tr '\n' ' ' | sed 's/ $//')
[ -n "$PG_SETTINGS" ] || die "cannot read PostgreSQL's settings from $DATA/postgres/postmaster.opts"
log "PostgreSQL: $PG_SETTINGS"
AUTH="Authorization: Bearer $READER_TOKEN"
YEAR=$(date -u +%Y)

summary_count() {
  # the load is SYNTHETIC data, which national figures leave out unless asked for (issue 13)
  curl -fsS -H "$AUTH" "$GW/api/v1/dashboard/summary?includeDemoData=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["campuses"])'
}
wait_count() { # wait until the table holds at least $1 campuses
  local want=$1 have=0
  for _ in $(seq 1 2400); do
    have=$(summary_count 2>/dev/null || echo 0)
    [ "$have" -ge "$want" ] && return 0
    sleep 0.5
  done
  die "the table holds $have campuses, expected $want"
}
backlog() { # events not yet applied: the services' unsent outbox events plus the gateway's consumer lag (/q/metrics)
  { for port in "$LAB_PORT" "$MON_PORT" "$FUN_PORT"; do
      curl -fsS "http://127.0.0.1:$port/q/metrics" | grep '^cmq_outbox_unsent_events' || true
    done
    curl -fsS "$GW/q/metrics" | grep '^cmq_dashboard_consumer_lag' || true
  } | awk '{ s += $NF } END { printf "%d\n", s }'
}
wait_settled() { # wait until every written event is in the table (the count of campuses says nothing of the rest)
  for _ in $(seq 1 1800); do
    [ "$(backlog)" -eq 0 ] && return 0
    sleep 0.5
  done
  die "events still not applied 15 minutes after the load: $(backlog)"
}
wait_healthy() {
  local limit=$1 t=0
  until curl -fsS -m 5 -o /dev/null "$GW/q/health" 2>/dev/null; do
    t=$((t + 5)); [ "$t" -lt "$limit" ] || return 1; sleep 5
  done
}
ms_of() { python3 -c "import sys; print(f'{float(sys.argv[1]) * 1000:.1f}')" "$1"; }
median() { python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.1f}')" "$@"; }

wait_count 1
sleep 3
BASE=$(summary_count)
log "the fresh table holds $BASE reference campuses"
sleep 10
record_memory idle   # N=0: right after start

# --- the varied queries (the same list at every size) ------------------------------------------------
VARIED_SQL=$(python3 bench/varied-queries.py --base-url "$GW" --token "$READER_TOKEN" --out "$WORK/varied" \
  --year "$YEAR")
log "varied queries: $(wc -l <"$WORK/varied/urls.txt") URLs (seed 12), SQL: $VARIED_SQL"
PG_SCRIPTS=()
for f in "$WORK"/varied/sql/q-*.sql; do PG_SCRIPTS+=(-f "$f"); done

# --- nginx on the same bytes -------------------------------------------------------------------------
NGINX_PORT=$(free_port 28090)
mkdir -p "$WORK/www" "$WORK/nginx/logs"
chmod 755 "$WORK" "$WORK/www"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes auto;
$([ "$(id -u)" -eq 0 ] && echo "user nobody nogroup;")
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/client_body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /table.json { root $WORK/www; default_type application/json; }
  }
}
EOF

# record_wrk PREFIX URL [wrk options]: one measured wrk run
record_wrk() {
  local prefix=$1 url=$2 rps p50 p99 total bad errors; shift 2
  read -r rps p50 p99 total bad errors < <(wrk_run "$url" "$@")
  record "${prefix}_rps" "$rps"; record "${prefix}_p50" "$p50"; record "${prefix}_p99" "$p99"
  record "${prefix}_bad" "$((bad + errors))"
  log "  $prefix: $rps req/s, p50 $p50 ms, p99 $p99 ms ($total requests, $((bad + errors)) non-2xx or errors)"
}
warm() { wrk -t"$THREADS" -c"${2:-$CONNECTIONS}" -d"$WARMUP" --timeout 30s -H "$AUTH" "${@:3}" "$1" >/dev/null; }

LOADED=0
for N in $SIZES; do
  echo >&2
  log "=== N=$N synthetic campuses ==="
  if [ "$N" -gt "$LOADED" ]; then
    t0=$(date +%s%N)
    LOAD_FROM=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    python3 bench/load-synthetic.py load --mode "$LOAD_MODE" --base-url "$GW" --token "$NATIONAL_TOKEN" \
      --start "$LOADED" --count $((N - LOADED)) --concurrency "$LOAD_CONCURRENCY" \
      --progress-seconds $([ "$N" -gt 1000 ] && echo 30 || echo 5) | tee "$WORK/load-$N.log" >&2
    LOAD_TO=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    RESULT=$(grep '^RESULT ' "$WORK/load-$N.log" | tail -1 | cut -d' ' -f2-)
    record load_mode "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["mode"])' "$RESULT")"
    record load_campuses $((N - LOADED))
    record load_seconds "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$RESULT")"
    wait_count $((BASE + N))
    record load_visible_seconds "$(python3 -c "print(f'{($(date +%s%N) - $t0) / 1e9:.1f}')")"
    # the campuses are in the table before their profiles, partners and budgets: measure nothing before the rest is
    wait_settled
    record load_settled_seconds "$(python3 -c "print(f'{($(date +%s%N) - $t0) / 1e9:.1f}')")"
    LOADED=$N
  fi
  sleep 5
  record rows "$(summary_count)"
  record_memory idle

  # --- first answers, each right after a write (no answer cached) ---
  log "first answers after a write ($COLD_ROUNDS rounds): summary, first page (50, 500 rows), CSV"
  S=(); P=(); P5=(); CF=(); CT=()
  for k in $(seq 1 "$COLD_ROUNDS"); do
    python3 bench/load-synthetic.py write-delay --base-url "$GW" --token "$NATIONAL_TOKEN" --count 1 \
      --tag "froid-$N-$k" >/dev/null
    S+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$AUTH" "$GW/api/v1/dashboard/summary?includeDemoData=true")")
    P+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$AUTH" "$GW/api/v1/dashboard/campuses")")
    P5+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$AUTH" "$GW/api/v1/dashboard/campuses?limit=500")")
    read -r first total < <(curl -fsS -o /dev/null -w '%{time_starttransfer} %{time_total}\n' -H "$AUTH" \
      -H "Accept: text/csv" "$GW/api/v1/dashboard/campuses?format=csv")
    CF+=("$first"); CT+=("$total")
  done
  ms() { local out=(); for v in "$@"; do out+=("$(ms_of "$v")"); done; median "${out[@]}"; }
  record summary_ms "$(ms "${S[@]}")"; record page_ms "$(ms "${P[@]}")"; record page500_ms "$(ms "${P5[@]}")"
  record csv_first_ms "$(ms "${CF[@]}")"; record csv_total_ms "$(ms "${CT[@]}")"

  # --- the ceiling's SQL is the gateway's: each query's rows from PostgreSQL = the gateway's page ---
  SQL_CHECK=$(python3 bench/varied-queries.py check --base-url "$GW" --token "$READER_TOKEN" --out "$WORK/varied" \
    --year "$YEAR" --postgres-port "$PG_PORT")
  record sql_check "$SQL_CHECK"
  log "varied queries' SQL against the gateway's answers: $SQL_CHECK"

  # --- varied filtered queries: gateway without, then with writes flowing; PostgreSQL direct ---
  VARIED_URL="$GW/api/v1/dashboard/campuses"
  log "varied queries: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, then the same with one write every 100 ms, then pgbench"
  wait_healthy 180 || log "gateway not healthy after 180 s; measuring anyway"
  warm "$VARIED_URL" "$CONNECTIONS" -s "$WORK/varied/varied.lua"
  record_wrk varied "$VARIED_URL" -s "$WORK/varied/varied.lua"
  python3 bench/load-synthetic.py write-stream --base-url "$GW" --token "$NATIONAL_TOKEN" --interval-ms 100 \
    --seconds $((SECONDS_PER_RUN + 1)) --tag "$N" >"$WORK/stream-$N.json" 2>"$WORK/stream-$N.err" &
  STREAM_PID=$!
  sleep 1
  record_wrk variedw "$VARIED_URL" -s "$WORK/varied/varied.lua"
  wait "$STREAM_PID" || true
  STREAM_PID=""
  read -r W_N W_FAIL W_P50 W_P99 < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]));
print(d["writes"], d["failed"], d["p50_ms"] or "none", d["p99_ms"] or "none")' "$WORK/stream-$N.json")
  record writes "$W_N"; record write_failed "$W_FAIL"; record write_p50 "$W_P50"; record write_p99 "$W_P99"
  log "  writes during the varied load: $W_N visible, $W_FAIL failed, p50 $W_P50 ms, p99 $W_P99 ms"
  PGOPTIONS='-c search_path=dashboard' pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$SECONDS_PER_RUN" \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -l --log-prefix="$WORK/pgbench-$N" "${PG_SCRIPTS[@]}" postgres \
    >"$WORK/pgbench-$N.out" 2>&1 || { tail -5 "$WORK/pgbench-$N.out" >&2; log "pgbench failed (see above)"; }
  read -r PG_RPS PG_P50 PG_P99 PG_BAD < <(python3 - "$WORK" "$N" <<'PY'
import glob, re, sys
work, n = sys.argv[1], sys.argv[2]
out = open(f"{work}/pgbench-{n}.out").read()
tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", out)
failed = re.search(r"number of failed transactions: (\d+)", out)
lat = sorted(int(line.split()[2]) / 1000.0 for f in glob.glob(f"{work}/pgbench-{n}.*") if not f.endswith(".out")
             for line in open(f) if line.strip())
pct = lambda p: "%.2f" % lat[max(0, -(-len(lat) * p // 100) - 1)] if lat else "none"
print(f"{float(tps.group(1)) if tps else 0:.1f} {pct(50)} {pct(99)} {failed.group(1) if failed else 0}")
PY
)
  record pg_rps "$PG_RPS"; record pg_p50 "$PG_P50"; record pg_p99 "$PG_P99"; record pg_bad "$PG_BAD"
  log "  pg: $PG_RPS tps, p50 $PG_P50 ms, p99 $PG_P99 ms"

  # --- the cost of asOf: the same varied queries as of a date, against "variedw" (today's), both with writes flowing:
  # a write changes the table's entity tag, so the answer cache serves neither and each answer is computed ---
  AS_OF_MID=$(python3 -c 'import datetime as d, sys
a, b = (d.datetime.fromisoformat(t.replace("Z", "+00:00")) for t in sys.argv[1:3])
print((a + (b - a) / 2).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")' "$LOAD_FROM" "$LOAD_TO")
  AS_OF_END=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
  AS_OF_YESTERDAY=$(TZ=Europe/Paris date -d yesterday +%Y-%m-%d)
  log "asOf: the varied queries as of $AS_OF_YESTERDAY, $AS_OF_MID (middle of the load) and $AS_OF_END (after it)"
  for AS_OF in yesterday mid end; do
    case "$AS_OF" in yesterday) V=$AS_OF_YESTERDAY ;; mid) V=$AS_OF_MID ;; end) V=$AS_OF_END ;; esac
    python3 bench/varied-queries.py --as-of-from "$WORK/varied/urls.txt" --as-of "$V" --lua "$WORK/varied/asof-$AS_OF.lua"
    warm "$VARIED_URL" "$CONNECTIONS" -s "$WORK/varied/asof-$AS_OF.lua"
    python3 bench/load-synthetic.py write-stream --base-url "$GW" --token "$NATIONAL_TOKEN" --interval-ms 100 \
      --seconds $((SECONDS_PER_RUN + 1)) --tag "$N-asof-$AS_OF" >"$WORK/stream-$N-asof-$AS_OF.json" \
      2>"$WORK/stream-$N-asof-$AS_OF.err" &
    STREAM_PID=$!
    sleep 1
    record_wrk "asof_$AS_OF" "$VARIED_URL" -s "$WORK/varied/asof-$AS_OF.lua"
    wait "$STREAM_PID" || true
    STREAM_PID=""
  done
  AP=()
  for k in $(seq 1 "$COLD_ROUNDS"); do
    python3 bench/load-synthetic.py write-delay --base-url "$GW" --token "$NATIONAL_TOKEN" --count 1 \
      --tag "asof-$N-$k" >/dev/null
    AP+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "$AUTH" "$GW/api/v1/dashboard/campuses?asOf=$AS_OF_END")")
  done
  record page_asof_ms "$(ms "${AP[@]}")"

  # --- the repeated full-table page against nginx on the same bytes ---
  TABLE_URL="$GW/api/v1/dashboard/campuses?limit=500"
  curl -fsS -H "$AUTH" "$TABLE_URL" -o "$WORK/www/table.json"
  chmod 644 "$WORK/www/table.json"
  record table_bytes "$(stat -c %s "$WORK/www/table.json")"
  "$NGINX" -e "$WORK/nginx/logs/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do port_busy "$NGINX_PORT" && break; sleep 0.1; done
  curl -fsS "http://127.0.0.1:$NGINX_PORT/table.json" -o "$WORK/nginx-copy.json" || die "nginx does not serve the file"
  cmp -s "$WORK/www/table.json" "$WORK/nginx-copy.json" || die "nginx does not serve the same bytes"
  log "full-table page (500 rows) and nginx: wrk -c$TABLE_CONNECTIONS"
  warm "$TABLE_URL" "$TABLE_CONNECTIONS"
  CONNECTIONS=$TABLE_CONNECTIONS record_wrk table "$TABLE_URL"
  CONNECTIONS=$TABLE_CONNECTIONS record_wrk nginx "http://127.0.0.1:$NGINX_PORT/table.json"
  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""

  # --- the proxy against the service direct, on a small answer ---
  log "reference regions through the gateway and from the labelling service direct"
  warm "$GW/api/v1/reference/regions"; warm "http://127.0.0.1:$LAB_PORT/api/v1/reference/regions"
  LAB_PID=$(jvm_pid labelling); GW_PID=$(jvm_pid gateway)
  c0=$(cpu_ms_app "$LAB_PID"); g0=$(cpu_ms_app "$GW_PID")
  record_wrk proxy "$GW/api/v1/reference/regions"
  c1=$(cpu_ms_app "$LAB_PID"); g1=$(cpu_ms_app "$GW_PID")
  record_wrk direct "http://127.0.0.1:$LAB_PORT/api/v1/reference/regions"
  c2=$(cpu_ms_app "$LAB_PID")
  # CPU per request (JIT compiler threads left out), less sensitive than throughput to what else the machine runs
  P_N=$(grep -E '^[0-9]+ proxy_rps ' "$RESULTS" | tail -1 | awk '{print $3}')
  D_N=$(grep -E '^[0-9]+ direct_rps ' "$RESULTS" | tail -1 | awk '{print $3}')
  record proxy_cpu "$(python3 -c "n = max(1.0, $P_N * $SECONDS_PER_RUN); print(f'{($c1 - $c0) / n:.3f}+{($g1 - $g0) / n:.3f}')")"
  record direct_cpu "$(python3 -c "print(f'{($c2 - $c1) / max(1.0, $D_N * $SECONDS_PER_RUN):.3f}')")"

  sleep 5
  record_memory after
  record oom "$(grep -c OutOfMemoryError "$DATA/logs/gateway.log" 2>/dev/null || true)"
  if wait_healthy 120; then record health "healthy after the runs"; else record health "NOT healthy 120 s after the runs"; fi
done

echo
echo "================================ benchmark figures ================================"
python3 bench/report.py "$RESULTS" "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(uptime | sed 's/.*load average/load average/'))
PostgreSQL (from its command line): $PG_SETTINGS; varied queries' SQL: $VARIED_SQL
services' and gateway's JVM options: $BENCH_JVM_OPTIONS; launcher (Kafka in it): $LAUNCHER_JVM_OPTIONS
wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (full-table page: -c$TABLE_CONNECTIONS), warm-up $WARMUP; pgbench -M prepared -c$CONNECTIONS -j$THREADS -T$SECONDS_PER_RUN
synthetic campuses ([SYNTHÉTIQUE bench]) in the benchmark's own throw-away database; $BASE reference campuses; times in ms"
exit 0
