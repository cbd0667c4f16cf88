"""Exporting the log: a time window, and content only when asked for."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import text

from garda.audit.events import AuditEvent


def append(db, log, number, at=None):
    entry = db.write(lambda s: log.append(s, AuditEvent.GATEWAY_RESPONSE_COMPLETED, actor="B1001",
                                          request_id=f"req-{number}", details={"n": number},
                                          contents={"prompt": f"prompt {number}", "answer": f"answer {number}"}))
    if at is not None:  # back-date it (the hash then breaks; export does not verify)
        db.write(lambda s: s.execute(text("UPDATE audit_log SET at = :at WHERE seq = :seq"),
                                     {"at": at, "seq": entry.seq}))
    return entry


def test_export_without_content_holds_no_text(database, audit_log):
    for number in range(3):
        append(database, audit_log, number)
    with database.read() as session:
        records = list(audit_log.export(session))
    assert [r["seq"] for r in records] == [1, 2, 3]
    assert all("content" not in r and r["content_id"] and len(r["hash"]) == 64 for r in records)
    assert "prompt 1" not in repr(records)
    assert records[0]["at"].endswith("+00:00")


def test_export_with_content_decrypts(database, audit_log):
    append(database, audit_log, 7)
    with database.read() as session:
        (record,) = audit_log.export(session, include_content=True)
    assert record["content"] == {"prompt": "prompt 7", "answer": "answer 7"}


def test_export_window(database, audit_log):
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for number, days_ago in enumerate((10, 5, 1)):
        append(database, audit_log, number, at=now - timedelta(days=days_ago))
    with database.read() as session:
        middle = list(audit_log.export(session, since=now - timedelta(days=6), until=now - timedelta(days=2)))
        recent = list(audit_log.export(session, since=now - timedelta(days=6)))
    assert [r["details"]["n"] for r in middle] == [1]
    assert [r["details"]["n"] for r in recent] == [1, 2]
