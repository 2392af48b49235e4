#!/usr/bin/env bash
# Compares JVM settings of the platform's services (issue 12, item 3). Not a test: it prints figures.
#
# For each candidate setting it starts a throw-away platform (bench/lib.sh: own data folder in /tmp, free loopback
# ports) whose three services and gateway run with that setting (CMQ_JAVA_OPTS, read by local-run's ServiceProcess),
# then measures: the platform's start-up (launch to "CMQ platform ready", every /q/health/ready answering) and each
# application's own "started in", resident memory (RSS) of each JVM at idle 15 s after start, throughput with wrk on
# a small answer (GET /api/v1/reference/regions, reader token) straight from the labelling service and through the
# gateway, and RSS again after that load. The platform is stopped by PID after each candidate.
#
#   bench/jvm-settings.sh                    the candidates below, 15 s per wrk run
#   bench/jvm-settings.sh --duration 5s      shorter runs
#   bench/jvm-settings.sh --only "today c2-serial"
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source bench/lib.sh

DURATION="15s"
THREADS=2
CONNECTIONS=16
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift ;;
    --only) ONLY="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

LEAN="-Xmx256m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2"
CANDIDATES=(
  "today|-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
  "c1-serial-lean|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC $LEAN"
  "c2-serial-lean|-XX:+UseSerialGC $LEAN"
  "c2-parallel-lean|-XX:+UseParallelGC -XX:ParallelGCThreads=2 $LEAN"
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
  sleep 15
  read -r I_LAB I_MON I_FUN I_GW I_SUM I_LAUNCH I_PG < <(platform_memory | mem_line)
  AUTH="Authorization: Bearer $READER_TOKEN"
  DIRECT="http://127.0.0.1:$LAB_PORT/api/v1/reference/regions"
  PROXIED="$GW/api/v1/reference/regions"
  curl -fsS -H "$AUTH" "$DIRECT" -o /dev/null || die "labelling does not answer $DIRECT"
  DURATION=5s wrk_run "$DIRECT" >/dev/null; DURATION=5s wrk_run "$PROXIED" >/dev/null   # warm-up, not measured
  read -r D_RPS D_P50 D_P99 _ D_BAD D_ERR < <(wrk_run "$DIRECT")
  read -r P_RPS P_P50 P_P99 _ P_BAD P_ERR < <(wrk_run "$PROXIED")
  read -r L_LAB L_MON L_FUN L_GW L_SUM L_LAUNCH L_PG < <(platform_memory | mem_line)
  echo "$name|$opts|$PLATFORM_READY_S|$STARTS|$I_LAB $I_MON $I_FUN $I_GW $I_SUM $I_LAUNCH $I_PG|$L_LAB $L_MON $L_FUN $L_GW $L_SUM $L_LAUNCH $L_PG|$D_RPS $D_P50 $D_P99 $((D_BAD + D_ERR))|$P_RPS $P_P50 $P_P99 $((P_BAD + P_ERR))" >>"$RESULTS"
  stop_platform
  rm -rf "$DATA"; DATA=""
done

echo
echo "================================ JVM settings ================================"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(uptime | sed 's/.*load average/load average/')); launcher: $LAUNCHER_JVM_OPTIONS"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on GET /api/v1/reference/regions (reader token), after 5 s warm-up; RSS in MB"
python3 - "$RESULTS" <<'PY'
import sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1]) if line.strip()]
for name, opts, ready, starts, idle, loaded, direct, proxied in rows:
    print(f"\n{name}: {opts}")
    s = starts.split()
    print(f"  start-up: platform ready in {ready} s; started in (s): " + ", ".join(f"{s[i]} {s[i+1]}" for i in range(0, len(s), 2)))
    for label, m in (("idle", idle), ("after load", loaded)):
        v = m.split()
        print(f"  RSS {label:10s}: labelling {v[0]}, monitoring {v[1]}, funding {v[2]}, gateway {v[3]} = {v[4]} MB "
              f"(4 JVMs); launcher+Kafka {v[5]}, 5 JVMs {int(v[4]) + int(v[5])} MB; PostgreSQL (PSS) {v[6]}")
    d, p = direct.split(), proxied.split()
    ratio = float(p[0]) / float(d[0]) if float(d[0]) else 0
    print(f"  regions direct: {d[0]} req/s p50 {d[1]} ms p99 {d[2]} ms; through the gateway: {p[0]} req/s p50 {p[1]} ms "
          f"p99 {p[2]} ms; ratio {ratio:.2f}; errors/non-2xx {d[3]}/{p[3]}")
print()
print(f"{'setting':18s} {'ready s':>8s} {'idle 4 JVMs':>12s} {'idle 5 JVMs':>12s} {'loaded 5 JVMs':>14s} {'direct r/s':>11s} {'proxy r/s':>10s} {'ratio':>6s}")
for name, opts, ready, starts, idle, loaded, direct, proxied in rows:
    i, l, d, p = idle.split(), loaded.split(), direct.split(), proxied.split()
    ratio = float(p[0]) / float(d[0]) if float(d[0]) else 0
    print(f"{name:18s} {ready:>8s} {i[4]:>12s} {int(i[4]) + int(i[5]):>12d} {int(l[4]) + int(l[5]):>14d} {d[0]:>11s} {p[0]:>10s} {ratio:>6.2f}")
PY
