#!/usr/bin/env python3
"""The benchmark's varied filtered table queries, from a fixed seed (Python standard library only).

Writes into --out:
  urls.txt       one query path a line: /api/v1/dashboard/campuses?region=..&family=..&sort=..&limit=..
  varied.lua     a wrk script that cycles through them (each wrk thread from its own offset; the token by wrk -H)
  sql/q-NN.sql   the same queries as the SQL the gateway runs on its projection, one pgbench script each

With --as-of-from URLS --as-of VALUE --lua OUT it only writes a wrk script of the same queries read as of a date
(each URL of URLS with asOf=VALUE added: the cost of asOf, issue 13), and exits.

The regions and families are read from the platform's reference data (GET through the gateway). The SQL is written
by sql_for() below: THE one place to adapt when the projection's SQL changes. `varied-queries.py check` compares each
query's SQL result with the gateway's answer on the loaded database (same campus ids, same order).
"""
import argparse
import datetime
import json
import os
import random
import re
import subprocess
import unicodedata
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
# The ceiling must be the gateway's own query, not an approximation: the row query is read from the gateway's source
# (TableSql.ROWS), the label-status expression is printed by platform-common's LabelCalendar (the one rule), and the
# filters and order are written as TableSql and TableOrder write them (missing values last both ways, ties by id).
# `check` then runs every query on the loaded database and compares its campus ids, in order, with the gateway's
# answer: a drift between this copy and the gateway shows as a mismatch in the benchmark's output.
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = {"designation": "designation_key", "region": "region_code", "family": "family_code",
           "labelExpiry": "label_expiry", "activePartners": "active_partners",
           "forecastBudget": "forecast_budget_cents", "updatedAt": "updated_at_key"}
PLAN_COMPLETION = "ACTION_PLAN_COMPLETION"  # IndicatorPoint.PLAN_COMPLETION


def label_status_expression():
    jars = os.path.join(ROOT, "gateway", "target", "quarkus-app", "lib", "main")
    classpath = os.pathsep.join(os.path.join(jars, j) for j in sorted(os.listdir(jars)) if j.endswith(".jar"))
    out = subprocess.run(["java", "-cp", classpath, os.path.join(ROOT, "bench", "LabelStatusSql.java")],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def rows_template():
    source = open(os.path.join(ROOT, "gateway", "src", "main", "java", "fr", "cmq", "gateway", "dashboard",
                               "TableSql.java"), encoding="utf-8").read()
    start = source.index("select r.campus_id")
    end = source.index("where r.designation is not null") + len("where r.designation is not null")
    today_from = re.search(r'TODAY_FROM = """\n(.*?)""";', source, re.S).group(1)
    rows = (source[start:end].replace("'%s'", "'" + PLAN_COMPLETION + "'").replace("%s", label_status_expression(), 1)
            .replace("%s", today_from, 1))
    assert "%s" not in rows, "TableSql.ROWS takes another format argument: adapt rows_template()"
    assert rows.count("?") == 3, "TableSql.ROWS no longer takes (today, year, last year): adapt sql_for()"
    return rows


def normalise(text):  # SearchText.normalise: lower case, accents removed
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def sql_for(q, today, rows):
    parameters = iter([literal(today.isoformat()), str(today.year if q.get("year") is None else q["year"]),
                       str(today.year - 1)])
    sql = "select * from (" + re.sub(r"\?", lambda m: next(parameters), rows) + ") t where true"
    for key, column in (("region", "region_code"), ("family", "family_code"), ("legalForm", "legal_form")):
        if key in q:
            sql += " and " + column + " = " + literal(q[key])
    flag = q.get("flag")
    if flag == "NO_TARGETS":
        sql += " and steering_with_target = 0"
    elif flag == "NO_RECENT_VALUES":
        sql += " and recent_values = 0"
    elif flag:
        sql += " and " + literal(flag) + " = any(partner_flags)"
    if q.get("q"):
        pattern = normalise(q["q"].strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql += " and exists (select 1 from unnest(search_texts) s where s like " + literal("%" + pattern + "%") + ")"
    sort = q["sort"]
    sql += (" order by " + COLUMNS[sort.lstrip("-")] + (" desc" if sort.startswith("-") else " asc")
            + " nulls last, campus_id limit " + str(q["limit"] + 1))
    return sql + ";\n"
# -------------------------------------------------------------------------------------------------------------------


def psql(port, sql):
    return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                           "postgres", "-c", "set search_path = dashboard", "-c", sql],
                          check=True, capture_output=True, text=True).stdout


def check(args):
    """Each query's SQL against the gateway's answer: the same campus ids in the same order (the page's rows)."""
    urls = open(os.path.join(args.out, "urls.txt")).read().split()
    scripts = sorted(f for f in os.listdir(os.path.join(args.out, "sql")) if f.endswith(".sql"))
    same, differ = 0, []
    for url, script in zip(urls, scripts):
        answer = reference(args.base_url, args.token, url)
        expected = [row["campusId"] for row in answer["items"]]
        sql = open(os.path.join(args.out, "sql", script)).read().strip().rstrip(";")
        got = psql(args.postgres_port, "select campus_id from (" + sql + ") c").split()
        limit = int(urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["limit"][0])
        if got[:limit] == expected:
            same += 1
        else:
            differ.append(url)
    print(f"{same}/{len(urls)} identical" + ("" if not differ else "; differ: " + " ".join(differ)))


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
    parser.add_argument("--today", help="the gateway's day (default: today)")
    parser.add_argument("--postgres-port", type=int, default=0, help="the projection's database (for check)")
    parser.add_argument("command", nargs="?", default="write", choices=["write", "check"],
                        help="write the URLs and their SQL (default), or check the SQL against the gateway's answers")
    args = parser.parse_args()
    if args.as_of_from:
        if not args.as_of or not args.lua:
            parser.error("--as-of-from needs --as-of and --lua")
        as_of_script(args.as_of_from, args.as_of, args.lua)
        return
    if not (args.base_url and args.token and args.out):
        parser.error("--base-url, --token and --out are required")
    if args.command == "check":
        check(args)
        return
    if not args.year:
        parser.error("--year is required")
    regions = sorted({r["code"] for r in reference(args.base_url, args.token, "/api/v1/reference/regions")})
    families = sorted({f["code"] for f in reference(args.base_url, args.token, "/api/v1/reference/sector-families")})
    qs = queries(regions, families, args.seed, args.count)
    os.makedirs(os.path.join(args.out, "sql"), exist_ok=True)
    with open(os.path.join(args.out, "urls.txt"), "w") as f:
        f.writelines(url_for(q) + "\n" for q in qs)
    with open(os.path.join(args.out, "varied.lua"), "w") as f:
        f.write(lua([url_for(q) for q in qs], f"(seed {args.seed}): cycles through {len(qs)} table queries"))
    rows = rows_template()
    today = datetime.date.today() if args.today is None else datetime.date.fromisoformat(args.today)
    for n, q in enumerate(qs):
        with open(os.path.join(args.out, "sql", f"q-{n:02d}.sql"), "w") as f:
            f.write(sql_for(dict(q, year=args.year), today, rows))
    print("the gateway's own query (TableSql)")


if __name__ == "__main__":
    main()
