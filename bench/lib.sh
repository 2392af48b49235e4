# Shared parts of the benchmark scripts (sourced by run-benchmark.sh and jvm-settings.sh; not run on its own):
# tools, free loopback ports, a throw-away platform started by the launcher of ./run-local.sh and stopped by PID,
# wrk runs parsed into figures, resident memory of the platform's processes.
# shellcheck shell=bash

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# The JVM settings of the local run and of the docker-compose images (local-run ServiceProcess.JVM_OPTIONS, the
# Dockerfile.jvm files' JAVA_OPTS_APPEND): the benchmark's platform runs the same (see bench/README.md, "JVM settings").
BENCH_JVM_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2 -XX:+ExitOnOutOfMemoryError"
# The launcher holds Kafka (in process) and PostgreSQL's supervisor: a small heap of its own
LAUNCHER_JVM_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx384m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:TieredStopAtLevel=1"

bench_tools() { # installs what is missing with apt-get: $@ = commands
  local missing=() c pkg
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || [ -x "/usr/sbin/$c" ] || {
      case "$c" in pgbench|psql) pkg=postgresql-client ;; *) pkg=$c ;; esac
      missing+=("$pkg")
    }
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (apt-get)"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || { $sudo apt-get update -q >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

bench_built() {
  JAR="local-run/target/local-run.jar"
  local f
  for f in "$JAR" labelling-service/target/quarkus-app/quarkus-run.jar monitoring-service/target/quarkus-app/quarkus-run.jar \
           funding-service/target/quarkus-app/quarkus-run.jar gateway/target/quarkus-app/quarkus-run.jar; do
    [ -f "$f" ] || die "$f is missing: build first with ./mvnw -B -q package -DskipTests (or run ./run-local.sh once)"
  done
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

PLATFORM_PID=""
# start_platform DATA_DIR LOG_FILE [JVM options of the services]: a platform on free loopback ports; sets GW, PG_PORT,
# LAB_PORT..., READER_TOKEN, NATIONAL_TOKEN (tokens.env), PLATFORM_READY_S
start_platform() {
  local data=$1 logfile=$2 jvm=${3:-$BENCH_JVM_OPTIONS}
  local o=${PORT_OFFSET:-0} # each script its own range, so that two of them running at once never pick the same ports
  PG_PORT="${BENCH_POSTGRES_PORT:-$(free_port $((25432 + o)))}"
  KAFKA_PORT="${BENCH_KAFKA_PORT:-$(free_port $((29092 + o)))}"
  GW_PORT="${BENCH_GATEWAY_PORT:-$(free_port $((28080 + o)))}"
  LAB_PORT=$(free_port $((28181 + o))); MON_PORT=$(free_port $((LAB_PORT + 1))); FUN_PORT=$(free_port $((MON_PORT + 1)))
  local p
  for p in "$PG_PORT" "$KAFKA_PORT" "$GW_PORT" "$LAB_PORT" "$MON_PORT" "$FUN_PORT"; do
    port_busy "$p" && die "port $p on 127.0.0.1 is already in use; set BENCH_POSTGRES_PORT/BENCH_KAFKA_PORT/BENCH_GATEWAY_PORT"
  done
  log "starting a throw-away platform: data $data, gateway 127.0.0.1:$GW_PORT, PostgreSQL $PG_PORT, Kafka $KAFKA_PORT, services $LAB_PORT/$MON_PORT/$FUN_PORT"
  log "services' JVM options: $jvm"
  local t0
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  CMQ_DATA_DIR="$data" CMQ_POSTGRES_PORT="$PG_PORT" CMQ_KAFKA_PORT="$KAFKA_PORT" CMQ_GATEWAY_PORT="$GW_PORT" \
  CMQ_LABELLING_PORT="$LAB_PORT" CMQ_MONITORING_PORT="$MON_PORT" CMQ_FUNDING_PORT="$FUN_PORT" CMQ_JAVA_OPTS="$jvm" \
    setsid java $LAUNCHER_JVM_OPTIONS -cp "$JAR:local-run/target/lib/*" fr.cmq.local.LocalPlatformMain >"$logfile" 2>&1 </dev/null &
  PLATFORM_PID=$!
  until grep -q "CMQ platform ready" "$logfile" 2>/dev/null; do
    kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -30 "$logfile" >&2; die "the platform did not start"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 420 ] || { tail -30 "$logfile" >&2; die "the platform was not ready in 420 s"; }
    sleep 0.2
  done
  PLATFORM_READY_S=$(python3 -c "print(f'{($(date +%s%N) - $t0) / 1e9:.1f}')")
  log "platform ready in $PLATFORM_READY_S s (pid $PLATFORM_PID)"
  # shellcheck disable=SC1091
  source "$data/tokens.env"
  GW="http://127.0.0.1:$GW_PORT"
  PLATFORM_DATA="$data"
}

stop_platform() {
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    log "stopping the benchmark platform (pid $PLATFORM_PID)"
    kill -TERM "$PLATFORM_PID" 2>/dev/null
    for _ in $(seq 1 900); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$PLATFORM_PID" 2>/dev/null; then
      log "platform still running after 90 s: killing its process group $PLATFORM_PID"
      kill -KILL -- "-$PLATFORM_PID" 2>/dev/null
    fi
  fi
  PLATFORM_PID=""
}

# Each service's own start-up time as Quarkus logs it ("started in 3.456s"), e.g. "labelling 9.1 monitoring 8.7 ..."
startup_times() {
  local name t
  for name in labelling monitoring funding gateway; do
    t=$(grep -o -E 'started in [0-9.]+s' "$PLATFORM_DATA/logs/$name.log" 2>/dev/null | tail -1 | grep -o -E '[0-9.]+' | head -1 || true)
    printf '%s %s ' "$name" "${t:-?}"
  done
  echo
}

# Resident memory (MB) of the platform's processes, one "name MB" a line: the four application JVMs (children of the
# launcher, named by their jar), the launcher (Kafka runs in it), PostgreSQL (all its processes, proportional set
# size: shared buffers counted once).
platform_memory() {
  local pid args name pss
  while read -r pid args; do
    name=$(echo "$args" | grep -o -E '(labelling-service|monitoring-service|funding-service|gateway)/target' | sed 's#-service/target##; s#/target##' || true)
    [ -n "$name" ] && echo "$name $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) / 1024 ))"
  done < <(ps -o pid=,args= --ppid "$PLATFORM_PID")
  echo "launcher+kafka $(( $(awk '/VmRSS/ {print $2}' "/proc/$PLATFORM_PID/status" 2>/dev/null || echo 0) / 1024 ))"
  local pm
  pm=$(head -1 "$PLATFORM_DATA/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pm" ]; then
    pss=0
    for pid in "$pm" $(ps -o pid= --ppid "$pm"); do
      pss=$(( pss + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0) ))
    done
    echo "postgresql $(( pss / 1024 ))"
  fi
}

# The pid of one of the platform's application JVMs: labelling, monitoring, funding or gateway
jvm_pid() {
  ps -o pid=,args= --ppid "$PLATFORM_PID" | grep -E "$1(-service)?/target" | awk '{print $1}' | head -1 || true
}

# CPU time (user + system, in ms) a process has used so far: the cost of a run is the difference, which depends much
# less than throughput on what else the (shared) machine runs
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat" 2>/dev/null || echo 0
}
# the same without the JIT compiler threads (what the application's own work costs, once compiled)
cpu_ms_app() {
  python3 - "$1" "$(getconf CLK_TCK)" <<'PY'
import glob, sys
def ticks(path):
    text = open(path).read()
    return text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
# the process's own total counts the threads that have ended too (a sum over the live threads went backwards when a
# pool retired a worker); the live JIT compiler threads are taken out of it
name, rest = ticks(f"/proc/{sys.argv[1]}/stat")
total = int(rest[11]) + int(rest[12])
for stat in glob.glob(f"/proc/{sys.argv[1]}/task/*/stat"):
    try:
        name, rest = ticks(stat)
    except OSError:
        continue
    if "Compiler" in name:
        total -= int(rest[11]) + int(rest[12])
print(int(total * 1000 / int(sys.argv[2])))
PY
}

# wrk_run URL [wrk options...]: prints "req/s p50_ms p99_ms requests non2xx socket_errors"; uses THREADS, CONNECTIONS,
# DURATION and AUTH (a header line) unless given in the options
wrk_run() {
  local url=$1 out; shift
  out=$(wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-16}" -d"${DURATION:-15s}" --timeout 30s --latency ${AUTH:+-H "$AUTH"} "$@" "$url")
  [ -n "${WORK:-}" ] && echo "$out" >>"$WORK/wrk.log"
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
