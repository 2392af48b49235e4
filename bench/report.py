#!/usr/bin/env python3
"""Prints the benchmark's figures side by side (one column per number of campuses) with the issue's targets, met or
missed, from the "N key value" lines bench/run-benchmark.sh writes. Python standard library only."""
import sys
from collections import defaultdict


def main(path, header):
    data = defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) == 3:
            data[parts[0]][parts[1]] = parts[2]
    sizes = sorted((n for n in data if n.isdigit() and int(n) > 0), key=int)
    start = data.get("0", {})
    small, large = (sizes[0], sizes[-1]) if sizes else (None, None)

    def num(n, key):
        try:
            return float(data[n][key])
        except (KeyError, ValueError, TypeError):
            return None

    def f(value, fmt="{:.1f}"):
        return "-" if value is None else fmt.format(value)

    def cell(n, prefix):
        rps, p50, p99 = num(n, prefix + "_rps"), num(n, prefix + "_p50"), num(n, prefix + "_p99")
        bad = num(n, prefix + "_bad")
        text = f"{f(rps)}/s p50 {f(p50)} p99 {f(p99)}"
        return text + (f" ({int(bad)} bad)" if bad else "")

    width = 40
    col = 36
    print(header)
    print()
    print(f"{'':{width}s}" + "".join(f"{'N=' + n + ' (table ' + data[n].get('rows', '?') + ' rows)':>{col}s}" for n in sizes))

    def row(label, render):
        print(f"{label:{width}s}" + "".join(f"{render(n):>{col}s}" for n in sizes))

    row("load: how, campuses, seconds", lambda n: f"{data[n].get('load_mode', '-')} {data[n].get('load_campuses', '-')} "
                                                   f"in {data[n].get('load_seconds', '-')} s")
    row("  ... until every campus is in the table (s)", lambda n: data[n].get("load_visible_seconds", "-"))
    row("  ... until every event is applied (s)", lambda n: data[n].get("load_settled_seconds", "-"))
    row("varied queries, gateway, no writes", lambda n: cell(n, "varied"))
    row("varied queries, gateway, writes flowing", lambda n: cell(n, "variedw"))
    row("varied queries, PostgreSQL direct", lambda n: cell(n, "pg"))
    row("  PostgreSQL rows = gateway's (40 queries)", lambda n: data[n].get("sql_check", "?").split(";")[0])
    row("  gateway with writes / PostgreSQL", lambda n: f(ratio(num(n, "variedw_rps"), num(n, "pg_rps")), "{:.2f}"))
    row("varied queries asOf yesterday, writes flowing", lambda n: cell(n, "asof_yesterday"))
    row("varied queries asOf mid-load, writes flowing", lambda n: cell(n, "asof_mid"))
    row("varied queries asOf after load, writes flowing", lambda n: cell(n, "asof_end"))
    row("  asOf after the load / today (both with writes)", lambda n: f(ratio(num(n, "asof_end_rps"), num(n, "variedw_rps")), "{:.2f}")
        + " req/s, p50 " + f(ratio(num(n, "asof_end_p50"), num(n, "variedw_p50")), "{:.1f}") + " x")
    row("write visible in the table (ms)", lambda n: f"{data[n].get('writes', '-')} writes p50 "
                                                     f"{f(num(n, 'write_p50'), '{:.0f}')} p99 {f(num(n, 'write_p99'), '{:.0f}')}"
                                                     + (f" ({data[n]['write_failed']} failed)"
                                                        if data[n].get("write_failed", "0") != "0" else ""))
    row("summary, cold (ms)", lambda n: f(num(n, "summary_ms"), "{:.0f}"))
    row("first table page (50 rows), cold (ms)", lambda n: f(num(n, "page_ms"), "{:.0f}"))
    row("first table page (500 rows), cold (ms)", lambda n: f(num(n, "page500_ms"), "{:.0f}"))
    row("first table page (50), asOf, cold (ms)", lambda n: f(num(n, "page_asof_ms"), "{:.0f}"))
    row("CSV first byte / whole, cold (ms)", lambda n: f"{f(num(n, 'csv_first_ms'), '{:.0f}')} / "
                                                       f"{f(num(n, 'csv_total_ms'), '{:.0f}')}")
    row("full-table page (500 rows), 64 conn.", lambda n: cell(n, "table"))
    row("  same bytes from nginx, 64 conn.", lambda n: cell(n, "nginx"))
    row("  gateway / nginx", lambda n: f(ratio(num(n, "table_rps"), num(n, "nginx_rps")), "{:.2f}")
        + f" ({data[n].get('table_bytes', '?')} bytes)")
    row("reference regions via the gateway", lambda n: cell(n, "proxy"))
    row("  same, the service direct", lambda n: cell(n, "direct"))
    row("  proxy / direct", lambda n: f(ratio(num(n, "proxy_rps"), num(n, "direct_rps")), "{:.2f}"))
    row("  CPU ms/req: direct | proxied svc+gw", lambda n: f"{data[n].get('direct_cpu', '-')} | "
                                                          f"{data[n].get('proxy_cpu', '-')}")
    names = ["labelling", "monitoring", "funding", "gateway", "launcher+kafka", "postgresql"]
    print(f"{'memory, RSS MB (PostgreSQL: PSS)':{width}s}" + "".join(f"{'idle after load / after runs':>{col}s}" for _ in sizes))
    for name in names:
        row(f"  {name}", lambda n, name=name: f"{data[n].get('mem_' + name + '_idle', '-')} / "
                                              f"{data[n].get('mem_' + name + '_after', '-')}")
    row("  five JVMs", lambda n: f"{jvms(data[n], 'idle')} / {jvms(data[n], 'after')}")
    if start:
        print("memory at idle right after start (MB): " + ", ".join(
            f"{name} {start.get('mem_' + name + '_idle', '-')}" for name in names)
              + f"; five JVMs {jvms(start, 'idle')} (JVMs: the three services, the gateway, the launcher with Kafka)")
    health = [f"N={n}: gateway {data[n].get('health', '?')}, OutOfMemoryError lines {data[n].get('oom', '?')}" for n in sizes]
    print("; ".join(health))
    print()
    if not sizes:
        return
    targets = []

    def target(text, ok, figures):
        targets.append((text, ok, figures))

    vw_l, vw_s, pg_l = num(large, "variedw_rps"), num(small, "variedw_rps"), num(large, "pg_rps")
    p99_l, p99_s = num(large, "variedw_p99"), num(small, "variedw_p99")
    target(f"varied pages at N={large} with writes >= 0.5 x PostgreSQL direct", ok_ge(ratio(vw_l, pg_l), 0.5),
           f"{f(vw_l)} vs {f(pg_l)} req/s, ratio {f(ratio(vw_l, pg_l), '{:.2f}')}")
    target(f"varied pages at N={large} with writes p99 < 50 ms", ok_lt(p99_l, 50), f"p99 {f(p99_l)} ms")
    if small != large:
        within = ok_ge(ratio(vw_l, vw_s), 0.5) and p99_l is not None and p99_s is not None and p99_l <= 2 * p99_s
        target(f"varied pages at N={large} within 2 x of N={small}", within,
               f"throughput {f(vw_l)} vs {f(vw_s)} req/s, p99 {f(p99_l)} vs {f(p99_s)} ms")
    for key, label in (("summary_ms", "summary"), ("page_ms", "first full-table page"),
                       ("csv_first_ms", "CSV first byte")):
        target(f"{label} at N={large} < 100 ms (cold)", ok_lt(num(large, key), 100), f"{f(num(large, key), '{:.0f}')} ms")
    for n in sizes:
        t, x = num(n, "table_rps"), num(n, "nginx_rps")
        target(f"N={n}: repeated full-table page >= 0.5 x nginx at 64 connections, p99 < 20 ms",
               ok_ge(ratio(t, x), 0.5) and ok_lt(num(n, "table_p99"), 20),
               f"{f(t)} vs {f(x)} req/s, ratio {f(ratio(t, x), '{:.2f}')}, p99 {f(num(n, 'table_p99'))} ms")
    for n in sizes:
        p, d = num(n, "proxy_rps"), num(n, "direct_rps")
        target(f"N={n}: proxy >= 0.8 x the service direct (reference regions)", ok_ge(ratio(p, d), 0.8),
               f"{f(p)} vs {f(d)} req/s, ratio {f(ratio(p, d), '{:.2f}')}")
    for n in sizes:
        w = num(n, "write_p99")
        target(f"N={n}: a write visible in the table p99 < 250 ms during the varied load",
               ok_lt(w, 250) and data[n].get("write_failed", "0") == "0", f"p99 {f(w, '{:.0f}')} ms")
    for n in sizes:
        if data[n].get("load_mode") == "import":
            secs, count = num(n, "load_seconds"), num(n, "load_campuses")
            if count and count >= 1000:
                per10k = secs * 10000 / count
                target(f"bulk import of 10 000 campuses < 2 min", per10k < 120,
                       f"{int(count)} campuses in {f(secs)} s ({per10k:.0f} s per 10 000)")
    if not any(t[0].startswith("bulk import") for t in targets):
        target("bulk import of 10 000 campuses < 2 min", None, "not measured: no bulk import on this platform, "
               "or no load of 1 000 campuses or more (per-request load used: see the load row)")
    if start:
        idle = jvms(start, "idle")
        target("the five JVMs <= 1.5 GB resident at idle after start", ok_le(idle, 1536), f"{idle} MB")
    for text, ok, figures in targets:
        verdict = "MET" if ok else "NOT MEASURED" if ok is None else "MISSED"
        print(f"TARGET {text}: {verdict} ({figures})")


def jvms(values, when):
    try:
        return sum(int(values["mem_" + n + "_" + when]) for n in
                   ("labelling", "monitoring", "funding", "gateway", "launcher+kafka"))
    except (KeyError, ValueError):
        return "-"


def ratio(a, b):
    return a / b if a is not None and b else None


def ok_ge(value, limit):
    return value is not None and value >= limit


def ok_lt(value, limit):
    return value is not None and value < limit


def ok_le(value, limit):
    return isinstance(value, (int, float)) and value <= limit


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
