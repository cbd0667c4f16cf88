"""`garda audit verify` and `garda audit export` on a real garda home."""

from __future__ import annotations

import csv
import io
import json
import stat
import sqlite3

from typer.testing import CliRunner

from garda.audit.cli import app
from garda.audit.events import AuditEvent
from garda.setup import open_services_for_cli


def run(settings, *args):
    return CliRunner().invoke(app, [*args, "--home", str(settings.home)])


def add_entries(settings, count):
    db, log = open_services_for_cli(settings)
    for number in range(count):
        db.write(lambda s: log.append(s, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="B1001",
                                      details={"n": number}, contents={"prompt": f"Fictitious prompt {number}"}))
    db.dispose()


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_verify_intact_log(initialized):
    add_entries(initialized, 3)
    result = run(initialized, "verify")
    assert result.exit_code == 0, result.output
    assert "audit log intact" in one_line(result.output)


def test_verify_names_the_first_broken_entry(initialized):
    add_entries(initialized, 4)
    with sqlite3.connect(initialized.home / "garda.db") as connection:
        connection.execute("UPDATE audit_log SET actor = 'B0000' WHERE seq = 3")
    result = run(initialized, "verify")
    assert result.exit_code == 1
    assert "broken at entry 3" in one_line(result.output)


def test_export_jsonl_to_a_private_file_and_record_the_export(initialized, tmp_path):
    add_entries(initialized, 2)
    out = tmp_path / "audit.jsonl"
    result = run(initialized, "export", "--out", str(out), "--with-content")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records[-1]["event"] == AuditEvent.AUDIT_LOG_EXPORTED
    assert records[-1]["details"]["with_content"] is True
    assert {"prompt": "Fictitious prompt 1"} in [r.get("content") for r in records]
    assert run(initialized, "verify").exit_code == 0


def test_export_csv_to_stdout_without_content(initialized):
    add_entries(initialized, 2)
    result = run(initialized, "export", "--format", "csv", "--since", "2000-01-01")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["event"] for row in rows][-3:] == ["gateway:prompt:allowed", "gateway:prompt:allowed",
                                                   "audit:log:exported"]
    assert "Fictitious prompt" not in result.stdout
    assert json.loads(rows[-1]["details"])["since"].startswith("2000-01-01T00:00:00")


def test_broken_database_exits_with_a_clear_error(initialized):
    (initialized.home / "garda.db").write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (initialized.home / f"garda.db{suffix}").unlink(missing_ok=True)
    result = run(initialized, "verify")
    assert result.exit_code == 2
    assert "could not be used" in one_line(result.output)


def test_verify_prints_a_head_to_anchor_later_checks(initialized):
    add_entries(initialized, 2)
    first = run(initialized, "verify")
    anchor = one_line(first.output).split("later: ")[1].split()[0]
    assert run(initialized, "verify", "--expect", anchor).exit_code == 0
    with sqlite3.connect(initialized.home / "garda.db") as connection:
        seq = int(anchor.split(":")[0])
        connection.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
        connection.execute("UPDATE audit_head SET last_seq = last_seq - 1, last_hash = "
                           "(SELECT hash FROM audit_log WHERE seq = ?)", (seq - 1,))
    assert run(initialized, "verify").exit_code == 0
    cut = run(initialized, "verify", "--expect", anchor)
    assert cut.exit_code == 1 and "cut off" in one_line(cut.output)
    assert run(initialized, "verify", "--expect", "nonsense").exit_code == 2
