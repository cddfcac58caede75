"""The figures of a scripts/fuzz-api.sh run, from schemathesis's NDJSON report and the server's log.

    python3 scripts/harness/fuzz/summary.py --report-dir DIR --server-log FILE --server-alive 1 \
        --schemathesis-rc 0 [--engine sqlite] [--max-examples N] [--phases LIST]

Prints, per operation, how many requests were sent and the status codes they got (so that a run whose
requests all end in 404 or 400 shows it), then the totals: operations tested, requests, failed checks,
500s in the server log. Exits 1 when schemathesis failed, a check failed, the server logged an unexpected
error or died; 0 otherwise. Standard library only.
"""

import argparse
import collections
import glob
import json
import re
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report-dir", required=True)
    parser.add_argument("--server-log", required=True)
    parser.add_argument("--server-alive", type=int, required=True)
    parser.add_argument("--schemathesis-rc", type=int, required=True)
    parser.add_argument("--engine", default="sqlite")
    parser.add_argument("--max-examples", default="?")
    parser.add_argument("--phases", default="?")
    args = parser.parse_args()

    statuses = collections.defaultdict(collections.Counter)  # operation -> status code -> requests
    failures = collections.defaultdict(set)  # operation -> names of the checks that failed
    errors = []  # schemathesis's own errors (e.g. an unreachable server)
    seed = running_time = None
    reports = sorted(glob.glob(f"{args.report_dir}/*.ndjson"))
    for path in reports[-1:]:
        for line in open(path):
            event = json.loads(line)
            kind, body = next(iter(event.items()))
            if kind == "Initialize":
                seed = body.get("seed")
            elif kind == "EngineFinished":
                running_time = body.get("running_time")
            elif kind == "NonFatalError" or kind == "FatalError":
                errors.append(body.get("info", {}).get("message") or json.dumps(body)[:300])
            elif kind == "ScenarioFinished":
                recorder = body.get("recorder") or {}
                label = recorder.get("label", "?")
                for interaction in (recorder.get("interactions") or {}).values():
                    response = interaction.get("response") or {}
                    statuses[label][response.get("status_code", "no answer")] += 1
                for checks in (recorder.get("checks") or {}).values():
                    for check in checks:
                        if check.get("status") == "failure":
                            failures[label].add(check.get("name"))

    log = open(args.server_log, errors="replace").read()
    incidents = [line for line in log.splitlines() if "Request failed" in line or "Fatal error" in line]

    print(f"{'operation':<58} {'requests':>8}  status codes")
    for label in sorted(statuses, key=lambda text: (text.split(" ", 1)[-1], text)):
        codes = statuses[label]
        shown = ", ".join(f"{code}×{count}" for code, count in sorted(codes.items(), key=lambda item: str(item[0])))
        flag = "  FAILED: " + ", ".join(sorted(failures[label])) if failures[label] else ""
        print(f"{label:<58} {sum(codes.values()):>8}  {shown}{flag}")

    requests = sum(sum(codes.values()) for codes in statuses.values())
    by_class = collections.Counter()
    for codes in statuses.values():
        for code, count in codes.items():
            by_class[f"{str(code)[0]}xx" if isinstance(code, int) else str(code)] += count
    failed_checks = sum(len(names) for names in failures.values())
    print()
    print(f"engine: {args.engine}; phases: {args.phases}; max examples per operation: {args.max_examples}; seed: {seed}")
    operations = [label for label in statuses if re.match(r"(GET|POST|PUT|PATCH|DELETE) /", label)]
    print(f"operations tested: {len(operations)} (+ {len(statuses) - len(operations)} stateful scenario group)")
    print(f"requests sent: {requests} (" + ", ".join(f"{name}: {count}" for name, count in sorted(by_class.items())) + ")")
    reached = [label for label in operations if any(str(code).startswith("2") for code in statuses[label])]
    print(f"operations that reached a 2xx answer: {len(reached)} of {len(operations)}; never: "
          + (", ".join(sorted(set(operations) - set(reached))) or "none"))
    print(f"failed checks (operation × check): {failed_checks}")
    print(f"schemathesis errors: {len(errors)}")
    for error in errors:
        print(f"  {error}")
    print(f"server errors logged (500 incidents): {len(incidents)}")
    for line in incidents[:20]:
        print(f"  {line[:400]}")
    print(f"server still running at the end: {'yes' if args.server_alive else 'NO'}")
    if running_time is not None:
        print(f"schemathesis running time: {running_time:.0f} s")

    ok = args.schemathesis_rc == 0 and not failed_checks and not errors and not incidents and args.server_alive and requests
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
