"""Prepares a schemathesis run of scripts/fuzz-api.sh against a running `chancery serve --demo`.

    python3 scripts/harness/fuzz/prepare.py --base http://127.0.0.1:PORT --username fuzzer \
        --password-file FILE --out DIR

Signs in (the bearer token goes to DIR/token), registers fixture records in every state of the life cycle
(with a hold, an attachment and copies to acknowledge), then writes the ids that exist into schemathesis dictionaries
(DIR/*.dict, one quoted value a line) so that the fuzzer reaches real records, lists, copies and holds
instead of answering 404 to random ids, and the sign-in of --signin-username (same password) so that
POST /api/v1/auth/token is seen succeeding. Prints what it found. Standard library only.
"""

import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

NO_ID = "00000000000000000000000000"  # a well-formed id that exists nowhere: a dictionary may not be empty


class API:
    def __init__(self, base, token=None):
        self.base, self.token = base.rstrip("/"), token

    def call(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return response.status, (json.loads(text) if text and "json" in response.headers.get("Content-Type", "") else text)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path):
        status, body = self.call("GET", path)
        if status != 200:
            sys.exit(f"prepare: GET {path} answered {status}: {body}")
        return body


def fixtures(api):
    """Records in every state of the life cycle (so that filing, closure, archiving, disposition, the
    certificate, downgrading and receipts are reached, not only refused), with a hold, an attachment and
    copies addressed to the fuzzer. Each step must succeed: a refusal here is a finding in itself."""
    def must(expected, answer, what):
        status, body = answer
        if status != expected:
            sys.exit(f"prepare: {what} answered {status}, not {expected}: {body}")
        return body

    me = api.get("/api/v1/me")
    must(201, api.call("POST", "/api/v1/reference-series", {
        "code": "FUZZ", "template": "FUZZ-{seq:4}-{year}", "title": "Fuzzing fixtures"}), "a series without checks")
    category = must(201, api.call("POST", "/api/v1/file-plan", {
        "kind": "category", "code": "FUZZ", "title": "Fuzzing fixtures"}), "a category")["id"]
    folder = must(201, api.call("POST", "/api/v1/file-plan", {
        "kind": "folder", "parent": category, "code": "FUZZ.0", "title": "Kept until cutoff", "retentionYears": 0,
        "disposition": "destroy"}), "a folder with no retention")["id"]
    listed = must(201, api.call("POST", "/api/v1/distribution-lists", {
        "name": "Fuzzing fixture list", "members": [{"kind": "user", "id": me["id"], "role": "action"}]}), "a list")["id"]

    def record(classification, *steps):
        body = {"title": "Fuzzing fixture", "series": "FUZZ", "recordType": "memorandum",
                "label": {"classification": classification}}
        rid = must(201, api.call("POST", "/api/v1/records", body), "a registration")["id"]
        for step in steps:
            if step == "distribute":
                must(201, api.call("POST", f"/api/v1/records/{rid}/distributions", {"list": listed}), "a distribution")
            elif step == "file":
                must(200, api.call("POST", f"/api/v1/records/{rid}/filing", {"folder": folder}), "a filing")
            elif step == "destroy":
                must(200, api.call("POST", f"/api/v1/records/{rid}/disposition", {
                    "action": "destroy", "witness": "Fuzzing witness", "method": "shredder"}), "a destruction")
            elif step == "hold":
                must(201, api.call("POST", f"/api/v1/records/{rid}/holds", {"reason": "Fuzzing fixture"}), "a hold")
            elif step == "attach":
                must(201, api.call("POST", f"/api/v1/records/{rid}/attachments?filename=fixture.txt",
                                   headers={"Content-Type": "text/plain"}, raw=b"A fuzzing fixture.\n"), "an upload")
            else:  # closure, archiving
                must(200, api.call("POST", f"/api/v1/records/{rid}/{step}"), f"a {step}")

    for period in (1, 6):
        must(201, api.call("POST", "/api/v1/key-material", {
            "shortTitle": f"FUZZ {period}", "edition": "1", "custodian": "Fuzzing", "label": {"classification": "NC"},
            "periodMonths": period, "nextDue": "2026-01-01"}), "a key material item")
    for _ in range(2):
        record("NR")  # registered
        record("NR", "attach", "hold")
        record("NS", "distribute")  # active, a copy waiting for the fuzzer's receipt
        record("NC", "file")  # active, filed
        record("NC", "file", "closure")  # closed and due for disposition
        record("NC", "file", "closure", "archiving")  # archived and due
        record("NS", "file", "closure", "destroy")  # destroyed, with its certificate


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--signin-username", required=True, help="the account whose sign-in the fuzzer may get right")
    args = parser.parse_args()
    password = open(args.password_file).read().strip()

    status, body = API(args.base).call("POST", "/api/v1/auth/token", {"username": args.username, "password": password})
    if status != 201:
        sys.exit(f"prepare: sign-in of {args.username} answered {status}: {body}")
    token = body["token"]
    api = API(args.base, token)

    fixtures(api)

    records = api.get("/api/v1/records?limit=200")["items"]
    objects = api.get("/api/v1/objects?limit=200")["items"]
    keys = api.get("/api/v1/key-material?limit=200")["items"]
    lists = api.get("/api/v1/distribution-lists")["items"]
    plan = api.get("/api/v1/file-plan")["items"]
    series = api.get("/api/v1/reference-series")["items"]
    holds, attachments, copies = [], [], []
    for record in records:
        holds += api.get(f"/api/v1/records/{record['id']}/holds")["items"]
        attachments += api.get(f"/api/v1/records/{record['id']}/attachments")["items"]
        for distribution in api.get(f"/api/v1/records/{record['id']}/distributions")["items"]:
            copies += distribution["copies"]

    ids = {o["id"] for o in objects} | {r["id"] for r in records} | {k["id"] for k in keys}
    dictionaries = {
        "object-ids": sorted(ids),
        "record-ids": sorted(r["id"] for r in records),
        "key-ids": sorted(k["id"] for k in keys),
        "attachment-ids": sorted(a["id"] for a in attachments),
        "list-ids": sorted(item["id"] for item in lists),
        "copy-ids": sorted(c["id"] for c in copies),
        "hold-ids": sorted(h["id"] for h in holds),
        "folder-ids": sorted(n["id"] for n in plan if n["kind"] == "folder"),
        "category-ids": sorted(n["id"] for n in plan if n["kind"] == "category"),
        "series-codes": sorted(s["code"] for s in series),
        # The versions an If-Match may name: the demo's items are at their first versions.
        "etags": [f'"v{n}"' for n in range(1, 7)],
        # POST /api/v1/auth/token succeeds now and then: always the right password, sometimes the right name
        # (so that no account is locked by the fuzzer's guesses).
        "signin-usernames": [args.signin_username],
        "passwords": [password],
    }
    for name, values in dictionaries.items():
        with open(f"{args.out}/{name}.dict", "w") as out:
            for value in values or [NO_ID]:
                out.write(json.dumps(value) + "\n")
    with open(f"{args.out}/token", "w") as out:
        out.write(token)
    print("fuzzing data: " + ", ".join(f"{len(v)} {k}" for k, v in dictionaries.items() if k.endswith(("-ids", "-codes"))))


if __name__ == "__main__":
    main()
