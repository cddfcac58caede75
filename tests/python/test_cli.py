"""The real `chancery` executable: accounts from the command line, and `audit verify` on a tampered chain."""
import os
import sqlite3
import subprocess

from conftest import server_binary

PASSWORD = "a long enough password"


def chancery(data_dir, *args, stdin=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHANCERY_")}
    env["CHANCERY_BCRYPT_COST"] = "4"
    return subprocess.run(
        [str(server_binary()), *args, "--data-dir", str(data_dir)],
        input=stdin, capture_output=True, text=True, env=env, timeout=120,
    )


def test_user_commands_read_the_password_from_stdin_and_change_accounts(tmp_path):
    created = chancery(tmp_path, "user", "create", "--username", "clerk", "--clearance", "NS", "--nationality", "BEL",
                       "--categories", "medical,STAFF", "--roles", "registry.clerk", "--units", "IPS",
                       stdin=PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    assert "Created clerk (NS, BEL)" in created.stdout

    no_password = chancery(tmp_path, "user", "create", "--username", "other", "--clearance", "NU",
                           "--nationality", "FRA", stdin="")
    assert no_password.returncode != 0
    assert "standard input" in no_password.stderr

    bad_clearance = chancery(tmp_path, "user", "create", "--username", "other", "--clearance", "SECRETISH",
                             "--nationality", "FRA", stdin=PASSWORD + "\n")
    assert bad_clearance.returncode != 0
    assert "is not a classification" in bad_clearance.stderr

    no_group = chancery(tmp_path, "user", "set", "--username", "clerk", "--groups", "HR-CASES")
    assert no_group.returncode != 0
    assert 'There is no group named "HR-CASES"' in no_group.stderr

    group = chancery(tmp_path, "group", "create", "--name", "HR-CASES", "--title", "HR case files")
    assert group.returncode == 0, group.stderr
    changed = chancery(tmp_path, "user", "set", "--username", "clerk", "--clearance", "NC", "--groups", "HR-CASES",
                       "--disable-account")
    assert changed.returncode == 0, changed.stderr
    shown = chancery(tmp_path, "group", "show", "--name", "HR-CASES")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0] == "HR-CASES\tHR case files"
    assert "clerk" in shown.stdout

    listed = chancery(tmp_path, "user", "list")
    assert listed.returncode == 0, listed.stderr
    fields = listed.stdout.strip().split("\t")
    assert fields[:3] == ["clerk", "NC", "BEL"]
    assert "categories=MEDICAL,STAFF" in fields
    assert "groups=HR-CASES" in fields
    assert fields[-1] == "disabled"


def test_throttle_commands_list_and_clear_the_counters(tmp_path):
    created = chancery(tmp_path, "user", "create", "--username", "clerk", "--clearance", "NS", "--nationality", "BEL",
                       stdin=PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    # counters as five failed sign-ins from one address leave them (the server writes them; no CLI signs in)
    database = sqlite3.connect(tmp_path / "chancery.sqlite")
    with database:
        for counter_id, scope, username, address in (
                ("01JZ0000000000000000000001", "name-address", "clerk", "192.0.2.9"),
                ("01JZ0000000000000000000002", "name", "clerk", ""),
                ("01JZ0000000000000000000003", "address", "", "192.0.2.9")):
            database.execute(
                "INSERT INTO login_throttles (id, scope, username, address, failures, blocked_until, last_failure_at) "
                "VALUES (?, ?, ?, ?, 5, strftime('%s','now') * 1000 + 30000, strftime('%s','now') * 1000)",
                (counter_id, scope, username, address))
    database.close()

    listed = chancery(tmp_path, "user", "throttles")
    assert listed.returncode == 0, listed.stderr
    lines = [line.split("\t") for line in listed.stdout.strip().splitlines()]
    assert [line[:5] for line in lines] == [
        ["01JZ0000000000000000000001", "name-address", "clerk", "192.0.2.9", "failures=5"],
        ["01JZ0000000000000000000002", "name", "clerk", "-", "failures=5"],
        ["01JZ0000000000000000000003", "address", "-", "192.0.2.9", "failures=5"],
    ]

    neither = chancery(tmp_path, "user", "unthrottle")
    assert neither.returncode != 0
    assert "Give either --id or --username" in neither.stderr
    by_id = chancery(tmp_path, "user", "unthrottle", "--id", "01JZ0000000000000000000003")
    assert by_id.returncode == 0, by_id.stderr
    by_name = chancery(tmp_path, "user", "unthrottle", "--username", "clerk")
    assert by_name.returncode == 0, by_name.stderr
    assert "Cleared 2 counter(s) of clerk." in by_name.stdout
    assert chancery(tmp_path, "user", "throttles").stdout == ""

    verified = chancery(tmp_path, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
    database = sqlite3.connect(tmp_path / "chancery.sqlite")
    clears = database.execute("SELECT COUNT(*) FROM audit_events WHERE action = 'throttle.clear'").fetchone()[0]
    database.close()
    assert clears == 3


def test_jobs_commands_list_retry_and_refuse_bad_input(tmp_path):
    listed = chancery(tmp_path, "jobs", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == ["id\tkind\tstate\tattempts\tobject\tsubject\treason"]

    bad_state = chancery(tmp_path, "jobs", "list", "--state", "lost")
    assert bad_state.returncode != 0
    assert "--state must be queued, running, done or failed" in bad_state.stderr

    unknown = chancery(tmp_path, "jobs", "retry", "01JZ0000000000000000000009")
    assert unknown.returncode == 1
    assert "No failed job 01JZ0000000000000000000009." in unknown.stderr
    neither = chancery(tmp_path, "jobs", "retry")
    assert neither.returncode != 0
    assert "Give a job id or --all-failed" in neither.stderr

    worked = chancery(tmp_path, "jobs", "work")
    assert worked.returncode == 0, worked.stderr
    assert "Jobs attempted: 0." in worked.stdout
