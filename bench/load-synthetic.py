#!/usr/bin/env python3
"""Synthetic data loader and write-delay probe for the CMQ benchmark (Python standard library only).

Every campus it creates is clearly marked: designation prefixed "[SYNTHÉTIQUE bench]", partners and
funders named "[SYNTHÉTIQUE bench] ...". It only talks to the public API through the gateway, and it is
meant to run against the benchmark's own throw-away platform instance (bench/run-benchmark.sh), never
against .local-data.

  load          create N campuses, each with a profile, 3 partners and a forecast budget of the year: by the bulk
                import (one NDJSON request per region, POST /api/v1/imports/regions/{code}; --mode auto falls back
                to the per-request API when the platform has no import: 404/405) or by single requests (--mode api);
                its last line is "RESULT {json}" (mode, campuses, seconds, rejected)
  write-delay   POST K new synthetic campuses one after the other and, for each, poll
                GET /api/v1/dashboard/campuses/{id} until 200: prints p50/p99 of the delay in ms
  write-stream  POST a new synthetic campus every --interval-ms for --seconds, each followed by polling its row
                until 200 (the writes overlap): prints {"writes", "p50_ms", "p99_ms", ...} as JSON
"""
import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import date

MARK = "[SYNTHÉTIQUE bench]"
# Issue 13: synthetic load is marked SYNTHETIC (never counted in national figures): each single write says so in its
# body's source; an import says so for the whole file with ?source=SYNTHETIC (its lines carry no source of their own).
SOURCE = {"kind": "SYNTHETIC", "reference": "bench/load-synthetic.py"}
IMPORT_QUERY = "?source=SYNTHETIC&fileName=bench-load-synthetic.ndjson"


def synthetic(body):
    """The body of a single write, marked as synthetic data."""
    return dict(body, source=SOURCE)
# the ids of the imported campuses and partners, the same at each run (an import replayed changes nothing)
IDS = uuid.UUID("6f1d2c3e-8b1a-4c59-9a53-0c6b0e2f5d11")

PARTNER_SHAPES = [
    # category, companySize, sector, trainingRole
    ("EPLE_LYCEE", None, "PUBLIC", "INITIAL"),
    ("COMPANY", "SME", "PRIVATE", "CONTINUING"),
    ("COMPANY", "LARGE", "PRIVATE", "BOTH"),
    ("UNIVERSITY", None, "PUBLIC", "BOTH"),
    ("CFA", None, "PRIVATE", "INITIAL"),
    ("GRETA", None, "PUBLIC", "CONTINUING"),
    ("RESEARCH_LAB", None, "PUBLIC", "NONE"),
    ("REGIONAL_COUNCIL", None, "PUBLIC", "NONE"),
]
FUNDERS = ["RECTORAT", "REGION", "COMPANY", "SUPPORT_ESTABLISHMENT", "OWN_RESOURCES", "EU_FUNDS"]


class Api:
    """One keep-alive HTTP connection per thread to the gateway."""

    def __init__(self, base_url, token):
        parsed = urllib.parse.urlparse(base_url)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        self.local = threading.local()

    def _connection(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.local.conn = conn
        return conn

    def call(self, method, path, body=None, raw=None, content_type=None):
        headers = dict(self.headers)
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if raw is not None:
            data = raw
            headers["Content-Type"] = content_type
        for attempt in range(3):
            conn = self._connection()
            try:
                conn.request(method, path, body=data, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                return response.status, payload
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
                time.sleep(0.2)

    def json(self, method, path, body=None, expect=(200, 201)):
        status, payload = self.call(method, path, body)
        if status not in expect:
            raise RuntimeError(f"{method} {path} -> {status}: {payload[:400].decode('utf-8', 'replace')}")
        return json.loads(payload) if payload else None

    def until_known(self, method, path, body, timeout=15.0):
        """Monitoring and funding learn a campus from the labelling events: retry 404 briefly."""
        deadline = time.monotonic() + timeout
        while True:
            status, payload = self.call(method, path, body)
            if status in (200, 201):
                return
            if status == 404 and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise RuntimeError(f"{method} {path} -> {status}: {payload[:400].decode('utf-8', 'replace')}")


def get_retrying(api, path, timeout=120.0):
    """Reference data through the gateway; retried while the gateway answers 5xx (e.g. after an overload)."""
    deadline = time.monotonic() + timeout
    while True:
        status, payload = api.call("GET", path)
        if status == 200:
            return json.loads(payload)
        if status < 500 or time.monotonic() > deadline:
            raise RuntimeError(f"GET {path} -> {status}: {payload[:400].decode('utf-8', 'replace')}")
        time.sleep(2)


class Reference:
    def __init__(self, api):
        families = [f["code"] for f in get_retrying(api, "/api/v1/reference/sector-families")]
        academies = get_retrying(api, "/api/v1/reference/academies")
        by_region = {}
        for a in academies:
            if a.get("current", True) and a.get("regionCode"):
                by_region.setdefault(a["regionCode"], []).append(a["code"])
        if not families or not by_region:
            raise RuntimeError("reference data is empty: is the platform up?")
        self.families = families
        self.regions = sorted(by_region)
        self.academies = by_region


def campus_body(ref, i, rnd, tag=""):
    region = ref.regions[i % len(ref.regions)]
    academies = ref.academies[region]
    return {
        "designation": f"{MARK} Campus {tag}n°{i:05d}",
        "familyCode": ref.families[i % len(ref.families)],
        "regionCode": region,
        "academyCodes": [academies[rnd.randrange(len(academies))]],
    }


def profile_body(i):
    director = {"exists": True, "fte": 1.0, "vacant": False, "missionLetter": i % 2 == 0} if i % 5 else \
        {"exists": False}
    governance = {"steeringCommittee": True, "managementCommittee": i % 2 == 0,
                  "workingGroups": ["Formation continue", "Orientation"], "higherEducationInGovernance": i % 3 != 0}
    kind = i % 3
    if kind == 0:
        return {"legalForm": "SUPPORT_ESTABLISHMENT", "hasLegalPersonality": False, "hasOwnBudget": False,
                "supportEstablishment": {"name": f"{MARK} Lycée support {i}", "type": "LYCEE", "role": "CARRIER"},
                "directorPost": director, "governance": governance}
    if kind == 1:
        return {"legalForm": "ASSOCIATION", "hasLegalPersonality": True, "hasOwnBudget": True,
                "directorPost": director, "governance": governance}
    return {"legalForm": "GIP", "gipKind": "ACADEMIC_FCIP", "hasLegalPersonality": True, "hasOwnBudget": True,
            "directorPost": director, "governance": governance}


def partner_body(i, k):
    category, size, sector, role = PARTNER_SHAPES[(i + k) % len(PARTNER_SHAPES)]
    body = {"name": f"{MARK} Partenaire {i}-{k}", "category": category, "sector": sector, "trainingRole": role,
            "membershipBasis": "CONVENTION", "inGovernance": k == 0, "workingGroups": ["Orientation"]}
    if size:
        body["companySize"] = size
    return body


def budget_body(i, rnd):
    contributions = []
    for k, funder in enumerate(FUNDERS[: 2 + i % 4]):
        contributions.append({"funderName": f"{MARK} Financeur {funder.lower()} {i}", "funderType": funder,
                              "amountCents": rnd.randrange(1_000_000, 10_000_000),
                              "nature": "CASH" if k % 2 == 0 else "IN_KIND",
                              "modality": "EX_ANTE" if k % 3 else "EX_POST", "status": "PLANNED"})
    total = sum(c["amountCents"] for c in contributions)
    return {"holder": "CAMPUS", "holderName": f"{MARK} Structure {i}",
            "uses": [{"use": "OPERATIONAL_DIRECTOR", "amountCents": total // 2},
                     {"use": "ACTIONS", "amountCents": total - total // 2}],
            "contributions": contributions}


def load_one(api, ref, i, year, partners):
    rnd = random.Random(i)
    campus = api.json("POST", "/api/v1/campuses", synthetic(campus_body(ref, i, rnd)), expect=(201,))
    cid = campus["id"]
    api.until_known("PUT", f"/api/v1/campuses/{cid}/profile", synthetic(profile_body(i)))
    for k in range(partners):
        api.until_known("POST", f"/api/v1/campuses/{cid}/partners", synthetic(partner_body(i, k)))
    api.until_known("PUT", f"/api/v1/campuses/{cid}/budgets/{year}?kind=FORECAST", synthetic(budget_body(i, rnd)))
    return cid


def cmd_load_api(args, api):
    ref = Reference(api)
    year = args.year or date.today().year
    started = time.monotonic()
    done = failed = 0
    last_print = 0.0
    errors = []
    indexes = range(args.start, args.start + args.count)
    print(f"  loading {args.count} synthetic campuses (ids {args.start}..{args.start + args.count - 1}), "
          f"{args.partners} partners and a {year} forecast budget each, concurrency {args.concurrency}", flush=True)
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        futures = [pool.submit(load_one, api, ref, i, year, args.partners) for i in indexes]
        for future in as_completed(futures):
            try:
                future.result()
                done += 1
            except Exception as e:  # noqa: BLE001 - reported, and the run fails at the end
                failed += 1
                if len(errors) < 5:
                    errors.append(str(e))
            now = time.monotonic()
            if now - last_print >= args.progress_seconds or done + failed == args.count:
                last_print = now
                rate = done / (now - started) if now > started else 0.0
                eta = (args.count - done - failed) / rate if rate > 0 else float("nan")
                print(f"  [{time.strftime('%H:%M:%S')}] {done + failed}/{args.count} campuses "
                      f"({failed} failed), {rate:.1f} campuses/s, ETA {eta:.0f} s", flush=True)
    elapsed = time.monotonic() - started
    print(f"  loaded {done} campuses in {elapsed:.1f} s ({done * (3 + args.partners) / elapsed:.0f} writes/s)",
          flush=True)
    for e in errors:
        print("  error: " + e, file=sys.stderr)
    return {"mode": "api", "campuses": done, "seconds": round(elapsed, 1), "rejected": failed}


class NoImport(Exception):
    """The platform has no bulk import (404/405): the per-request API is used instead."""


def import_lines(ref, i, year, partners):
    """One campus as the import's NDJSON records: campus, profile, partners, forecast budget."""
    rnd = random.Random(i)
    body = campus_body(ref, i, rnd)
    cid = str(uuid.uuid5(IDS, f"campus-{i}"))
    lines = [{"record": "campus", "campusId": cid, **body},
             {"record": "profile", "campusId": cid, **profile_body(i)}]
    for k in range(partners):
        lines.append({"record": "partner", "campusId": cid, "partnerId": str(uuid.uuid5(IDS, f"partner-{i}-{k}")),
                      **partner_body(i, k)})
    lines.append({"record": "budget", "campusId": cid, "year": year, "kind": "FORECAST", **budget_body(i, rnd)})
    return body["regionCode"], lines


def import_region(api, region, campuses):
    """One request for the region's campuses (halved again while the platform answers 413); returns the reports."""
    payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for lines in campuses for line in lines)
    status, answer = api.call("POST", f"/api/v1/imports/regions/{region}{IMPORT_QUERY}", raw=payload.encode("utf-8"),
                              content_type="application/x-ndjson")
    if status in (404, 405):
        raise NoImport()
    if status == 413 and len(campuses) > 1:
        half = len(campuses) // 2
        return import_region(api, region, campuses[:half]) + import_region(api, region, campuses[half:])
    if status != 200:
        raise RuntimeError(f"POST /api/v1/imports/regions/{region} -> {status}: "
                           f"{answer[:400].decode('utf-8', 'replace')}")
    return [json.loads(answer)]


def cmd_load_import(args, api):
    ref = Reference(api)
    year = args.year or date.today().year
    by_region = defaultdict(list)
    for i in range(args.start, args.start + args.count):
        region, lines = import_lines(ref, i, year, args.partners)
        by_region[region].append(lines)
    print(f"  importing {args.count} synthetic campuses (ids {args.start}..{args.start + args.count - 1}) with their "
          f"profile, {args.partners} partners and a {year} forecast budget: one NDJSON request per region "
          f"({len(by_region)} regions, {min(args.concurrency, len(by_region))} at a time)", flush=True)
    started = time.monotonic()
    reports = []
    with ThreadPoolExecutor(max_workers=min(args.concurrency, len(by_region))) as pool:
        futures = {pool.submit(import_region, api, region, campuses): region for region, campuses in by_region.items()}
        for future in as_completed(futures):
            reports.extend(future.result())
            print(f"  [{time.strftime('%H:%M:%S')}] region {futures[future]} imported "
                  f"({len(reports)} answers so far, {time.monotonic() - started:.1f} s)", flush=True)
    elapsed = time.monotonic() - started
    total = {k: sum(r.get(k, 0) for r in reports) for k in ("lines", "created", "updated", "unchanged", "rejected")}
    print(f"  imported {args.count} campuses in {elapsed:.1f} s: {total}", flush=True)
    if total["rejected"]:
        for r in reports:
            for line in r.get("results", []):
                if line.get("status", line.get("outcome", "")).lower() in ("rejected", "refused"):
                    print("  rejected: " + json.dumps(line, ensure_ascii=False)[:400], file=sys.stderr)
                    break
    return {"mode": "import", "campuses": args.count, "seconds": round(elapsed, 1), "rejected": total["rejected"],
            "lines": total["lines"]}


def cmd_load(args, api):
    result = None
    if args.mode in ("auto", "import"):
        try:
            result = cmd_load_import(args, api)
        except NoImport:
            if args.mode == "import":
                raise
            print("  the platform has no bulk import (404/405): loading through the per-request API instead",
                  flush=True)
    if result is None:
        result = cmd_load_api(args, api)
    print("RESULT " + json.dumps(result), flush=True)
    return 1 if result["rejected"] else 0


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def cmd_write_delay(args, api):
    ref = Reference(api)
    rnd = random.Random(424242)
    delays, acks = [], []
    for n in range(args.count):
        body = campus_body(ref, n, rnd, tag=f"délai-{args.tag}-")
        t0 = time.perf_counter()
        campus = api.json("POST", "/api/v1/campuses", synthetic(body), expect=(201,))
        t_ack = time.perf_counter()
        path = f"/api/v1/dashboard/campuses/{campus['id']}"
        while True:
            status, _ = api.call("GET", path)
            if status == 200:
                break
            if status != 404:
                raise RuntimeError(f"GET {path} -> {status}")
            if time.perf_counter() - t0 > 30:
                raise RuntimeError(f"campus {campus['id']} not in the table after 30 s")
            time.sleep(args.poll_ms / 1000.0)
        t_seen = time.perf_counter()
        delays.append((t_seen - t0) * 1000.0)
        acks.append((t_ack - t0) * 1000.0)
        time.sleep(0.05)
    result = {"writes": len(delays), "p50_ms": percentile(delays, 50), "p99_ms": percentile(delays, 99),
              "max_ms": max(delays), "ack_p50_ms": percentile(acks, 50), "poll_ms": args.poll_ms}
    print(json.dumps(result))
    return 0


def cmd_write_stream(args, api):
    ref = Reference(api)
    delays, failures = [], []
    lock = threading.Lock()

    def one(n):
        rnd = random.Random(9_000_000 + n)
        body = campus_body(ref, n, rnd, tag=f"flux-{args.tag}-")
        t0 = time.perf_counter()
        try:
            campus = api.json("POST", "/api/v1/campuses", synthetic(body), expect=(201,))
            path = f"/api/v1/dashboard/campuses/{campus['id']}"
            while True:
                status, _ = api.call("GET", path)
                if status == 200:
                    break
                if status != 404 or time.perf_counter() - t0 > 30:
                    raise RuntimeError(f"GET {path} -> {status} after {time.perf_counter() - t0:.1f} s")
                time.sleep(args.poll_ms / 1000.0)
            with lock:
                delays.append((time.perf_counter() - t0) * 1000.0)
        except Exception as e:  # noqa: BLE001 - counted and reported
            with lock:
                failures.append(str(e))

    started = time.perf_counter()
    n = 0
    with ThreadPoolExecutor(max_workers=32) as pool:
        while time.perf_counter() - started < args.seconds:
            pool.submit(one, n)
            n += 1
            next_at = started + n * args.interval_ms / 1000.0
            time.sleep(max(0.0, next_at - time.perf_counter()))
    result = {"writes": len(delays), "failed": len(failures), "interval_ms": args.interval_ms,
              "p50_ms": percentile(delays, 50) if delays else None,
              "p99_ms": percentile(delays, 99) if delays else None, "max_ms": max(delays) if delays else None}
    for e in failures[:3]:
        print("  write failed: " + e, file=sys.stderr)
    print(json.dumps(result))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["load", "write-delay", "write-stream"])
    parser.add_argument("--mode", choices=["auto", "import", "api"], default="auto", help="load: how (see above)")
    parser.add_argument("--interval-ms", type=float, default=100.0, help="write-stream: one write every ...")
    parser.add_argument("--seconds", type=float, default=15.0, help="write-stream: for ...")
    parser.add_argument("--base-url", required=True, help="gateway URL, e.g. http://127.0.0.1:18080")
    parser.add_argument("--token", required=True, help="a national bearer token")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--start", type=int, default=0, help="first synthetic index (to add to an earlier load)")
    parser.add_argument("--partners", type=int, default=3)
    parser.add_argument("--year", type=int, default=0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--progress-seconds", type=float, default=10.0)
    parser.add_argument("--poll-ms", type=float, default=10.0)
    parser.add_argument("--tag", default="0")
    args = parser.parse_args()
    api = Api(args.base_url, args.token)
    commands = {"load": cmd_load, "write-delay": cmd_write_delay, "write-stream": cmd_write_stream}
    sys.exit(commands[args.command](args, api))


if __name__ == "__main__":
    main()
