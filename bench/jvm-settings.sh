#!/usr/bin/env bash
# Compares JVM settings of the platform's services (issue 12, item 3). Not a test: it prints figures.
#
# For each candidate setting it starts a throw-away platform (bench/lib.sh: own data folder in /tmp, free loopback
# ports) whose three services and gateway run with that setting (CMQ_JAVA_OPTS, read by local-run's ServiceProcess),
# then measures: the platform's start-up (launch to "CMQ platform ready", every /q/health/ready answering) and each
# application's own "started in", resident memory (RSS) of each JVM at idle 15 s after start, throughput with wrk on
# a small answer (GET /api/v1/reference/regions, reader token) straight from the labelling service and through the
# gateway after a 10 s warm-up, with the CPU time each JVM spent per request (less sensitive than throughput to what
# else a shared machine runs), and RSS again after that load. The platform is stopped by PID after each candidate.
#
#   bench/jvm-settings.sh                    the candidates below, 15 s per wrk run
#   bench/jvm-settings.sh --duration 5s      shorter runs
#   bench/jvm-settings.sh --only "c1-serial-lean c2-serial-lean" --warmup 60s   (steady state)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source bench/lib.sh
PORT_OFFSET=10000

DURATION="15s"
WARMUP="10s"
THREADS=2
CONNECTIONS=16
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# the heap starts small and gives memory back after a collection (SerialGC shrinks it to MaxHeapFreeRatio); metaspace,
# code cache, thread stacks and compiler threads bounded
LEAN="-Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2"
CANDIDATES=(
  "today|-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  "c1-serial-lean|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC $LEAN"
  "c2-serial-lean|-XX:+UseSerialGC $LEAN"
  "c2-parallel-lean|-XX:+UseParallelGC -XX:ParallelGCThreads=2 -Xms32m -Xmx256m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2"
)

bench_tools wrk
bench_built
WORK="$(mktemp -d /tmp/cmq-jvm-work.XXXXXX)"
DATA=""
cleanup() {
  local rc=$?
  set +e
  stop_platform
  [ -n "$DATA" ] && rm -rf "$DATA"
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mem_line() { # "name MB ..." lines -> "lab mon fun gw sum4 launcher pg"
  awk '{m[$1]=$2} END {s=m["labelling"]+m["monitoring"]+m["funding"]+m["gateway"];
       printf "%d %d %d %d %d %d %d\n", m["labelling"], m["monitoring"], m["funding"], m["gateway"], s, m["launcher+kafka"], m["postgresql"]}'
}

RESULTS="$WORK/results.txt"
: >"$RESULTS"
for candidate in "${CANDIDATES[@]}"; do
  name=${candidate%%|*}; opts=${candidate#*|}
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $name "* ]]; then continue; fi
  log "=== $name: $opts ==="
  DATA="$(mktemp -d /tmp/cmq-jvm-data.XXXXXX)"
  start_platform "$DATA" "$WORK/platform-$name.log" "$opts"
  STARTS=$(startup_times)
  # CPU seconds each application JVM used to start (less sensitive than seconds to what else the machine runs)
  START_CPU=$(for n in labelling monitoring funding gateway; do printf '%s ' "$(( $(cpu_ms "$(jvm_pid $n)") / 100 ))"; done)
  sleep 15
  read -r I_LAB I_MON I_FUN I_GW I_SUM I_LAUNCH I_PG < <(platform_memory | mem_line)
  AUTH="Authorization: Bearer $READER_TOKEN"
  DIRECT="http://127.0.0.1:$LAB_PORT/api/v1/reference/regions"
  PROXIED="$GW/api/v1/reference/regions"
  curl -fsS -H "$AUTH" "$DIRECT" -o /dev/null || die "labelling does not answer $DIRECT"
  DURATION=$WARMUP wrk_run "$DIRECT" >/dev/null; DURATION=$WARMUP wrk_run "$PROXIED" >/dev/null   # not measured
  LAB_PID=$(jvm_pid labelling); GW_PID=$(jvm_pid gateway)
  c0=$(cpu_ms_app "$LAB_PID")
  read -r D_RPS D_P50 D_P99 D_N D_BAD D_ERR < <(wrk_run "$DIRECT")
  c1=$(cpu_ms_app "$LAB_PID"); g1=$(cpu_ms_app "$GW_PID")
  read -r P_RPS P_P50 P_P99 P_N P_BAD P_ERR < <(wrk_run "$PROXIED")
  c2=$(cpu_ms_app "$LAB_PID"); g2=$(cpu_ms_app "$GW_PID")
  # CPU ms per request (JIT compiler threads left out): the service direct; the service and the gateway when proxied
  D_CPU=$(python3 -c "print(f'{($c1 - $c0) / max(1, $D_N):.3f}')")
  P_CPU=$(python3 -c "print(f'{($c2 - $c1) / max(1, $P_N):.3f}+{($g2 - $g1) / max(1, $P_N):.3f}')")
  read -r L_LAB L_MON L_FUN L_GW L_SUM L_LAUNCH L_PG < <(platform_memory | mem_line)
  echo "$name|$opts|$PLATFORM_READY_S|$STARTS|$START_CPU|$I_LAB $I_MON $I_FUN $I_GW $I_SUM $I_LAUNCH $I_PG|$L_LAB $L_MON $L_FUN $L_GW $L_SUM $L_LAUNCH $L_PG|$D_RPS $D_P50 $D_P99 $((D_BAD + D_ERR)) $D_CPU|$P_RPS $P_P50 $P_P99 $((P_BAD + P_ERR)) $P_CPU|$(uptime | sed 's/.*load average: //; s/,.*//')" >>"$RESULTS"
  stop_platform
  rm -rf "$DATA"; DATA=""
done

echo
echo "================================ JVM settings ================================"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(uptime | sed 's/.*load average/load average/')); launcher: $LAUNCHER_JVM_OPTIONS"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on GET /api/v1/reference/regions (reader token), after $WARMUP warm-up; RSS in MB; CPU per request without the JIT compiler threads; start CPU s: the four application JVMs"
python3 - "$RESULTS" <<'PY'
import sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1]) if line.strip()]
for name, opts, ready, starts, start_cpu, idle, loaded, direct, proxied, load in rows:
    print(f"\n{name}: {opts} (load average at the end: {load})")
    s = starts.split()
    c = [int(x) / 10 for x in start_cpu.split()]
    print(f"  start-up: platform ready in {ready} s; started in (s): " + ", ".join(f"{s[i]} {s[i+1]}" for i in range(0, len(s), 2))
          + f"; CPU s used to start: labelling {c[0]}, monitoring {c[1]}, funding {c[2]}, gateway {c[3]}")
    for label, m in (("idle", idle), ("after load", loaded)):
        v = m.split()
        print(f"  RSS {label:10s}: labelling {v[0]}, monitoring {v[1]}, funding {v[2]}, gateway {v[3]} = {v[4]} MB "
              f"(4 JVMs); launcher+Kafka {v[5]}, 5 JVMs {int(v[4]) + int(v[5])} MB; PostgreSQL (PSS) {v[6]}")
    d, p = direct.split(), proxied.split()
    ratio = float(p[0]) / float(d[0]) if float(d[0]) else 0
    print(f"  regions direct: {d[0]} req/s p50 {d[1]} ms p99 {d[2]} ms; through the gateway: {p[0]} req/s p50 {p[1]} ms "
          f"p99 {p[2]} ms; ratio {ratio:.2f}; errors/non-2xx {d[3]}/{p[3]}")
    print(f"  CPU ms per request: labelling direct {d[4]}; proxied: labelling + gateway {p[4]}")
print()
print(f"{'setting':18s} {'ready s':>8s} {'start CPU s':>12s} {'idle 4 JVMs':>12s} {'idle 5 JVMs':>12s} {'loaded 5 JVMs':>14s} {'direct r/s':>11s} {'proxy r/s':>10s} {'ratio':>6s} {'CPU ms/req direct':>18s} {'proxied svc+gw':>15s}")
for name, opts, ready, starts, start_cpu, idle, loaded, direct, proxied, load in rows:
    i, l, d, p = idle.split(), loaded.split(), direct.split(), proxied.split()
    ratio = float(p[0]) / float(d[0]) if float(d[0]) else 0
    cpu = sum(int(x) for x in start_cpu.split()) / 10
    print(f"{name:18s} {ready:>8s} {cpu:>12.1f} {i[4]:>12s} {int(i[4]) + int(i[5]):>12d} {int(l[4]) + int(l[5]):>14d} {d[0]:>11s} {p[0]:>10s} {ratio:>6.2f} {d[4]:>18s} {p[4]:>15s}")
PY
