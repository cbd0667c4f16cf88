"""Erasing content past retention keeps the chain verifiable; erasing it any other way does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from garda.audit import log as log_module
from garda.audit.cli import app
from garda.audit.events import AuditEvent
from garda.audit.retention import purge_content
from garda.errors import BadRequest, NotFound

NOW = datetime.now(timezone.utc)
TWO_YEARS_AGO = NOW - timedelta(days=730)


def append_at(db, log, moment, monkeypatch, prompt):
    monkeypatch.setattr(log_module, "utcnow", lambda: moment)
    entry = db.write(lambda s: log.append(s, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="B1001",
                                          contents={"prompt": prompt}))
    monkeypatch.undo()
    return entry


@pytest.fixture
def old_and_new(database, audit_log, monkeypatch):
    old = append_at(database, audit_log, TWO_YEARS_AGO, monkeypatch, "an old prompt")
    new = append_at(database, audit_log, NOW, monkeypatch, "a recent prompt")
    return old, new


def test_purge_erases_only_old_content_and_the_chain_still_verifies(database, audit_log, old_and_new):
    old, new = old_and_new
    erased = database.write(lambda s: purge_content(s, audit_log, before=NOW - timedelta(days=400), actor="B0001"))
    assert erased == 1
    with database.read() as session:
        assert audit_log.verify(session).ok
        with pytest.raises(NotFound):
            audit_log.read_content(session, old.content_id)
        assert audit_log.read_content(session, new.content_id) == {"prompt": "a recent prompt"}
        records = list(audit_log.export(session, include_content=True))
    assert records[0]["content"] is None and records[1]["content"] == {"prompt": "a recent prompt"}
    assert records[-1]["event"] == AuditEvent.AUDIT_CONTENT_PURGED and records[-1]["details"]["erased"] == 1


def test_purging_twice_erases_nothing_more(database, audit_log, old_and_new):
    cutoff = NOW - timedelta(days=400)
    database.write(lambda s: purge_content(s, audit_log, before=cutoff, actor="B0001"))
    assert database.write(lambda s: purge_content(s, audit_log, before=cutoff, actor="B0001")) == 0


def test_recent_content_cannot_be_purged(database, audit_log, old_and_new):
    with pytest.raises(BadRequest):
        database.write(lambda s: purge_content(s, audit_log, before=NOW - timedelta(days=30), actor="B0001"))


def test_erasure_without_a_recorded_purge_is_tampering(database, audit_log, old_and_new):
    old, _ = old_and_new
    database.write(lambda s: s.execute(text("UPDATE audit_content SET nonce = :e, ciphertext = :e WHERE id = :i"),
                                       {"e": b"", "i": old.content_id}))
    with database.read() as session:
        report = audit_log.verify(session)
    assert not report.ok and report.first_broken_seq == old.seq and "erased" in report.reason


def test_purge_command(initialized, monkeypatch):
    from garda.setup import open_services_for_cli

    db, log = open_services_for_cli(initialized)
    append_at(db, log, TWO_YEARS_AGO, monkeypatch, "an old prompt")
    db.dispose()
    result = CliRunner().invoke(app, ["purge-content", "--before", (NOW - timedelta(days=400)).date().isoformat(), "--yes",
                                      "--home", str(initialized.home)])
    assert result.exit_code == 0, result.output
    assert "erased the content of 1 entries" in result.output
    assert CliRunner().invoke(app, ["verify", "--home", str(initialized.home)]).exit_code == 0
