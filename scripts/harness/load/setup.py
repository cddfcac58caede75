#!/usr/bin/env python3
"""Set-up of the load harness (scripts/load.sh): data for the wrk scripts, through the API only.

    python3 scripts/harness/load/setup.py --base http://127.0.0.1:PORT --users registry:chancery-demo,... \
        --records 3000 --out DIR

Signs in every user (a bearer token each), creates the series LDA and LDB beside the demo's IMSM, MSG and PO,
registers --records records across the five series with a mix of labels (NU to CTS, some releasable to a
few nations only, some LEGAL), then lists every record each user may read (GET /api/v1/records, every page)
and checks that list against the labels: the harness reads only what each user may read, so any non-2xx
during the run is a real error. Writes DIR/data.lua (read by the wrk scripts) and DIR/setup.json (figures).
Standard library only.
"""
import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

RANKS = {"NATO UNCLASSIFIED": 0, "NATO RESTRICTED": 1, "NATO CONFIDENTIAL": 2, "NATO SECRET": 3,
         "COSMIC TOP SECRET": 4}
SHORT = {0: "NU", 1: "NR", 2: "NC", 3: "NS", 4: "CTS"}

# (weight, label) of the records registered at set-up and during the run.
LABELS = [
    (20, {"classification": "NU"}),
    (30, {"classification": "NR"}),
    (20, {"classification": "NC"}),
    (15, {"classification": "NS"}),
    (5, {"classification": "NS", "releasableTo": ["BEL", "DEU", "FRA"]}),
    (5, {"classification": "NR", "categories": ["LEGAL"]}),
    (5, {"classification": "CTS", "releasableTo": ["DEU", "NLD"]}),
]
SERIES = ["IMSM", "MSG", "PO", "LDA", "LDB"]
NEW_SERIES = [("LDA", "LDA-{year}-{seq:6}", "Load harness A"), ("LDB", "LDB/{yy}/{seq:5}", "Load harness B")]
TYPES = ["memorandum", "message", "report", "minutes", "letter", "directive", "note"]
# Titles are drawn from these words, so searches for them find a few to a few hundred records each.
WORDS = ["logistics", "exercise", "summit", "courier", "budget", "personnel", "training", "maintenance",
         "readiness", "liaison", "infrastructure", "procurement", "medical", "transport", "security",
         "communications", "planning", "deployment", "inspection", "coordination", "réunion", "sécurité",
         "rapport", "mission", "fuel", "ammunition", "rotation", "headquarters", "directive", "quarterly"]
QUERIES = (WORDS + ["logis*", "secur*", "exercise logistics", "summit OR réunion", "\"quarterly budget\"",
                    "series:MSG", "series:LDA courier", "class:NR training", "type:minutes", "budget -fuel",
                    "from:2026-01 readiness", "ref:IMSM"])


def readable(user, label):
    """The access decision for the harness's records (all owned by IPS, open to the unit)."""
    if RANKS[label["classification"]] > RANKS[user["clearance"]]:
        return False
    nations = label.get("releasableTo") or ["NATO"]
    if nations != ["NATO"] and user["nationality"] not in nations:
        return False
    return set(label.get("categories") or []) <= set(user["categories"]) and "IPS" in user["units"]


def label_for_check(label_form):
    """A label as registered (short form) in the shape the API returns (markings)."""
    full = {v: k for k, v in SHORT.items()}
    return {"classification": [k for k, r in RANKS.items() if r == full[label_form["classification"]]][0],
            "releasableTo": label_form.get("releasableTo") or ["NATO"],
            "categories": label_form.get("categories") or []}


class Client:
    """One keep-alive HTTP connection per thread."""

    def __init__(self, base):
        self.url = urllib.parse.urlsplit(base)
        self.local = threading.local()

    def call(self, method, path, body=None, token=None):
        for attempt in range(2):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
            headers = {"Content-Type": "application/json"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            try:
                conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
                response = conn.getresponse()
                data = response.read()
                return response.status, (json.loads(data) if data else None)
            except (http.client.HTTPException, ConnectionError):
                self.local.conn = None
                if attempt:
                    raise


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True)
    parser.add_argument("--users", required=True, help="name:password,... (the first must be a registry supervisor)")
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--reader", default="registry", help="whose token reads one record in the baseline phase")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    client = Client(args.base)
    api = "/api/v1"

    def expect(status, body, wanted, what):
        if status not in wanted:
            sys.exit(f"setup: {what} answered {status}: {json.dumps(body)[:300]}")
        return body

    users = []
    for item in args.users.split(","):
        name, password = item.split(":", 1)
        status, body = client.call("POST", f"{api}/auth/token", {"username": name, "password": password})
        token = expect(status, body, {200, 201}, f"sign-in of {name}")["token"]
        status, me = client.call("GET", f"{api}/me", token=token)
        expect(status, me, {200}, f"/me of {name}")
        registers = bool({"registry.clerk", "registry.supervisor"} & set(me["roles"]))
        users.append({"name": name, "token": token, "clearance": me["clearance"], "nationality": me["nationality"],
                      "categories": me["categories"], "units": me["units"], "registers": registers})
    supervisor = users[0]
    for code, template, title in NEW_SERIES:
        status, body = client.call("POST", f"{api}/reference-series",
                                   {"code": code, "template": template, "title": title}, token=supervisor["token"])
        expect(status, body, {201, 409}, f"creation of series {code}")

    # Which labels each registering user may give (a label the user could read), for set-up and for the run.
    for user in users:
        user["labels"] = [(w, lab) for w, lab in LABELS if user["registers"] and readable(user, label_for_check(lab))]
    registrants = [u for u in users if u["labels"]]
    if not registrants:
        sys.exit("setup: no user may register records")

    def body(i, user):
        weights, labels = zip(*user["labels"])
        label = rng.choices(labels, weights)[0]
        series = SERIES[i % len(SERIES)]
        record = {"title": f"{' '.join(rng.sample(WORDS, 3)).capitalize()} {i:05d}", "series": series,
                  "recordType": rng.choice(TYPES), "label": label, "originator": rng.choice(["SHAPE J4", "IMS", "JFC Naples"]),
                  "documentDate": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                  "keywords": rng.sample(WORDS, 2)}
        if series == "MSG":
            record["originatorReference"] = f"LOAD/{i:05d}"
        return record

    # Draw every body first (one random generator, so the same --seed gives the same records).
    plan = []
    for i in range(args.records):
        user = registrants[i % len(registrants)]
        plan.append((user, body(i, user)))

    def register(item):
        user, record = item
        status, answer = client.call("POST", f"{api}/records", record, token=user["token"])
        expect(status, answer, {201}, f"registration by {user['name']}")
        return answer["id"], answer["label"]

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        registered = dict(pool.map(register, plan))
    seconds = time.monotonic() - started
    print(f"setup: registered {len(registered)} records in {seconds:.1f} s "
          f"({len(registered) / seconds:.0f}/s, 8 clients, set-up only)")

    # Every record each user may read, from the trimmed list; checked against the labels.
    for user in users:
        ids, cursor = [], None
        while True:
            path = f"{api}/records?limit=200" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
            status, page = client.call("GET", path, token=user["token"])
            expect(status, page, {200}, f"record list of {user['name']}")
            ids += [item["id"] for item in page["items"]]
            cursor = page["next"]
            if not cursor:
                break
        listed = set(ids) & set(registered)
        allowed = {i for i, label in registered.items() if readable(user, label)}
        if listed != allowed:
            sys.exit(f"setup: {user['name']} lists {len(listed)} harness records, the labels allow {len(allowed)}: "
                     f"{len(listed - allowed)} too many, {len(allowed - listed)} missing")
        user["ids"] = ids
        print(f"setup: {user['name']:<10} {SHORT[RANKS[user['clearance']]]:<3} {user['nationality']} "
              f"categories={','.join(user['categories']) or '-':<34} may read {len(ids):>6} records"
              f"{'  registers' if user['registers'] else ''}")

    def lua(value):
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return repr(value)
        if isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)  # JSON's escapes \" \\ \n are Lua's too
        if isinstance(value, dict):
            return "{" + ",".join(f"[{lua(k)}]={lua(v)}" for k, v in value.items()) + "}"
        return "{" + ",".join(lua(v) for v in value) + "}"

    # The record GET of the baseline phase: an NR record (its reads are not audited) read by a registry clerk.
    reader = next((u for u in users if u["name"] == args.reader), users[0])
    data = {
        "users": [{"name": u["name"], "token": u["token"], "ids": u["ids"],
                   "labels": [json.dumps(lab, separators=(",", ":")) for _, lab in u["labels"]],
                   "weights": [w for w, _ in u["labels"]]} for u in users],
        "series": SERIES, "types": TYPES, "words": WORDS,
        "queries": [urllib.parse.quote(q) for q in QUERIES],
        "record": next(i for i, lab in registered.items() if lab["classification"] == "NATO RESTRICTED"
                       and lab["categories"] == [] and lab["releasableTo"] == ["NATO"]),
        "reader_token": reader["token"],
        "secret_record": next(i for i, lab in registered.items() if lab["classification"] == "NATO SECRET"
                              and lab["categories"] == [] and lab["releasableTo"] == ["NATO"]),
    }
    with open(f"{args.out}/data.lua", "w", encoding="utf-8") as out:
        out.write("-- written by scripts/harness/load/setup.py\nreturn " + lua(data) + "\n")
    with open(f"{args.out}/setup.json", "w", encoding="utf-8") as out:
        json.dump({"records": len(registered), "seconds": round(seconds, 1), "record": data["record"],
                   "secret_record": data["secret_record"], "reader": reader["name"],
                   "users": {u["name"]: len(u["ids"]) for u in users}}, out)


if __name__ == "__main__":
    main()
