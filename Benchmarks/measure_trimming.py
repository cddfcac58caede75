#!/usr/bin/env python3
"""Times security-trimmed lists and counts through the API for principals of different shapes.

Prints min / median / p95 / max in milliseconds per request kind and principal. Not part of the test suite.
"""
import argparse
import json
import statistics
import time
import urllib.request


def call(base, path, token=None, body=None):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None,
                                     method="POST" if body else "GET")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def timed(fn, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return result, (samples[0], statistics.median(samples), p95, samples[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--users", required=True, help="comma-separated user names (password: --password)")
    parser.add_argument("--password", required=True)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(f"{'principal':<12} {'request':<26} {'result':>9}   min / median / p95 / max (ms)")
    for user in args.users.split(","):
        token = call(args.base, "/api/v1/auth/token", body={"username": user, "password": args.password})["token"]
        page, first = timed(lambda: call(args.base, "/api/v1/objects?limit=50", token), args.repeat)
        counted, total = timed(lambda: call(args.base, "/api/v1/objects?limit=1&withTotal=true", token), args.repeat)
        cursor = page.get("nextCursor")
        for _ in range(9):
            if not cursor:
                break
            cursor = call(args.base, f"/api/v1/objects?limit=50&cursor={cursor}", token).get("nextCursor")
        deep = timed(lambda: call(args.base, f"/api/v1/objects?limit=50&cursor={cursor}", token), args.repeat)[1] \
            if cursor else None
        rows = [("first page (50)", f"{len(page['items'])} items", first),
                ("count (withTotal)", f"{counted['total']}", total)]
        if deep:
            rows.append(("11th page (50)", "", deep))
        for name, result, (lo, median, p95, hi) in rows:
            print(f"{user:<12} {name:<26} {result:>9}   {lo:.1f} / {median:.1f} / {p95:.1f} / {hi:.1f}")


if __name__ == "__main__":
    main()
