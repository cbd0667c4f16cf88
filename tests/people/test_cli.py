"""`garda users`, `garda keys`, `garda training` against a real initialized home."""

import json

import pytest
from typer.testing import CliRunner

from garda.cli import app


@pytest.fixture
def run(initialized):
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True):
        result = runner.invoke(app, [*args, "--home", str(initialized.home)])
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def test_users_keys_and_training_from_the_command_line(run, tmp_path):
    added = run("users", "add", "4711", "--name", "Dana Whitfield", "--email", "dana@example.org",
                "--group", "patrol", "--role", "member")
    temporary = added.stdout.strip().splitlines()[-1]
    assert len(temporary) >= 20
    assert run("users", "add", "4711", "--name", "Again", ok=False).exit_code == 2

    users = json.loads(run("users", "list", "--json").stdout)
    assert users[0]["badge"] == "4711" and users[0]["groups"] == ["patrol"] and not users[0]["enrolled"]

    key = run("keys", "create", "4711", "--name", "laptop", "--system", "public").stdout.strip().splitlines()[-1]
    assert key.startswith("garda_")
    keys = json.loads(run("keys", "list", "--json").stdout)
    assert keys[0]["state"] == "active" and keys[0]["systems"] == ["public"] and key not in json.dumps(keys)
    run("keys", "revoke", str(keys[0]["id"]))
    assert json.loads(run("keys", "list", "--badge", "4711", "--json").stdout)[0]["state"] == "revoked"

    run("users", "disable", "4711")
    run("users", "enable", "4711")
    run("users", "unlock", "4711")
    run("users", "reset-factor", "4711")
    run("users", "roles", "4711", "--role", "member", "--role", "committee_member", "--group", "investigations")
    assert json.loads(run("users", "list", "--json").stdout)[0]["roles"] == ["committee_member", "member"]
    assert run("users", "password", "4711").stdout.strip()
    run("users", "sessions", "4711", "2")
    assert run("users", "sessions", "4711", "11", ok=False).exit_code == 2

    run("training", "record", "4711", "--date", "2026-01-15")
    status = json.loads(run("training", "status", "4711", "--json").stdout)
    assert status[0]["module"] == "sop-682-department" and status[0]["completed_on"] == "2026-01-15"
    run("training", "add-module", "public-basics", "--title", "Using the public chat", "--system", "public",
        "--refresher-months", "6")
    csv_file = tmp_path / "export.csv"
    csv_file.write_text("badge,course,completion date\n4711,public-basics,2026-02-01\n9999,public-basics,2026-02-01\n")
    imported = run("training", "import", str(csv_file), ok=False)
    assert imported.exit_code == 1 and "recorded 1" in imported.output and "line 3" in imported.output
    assert run("users", "disable", "0000", ok=False).exit_code == 2


def test_cli_changes_are_audited_with_the_operator_as_actor(run, initialized):
    from garda.setup import open_services_for_cli

    run("users", "add", "5123", "--name", "Luis Ortega")
    run("users", "unlock", "5123")
    db, audit = open_services_for_cli(initialized)
    try:
        with db.read() as session:
            entries = list(audit.export(session))
            assert audit.verify(session).ok
    finally:
        db.dispose()
    events = [e["event"] for e in entries]
    assert "people:user:created" in events and "people:account:unlocked" in events
    assert all(str(e.get("actor", "")).startswith("cli:") for e in entries if e["event"].startswith("people:"))
