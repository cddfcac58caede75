#!/usr/bin/env python3
"""What PostgreSQL's busy sessions wait on during a load phase (scripts/load.sh --postgres runs it).

    python3 scripts/harness/load/pg_waits.py --port 55432 --database chancery_load --seconds 25 --out waits.json

Samples pg_stat_activity every 0.2 s and writes (and prints) the share of active sessions in each wait
event: "CPU" when running, "Lock:transactionid"/"Lock:tuple" when queued behind another transaction's row
lock (e.g. the audit chain's single head row), "Client:ClientRead" when waiting for the server's next
statement inside an open transaction. Standard library and psql only.
"""
import argparse
import collections
import json
import subprocess
import time

QUERY = """SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU')
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND state IN ('active', 'idle in transaction')"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    counts, samples = collections.Counter(), 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        out = subprocess.run(["psql", "-X", "-tA", "-h", "127.0.0.1", "-p", args.port, "-U", "postgres",
                              "-d", args.database, "-c", QUERY], capture_output=True, text=True).stdout
        counts.update(line for line in out.splitlines() if line)
        samples += 1
        time.sleep(0.2)
    total = sum(counts.values()) or 1
    result = {"samples": samples, "mean_busy_sessions": round(total / max(samples, 1), 1),
              "waits": {k: round(v / total, 3) for k, v in counts.most_common(6)}}
    with open(args.out, "w") as f:
        json.dump(result, f)
    print(f"postgres: {result['mean_busy_sessions']} sessions in a transaction on average; "
          + ", ".join(f"{k} {100 * v:.0f}%" for k, v in result["waits"].items()))


if __name__ == "__main__":
    main()
