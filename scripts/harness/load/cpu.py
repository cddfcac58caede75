#!/usr/bin/env python3
"""Where the CPU goes during a load phase (scripts/load.sh runs it beside wrk).

    python3 scripts/harness/load/cpu.py --seconds 25 --out cpu.json server=PID wrk=PID postgres=PID+

Reads /proc at the start and after --seconds, and writes as JSON (and prints one line) the cores each named
process used on average (NAME=PID+ adds the process's children, e.g. PostgreSQL's backends), the busiest
threads of the first process (a thread near 1.0 core is a serial bottleneck), and how busy the whole
machine was: busy minus interrupts (loopback networking), time stolen by a hypervisor and the named
processes is what other jobs took. Linux only; standard library.
"""
import argparse
import json
import os
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ticks(stat_path):
    try:
        with open(stat_path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError):
        return 0


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def snapshot(targets):
    processes = {}
    for name, (pid, with_children) in targets.items():
        pids = [pid] + (children(pid) if with_children else [])
        processes[name] = {p: cpu_ticks(f"/proc/{p}/stat") for p in pids}
    first_pid = next(iter(targets.values()))[0]
    threads = {}
    try:
        for tid in os.listdir(f"/proc/{first_pid}/task"):
            try:
                with open(f"/proc/{first_pid}/task/{tid}/comm") as f:
                    comm = f.read().strip()
            except OSError:
                continue
            threads[tid] = (comm, cpu_ticks(f"/proc/{first_pid}/task/{tid}/stat"))
    except OSError:
        pass
    with open("/proc/stat") as f:
        # user nice system idle iowait irq softirq steal (guest time is already counted in user)
        user, nice, system, _idle, _iowait, irq, softirq, steal = [int(v) for v in f.readline().split()[1:9]]
    machine = {"busy": user + nice + system + irq + softirq + steal, "interrupts": irq + softirq, "steal": steal}
    return processes, threads, machine, time.monotonic()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("targets", nargs="+", help="NAME=PID, or NAME=PID+ to add its children")
    args = parser.parse_args()
    targets = {}
    for item in args.targets:
        name, pid = item.split("=", 1)
        targets[name] = (int(pid.rstrip("+")), pid.endswith("+"))

    before = snapshot(targets)
    time.sleep(args.seconds)
    after = snapshot(targets)
    wall = after[3] - before[3]

    def cores(ticks):
        return round(ticks / TICKS / wall, 2)

    result = {"seconds": round(wall, 1), "machine_cores": os.cpu_count(),
              "machine_busy_cores": cores(after[2]["busy"] - before[2]["busy"]),
              "interrupts_cores": cores(after[2]["interrupts"] - before[2]["interrupts"]),
              "steal_cores": cores(after[2]["steal"] - before[2]["steal"])}
    for name in targets:
        # A process that ended before the second reading (ticks 0) counts as nothing, not as negative time.
        result[name + "_cores"] = cores(sum(max(0, t - before[0][name].get(p, 0)) for p, t in after[0][name].items()))
    busiest = sorted(((after[1][tid][1] - before[1].get(tid, ("", 0))[1], after[1][tid][0], tid) for tid in after[1]),
                     reverse=True)[:4]
    result["server_threads"] = [{"thread": f"{comm}/{tid}", "cores": cores(ticks)} for ticks, comm, tid in busiest]
    result["others_cores"] = round(result["machine_busy_cores"] - result["interrupts_cores"] - result["steal_cores"]
                                   - sum(result[n + "_cores"] for n in targets), 2)
    with open(args.out, "w") as f:
        json.dump(result, f)
    named = ", ".join(f"{n} {result[n + '_cores']}" for n in targets)
    threads = ", ".join(f"{t['thread']} {t['cores']}" for t in result["server_threads"])
    print(f"cpu over {result['seconds']} s (cores of {result['machine_cores']}): machine {result['machine_busy_cores']}"
          f" = {named}, interrupts {result['interrupts_cores']}, stolen by the hypervisor {result['steal_cores']},"
          f" other processes {result['others_cores']}; busiest server threads: {threads}")


if __name__ == "__main__":
    main()
