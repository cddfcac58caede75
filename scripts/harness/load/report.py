#!/usr/bin/env python3
"""Summary of a load run (scripts/load.sh calls it at the end; not useful on its own).

    python3 scripts/harness/load/report.py --work DIR --engine sqlite [--json FILE] ...

Reads what the run left in DIR (PHASE.json from the wrk scripts, PHASE.cpu.json from cpu.py,
PHASE.waits.json from pg_waits.py, setup.json,
verify.txt, failures.txt), prints the summary table and the derived figures (registrations per second
against the 1,000/s target, hello-world ÷ record GET), and writes all of it as one JSON object to --json.
"""
import argparse
import datetime
import json
import os
import platform
import re

PHASES = ["mixed", "registrations", "hello-world", "record-get", "record-get-audited"]
TARGET_REGISTRATIONS = 1000


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser()
    for name in ["--work", "--engine", "--connections", "--threads", "--records", "--mix", "--verify-seconds",
                 "--binary"]:
        parser.add_argument(name, required=True)
    parser.add_argument("--json")
    args = parser.parse_args()
    work = args.work

    phases = {}
    for name in PHASES:
        result = load(f"{work}/{name}.json")
        if result is not None:
            result["cpu"] = load(f"{work}/{name}.cpu.json")
            result["postgres_waits"] = load(f"{work}/{name}.waits.json")
            phases[name] = result
    verify = open(f"{work}/verify.txt").read().strip() if os.path.exists(f"{work}/verify.txt") else ""
    events = re.search(r"(\d+) events", verify)
    failures = [line for line in open(f"{work}/failures.txt").read().splitlines() if line.strip()] \
        if os.path.exists(f"{work}/failures.txt") else []

    summary = {
        "date": datetime.date.today().isoformat(), "engine": args.engine, "connections": int(args.connections),
        "wrk_threads": int(args.threads), "setup_records": int(args.records), "mix": args.mix,
        "machine": {"cores": os.cpu_count(), "kernel": platform.release(),
                    "cpu": next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                                 if line.startswith("model name")), "?")},
        "binary": args.binary, "setup": load(f"{work}/setup.json"), "phases": phases,
        "audit_verify": {"output": verify, "seconds": float(args.verify_seconds),
                         "events": int(events.group(1)) if events else None},
        "failures": failures, "passed": not failures,
    }

    print()
    print(f"Load run {summary['date']} on {args.engine}: {args.connections} connections, {args.threads} wrk threads, "
          f"{summary['machine']['cores']} cores ({summary['machine']['cpu']})")
    header = (f"{'phase':<20}{'requests':>10}{'req/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
              f"{'non-2xx':>9}{'sock err':>9}  {'CPU cores: server / postgres / wrk / irq+steal / other jobs'}")
    print(header)
    print("-" * len(header))
    for name, r in phases.items():
        lat, cpu = r["latency_ms"], r.get("cpu")
        cpu_text = (f"{cpu.get('server_cores', 0):.2f} / "
                    + (f"{cpu['postgres_cores']:.2f} / " if "postgres_cores" in cpu else "- / ")
                    + f"{cpu.get('wrk_cores', 0):.2f} / {cpu['interrupts_cores'] + cpu['steal_cores']:.2f} / "
                    f"{cpu['others_cores']:.2f}") if cpu else "-"
        print(f"{name:<20}{r['requests']:>10}{r['rps']:>10.1f}{lat['p50']:>9.2f}{lat['p95']:>9.2f}{lat['p99']:>9.2f}"
              f"{lat['max']:>9.1f}{r['non2xx']:>9}{sum(r['socket_errors'].values()):>9}  {cpu_text}")
    print()
    derived = {}
    if "mixed" in phases:
        sent = phases["mixed"]["sent"]
        total = sum(sent.values()) or 1
        print("mixed: requests sent by kind: " + ", ".join(f"{k} {v} ({100 * v / total:.0f}%)" for k, v in sorted(sent.items()))
              + f"; statuses {phases['mixed']['statuses']}")
    if "registrations" in phases:
        r = phases["registrations"]
        rate = r.get("acknowledged", 0) / r["seconds"]
        derived["registrations_per_second"] = round(rate, 1)
        derived["registrations_target_met"] = rate >= TARGET_REGISTRATIONS
        print(f"registrations: {rate:.0f}/s acknowledged (201) on one node, target {TARGET_REGISTRATIONS}/s "
              f"{'met' if rate >= TARGET_REGISTRATIONS else 'NOT met'}; records added {r.get('records_added')}, "
              f"object.create audit events added {r.get('object_create_added')}, audit events added "
              f"{r.get('audit_events_added')}")
        cpu = r.get("cpu")
        if cpu:
            threads = ", ".join(f"{t['thread']} {t['cores']:.2f}" for t in cpu["server_threads"])
            print(f"registrations: server busiest threads (cores): {threads}")
    for name, r in phases.items():
        waits = r.get("postgres_waits")
        if waits:
            print(f"{name}: postgres sessions in a transaction {waits['mean_busy_sessions']} on average, waiting on: "
                  + ", ".join(f"{k} {100 * v:.0f}%" for k, v in waits["waits"].items()))
    if "hello-world" in phases and "record-get" in phases:
        ratio = phases["hello-world"]["rps"] / max(phases["record-get"]["rps"], 0.1)
        derived["hello_world_over_record_get"] = round(ratio, 2)
        print(f"baseline: hello-world {phases['hello-world']['rps']:.0f} req/s ÷ record GET "
              f"{phases['record-get']['rps']:.0f} req/s = {ratio:.1f}")
        if "record-get-audited" in phases:
            audited = phases["hello-world"]["rps"] / max(phases["record-get-audited"]["rps"], 0.1)
            derived["hello_world_over_audited_record_get"] = round(audited, 2)
            print(f"baseline: hello-world ÷ audited (NS) record GET {phases['record-get-audited']['rps']:.0f} req/s "
                  f"= {audited:.1f}")
    print(f"audit verify ({summary['audit_verify']['seconds']} s): {verify.splitlines()[-1] if verify else '-'}")
    summary["derived"] = derived
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2, ensure_ascii=False)
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
