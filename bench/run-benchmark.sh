#!/usr/bin/env bash
# Benchmark of the national dashboard (issue 6, item 9). Not a test: it prints figures.
#
# Starts a separate, throw-away platform (own data folder in /tmp, own PostgreSQL/Kafka/gateway ports;
# never .local-data), loads N campuses of synthetic data through the public API, measures with wrk the
# national table (JSON), a filtered page and the summary, serves the very same bytes of the table with
# nginx as the reference in the same run, prints the figures and the ratio, and measures the delay of a
# write to appear in the table. Everything it starts is stopped by PID on exit.
#
#   bench/run-benchmark.sh            N=100
#   bench/run-benchmark.sh --full     N=100, then N=10000 (the load takes a while on 2 cores)
#
# Options: --sizes "100 1000"  --duration 15s  --threads 2  --connections 16  --load-concurrency 6
#          --write-samples 50  --keep-data
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

SIZES="100"
DURATION="15s"
THREADS=2
CONNECTIONS=16
LOAD_CONCURRENCY=6
WRITE_SAMPLES=50
KEEP_DATA=0
WARMUP="5s"

while [ $# -gt 0 ]; do
  case "$1" in
    --full) SIZES="100 10000" ;;
    --sizes) SIZES="$2"; shift ;;
    --duration) DURATION="$2"; shift ;;
    --threads) THREADS="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --load-concurrency) LOAD_CONCURRENCY="$2"; shift ;;
    --write-samples) WRITE_SAMPLES="$2"; shift ;;
    --keep-data) KEEP_DATA=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (apt-get)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
    || { $SUDO apt-get update -q >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed for bench/load-synthetic.py"
command -v curl >/dev/null 2>&1 || die "curl is needed"

JAR="local-run/target/local-run.jar"
for f in "$JAR" labelling-service/target/quarkus-app/quarkus-run.jar monitoring-service/target/quarkus-app/quarkus-run.jar \
         funding-service/target/quarkus-app/quarkus-run.jar gateway/target/quarkus-app/quarkus-run.jar; do
  [ -f "$f" ] || die "$f is missing: build first with ./mvnw -B -q package -DskipTests (or run ./run-local.sh once)"
done

# --- ports -------------------------------------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# Free ports are picked unless BENCH_POSTGRES_PORT / BENCH_KAFKA_PORT / BENCH_GATEWAY_PORT are set.
PG_PORT="${BENCH_POSTGRES_PORT:-$(free_port 25432)}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-$(free_port 29092)}"
GW_PORT="${BENCH_GATEWAY_PORT:-$(free_port 28080)}"
# Newer launchers read CMQ_LABELLING_PORT/CMQ_MONITORING_PORT/CMQ_FUNDING_PORT; older ones fix 8081-8083.
if unzip -p "$JAR" fr/cmq/local/LocalPlatformMain.class 2>/dev/null | grep -aq CMQ_LABELLING_PORT; then
  LAB_PORT=$(free_port 28181); MON_PORT=$(free_port $((LAB_PORT + 1))); FUN_PORT=$(free_port $((MON_PORT + 1)))
else
  LAB_PORT=8081; MON_PORT=8082; FUN_PORT=8083
fi
for p in "$PG_PORT" "$KAFKA_PORT" "$GW_PORT" "$LAB_PORT" "$MON_PORT" "$FUN_PORT"; do
  if port_busy "$p"; then
    die "port $p on 127.0.0.1 is already in use (another CMQ platform, e.g. ./run-local.sh, running?). \
This launcher uses the fixed service ports $LAB_PORT/$MON_PORT/$FUN_PORT; stop the other platform or \
change BENCH_POSTGRES_PORT/BENCH_KAFKA_PORT/BENCH_GATEWAY_PORT."
  fi
done

# --- cleanup -----------------------------------------------------------------------------------------
DATA="$(mktemp -d /tmp/cmq-bench-data.XXXXXX)"
WORK="$(mktemp -d /tmp/cmq-bench-work.XXXXXX)"
PLATFORM_PID=""
NGINX_PID=""

cleanup() {
  local rc=$?
  set +e
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null
  fi
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    log "stopping the benchmark platform (pid $PLATFORM_PID)"
    kill -TERM "$PLATFORM_PID" 2>/dev/null
    for _ in $(seq 1 900); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$PLATFORM_PID" 2>/dev/null; then
      log "platform still running after 90 s: killing its process group $PLATFORM_PID"
      kill -KILL -- "-$PLATFORM_PID" 2>/dev/null
    fi
  fi
  if [ "$KEEP_DATA" -eq 1 ]; then
    log "data kept in $DATA (logs in $DATA/logs), work files in $WORK"
  else
    rm -rf "$DATA" "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- platform ----------------------------------------------------------------------------------------
log "starting a separate platform: data $DATA, gateway 127.0.0.1:$GW_PORT, PostgreSQL $PG_PORT, Kafka $KAFKA_PORT, services $LAB_PORT/$MON_PORT/$FUN_PORT"
CMQ_DATA_DIR="$DATA" CMQ_POSTGRES_PORT="$PG_PORT" CMQ_KAFKA_PORT="$KAFKA_PORT" CMQ_GATEWAY_PORT="$GW_PORT" \
CMQ_LABELLING_PORT="$LAB_PORT" CMQ_MONITORING_PORT="$MON_PORT" CMQ_FUNDING_PORT="$FUN_PORT" \
  setsid java -cp "$JAR:local-run/target/lib/*" fr.cmq.local.LocalPlatformMain >"$WORK/platform.log" 2>&1 </dev/null &
PLATFORM_PID=$!
t0=$(date +%s)
until grep -q "CMQ platform ready" "$WORK/platform.log" 2>/dev/null; do
  kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -30 "$WORK/platform.log" >&2; die "the platform did not start"; }
  [ $(( $(date +%s) - t0 )) -lt 420 ] || { tail -30 "$WORK/platform.log" >&2; die "the platform was not ready in 420 s"; }
  sleep 1
done
log "platform ready in $(( $(date +%s) - t0 )) s (pid $PLATFORM_PID)"
# The benchmark measures the platform as it runs everywhere: PostgreSQL commits synchronously (platform-infra's
# PostgresServer). The settings come from the server's own command line, so a change there shows in the figures.
PG_SETTINGS=$(grep -o -E '(synchronous_commit|fsync|full_page_writes)=[a-z]+' "$DATA/postgres/postmaster.opts" \
  | tr '\n' ' ' | sed 's/ $//')
[ -n "$PG_SETTINGS" ] || die "cannot read PostgreSQL's settings from $DATA/postgres/postmaster.opts"
log "PostgreSQL: $PG_SETTINGS"
# shellcheck disable=SC1091
source "$DATA/tokens.env"
GW="http://127.0.0.1:$GW_PORT"
AUTH="Authorization: Bearer $READER_TOKEN"

summary_count() {
  curl -fsS -H "$AUTH" "$GW/api/v1/dashboard/summary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["campuses"])'
}
wait_count() { # wait until the table holds at least $1 campuses, then a short settle for the later events
  local want=$1 have
  for _ in $(seq 1 600); do
    have=$(summary_count 2>/dev/null || echo 0)
    [ "$have" -ge "$want" ] && { sleep 3; return 0; }
    sleep 0.5
  done
  die "the table holds $have campuses, expected $want"
}

wait_healthy() { # after an overload, give the gateway up to $1 s to answer its health check again
  local limit=$1 t=0
  until curl -fsS -m 5 -o /dev/null "$GW/q/health" 2>/dev/null; do
    t=$((t + 5)); [ "$t" -lt "$limit" ] || return 1; sleep 5
  done
}
oom_count() { grep -c "OutOfMemoryError" "$DATA/logs/gateway.log" 2>/dev/null || true; }

wait_count 1
BASE=$(summary_count)
log "the fresh table holds $BASE reference campuses"

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

# --- wrk ---------------------------------------------------------------------------------------------
# prints: req/s p50_ms p99_ms requests non2xx socket_errors
wrk_run() {
  local url=$1 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -H "$AUTH" "$url")
  echo "$out" >>"$WORK/wrk.log"
  python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def ms(value):
    m = re.match(r"([\d.]+)(us|ms|s|m)", value)
    n, unit = float(m.group(1)), m.group(2)
    return n / 1000 if unit == "us" else n if unit == "ms" else n * 1000 if unit == "s" else n * 60000
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
total = int(re.search(r"(\d+) requests in", out).group(1))
if total:
    p50 = "%.2f" % ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = "%.2f" % ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
else:  # no request completed within the duration: no latency to report
    p50 = p99 = "none"
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
print(f"{rps:.1f} {p50} {p99} {total} {int(non2xx.group(1)) if non2xx else 0} "
      f"{sum(map(int, errors.groups())) if errors else 0}")
PY
}
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -H "$AUTH" "$1" >/dev/null; }

REPORT="$WORK/report.txt"
: >"$REPORT"
LOADED=0
EXTRA=0

for N in $SIZES; do
  echo
  log "=== N=$N synthetic campuses ==="
  if [ "$N" -gt "$LOADED" ]; then
    python3 bench/load-synthetic.py load --base-url "$GW" --token "$NATIONAL_TOKEN" --start "$LOADED" \
      --count $((N - LOADED)) --concurrency "$LOAD_CONCURRENCY" --progress-seconds $([ "$N" -gt 1000 ] && echo 30 || echo 5)
    LOADED=$N
  fi
  wait_count $((BASE + LOADED + EXTRA))
  ROWS_TOTAL=$(summary_count)

  TABLE_URL="$GW/api/v1/dashboard/campuses?limit=500"
  FILTER_URL="$GW/api/v1/dashboard/campuses?region=76&limit=50"
  SUMMARY_URL="$GW/api/v1/dashboard/summary"
  curl -fsS -H "$AUTH" "$TABLE_URL" -o "$WORK/www/table.json"
  chmod 644 "$WORK/www/table.json"
  TABLE_BYTES=$(stat -c %s "$WORK/www/table.json")
  TABLE_ROWS=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$WORK/www/table.json")

  "$NGINX" -e "$WORK/nginx/logs/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do port_busy "$NGINX_PORT" && break; sleep 0.1; done
  curl -fsS "http://127.0.0.1:$NGINX_PORT/table.json" -o "$WORK/nginx-copy.json" || die "nginx does not serve the file"
  cmp -s "$WORK/www/table.json" "$WORK/nginx-copy.json" || die "nginx does not serve the same bytes"

  log "warming up the gateway ($WARMUP per endpoint, not measured)"
  warm "$TABLE_URL"; warm "$FILTER_URL"; warm "$SUMMARY_URL"
  log "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 30s --latency (loopback), one endpoint at a time"
  # Before each gateway run, wait until it answers its health check (a backlog left by an overloaded
  # previous run would otherwise be billed to the next endpoint).
  wait_healthy 180 || log "gateway not healthy after 180 s; measuring anyway"
  read -r T_RPS T_P50 T_P99 T_N T_BAD T_ERR < <(wrk_run "$TABLE_URL")
  read -r X_RPS X_P50 X_P99 X_N X_BAD X_ERR < <(wrk_run "http://127.0.0.1:$NGINX_PORT/table.json")
  wait_healthy 180 || log "gateway not healthy after 180 s; measuring anyway"
  read -r F_RPS F_P50 F_P99 F_N F_BAD F_ERR < <(wrk_run "$FILTER_URL")
  wait_healthy 180 || log "gateway not healthy after 180 s; measuring anyway"
  read -r S_RPS S_P50 S_P99 S_N S_BAD S_ERR < <(wrk_run "$SUMMARY_URL")

  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""

  OOM=$(oom_count)
  HEALTH="answered its health check after the read runs (waited up to 120 s)"
  if ! wait_healthy 120; then HEALTH="did NOT answer its health check within 120 s after the read runs"; fi
  log "gateway $HEALTH; OutOfMemoryError lines in its log so far: ${OOM:-0}"

  log "measuring the write delay: $WRITE_SAMPLES x (POST a campus, poll its dashboard row until 200)"
  if WD=$(python3 bench/load-synthetic.py write-delay --base-url "$GW" --token "$NATIONAL_TOKEN" \
         --count "$WRITE_SAMPLES" --tag "$N"); then
    read -r W_P50 W_P99 W_MAX W_ACK W_OK < <(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(" ".join("%.0f" % d[k] for k in ("p50_ms", "p99_ms", "max_ms", "ack_p50_ms", "writes")))' "$WD")
  else
    W_P50=none; W_P99=none; W_MAX=none; W_ACK=none; W_OK=0
  fi
  EXTRA=$((EXTRA + W_OK))

  RATIO=$(python3 -c "print(f'{$T_RPS / $X_RPS:.4f}')")
  {
    echo
    echo "N=$N synthetic campuses (+$BASE reference) - table holds $ROWS_TOTAL rows; full-table page: $TABLE_ROWS rows, $TABLE_BYTES bytes"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 30s --latency, loopback, $(nproc) cores shared; gateway warmed up $WARMUP per endpoint"
    printf '%-44s %10s %10s %10s %9s %7s %6s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "requests" "non2xx" "errors"
    printf '%-44s %10s %10s %10s %9s %7s %6s\n' "national table JSON (?limit=500)" "$T_RPS" "$T_P50" "$T_P99" "$T_N" "$T_BAD" "$T_ERR"
    printf '%-44s %10s %10s %10s %9s %7s %6s\n' "  same bytes, static file, nginx" "$X_RPS" "$X_P50" "$X_P99" "$X_N" "$X_BAD" "$X_ERR"
    printf '%-44s %10s %10s %10s %9s %7s %6s\n' "filtered page (?region=76&limit=50)" "$F_RPS" "$F_P50" "$F_P99" "$F_N" "$F_BAD" "$F_ERR"
    printf '%-44s %10s %10s %10s %9s %7s %6s\n' "summary" "$S_RPS" "$S_P50" "$S_P99" "$S_N" "$S_BAD" "$S_ERR"
    echo "ratio national table / nginx (throughput): $RATIO"
    [ "$T_N" -gt 0 ] || echo "national table: NO request completed within $DURATION"
    echo "gateway $HEALTH; OutOfMemoryError lines in the gateway log: ${OOM:-0}"
    if [ "$W_OK" -eq "$WRITE_SAMPLES" ]; then
      echo "write delay (POST campus -> row in GET /dashboard/campuses/{id}), $WRITE_SAMPLES writes: p50 $W_P50 ms, p99 $W_P99 ms, max $W_MAX ms (POST answered at p50 $W_ACK ms)"
    else
      echo "write delay: NOT MEASURED (the write-delay probe failed: a POST or the row did not come back in time; see above)"
    fi
    if [ "$N" -eq 100 ]; then
      if python3 -c "import sys; sys.exit(0 if $T_RPS >= 0.5 * $X_RPS and $T_N > 0 else 1)"; then
        echo "TARGET national table >= 0.5 x nginx at N=100: MET ($RATIO)"
      else
        echo "TARGET national table >= 0.5 x nginx at N=100: NOT MET ($RATIO)"
      fi
    fi
    if [ "$W_OK" -eq "$WRITE_SAMPLES" ] && [ "$W_P99" -lt 1000 ]; then
      echo "TARGET write delay p99 < 1000 ms: MET ($W_P99 ms)"
    else
      echo "TARGET write delay p99 < 1000 ms: NOT MET (p99: $W_P99 ms, $W_OK of $WRITE_SAMPLES writes measured)"
    fi
    [ "$((T_BAD + F_BAD + S_BAD + X_BAD + T_ERR + F_ERR + S_ERR + X_ERR))" -eq 0 ] \
      || echo "WARNING: some responses were not 2xx or had socket errors: figures above are not clean"
  } | tee -a "$REPORT"
done

echo
echo "================================ benchmark figures ================================"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(uptime | sed 's/.*load average/load average/'))"
echo "PostgreSQL (from its command line): $PG_SETTINGS"
cat "$REPORT"
exit 0
