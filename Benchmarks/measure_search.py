#!/usr/bin/env python3
"""Times the search API for several principals over a query mix.

    measure_search.py --base URL --password P --users a,b --queries FILE --rounds R [--pid PID] [--json OUT]

Signs each user in (POST /api/v1/auth/token), then runs every query of FILE R times as that user (after
--warmup rounds that are checked but not timed) through
`GET /api/v1/search?q=<query>&limit=20` over one keep-alive connection, and checks that each answer is 200
with `total`, `hits` and `facets`. Prints p50 / p95 / p99 / max in milliseconds per user over all its
requests, the average `total` of each query per user and, with --pid, the server's peak resident memory
(VmRSS sampled every 20 ms during the run). --json writes the figures for scripts/bench-search.sh.
Standard library only. Not part of the test suite.
"""
import argparse
import http.client
import json
import socket
import sys
import threading
import time
import urllib.parse


def read_queries(path):
    queries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                queries.append(line)
    return queries


class Client:
    """One keep-alive HTTP/1.1 connection; reconnects once if the server closed it."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or (443 if url.scheme == "https" else 80)
        self.https = url.scheme == "https"
        self.prefix = url.path.rstrip("/")
        self.connection = None

    def _connect(self):
        cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        self.connection = cls(self.host, self.port, timeout=300)
        self.connection.connect()
        # Requests are small: send them at once rather than wait for the server's delayed ACK.
        self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def request(self, method, path, body=None, token=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            body = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        for attempt in (0, 1):
            if self.connection is None:
                self._connect()
            try:
                self.connection.request(method, self.prefix + path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return response.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


class MemorySampler(threading.Thread):
    """Samples VmRSS of a process from /proc every `interval` seconds; keeps the maximum (kB)."""

    def __init__(self, pid, interval=0.02):
        super().__init__(daemon=True)
        self.path, self.interval = f"/proc/{pid}/status", interval
        self.peak_kb, self.first_kb, self.samples = 0, None, 0
        self.stopped = threading.Event()

    def read(self):
        try:
            with open(self.path) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError, ValueError):
            return None
        return None

    def run(self):
        while not self.stopped.is_set():
            kb = self.read()
            if kb is not None:
                if self.first_kb is None:
                    self.first_kb = kb
                self.peak_kb = max(self.peak_kb, kb)
                self.samples += 1
            self.stopped.wait(self.interval)

    def stop(self):
        self.stopped.set()
        self.join()
        kb = self.read()  # one last look
        if kb is not None:
            self.peak_kb = max(self.peak_kb, kb)


def percentile(sorted_samples, fraction):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_samples:
        return float("nan")
    rank = max(1, -(-len(sorted_samples) * fraction // 1))  # ceil(n * fraction), at least 1
    return sorted_samples[int(rank) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--password", required=True)
    parser.add_argument("--users", required=True, help="comma-separated user names")
    parser.add_argument("--queries", required=True, help="one query per line, # comments")
    parser.add_argument("--rounds", type=int, default=5, help="times each query is run per user")
    parser.add_argument("--warmup", type=int, default=0,
                        help="rounds run first per user and not timed (their answers are checked too)")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--pid", type=int, help="server process whose peak VmRSS is reported")
    parser.add_argument("--json", help="write the summary as JSON to this file")
    args = parser.parse_args()

    queries = read_queries(args.queries)
    users = [u for u in args.users.split(",") if u]
    if not queries or not users:
        parser.error("no queries or no users")
    client = Client(args.base)
    tokens = {}
    for user in users:
        status, data = client.request("POST", "/api/v1/auth/token", {"username": user, "password": args.password})
        if not 200 <= status < 300:  # 201 Created
            sys.exit(f"sign-in of {user} failed: {status} {data[:300]!r}")
        tokens[user] = json.loads(data)["token"]

    sampler = MemorySampler(args.pid) if args.pid else None
    if sampler:
        sampler.start()
    failures = 0
    results = {}
    started = time.perf_counter()
    for user in users:
        samples, totals, times = [], {q: [] for q in queries}, {q: [] for q in queries}
        paths = {q: f"/api/v1/search?q={urllib.parse.quote(q, safe='')}&limit={args.limit}" for q in queries}
        for round_number in range(args.warmup + args.rounds):
            for query in queries:
                begin = time.perf_counter()
                status, data = client.request("GET", paths[query], token=tokens[user])
                elapsed = (time.perf_counter() - begin) * 1000
                problem = None
                if status != 200:
                    problem = f"HTTP {status}"
                else:
                    try:
                        body = json.loads(data)
                        missing = [k for k in ("total", "hits", "facets") if k not in body]
                        if missing:
                            problem = "no " + ", ".join(missing) + " in the answer"
                    except ValueError:
                        problem = "answer is not JSON"
                if problem:
                    failures += 1
                    if failures <= 10:
                        print(f"{user} {query!r}: {problem}: {data[:300]!r}", file=sys.stderr)
                    continue
                if round_number < args.warmup:
                    continue
                samples.append(elapsed)
                totals[query].append(body["total"])
                times[query].append(elapsed)
        samples.sort()
        results[user] = {
            "requests": len(samples),
            "p50": percentile(samples, 0.50), "p95": percentile(samples, 0.95),
            "p99": percentile(samples, 0.99), "max": samples[-1] if samples else float("nan"),
            "totals": {q: (sum(t) / len(t) if t else None) for q, t in totals.items()},
            "medians": {q: (percentile(sorted(t), 0.5) if t else None) for q, t in times.items()},
        }
    wall = time.perf_counter() - started
    if sampler:
        sampler.stop()

    print(f"{len(queries)} queries x {args.rounds} rounds per user (after {args.warmup} warm-up), limit={args.limit},"
          f" {wall:.1f}s in all")
    print(f"{'user':<12} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for user, r in results.items():
        print(f"{user:<12} {r['requests']:>8} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {r['max']:>8.1f}")
    print()
    width = max(len(q) for q in queries)
    print(f"{'query':<{width}}  " + "  ".join(f"{u + ': avg total, p50 ms':>30}" for u in users))
    for query in queries:
        cells = []
        for user in users:
            total, median = results[user]["totals"][query], results[user]["medians"][query]
            cells.append(f"{'failed':>30}" if total is None else f"{total:>21.0f} {median:>8.1f}")
        print(f"{query:<{width}}  " + "  ".join(cells))
    summary = {"queries": len(queries), "rounds": args.rounds, "failures": failures,
               "users": {u: {k: r[k] for k in ("requests", "p50", "p95", "p99", "max", "totals", "medians")}
                         for u, r in results.items()}}
    if sampler:
        peak_mb = sampler.peak_kb / 1024
        start_mb = (sampler.first_kb or 0) / 1024
        print(f"\nserver (pid {args.pid}) VmRSS: {start_mb:.0f} MB at the start, {peak_mb:.0f} MB at most "
              f"({sampler.samples} samples)")
        summary["rss_start_mb"], summary["rss_max_mb"] = start_mb, peak_mb
    if failures:
        print(f"\n{failures} requests failed", file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
