#!/usr/bin/env python3
"""Backup and restore round trip of scripts/backup-roundtrip.sh (issue 5, item 6). Standard library only.

Starts `chancery serve` on a scratch installation, registers N records with an attachment each (random
bytes, 16 KB to 1 MB) through the API, then runs `chancery backup` WHILE client threads keep registering,
restores the archive into a new data directory (and, for PostgreSQL, a new empty database) with
`chancery restore` (which verifies the audit chain and every stored file), and compares the copy with the
original row by row: every object, record, attachment and audit event of the copy is in the original,
unchanged, and the copy's audit chain is a prefix of the original's.

    python3 scripts/harness/backup_roundtrip.py --binary BIN --data-dir DIR [--database-url URL
        --restore-database-url URL2 --psql PSQL] [--records 2000] [--clients 4]
"""

import argparse
import concurrent.futures
import json
import os
import random
import subprocess
import sys
import threading
import time
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crash_loop as cl  # noqa: E402  (Server, Client, setup, database_rows)

COMPARED = {
    "objects": "SELECT id, version, title, label_json FROM objects ORDER BY id",
    "records": "SELECT object_id, reference, series, seq FROM records ORDER BY object_id",
    "attachments": "SELECT id, sha256, size FROM attachments ORDER BY id",
    "audit events": "SELECT seq, hash FROM audit_events ORDER BY seq",
}


def register(client, rng, title):
    body = json.dumps({"title": title, "series": rng.choice(sorted(cl.SERIES)), "recordType": "memorandum",
                       "label": {"classification": "NU"}, "originator": "backup round trip"}).encode()
    status, _, data = client.call("POST", "/api/v1/records", body, {"Content-Type": "application/json"})
    if status != 201:
        raise RuntimeError(f"registration answered {status}: {data[:200]!r}")
    record = json.loads(data)
    size = rng.randint(16 * 1024, 1024 * 1024)
    content = cl.PNG_SIGNATURE + os.urandom(size - len(cl.PNG_SIGNATURE))
    status, _, data = client.call("POST", f"/api/v1/records/{record['id']}/attachments?filename=scan.png",
                                  content, {"Content-Type": "image/png"})
    if status != 201:
        raise RuntimeError(f"upload answered {status}: {data[:200]!r}")
    return size


def cli(binary, *words):
    began = time.monotonic()
    result = subprocess.run([binary, *words], capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip(), time.monotonic() - began


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--restore-database-url")
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    engine = "PostgreSQL" if args.database_url else "SQLite"
    work = os.path.dirname(os.path.abspath(args.data_dir))
    server = cl.Server(args, cl.free_port(), os.path.join(work, "server.log"))
    token = cl.setup(args, server)
    stats = cl.Stats()

    cl.log(f"== registering {args.records} records with attachments on {engine} ==")
    began = time.monotonic()
    total_bytes = 0
    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        futures = [pool.submit(register, cl.Client(server.port, token, stats), random.Random(n), f"round trip {n}")
                   for n in range(args.records)]
        for future in futures:
            total_bytes += future.result()
    cl.log(f"registered {args.records} records ({total_bytes / 1e6:.0f} MB of attachments) in {time.monotonic() - began:.0f} s")

    cl.log("== backup while registrations continue ==")
    stop = threading.Event()
    during = [0]

    def writer(number):
        client, rng = cl.Client(server.port, token, stats), random.Random(10_000 + number)
        n = 0
        while not stop.is_set():
            register(client, rng, f"during backup {number}-{n}")
            n += 1
            with stats.lock:
                during[0] += 1

    archive = os.path.join(work, "chancery-backup.tar")
    source = ["--data-dir", args.data_dir] + (["--database-url", args.database_url] if args.database_url else [])
    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        writers = [pool.submit(writer, n) for n in range(args.clients)]
        time.sleep(1)
        status, output, backup_seconds = cli(args.binary, "backup", "--to", archive, *source)
        stop.set()
        for future in writers:
            future.result()
    cl.log(output)
    if status != 0:
        raise RuntimeError(f"backup failed ({status})")
    manifest_line = output.splitlines()[-1]

    cl.log("== restore into a new data directory ==")
    restored_dir = os.path.join(work, "restored")
    target = ["--data-dir", restored_dir] + (["--database-url", args.restore_database_url] if args.restore_database_url else [])
    status, output, restore_seconds = cli(args.binary, "restore", "--from", archive, *target)
    cl.log(output)
    if status != 0:
        raise RuntimeError(f"restore failed ({status})")
    server.stop()

    cl.log("== comparing the copy with the original, row by row ==")
    original = types.SimpleNamespace(data_dir=args.data_dir, database_url=args.database_url, psql=args.psql)
    copy = types.SimpleNamespace(data_dir=restored_dir, database_url=args.restore_database_url, psql=args.psql)
    mismatches, compared = 0, {}
    for name, query in COMPARED.items():
        theirs = {str(row[0]): tuple(map(str, row)) for row in cl.database_rows(original, query)}
        ours = {str(row[0]): tuple(map(str, row)) for row in cl.database_rows(copy, query)}
        wrong = [key for key, row in ours.items() if theirs.get(key) != row]
        mismatches += len(wrong)
        compared[name] = (len(ours), len(theirs))
        cl.log(f"{name:13s} copy {len(ours):>8,}  original now {len(theirs):>8,}  differing {len(wrong)}")
    events = sorted(int(k) for k in {str(r[0]) for r in cl.database_rows(copy, COMPARED['audit events'])})
    prefix = events == list(range(1, len(events) + 1))

    size = os.path.getsize(archive)
    cl.log("")
    cl.log(f"== summary ({engine}, {time.strftime('%Y-%m-%d')}) ==")
    cl.log(f"installation at backup time:  {manifest_line.split(': ', 1)[-1]}")
    cl.log(f"archive:                      {size / 1e6:,.0f} MB")
    cl.log(f"backup (while serving):       {backup_seconds:.1f} s, {during[0]} registrations acknowledged meanwhile")
    cl.log(f"restore + verification:       {restore_seconds:.1f} s")
    cl.log(f"rows compared:                {sum(c[0] for c in compared.values()):,}, differing {mismatches}")
    cl.log(f"audit chain of the copy:      {'a gap-free prefix of the original' if prefix else 'NOT a prefix'}")
    ok = mismatches == 0 and prefix and during[0] > 0
    cl.log("RESULT: " + ("PASS" if ok else "FAILURE"))
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        for running in cl.Server.running:
            if running.process and running.process.poll() is None:
                running.process.kill()
