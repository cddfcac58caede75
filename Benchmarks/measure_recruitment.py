#!/usr/bin/env python3
"""Recruitment at 10,000 applications to one vacancy: the screening list page and the funnel report.

    python3 Benchmarks/measure_recruitment.py --bin .build/release/chancery [--applications 10000]
        [--database-url postgres://…/db] [--repeat 30]

A fresh installation (its own data directory; PostgreSQL when --database-url names an empty database): an
assistant and the head of recruitment, one vacancy imported from a sample notice and published, N applications
through the public API (each from its own address behind a trusted proxy, so the per-address limit does not
throttle the load), then screening in bulk through the API: 60 % eligible, of them half on the long list and a
third of those on the short list, 15 % rejected. Then each measured request is timed `--repeat` times and the
min / median / p95 / max printed: the screening page (first page, and filtered to the long list), the screening
API page, the competition's report page and API (the funnel, times, distributions), the overview and the
dashboard. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "benchmark-password"
NATIONS = ["BEL", "FRA", "DEU", "ITA", "NLD", "POL", "ESP", "PRT", "GBR", "USA", "CAN", "NOR", "DNK", "ROU", "GRC"]
GENDERS = ["female", "male", "female", "male", "undisclosed", "other"]
SOURCES = ["headquarters-website", "national-authority", "job-board", "social-media", "colleague", "other"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, base: str):
        self.base = base

    def call(self, method: str, path: str, body=None, token=None, headers=None, raw=False):
        data = None
        request = urllib.request.Request(self.base + path, method=method)
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        elif isinstance(body, str):
            data = body.encode()
            request.add_header("Content-Type", "text/plain; charset=utf-8")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, data=data, timeout=120) as reply:
                text = reply.read().decode()
                return reply.status, (text if raw else (json.loads(text) if text else None)), reply.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers


def timed(fn, repeat: int) -> dict:
    fn()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"min": times[0], "median": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))],
            "max": times[-1]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=str(ROOT / ".build" / "release" / "chancery"))
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--database-url")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="chancery-recruitment-bench-"))
    env = dict(os.environ, CHANCERY_DATA_DIR=str(work / "data"), CHANCERY_BCRYPT_COST="4",
               CHANCERY_TRUSTED_PROXIES="127.0.0.1", CHANCERY_SECURE_COOKIES="false")
    if args.database_url:
        env["CHANCERY_DATABASE_URL"] = args.database_url
    server = None
    try:
        subprocess.run([args.bin, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
        for name, extra in [
            ("rita", ["--clearance", "NR", "--nationality", "ITA", "--categories", "RECRUITMENT", "--units", "CHR",
                      "--roles", "recruitment.assistant"]),
            ("helene", ["--clearance", "NR", "--nationality", "BEL", "--categories", "RECRUITMENT", "--units", "CHR",
                        "--roles", "recruitment.head"]),
        ]:
            subprocess.run([args.bin, "user", "create", "--username", name, *extra], env=env, check=True,
                           input=PASSWORD + "\n", text=True, stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen([args.bin, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                  stderr=open(work / "server.log", "w"))
        client = Client(f"http://127.0.0.1:{port}")
        for _ in range(300):
            try:
                if client.call("GET", "/healthz", raw=True)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        token = client.call("POST", "/api/v1/auth/token", {"username": "rita", "password": PASSWORD})[1]["token"]
        head = client.call("POST", "/api/v1/auth/token", {"username": "helene", "password": PASSWORD})[1]["token"]

        notice = (ROOT / "Tests/RecruitmentTests/Fixtures/shape-budget-assistant.txt").read_text()
        deadline = time.strftime("%d %B %Y", time.gmtime(time.time() + 60 * 86400))
        notice = re.sub(r"\d{1,2} [A-Z][a-z]+ 20\d\d", deadline, notice)
        status, vacancy, _ = client.call("POST", "/api/v1/recruitment/vacancies/import", notice, token=token)
        assert status == 201, vacancy
        vid = vacancy["id"]
        status, published, _ = client.call("POST", f"/api/v1/recruitment/vacancies/{vid}/publish", {}, token=token)
        assert status == 200, published

        rng = random.Random(20261207)
        start = time.perf_counter()
        ids = []
        for n in range(args.applications):
            body = {"familyName": f"Candidate{n:05d}", "givenNames": rng.choice(["Anne", "Jan", "Maria", "Piotr"]),
                    "email": f"c{n}@example.org", "dateOfBirth": f"19{rng.randint(60, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    "nationality": rng.choice(NATIONS), "gender": rng.choice(GENDERS), "source": rng.choice(SOURCES),
                    "languages": [{"language": "en", "level": "V"}, {"language": "fr", "level": "III"}]}
            forwarded = f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
            status, receipt, _ = client.call("POST", f"/api/v1/public/vacancies/{vid}/applications", body,
                                             headers={"X-Forwarded-For": forwarded})
            assert status == 201, receipt
            ids.append(receipt["id"])
        loaded = time.perf_counter() - start
        print(f"{args.applications} applications through the public API in {loaded:.0f} s "
              f"({args.applications / loaded:.0f}/s)")

        def bulk(selected, stage, reason=None):
            for i in range(0, len(selected), 500):
                body = {"applications": selected[i:i + 500], "stage": stage}
                if reason:
                    body["reason"] = reason
                status, reply, _ = client.call("POST", f"/api/v1/recruitment/vacancies/{vid}/screening/bulk", body,
                                               token=token)
                assert status == 200, reply

        rng.shuffle(ids)
        eligible = ids[: int(0.6 * len(ids))]
        rejected = ids[int(0.6 * len(ids)): int(0.75 * len(ids))]
        start = time.perf_counter()
        bulk(eligible, "eligible")
        bulk(eligible[: len(eligible) // 2], "long-list")
        bulk(eligible[: len(eligible) // 6], "short-list")
        bulk(rejected, "rejected", "Does not hold the degree the notice requires.")
        print(f"screened in bulk in {time.perf_counter() - start:.0f} s")
        # the planner's statistics as autovacuum (PostgreSQL) or an operator's ANALYZE (SQLite) leaves them after a
        # load: measured without it, PostgreSQL's statistics taken mid-load picked a plan 25 times slower
        if args.database_url:
            subprocess.run(["psql", args.database_url, "-qc", "ANALYZE"], check=True)
        else:
            import sqlite3
            with sqlite3.connect(work / "data" / "chancery.sqlite") as db:
                db.execute("ANALYZE")

        # the web session of the assistant
        page = urllib.request.urlopen(client.base + "/login")
        login = re.search(r"chancery_login=([^;]+)", page.headers.get("Set-Cookie") or "").group(1)
        form = urllib.parse.urlencode({"_csrf": login, "username": "rita", "password": PASSWORD}).encode()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *a, **k):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        request = urllib.request.Request(client.base + "/login", data=form, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"chancery_login={login}"})
        try:
            reply = opener.open(request)
            cookies = reply.headers.get_all("Set-Cookie")
        except urllib.error.HTTPError as redirect:
            cookies = redirect.headers.get_all("Set-Cookie")
        session = next(re.search(r"chancery_session=([^;]+)", c).group(1) for c in cookies if "chancery_session=" in c)
        web = {"Cookie": f"chancery_session={session}"}

        def page_of(path, headers=web):
            status, text, _ = client.call("GET", path, headers=headers, raw=True)
            assert status == 200, (path, status, text[:300])

        def api(path, who=token):
            status, text, _ = client.call("GET", path, token=who, raw=True)
            assert status == 200, (path, status, text[:300])

        measured = [
            ("screening page, first 50 (web)", lambda: page_of(f"/recruitment/vacancies/{vid}/screening")),
            ("screening page, long list (web)", lambda: page_of(f"/recruitment/vacancies/{vid}/screening?stage=long-list")),
            ("screening API, first 50", lambda: api(f"/api/v1/recruitment/vacancies/{vid}/screening?limit=50")),
            ("funnel report page (web)", lambda: page_of(f"/recruitment/reports/{vid}")),
            ("funnel report API", lambda: api(f"/api/v1/recruitment/reports/{vid}")),
            ("reports overview API", lambda: api("/api/v1/recruitment/reports")),
            ("dashboard API (head)", lambda: api("/api/v1/recruitment/dashboard", head)),
        ]
        engine = "PostgreSQL" if args.database_url else "SQLite"
        print(f"== {args.applications} applications, {engine}, {args.bin}, "
              f"{args.repeat} requests each (ms) ==")
        print(f"{'request':36} {'min':>8} {'median':>8} {'p95':>8} {'max':>8}")
        for name, fn in measured:
            t = timed(fn, args.repeat)
            print(f"{name:36} {t['min']:8.1f} {t['median']:8.1f} {t['p95']:8.1f} {t['max']:8.1f}")
        status, report, _ = client.call("GET", f"/api/v1/recruitment/reports/{vid}", token=token)
        print("funnel:", json.dumps(report["funnel"], sort_keys=True))
        return 0
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
