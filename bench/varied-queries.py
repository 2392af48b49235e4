#!/usr/bin/env python3
"""The benchmark's varied filtered table queries, from a fixed seed (Python standard library only).

Writes into --out:
  urls.txt       one query path a line: /api/v1/dashboard/campuses?region=..&family=..&sort=..&limit=..
  varied.lua     a wrk script that cycles through them (each wrk thread from its own offset; the token by wrk -H)
  sql/q-NN.sql   the same queries as the SQL the gateway runs on its projection, one pgbench script each

With --as-of-from URLS --as-of VALUE --lua OUT it only writes a wrk script of the same queries read as of a date
(each URL of URLS with asOf=VALUE added: the cost of asOf, issue 13), and exits.

The regions and families are read from the platform's reference data (GET through the gateway). The SQL is written
by sql_for() below: THE one place to adapt when the projection's SQL changes. It writes the projection's SQL when the
database has its columns (dashboard.campus_row.designation_key, issue 12), else an approximation on the older read
model (same filters, order and LIMIT on campus_row's columns).
"""
import argparse
import json
import os
import random
import subprocess
import urllib.parse
import urllib.request

SORTS = ["designation", "-designation", "region", "family", "labelExpiry", "-activePartners", "-forecastBudget",
         "updatedAt"]
LEGAL_FORMS = ["ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT"]
FLAGS = ["noHigherEducation", "noResearchLab", "noGreta", "noAfpa", "noOpca", "NO_TARGETS", "NO_RECENT_VALUES"]
# words of the synthetic designations ("[SYNTHÉTIQUE bench] Campus n°00042"): every campus, and a few single ones
SEARCHES = ["campus", "synthetique", "00042", "00007", "00077"]
LIMITS = [20, 50, 100, 200]


def reference(base_url, token, path):
    request = urllib.request.Request(base_url + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def queries(regions, families, seed, count):
    rnd = random.Random(seed)
    result = []
    for _ in range(count):
        q = {}
        if rnd.random() < 0.5:
            q["region"] = rnd.choice(regions)
        if rnd.random() < 0.3:
            q["family"] = rnd.choice(families)
        if rnd.random() < 0.3:
            q["legalForm"] = rnd.choice(LEGAL_FORMS)
        if rnd.random() < 0.25:
            q["flag"] = rnd.choice(FLAGS)
        if rnd.random() < 0.3:
            q["q"] = rnd.choice(SEARCHES)
        q["sort"] = rnd.choice(SORTS)
        q["limit"] = rnd.choice(LIMITS)
        result.append(q)
    return result


def url_for(q):
    return "/api/v1/dashboard/campuses?" + urllib.parse.urlencode(q)


def literal(text):
    return "'" + text.replace("'", "''") + "'"


# --- THE place to adapt: the SQL the gateway runs for one table query -------------------------------------------------
PROJECTION_ORDER = {"designation": "r.designation_key", "region": "r.region_code", "family": "r.family_code",
                    "labelExpiry": "r.label_expiry", "activePartners": "r.active_partners",
                    "forecastBudget": "y.forecast_budget_cents", "updatedAt": "r.updated_at_key"}
OLD_ORDER = {"designation": "r.designation", "region": "r.region_code", "family": "r.family_code",
             "labelExpiry": "r.label_expiry", "activePartners": "r.active_partners",
             "forecastBudget": "r.designation", "updatedAt": "r.updated_at"}


def sql_for(q, year, projection):
    where = ["r.designation is not null"]
    if "region" in q:
        where.append("r.region_code = " + literal(q["region"]))
    if "family" in q:
        where.append("r.family_code = " + literal(q["family"]))
    if "legalForm" in q:
        where.append("r.legal_form = " + literal(q["legalForm"]))
    flag = q.get("flag")
    word = q.get("q")
    if projection:
        if flag == "NO_TARGETS":
            where.append("r.steering_with_target = 0")
        elif flag == "NO_RECENT_VALUES":
            where.append("coalesce(r.steering_recent_values, 0) = 0")
        elif flag:
            where.append("r.partner_flags @> array[" + literal(flag) + "]")
        if word:
            where.append("exists (select 1 from unnest(r.search_texts) t where t like " + literal("%" + word + "%") + ")")
        order = PROJECTION_ORDER
        source = "campus_row r left join campus_year_row y on y.campus_id = r.campus_id and y.year = " + str(year)
    else:
        if flag and not flag.startswith("NO_"):
            where.append("(r.partner_summary -> 'flags' ->> " + literal(flag) + ") = 'true'")
        if word:
            where.append("r.designation ilike " + literal("%" + word + "%"))
        order = OLD_ORDER
        source = "campus_row r"
    sort = q["sort"]
    key = order[sort.lstrip("-")] + (" desc" if sort.startswith("-") else "")
    return ("select * from " + source + " where " + " and ".join(where) + " order by " + key
            + ", r.campus_id limit " + str(q["limit"] + 1) + ";\n")
# -------------------------------------------------------------------------------------------------------------------


def has_projection(pg):
    if not pg:
        return False
    out = subprocess.run(["psql", "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p", str(pg), "-U", "postgres", "postgres",
                          "-c", "select count(*) from information_schema.columns where table_schema = 'dashboard' "
                                "and table_name = 'campus_row' and column_name = 'designation_key'"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip() == "1"


def lua(paths, comment):
    listed = ",\n  ".join(json.dumps(p) for p in paths)
    return f"""-- generated by bench/varied-queries.py: {comment}
local paths = {{
  {listed}
}}
local counter = 0
function setup(thread)
  counter = counter + 7
  thread:set("offset", counter)
end
function init(args)
  i = offset
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
"""


def as_of_script(urls, as_of, out):
    """The same queries as of a date or instant (asOf added to each URL)."""
    with open(urls) as f:
        paths = [line.strip() + "&" + urllib.parse.urlencode({"asOf": as_of}) for line in f if line.strip()]
    with open(out, "w") as f:
        f.write(lua(paths, f"the {len(paths)} table queries of {os.path.basename(urls)} with asOf={as_of}"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--as-of-from", help="only write the wrk script of these URLs (urls.txt) with --as-of")
    parser.add_argument("--as-of", help="a date YYYY-MM-DD or an RFC 3339 instant")
    parser.add_argument("--lua", help="the wrk script written with --as-of-from")
    parser.add_argument("--base-url")
    parser.add_argument("--token", help="a reader token (to read the reference data)")
    parser.add_argument("--out")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--year", type=int)
    parser.add_argument("--postgres-port", type=int, default=0, help="to tell the projection's SQL from the older one")
    args = parser.parse_args()
    if args.as_of_from:
        if not args.as_of or not args.lua:
            parser.error("--as-of-from needs --as-of and --lua")
        as_of_script(args.as_of_from, args.as_of, args.lua)
        return
    if not (args.base_url and args.token and args.out and args.year):
        parser.error("--base-url, --token, --out and --year are required")
    regions = sorted({r["code"] for r in reference(args.base_url, args.token, "/api/v1/reference/regions")})
    families = sorted({f["code"] for f in reference(args.base_url, args.token, "/api/v1/reference/sector-families")})
    qs = queries(regions, families, args.seed, args.count)
    os.makedirs(os.path.join(args.out, "sql"), exist_ok=True)
    with open(os.path.join(args.out, "urls.txt"), "w") as f:
        f.writelines(url_for(q) + "\n" for q in qs)
    with open(os.path.join(args.out, "varied.lua"), "w") as f:
        f.write(lua([url_for(q) for q in qs], f"(seed {args.seed}): cycles through {len(qs)} table queries"))
    projection = has_projection(args.postgres_port)
    for n, q in enumerate(qs):
        with open(os.path.join(args.out, "sql", f"q-{n:02d}.sql"), "w") as f:
            f.write(sql_for(q, args.year, projection))
    print("projection" if projection else "older read model")


if __name__ == "__main__":
    main()
