#!/usr/bin/env python3
"""Crash-safety driver of scripts/crash-loop.sh (issue 5, item 1). Standard library only.

Starts `chancery serve` on a scratch data directory (SQLite, or PostgreSQL with --database-url), makes a
registry clerk and reference series, then C client threads register records continuously through the API,
each followed by one attachment of random bytes (1 KB to 2 MB). Registrations alternate with and without
`Idempotency-Key`. Meanwhile the server process is killed with SIGKILL N times at random moments and
restarted on the same data directory. At the end the server is stopped cleanly and restarted, and:

  * every acknowledged (2xx) registration is read back (GET) and its attachment downloaded and hashed;
  * every record of every series is listed through the API (as the clerk, who may read them all: every
    record is NATO UNCLASSIFIED and open to the clerk's unit): no reference or sequence number twice, no
    gap in any series, no record registered twice (idempotent retries), nothing that nobody asked for;
  * the database is read directly (sqlite3 / psql) as a cross-check: same counts, counters equal to the
    highest number handed out;
  * `chancery audit verify` and `chancery verify-blobs` pass.

Usually run through the wrapper:  scripts/crash-loop.sh [--postgres] [--kills 8] [--clients 16]
Directly:  python3 scripts/harness/crash_loop.py --binary .build/release/chancery --data-dir DIR
           [--database-url postgres://...] [--psql PATH] [--kills N] [--clients C] [--seconds-between 3 12]
Exit status 0 when every check passes, 1 otherwise.
"""

import argparse
import collections
import concurrent.futures
import hashlib
import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

USERNAME = "crashclerk"
PASSWORD = "crash-loop-password"
SERIES = {"CRA": "CRA-{seq:6}-{year}", "CRB": "CRB/{yy}/{seq}", "CRC": "CRC-{year}-{seq:5}"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_SIZE, MAX_SIZE = 1024, 2 * 1024 * 1024
REQUEST_TIMEOUT = 120


def log(message):
    print(message, flush=True)


# ---------------------------------------------------------------------------------------------- server

class Server:
    """One `chancery serve` process at a time, always on the same data directory and port."""
    running = []

    def __init__(self, args, port, log_path):
        self.args, self.port, self.log_path = args, port, log_path
        self.process = None
        self.starts = 0
        Server.running.append(self)

    def command(self, *words):
        line = [self.args.binary, *words, "--data-dir", self.args.data_dir]
        if self.args.database_url:
            line += ["--database-url", self.args.database_url]
        return line

    def start(self, timeout=180):
        """Starts the server and waits for /healthz; returns the seconds it took, or raises."""
        self.starts += 1
        began = time.monotonic()
        with open(self.log_path, "ab") as out:
            out.write(f"\n===== start #{self.starts} at {time.strftime('%H:%M:%S')} =====\n".encode())
            out.flush()
            # The binary itself, no shell in between: SIGKILL goes to the server process.
            self.process = subprocess.Popen(
                self.command("serve", "--port", str(self.port)), stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with status {self.process.returncode} while starting "
                                   f"(start #{self.starts}); see {self.log_path}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    return time.monotonic() - began
                conn.close()
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the server did not answer /healthz within {timeout} s (start #{self.starts})")

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self, timeout=60):
        """SIGTERM and wait: returns (exit status, seconds) or raises when it does not stop in time."""
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise RuntimeError(f"the server did not stop within {timeout} s of SIGTERM")
        return status, time.monotonic() - began


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------------------------- HTTP

class Refused(Exception):
    """Nothing was sent: the server is not listening (killed, restarting). Always safe to retry."""


class Lost(Exception):
    """The request was (maybe partly) sent but no complete answer came: it may or may not have happened."""


class Stats:
    """Counters shared by the client threads and the kill loop."""

    def __init__(self):
        self.lock = threading.Lock()
        self.in_flight = collections.Counter()   # kind -> requests sent and not yet answered
        self.counts = collections.Counter()
        self.unexpected = []                     # (what, status, body excerpt)
        self.kills = 0                           # SIGKILLs so far (set by the kill loop)

    def add(self, name, n=1):
        with self.lock:
            self.counts[name] += n


class Client:
    def __init__(self, port, token, stats):
        self.port, self.token, self.stats = port, token, stats

    def call(self, method, path, body=None, headers=None, kind="other"):
        """One request on a fresh connection: (status, headers, body bytes); raises Refused or Lost."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.connect()
        except OSError as error:
            conn.close()
            raise Refused(str(error))
        all_headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        all_headers.update(headers or {})
        with self.stats.lock:
            self.stats.in_flight[kind] += 1
        try:
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
            return response.status, response.headers, data
        except (OSError, http.client.HTTPException) as error:
            raise Lost(f"{type(error).__name__}: {error}")
        finally:
            with self.stats.lock:
                self.stats.in_flight[kind] -= 1
            conn.close()

    def call_until_answered(self, method, path, body=None, headers=None, kind="other", give_up_at=None):
        """Retries while the server refuses connections (it is restarting); Lost is raised to the caller."""
        while True:
            try:
                return self.call(method, path, body, headers, kind)
            except Refused:
                if give_up_at is not None and time.monotonic() > give_up_at:
                    raise
                time.sleep(0.1)


def sign_in(port):
    client = Client(port, None, Stats())
    body = json.dumps({"username": USERNAME, "password": PASSWORD}).encode()
    status, _, data = client.call_until_answered(
        "POST", "/api/v1/auth/token", body, {"Content-Type": "application/json"}, give_up_at=time.monotonic() + 60)
    if status not in (200, 201):
        raise RuntimeError(f"sign-in answered {status}: {data[:300]!r}")
    return json.loads(data)["token"]


# ----------------------------------------------------------------------------------------- the clients

class Ledger:
    """What the clients know: acknowledged registrations and attempts whose outcome is unknown."""

    def __init__(self, path):
        self.lock = threading.Lock()
        self.acknowledged = []          # dicts: id, reference, series, year, sequence, title, keyed, attachment
        self.unknown_titles = set()     # unkeyed registrations whose answer was lost
        self.attempted_titles = set()
        self.file = open(path, "w")

    def attempt(self, title):
        with self.lock:
            self.attempted_titles.add(title)

    def unknown(self, title):
        with self.lock:
            self.unknown_titles.add(title)

    def acknowledge(self, entry):
        with self.lock:
            self.acknowledged.append(entry)
            self.file.write(json.dumps(entry) + "\n")
            self.file.flush()


def client_loop(number, port, token, stats, ledger, stop, rng_seed):
    rng = random.Random(rng_seed)
    client = Client(port, token, stats)
    iteration = 0
    keyed_history = []   # (body, headers, acknowledged entry) of this client's keyed registrations
    while not stop.is_set():
        iteration += 1
        try:
            done = register_one(client, number, iteration, rng, stats, ledger)
            if done:
                keyed_history.append(done)
            # Now and then repeat an earlier keyed request, often one acknowledged before a kill: the
            # recorded answer must come back (same record) and nothing new may be registered.
            if keyed_history and rng.random() < 0.1:
                replay_one(client, rng.choice(keyed_history), stats)
        except Exception as error:   # a bug of the harness or an unexpected answer: count it, keep going
            stats.add("client exceptions")
            with stats.lock:
                stats.unexpected.append((f"client {number}", "exception", repr(error)[:300]))
            time.sleep(0.5)


def register_one(client, number, iteration, rng, stats, ledger):
    keyed = iteration % 2 == 0
    series = rng.choice(sorted(SERIES))
    title = f"crash-loop c{number:02d} n{iteration:06d} {uuid.uuid4().hex[:10]}"
    body = json.dumps({
        "title": title, "series": series, "recordType": "memorandum", "label": {"classification": "NU"},
        "originator": "crash-loop harness", "keywords": ["crash-loop"],
    }).encode()
    headers = {"Content-Type": "application/json"}
    if keyed:
        headers["Idempotency-Key"] = f"crash-loop-{uuid.uuid4()}"
    ledger.attempt(title)

    record = None
    retried = False
    server_errors = 0
    while record is None:
        try:
            status, answer_headers, data = client.call_until_answered(
                "POST", "/api/v1/records", body, headers, kind="registration")
        except Lost:
            stats.add("registrations lost in flight")
            if not keyed:
                ledger.unknown(title)     # may or may not exist: the final listing tells
                return
            retried = True
            stats.add("keyed registrations retried")
            continue                      # same key, same body: must not register twice
        if status == 201:
            record = json.loads(data)
            if answer_headers.get("Idempotent-Replayed") == "true":
                stats.add("idempotent replays")
            stats.add("registrations acknowledged (keyed)" if keyed else "registrations acknowledged (no key)")
            if retried:
                stats.add("keyed registrations acknowledged after a retry")
        else:
            stats.add(f"registration answered {status}")
            with stats.lock:
                stats.unexpected.append(("POST /records", status, data[:300].decode(errors="replace")))
            server_errors += 1
            if not keyed or status < 500 or server_errors >= 5:
                ledger.unknown(title)
                return
            time.sleep(0.5)               # a keyed request may be repeated after a server error

    entry = {
        "id": record["id"], "reference": record["reference"], "series": record["series"], "year": record["year"],
        "sequence": record["sequence"], "title": title, "keyed": keyed, "attachment": None,
        "kills_before": stats.kills,
    }
    if record["title"] != title or record["series"] != series:
        with stats.lock:
            stats.unexpected.append(("POST /records", 201, f"answer for another request: {record['title']!r}"))

    size = rng.randint(MIN_SIZE, MAX_SIZE)
    content = PNG_SIGNATURE + os.urandom(size - len(PNG_SIGNATURE))
    digest = hashlib.sha256(content).hexdigest()
    filename = f"crash-{number:02d}-{iteration:06d}.png"
    path = f"/api/v1/records/{record['id']}/attachments?filename={urllib.parse.quote(filename)}"
    while entry["attachment"] is None:
        try:
            status, _, data = client.call_until_answered(
                "POST", path, content, {"Content-Type": "image/png"}, kind="upload")
        except Lost:
            stats.add("uploads lost in flight")
            # No idempotency key on uploads: look before uploading again, so that a retry adds no version 2.
            found = find_attachment(client, record["id"], digest)
            if found:
                stats.add("uploads lost in flight but stored")
                entry["attachment"] = {"id": found["id"], "sha256": digest, "size": size, "by": "lookup"}
            continue
        if status == 201:
            answer = json.loads(data)
            if answer["sha256"] != digest or answer["size"] != size:
                with stats.lock:
                    stats.unexpected.append(("POST attachments", 201, f"hash/size differ: {answer}"))
            entry["attachment"] = {"id": answer["id"], "sha256": digest, "size": size, "by": "201"}
            stats.add("uploads acknowledged")
            stats.add("upload bytes acknowledged", size)
        else:
            stats.add(f"upload answered {status}")
            with stats.lock:
                stats.unexpected.append(("POST attachments", status, data[:300].decode(errors="replace")))
            break
    ledger.acknowledge(entry)
    return (body, headers, entry) if keyed else None


def replay_one(client, earlier, stats):
    body, headers, entry = earlier
    try:
        status, answer_headers, data = client.call("POST", "/api/v1/records", body, headers, kind="registration")
    except (Refused, Lost):
        return   # the server is down: the next replay will do
    answer = json.loads(data) if status == 201 else {}
    if status != 201 or answer_headers.get("Idempotent-Replayed") != "true" or answer.get("id") != entry["id"]:
        stats.add("deliberate replays wrong")
        with stats.lock:
            stats.unexpected.append((f"replay of {entry['reference']}", status,
                                     f"replayed={answer_headers.get('Idempotent-Replayed')} id={answer.get('id')} "
                                     f"(expected {entry['id']}) {data[:200].decode(errors='replace')}"))
    else:
        stats.add("deliberate replays matched")
        if stats.kills > entry["kills_before"]:
            stats.add("deliberate replays matched across a kill")


def find_attachment(client, record_id, digest):
    while True:
        try:
            status, _, data = client.call_until_answered(
                "GET", f"/api/v1/records/{record_id}/attachments", kind="lookup")
        except Lost:
            continue
        if status != 200:
            raise RuntimeError(f"GET attachments of {record_id} answered {status}: {data[:200]!r}")
        return next((item for item in json.loads(data)["items"] if item["sha256"] == digest), None)


# ------------------------------------------------------------------------------------------- the checks

def list_series(client, code):
    """Every record of a series through the API, following the cursor: (records, total announced)."""
    records, cursor, total = [], None, None
    while True:
        query = {"series": code, "limit": "200"}
        if cursor:
            query["cursor"] = cursor
        else:
            query["withTotal"] = "true"
        status, _, data = client.call("GET", "/api/v1/records?" + urllib.parse.urlencode(query))
        if status != 200:
            raise RuntimeError(f"GET /records?series={code} answered {status}: {data[:300]!r}")
        page = json.loads(data)
        if total is None:
            total = page.get("total")
        records += page["items"]
        cursor = page["next"]
        if not cursor:
            return records, total


def check_acknowledged(client, entry):
    """Problems found for one acknowledged registration (empty list: present and intact)."""
    problems = []
    status, _, data = client.call("GET", f"/api/v1/records/{entry['id']}")
    if status != 200:
        return [f"{entry['reference']} ({entry['id']}): GET answered {status}"]
    record = json.loads(data)
    for field in ("reference", "series", "sequence", "title"):
        if record[field] != entry[field]:
            problems.append(f"{entry['reference']}: {field} is {record[field]!r}, acknowledged {entry[field]!r}")
    attachment = entry["attachment"]
    if attachment is None:
        return problems + [f"{entry['reference']}: its upload was never acknowledged"]
    status, _, data = client.call("GET", f"/api/v1/records/{entry['id']}/attachments/{attachment['id']}")
    if status != 200:
        problems.append(f"{entry['reference']}: download of attachment {attachment['id']} answered {status}")
    elif hashlib.sha256(data).hexdigest() != attachment["sha256"] or len(data) != attachment["size"]:
        problems.append(f"{entry['reference']}: attachment {attachment['id']} differs "
                        f"({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}…)")
    return problems


def database_rows(args, query):
    """Rows of a query run directly on the database (sqlite3 module, or psql for PostgreSQL)."""
    if not args.database_url:
        db = sqlite3.connect(f"file:{os.path.join(args.data_dir, 'chancery.sqlite')}?mode=ro", uri=True)
        try:
            return [tuple(row) for row in db.execute(query)]
        finally:
            db.close()
    out = subprocess.run([args.psql, args.database_url, "-X", "-At", "-F", "\t", "-c", query],
                         check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


def database_check(args):
    """Direct look at the tables: per series and year, rows, distinct numbers, highest number, counter."""
    rows = database_rows(args, """
        SELECT r.series, r.year, COUNT(*), COUNT(DISTINCT r.seq), MIN(r.seq), MAX(r.seq),
               (SELECT c.last_seq FROM reference_counters c WHERE c.series = r.series AND c.year = r.year)
        FROM records r GROUP BY r.series, r.year ORDER BY r.series, r.year""")
    duplicates = database_rows(args, "SELECT COUNT(*) - COUNT(DISTINCT reference) FROM records")[0][0]
    blobs = database_rows(args, "SELECT sha256 FROM blobs WHERE discarded_at IS NULL")
    return [tuple(int(v) if str(v).lstrip("-").isdigit() else v for v in row) for row in rows], \
        int(duplicates), {row[0] for row in blobs}


def files_on_disk(data_dir):
    """(stored blob hashes -> size, (count, bytes) of leftover temporary files) under <data>/blobs."""
    root = os.path.join(data_dir, "blobs")
    hashes, temporary = {}, [0, 0]
    for folder, _, names in os.walk(root):
        for name in names:
            size = os.path.getsize(os.path.join(folder, name))
            if os.path.basename(folder) == "tmp":
                temporary[0] += 1
                temporary[1] += size
            elif len(name) == 64:
                hashes[name] = size
    return hashes, tuple(temporary)


def run_cli(args, *words):
    line = [args.binary, *words, "--data-dir", args.data_dir]
    if args.database_url:
        line += ["--database-url", args.database_url]
    began = time.monotonic()
    result = subprocess.run(line, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    return result.returncode, output, time.monotonic() - began


# --------------------------------------------------------------------------------------------- the run

def setup(args, server):
    """The clerk account (CLI, before the first start) and the reference series (API)."""
    line = [args.binary, "user", "create", "--data-dir", args.data_dir, "--username", USERNAME,
            "--name", "Crash Loop Clerk", "--clearance", "NS", "--nationality", "BEL",
            "--roles", "registry.clerk,registry.supervisor", "--units", "IPS"]
    if args.database_url:
        line += ["--database-url", args.database_url]
    subprocess.run(line, input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    server.start()
    token = sign_in(server.port)
    client = Client(server.port, token, Stats())
    for code, template in SERIES.items():
        body = json.dumps({"code": code, "template": template, "title": f"Crash loop series {code}"}).encode()
        status, _, data = client.call("POST", "/api/v1/reference-series", body, {"Content-Type": "application/json"})
        if status != 201:
            raise RuntimeError(f"creating series {code} answered {status}: {data[:300]!r}")
    return token


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds-between", type=float, nargs=2, default=[3.0, 12.0], metavar=("LOW", "HIGH"))
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    args = parser.parse_args()
    low, high = args.seconds_between
    if args.kills < 0 or args.clients < 1 or not 0 <= low <= high:
        parser.error("need --kills >= 0, --clients >= 1 and 0 <= LOW <= HIGH")
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    os.environ.setdefault("CHANCERY_BCRYPT_COST", "4")

    began = time.monotonic()
    engine = "PostgreSQL" if args.database_url else "SQLite"
    log(f"== crash loop: {engine}, {args.kills} kills, {args.clients} clients, "
        f"{low:g}-{high:g} s between kills, seed {seed}")
    log(f"   binary {args.binary}, data directory {args.data_dir}")
    server = Server(args, free_port(), os.path.join(args.data_dir, "server.log"))
    failures = []
    token = setup(args, server)

    stats = Stats()
    ledger = Ledger(os.path.join(args.data_dir, "acknowledged.jsonl"))
    stop = threading.Event()
    threads = [threading.Thread(target=client_loop, args=(n, server.port, token, stats, ledger, stop, seed * 1000 + n),
                                daemon=True) for n in range(args.clients)]
    for thread in threads:
        thread.start()
    load_began = time.monotonic()

    # ---- the kills
    kills, restart_times = [], []
    try:
        for number in range(1, args.kills + 1):
            time.sleep(rng.uniform(low, high))
            with stats.lock:
                in_flight = dict(stats.in_flight)
            server.kill9()
            with stats.lock:
                stats.kills += 1
            killed_at = time.monotonic() - load_began
            time.sleep(rng.uniform(0, 1))   # down for a moment: clients see refused connections
            restart = server.start()
            restart_times.append(restart)
            kills.append(in_flight)
            with ledger.lock:
                acknowledged = len(ledger.acknowledged)
            log(f"   kill {number}/{args.kills} at {killed_at:6.1f} s: "
                f"{in_flight.get('registration', 0)} registrations and {in_flight.get('upload', 0)} uploads "
                f"in flight; restarted in {restart:.2f} s; {acknowledged} acknowledged so far")
        time.sleep(rng.uniform(low, high))   # some load on the last restart too
    except RuntimeError as error:
        failures.append(f"server did not restart: {error}")
        log(f"   FAILURE: {error}")
    stop.set()
    for thread in threads:
        thread.join(timeout=300)
    if any(thread.is_alive() for thread in threads):
        failures.append("client threads still busy 300 s after the end of the load (server stuck?)")
    load_seconds = time.monotonic() - load_began

    # ---- clean stop, then restart for the checks
    if server.process.poll() is None:
        status, seconds = server.stop()
        log(f"== clean stop: exit status {status} in {seconds:.1f} s")
        if status != 0:
            failures.append(f"clean stop (SIGTERM) exited with status {status}")
    try:
        server.start()
    except RuntimeError as error:
        failures.append(f"server did not start for the checks: {error}")
        return summary(args, failures, stats, ledger, kills, restart_times, {}, began, load_seconds)
    token = sign_in(server.port)
    client = Client(server.port, token, Stats())

    # Every acknowledged registration, read back and its attachment downloaded.
    acknowledged = list(ledger.acknowledged)
    missing_or_damaged = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for problems in pool.map(lambda entry: check_acknowledged(client, entry), acknowledged):
            missing_or_damaged += problems
    for problem in missing_or_damaged[:20]:
        log(f"   FAILURE: {problem}")

    # Every record of every series, listed through the API.
    listed, announced = [], {}
    for code in SERIES:
        records, total = list_series(client, code)
        listed += records
        announced[code] = (len(records), total)
        if total is not None and total != len(records):
            failures.append(f"series {code}: listing returned {len(records)} records, total says {total}")
    references = collections.Counter(r["reference"] for r in listed)
    numbers = collections.Counter((r["series"], r["year"], r["sequence"]) for r in listed)
    titles = collections.Counter(r["title"] for r in listed)
    duplicated_references = {ref: n for ref, n in references.items() if n > 1}
    duplicated_numbers = {key: n for key, n in numbers.items() if n > 1}
    registered_twice = {title: n for title, n in titles.items() if n > 1}
    gaps = {}
    by_series = collections.defaultdict(set)
    for (series, year, sequence) in numbers:
        by_series[(series, year)].add(sequence)
    for key, sequences in sorted(by_series.items()):
        missing = sorted(set(range(1, max(sequences) + 1)) - sequences)
        if missing:
            gaps[key] = missing
    unacknowledged_present = sum(1 for title in titles if title in ledger.unknown_titles)
    never_asked = [r["reference"] for r in listed if r["title"] not in ledger.attempted_titles]
    listed_ids = {r["id"] for r in listed}
    not_listed = [e["reference"] for e in acknowledged if e["id"] not in listed_ids]
    status, seconds = server.stop()
    if status != 0:
        failures.append(f"clean stop after the checks exited with status {status}")

    # Straight from the database, as a cross-check of the listing.
    db_rows, db_duplicates, db_blobs = database_check(args)
    counter_problems = []
    for series, year, count, distinct, lowest, highest, counter in db_rows:
        if count != distinct or lowest != 1 or highest != count:
            counter_problems.append(f"{series} {year}: {count} rows, {distinct} distinct numbers, {lowest}..{highest}")
        if counter != highest:
            counter_problems.append(f"{series} {year}: counter at {counter}, highest number {highest}")
    db_total = sum(row[2] for row in db_rows)
    disk_blobs, temporary_files = files_on_disk(args.data_dir)

    # The two verifications of the command-line tool, server stopped.
    audit_status, audit_output, audit_seconds = run_cli(args, "audit", "verify")
    blobs_status, blobs_output, blobs_seconds = run_cli(args, "verify-blobs")

    checks = {
        "acknowledged": acknowledged, "missing_or_damaged": missing_or_damaged, "listed": len(listed),
        "announced": announced, "duplicated_references": duplicated_references,
        "duplicated_numbers": duplicated_numbers, "registered_twice": registered_twice, "gaps": gaps,
        "unacknowledged_present": unacknowledged_present, "unknown_outcomes": len(ledger.unknown_titles),
        "never_asked": never_asked, "not_listed": not_listed,
        "db_rows": db_rows, "db_total": db_total, "db_duplicates": db_duplicates,
        "counter_problems": counter_problems, "db_blobs": len(db_blobs),
        "blobs_missing_on_disk": len(db_blobs - disk_blobs.keys()),
        "orphan_files": (len(disk_blobs.keys() - db_blobs), sum(disk_blobs[h] for h in disk_blobs.keys() - db_blobs)),
        "temporary_files": temporary_files,
        "audit": (audit_status, audit_output, audit_seconds), "blobs": (blobs_status, blobs_output, blobs_seconds),
    }
    return summary(args, failures, stats, ledger, kills, restart_times, checks, began, load_seconds)


def summary(args, failures, stats, ledger, kills, restart_times, checks, began, load_seconds):
    c = stats.counts
    acknowledged = checks.get("acknowledged", ledger.acknowledged)
    with_attachment = sum(1 for e in acknowledged if e["attachment"])
    in_flight_total = sum(sum(k.values()) for k in kills)
    log("")
    log("== crash loop summary")
    log(f"   database                                  {'PostgreSQL' if args.database_url else 'SQLite'}")
    log(f"   clients                                   {args.clients}")
    log(f"   kills (SIGKILL of the server)             {len(kills)}")
    log(f"   requests in flight at the kills           {in_flight_total} "
        f"({sum(k.get('registration', 0) for k in kills)} registrations, {sum(k.get('upload', 0) for k in kills)} uploads; "
        f"per kill: {', '.join(str(sum(k.values())) for k in kills) or '-'})")
    if restart_times:
        log(f"   restart time after a kill                 {min(restart_times):.2f}-{max(restart_times):.2f} s")
    log(f"   load duration                             {load_seconds:.1f} s")
    log(f"   registrations acknowledged                {len(acknowledged)} "
        f"({c['registrations acknowledged (keyed)']} with Idempotency-Key, {c['registrations acknowledged (no key)']} without)"
        f", {len(acknowledged) / load_seconds:.1f}/s")
    log(f"   attachments acknowledged                  {with_attachment} "
        f"({c['upload bytes acknowledged'] / 1e6:.0f} MB; {c['uploads lost in flight but stored']} confirmed by a look-up after a lost answer)")
    log(f"   registrations lost in flight              {c['registrations lost in flight']} "
        f"(keyed ones retried with the same key: {c['keyed registrations retried']}, of which answered by a replay: {c['idempotent replays']})")
    log(f"   uploads lost in flight                    {c['uploads lost in flight']}")
    log(f"   keyed requests repeated on purpose        {c['deliberate replays matched'] + c['deliberate replays wrong']} "
        f"({c['deliberate replays matched']} replayed the recorded answer, {c['deliberate replays matched across a kill']} "
        f"of them acknowledged before a kill; {c['deliberate replays wrong']} did not)")
    other = {k: v for k, v in c.items() if "answered" in k}
    if other:
        log(f"   unexpected answers                        {other}")
    for what, status, body in stats.unexpected[:10]:
        log(f"      {what} -> {status}: {body}")
    if stats.unexpected:
        failures.append(f"{len(stats.unexpected)} unexpected answers or client errors during the load")
    if checks:
        listed, db_total = checks["listed"], checks["db_total"]
        log(f"   records listed through the API            {listed} "
            f"({', '.join(f'{k} {v[0]}' for k, v in checks['announced'].items())}); in the database {db_total}")
        log(f"   unacknowledged but present (fine)         {checks['unacknowledged_present']} "
            f"of {checks['unknown_outcomes']} unkeyed registrations whose answer was lost")
        log(f"   acknowledged but missing or damaged       {len(checks['missing_or_damaged'])}")
        log(f"   acknowledged but not listed               {len(checks['not_listed'])}")
        log(f"   duplicated references                     {len(checks['duplicated_references'])} (API), "
            f"{checks['db_duplicates']} (database)")
        log(f"   duplicated sequence numbers               {len(checks['duplicated_numbers'])}")
        log(f"   registered twice (same request)           {len(checks['registered_twice'])}")
        log(f"   records nobody asked for                  {len(checks['never_asked'])}")
        log(f"   gaps in series                            {sum(len(v) for v in checks['gaps'].values())} "
            f"{dict(list(checks['gaps'].items())[:5]) if checks['gaps'] else ''}")
        for series, year, count, distinct, lowest, highest, counter in checks["db_rows"]:
            log(f"      {series} {year}: {count} records, numbers {lowest}..{highest}, counter {counter}")
        log(f"   counter or numbering problems (database)  {len(checks['counter_problems'])} {checks['counter_problems'][:5] or ''}")
        log(f"   stored files                              {checks['db_blobs']} known, "
            f"{checks['blobs_missing_on_disk']} missing on disk")
        log(f"   files left behind by the kills            {checks['orphan_files'][0]} unreferenced blobs "
            f"({checks['orphan_files'][1] / 1e6:.1f} MB), {checks['temporary_files'][0]} partial uploads in blobs/tmp "
            f"({checks['temporary_files'][1] / 1e6:.1f} MB): never read, never cleaned up")
        audit_status, audit_output, audit_seconds = checks["audit"]
        blobs_status, blobs_output, blobs_seconds = checks["blobs"]
        log(f"   chancery audit verify                     exit {audit_status} in {audit_seconds:.1f} s: "
            f"{audit_output.splitlines()[-1] if audit_output else ''}")
        log(f"   chancery verify-blobs                     exit {blobs_status} in {blobs_seconds:.1f} s: "
            f"{blobs_output.splitlines()[-1] if blobs_output else ''}")
        if checks["missing_or_damaged"]:
            failures.append(f"{len(checks['missing_or_damaged'])} acknowledged registrations missing or damaged")
        if checks["not_listed"]:
            failures.append(f"{len(checks['not_listed'])} acknowledged registrations absent from the listing")
        if checks["duplicated_references"] or checks["db_duplicates"]:
            failures.append("duplicated references")
        if checks["duplicated_numbers"]:
            failures.append("duplicated sequence numbers")
        if checks["registered_twice"]:
            failures.append(f"{len(checks['registered_twice'])} requests registered twice (idempotency)")
        if checks["never_asked"]:
            failures.append(f"{len(checks['never_asked'])} records that no client asked for")
        if checks["gaps"]:
            failures.append("gaps in the series")
        if checks["counter_problems"]:
            failures.append("reference counters disagree with the records")
        if listed != db_total:
            failures.append(f"the API lists {listed} records, the database holds {db_total}")
        if checks["blobs_missing_on_disk"]:
            failures.append(f"{checks['blobs_missing_on_disk']} stored files missing on disk")
        if audit_status != 0:
            failures.append("chancery audit verify failed: " + audit_output[-500:])
        if blobs_status != 0:
            failures.append("chancery verify-blobs failed: " + blobs_output[-500:])
    log(f"   elapsed                                   {time.monotonic() - began:.1f} s")
    log("")
    if failures:
        log("RESULT: FAILURE")
        for failure in failures:
            log(f"   - {failure}")
        return 1
    log("RESULT: PASS (every acknowledged registration present and intact, no duplicate, no gap, "
        "audit chain and stored files verified)")
    return 0


def guarded_main():
    """main(), making sure no server process outlives the driver whatever happens."""
    try:
        return main()
    finally:
        for server in Server.running:
            if server.process is not None and server.process.poll() is None:
                server.process.kill()
                server.process.wait()


if __name__ == "__main__":
    sys.exit(guarded_main())
