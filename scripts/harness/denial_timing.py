"""Times a refused read of an existing object against a read of an id that does not exist (issue 13, item 3).

Both must do the same work (one `access.denied` event each), so their medians should be alike. Standard library
only; one keep-alive connection; the two kinds of request alternate so that drift affects both equally.
"""
import argparse
import http.client
import json
import random
import statistics
import string
import sys
import time

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def sign_in(conn, username, password):
    body = json.dumps({"username": username, "password": password})
    conn.request("POST", "/api/v1/auth/token", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    if response.status != 201:
        sys.exit(f"sign-in of {username} refused: {response.status} {data[:200]!r}")
    return json.loads(data)["token"]


def get(conn, path, token):
    conn.request("GET", path, headers={"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    return response.status, response.read()


def missing_id():
    millis = int(time.time() * 1000)
    head = ""
    for _ in range(10):
        head = CROCKFORD[millis & 31] + head
        millis >>= 5
    return head + "".join(random.choice(CROCKFORD) for _ in range(16))


def out_of_reach(conn, owner_token, prober_token):
    """An object the owner may read and the prober may not."""
    status, body = get(conn, "/api/v1/objects?limit=100", owner_token)
    if status != 200:
        sys.exit(f"listing as the owner failed: {status}")
    for item in json.loads(body)["items"]:
        if get(conn, f"/api/v1/objects/{item['id']}", prober_token)[0] == 404:
            return item["id"]
    sys.exit("no object of the owner is out of the prober's reach")


def summary(samples):
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 3),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", default="http://127.0.0.1:8080")
    parser.add_argument("--owner", default="registry")
    parser.add_argument("--prober", default="visitor")
    parser.add_argument("--password", default="chancery-demo")
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    host_port = args.base_url.split("://", 1)[1].rstrip("/")
    conn = http.client.HTTPConnection(host_port, timeout=30)
    owner = sign_in(conn, args.owner, args.password)
    prober = sign_in(conn, args.prober, args.password)
    refused_id = out_of_reach(conn, owner, prober)
    timings = {"refused (exists, out of reach)": [], "absent (no such id)": []}
    for index in range(args.requests * 2):
        kind = list(timings)[index % 2]
        path = f"/api/v1/objects/{refused_id if index % 2 == 0 else missing_id()}"
        start = time.perf_counter()
        status, _ = get(conn, path, prober)
        timings[kind].append(time.perf_counter() - start)
        if status != 404:
            sys.exit(f"{path} answered {status}, expected 404")
    print(f"{args.requests} requests of each kind, alternating, one keep-alive connection, as {args.prober}")
    for kind, samples in timings.items():
        figures = summary(samples)
        print(f"  {kind:32} median {figures['median_ms']:7.3f} ms  p95 {figures['p95_ms']:7.3f} ms  mean {figures['mean_ms']:7.3f} ms")
    medians = [statistics.median(samples) for samples in timings.values()]
    print(f"  ratio of medians (refused / absent): {medians[0] / medians[1]:.3f}")


if __name__ == "__main__":
    main()
