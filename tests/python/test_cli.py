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

    changed = chancery(tmp_path, "user", "set", "--username", "clerk", "--clearance", "NC", "--groups", "HR-CASES",
                       "--disable-account")
    assert changed.returncode == 0, changed.stderr

    listed = chancery(tmp_path, "user", "list")
    assert listed.returncode == 0, listed.stderr
    fields = listed.stdout.strip().split("\t")
    assert fields[:3] == ["clerk", "NC", "BEL"]
    assert "categories=MEDICAL,STAFF" in fields
    assert "groups=HR-CASES" in fields
    assert fields[-1] == "disabled"


def test_audit_verify_exits_1_naming_the_first_bad_event(tmp_path):
    for name in ("alice", "bob", "carol"):
        result = chancery(tmp_path, "user", "create", "--username", name, "--clearance", "NR", "--nationality", "ITA",
                          stdin=PASSWORD + "\n")
        assert result.returncode == 0, result.stderr

    intact = chancery(tmp_path, "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "Audit chain intact: 8 events" in intact.stdout  # five categories, three accounts

    database = sqlite3.connect(tmp_path / "chancery.sqlite")
    with database:
        database.execute("UPDATE audit_events SET details = '{}' WHERE seq = 7")
    database.close()

    broken = chancery(tmp_path, "audit", "verify")
    assert broken.returncode == 1
    assert "event #7 was altered" in broken.stderr
