#!/usr/bin/env python3
"""Bulk import of synthetic campuses through POST /api/v1/imports/regions/{regionCode} (standard library only).

The same synthetic data as load-synthetic.py (designations marked "[SYNTHÉTIQUE bench]"): N campuses spread over the
regions, each with a profile, P partners and a forecast budget of the year, written as one NDJSON (or CSV-free) file
per region and imported region by region (--concurrency regions at once, 3 by default). Ids are derived from the campus number
(uuid5), so running it twice replays the same files: the second run must report every line UNCHANGED.

  python3 bench/import-synthetic.py --gateway http://127.0.0.1:8080 --token "$NATIONAL_TOKEN" --count 10000

Prints per region the lines and outcomes, then the total time and lines per second; exits 1 if a line is rejected.
"""
import argparse
import http.client
import importlib.util
import json
import os
import sys
import time
import urllib.parse
import uuid
import random
from concurrent.futures import ThreadPoolExecutor
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("load_synthetic", os.path.join(HERE, "load-synthetic.py"))
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)

NAMESPACE = uuid.UUID("6f1c2b52-0c4e-4d1f-9a57-5b3e0e8f2a10")


def campus_id(i):
    return str(uuid.uuid5(NAMESPACE, f"campus-{i}"))


def partner_id(i, k):
    return str(uuid.uuid5(NAMESPACE, f"partner-{i}-{k}"))


def region_files(ref, count, start, partners, year):
    files = {}
    for i in range(start, start + count):
        rnd = random.Random(i)
        campus = synthetic.campus_body(ref, i, rnd)
        cid = campus_id(i)
        lines = files.setdefault(campus["regionCode"], [])
        lines.append({"record": "campus", "campusId": cid, **campus})
        lines.append({"record": "profile", "campusId": cid, **synthetic.profile_body(i)})
        for k in range(partners):
            lines.append({"record": "partner", "campusId": cid, "partnerId": partner_id(i, k),
                          **synthetic.partner_body(i, k)})
        lines.append({"record": "budget", "campusId": cid, "year": year, "kind": "FORECAST",
                      **synthetic.budget_body(i, rnd)})
    return {region: ("\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n").encode("utf-8")
            for region, lines in files.items()}


def post(base_url, token, region, body):
    parsed = urllib.parse.urlparse(base_url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=900)
    started = time.monotonic()
    # the whole file is synthetic data (issue 13): never counted in national figures
    conn.request("POST", f"/api/v1/imports/regions/{region}{synthetic.IMPORT_QUERY}", body=body,
                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson"})
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return region, response.status, json.loads(payload), time.monotonic() - started, len(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--token", default=os.environ.get("NATIONAL_TOKEN"))
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--partners", type=int, default=3)
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--concurrency", type=int, default=3, help="regions imported at once")
    args = parser.parse_args()
    if not args.token:
        sys.exit("a national token is needed (--token or NATIONAL_TOKEN)")
    api = synthetic.Api(args.gateway, args.token)
    ref = synthetic.Reference(api)
    files = region_files(ref, args.count, args.start, args.partners, args.year)
    size = sum(len(b) for b in files.values())
    print(f"  importing {args.count} synthetic campuses ({args.partners} partners, a {args.year} forecast budget each)"
          f" in {len(files)} region files, {size / 1e6:.1f} MB, {args.concurrency} regions at once", flush=True)
    started = time.monotonic()
    totals = {"lines": 0, "created": 0, "updated": 0, "unchanged": 0, "rejected": 0}
    failed = False
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        for region, status, report, seconds, length in pool.map(lambda item: post(args.gateway, args.token, *item),
                                                               sorted(files.items())):
            if status != 200:
                print(f"  region {region}: HTTP {status} {json.dumps(report)[:400]}", flush=True)
                failed = True
                continue
            for key in totals:
                totals[key] += report[key]
            print(f"  region {region}: {report['lines']} lines in {seconds:.1f} s: created {report['created']}, "
                  f"updated {report['updated']}, unchanged {report['unchanged']}, rejected {report['rejected']}",
                  flush=True)
            if report["rejected"]:
                failed = True
                for result in report["results"]:
                    if result["outcome"] == "REJECTED":
                        print(f"    line {result['line']}: {result['errors']}", flush=True)
                        break
    elapsed = time.monotonic() - started
    print(f"  bulk import: {args.count} campuses, {totals['lines']} lines in {elapsed:.1f} s "
          f"({totals['lines'] / elapsed:.0f} lines/s): created {totals['created']}, updated {totals['updated']}, "
          f"unchanged {totals['unchanged']}, rejected {totals['rejected']}", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
