"""Appending, verifying, and catching every kind of tampering with raw SQL."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text

from garda.audit.events import AuditEvent
from garda.audit.log import AuditLog
from garda.audit.models import AuditEntry
from garda.errors import NotFound

PROMPT = "Summarize the interview of Zebulon Quackenbush, DOB 03/14/1971, phone 414-555-0142."


def append_entries(db, log: AuditLog, count: int, *, contents: bool = False) -> list[AuditEntry]:
    def fn(number):
        return lambda session: log.append(
            session, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="B1001", request_id=f"req-{number}",
            system="demo-local", purpose="report drafting", details={"n": number, "rules": ["r1"]},
            contents={"prompt": f"{PROMPT} #{number}"} if contents else None,
            source_address="127.0.0.1", user_agent="pytest")
    return [db.write(fn(number)) for number in range(count)]


def verify(db, log: AuditLog, **options):
    with db.read() as session:
        return log.verify(session, **options)


def sql(db, statement: str, **params) -> None:
    db.write(lambda session: session.execute(text(statement), params))


def test_empty_log_verifies(database, audit_log):
    report = verify(database, audit_log)
    assert report.ok and report.rows_checked == 0


def test_appended_entries_form_one_chain(database, audit_log):
    entries = append_entries(database, audit_log, 5, contents=True)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == "0" * 64
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(entries, entries[1:]))
    report = verify(database, audit_log)
    assert report.ok and report.rows_checked == 5 and report.head_hash == entries[-1].hash


def test_details_are_normalized_to_json_before_hashing(database, audit_log):
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    entry = database.write(lambda s: audit_log.append(
        s, AuditEvent.GATEWAY_PROMPT_BLOCKED, actor="B1001",
        details={"event": AuditEvent.GATEWAY_PROMPT_BLOCKED, "at": when, "day": date(2026, 1, 2),
                 "spans": ("PERSON", "DOB"), "ratio": 0.1 + 0.2, "tags": {"b", "a"}}))
    assert entry.details == {"event": "gateway:prompt:blocked", "at": "2026-01-02T03:04:05.000000+00:00",
                             "day": "2026-01-02", "spans": ["PERSON", "DOB"], "ratio": 0.1 + 0.2,
                             "tags": ["a", "b"]}
    assert verify(database, audit_log).ok


def test_rolled_back_append_leaves_no_gap(database, audit_log):
    append_entries(database, audit_log, 2)

    def fails(session):
        audit_log.append(session, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="B1001")
        raise NotFound("the caller changed its mind")

    with pytest.raises(NotFound):
        database.write(fails)
    third = append_entries(database, audit_log, 1)[0]
    assert third.seq == 3
    assert verify(database, audit_log).ok


def test_several_appends_in_one_transaction(database, audit_log):
    def fn(session):
        return [audit_log.append(session, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="B1001", details={"i": i})
                for i in range(3)]

    assert [e.seq for e in database.write(fn)] == [1, 2, 3]
    assert verify(database, audit_log).ok


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET details = '{\"n\": 99, \"rules\": [\"r1\"]}' WHERE seq = 3",
    "UPDATE audit_log SET event = 'gateway:prompt:redacted' WHERE seq = 3",
    "UPDATE audit_log SET actor = 'B9999' WHERE seq = 3",
    "UPDATE audit_log SET purpose = NULL WHERE seq = 3",
    "UPDATE audit_log SET at = '2020-01-01 00:00:00' WHERE seq = 3",
    "UPDATE audit_log SET content_digest = NULL WHERE seq = 3",
], ids=["details", "event", "actor", "purpose", "time", "content-digest"])
def test_an_edited_row_is_named(database, audit_log, statement):
    append_entries(database, audit_log, 5, contents=True)
    sql(database, statement)
    report = verify(database, audit_log)
    assert not report.ok
    assert report.first_broken_seq == 3
    assert report.rows_checked == 2
    assert "edited" in report.reason


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(database, audit_log):
    append_entries(database, audit_log, 5)
    sql(database, "UPDATE audit_log SET hash = :forged WHERE seq = 3", forged="f" * 64)
    report = verify(database, audit_log)
    assert report.first_broken_seq == 3  # its own hash no longer matches its fields


def test_a_deleted_middle_row_is_named(database, audit_log):
    append_entries(database, audit_log, 5)
    sql(database, "DELETE FROM audit_log WHERE seq = 3")
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 3
    assert "missing" in report.reason


def test_a_deleted_middle_row_with_renumbered_successors_is_named(database, audit_log):
    append_entries(database, audit_log, 5)
    sql(database, "DELETE FROM audit_log WHERE seq = 3")
    for seq in (4, 5):
        sql(database, "UPDATE audit_log SET seq = :new WHERE seq = :old", new=seq - 1, old=seq)
    sql(database, "UPDATE audit_head SET last_seq = 4")
    report = verify(database, audit_log)
    assert report.first_broken_seq == 3


def test_a_deleted_last_row_is_caught_by_the_head(database, audit_log):
    append_entries(database, audit_log, 5)
    sql(database, "DELETE FROM audit_log WHERE seq = 5")
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 5 and report.rows_checked == 4
    assert "deleted" in report.reason


def test_a_deleted_first_row_is_named(database, audit_log):
    append_entries(database, audit_log, 3)
    sql(database, "DELETE FROM audit_log WHERE seq = 1")
    assert verify(database, audit_log).first_broken_seq == 1


def test_reordered_rows_are_named(database, audit_log):
    append_entries(database, audit_log, 5)
    sql(database, "UPDATE audit_log SET seq = -1 WHERE seq = 3")
    sql(database, "UPDATE audit_log SET seq = 3 WHERE seq = 4")
    sql(database, "UPDATE audit_log SET seq = 4 WHERE seq = -1")
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 3


def test_swapped_row_contents_are_named(database, audit_log):
    append_entries(database, audit_log, 5)
    columns = ("at", "event", "actor", "request_id", "prev_hash", "hash")
    with database.read() as session:
        third, fourth = (session.execute(text(f"SELECT {', '.join(columns)} FROM audit_log WHERE seq = :s"),
                                         {"s": seq}).one()._asdict() for seq in (3, 4))
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    sql(database, "UPDATE audit_log SET hash = :tmp WHERE seq = 3", tmp="t" * 64)
    sql(database, f"UPDATE audit_log SET {assignments} WHERE seq = 4", **third)
    sql(database, f"UPDATE audit_log SET {assignments} WHERE seq = 3", **fourth)
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 3


def test_swapped_content_rows_are_named(database, audit_log):
    append_entries(database, audit_log, 4, contents=True)
    with database.read() as session:
        first, second = session.execute(text("SELECT content_id FROM audit_log WHERE seq IN (2, 3) ORDER BY seq")).scalars()
        blobs = {cid: session.execute(text("SELECT nonce, ciphertext, digest FROM audit_content WHERE id = :i"),
                                      {"i": cid}).one() for cid in (first, second)}
    for target, source in ((first, second), (second, first)):
        nonce, ciphertext, digest = blobs[source]
        sql(database, "UPDATE audit_content SET nonce = :n, ciphertext = :c, digest = :d WHERE id = :i",
            n=nonce, c=ciphertext, d=digest, i=target)
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 2 and "content" in report.reason
    assert verify(database, audit_log, check_content=False).ok  # the chain itself is intact


def test_content_is_never_stored_in_clear(sqlite_database, audit_log, tmp_path):
    append_entries(sqlite_database, audit_log, 3, contents=True)
    files = [path for path in tmp_path.iterdir() if path.name.startswith("garda.db")]
    assert files
    for needle in ("Zebulon", "Quackenbush", "414-555-0142", "03/14/1971"):
        for path in files:
            assert needle.encode() not in path.read_bytes(), f"{needle!r} found in clear in {path.name}"
            assert needle.encode("utf-16-le") not in path.read_bytes()
    sqlite_database.dispose()  # checkpoints the WAL into the main file
    for path in tmp_path.iterdir():
        if path.name.startswith("garda.db"):
            assert b"Quackenbush" not in path.read_bytes()


def test_content_round_trips_through_read_content(database, audit_log):
    entry = database.write(lambda s: audit_log.append(
        s, AuditEvent.GATEWAY_RESPONSE_COMPLETED, actor="B1001",
        contents={"prompt": PROMPT, "answer": "Draft: ünïcode ✓ and a newline\n"}))
    with database.read() as session:
        assert audit_log.read_content(session, entry.content_id) == {
            "prompt": PROMPT, "answer": "Draft: ünïcode ✓ and a newline\n"}


def test_reading_content_with_another_key_fails_closed(database, audit_log, tmp_path):
    from garda.audit.crypto import ContentCipher, ensure_key_file
    from garda.errors import StorageUnavailable

    entry = append_entries(database, audit_log, 1, contents=True)[0]
    stranger = AuditLog(ContentCipher.from_key_file(ensure_key_file(tmp_path / "other.key")))
    with database.read() as session:
        with pytest.raises(StorageUnavailable):
            stranger.read_content(session, entry.content_id)
        report = stranger.verify(session)
    assert not report.ok and report.first_broken_seq == 1


def test_append_without_a_chain_head_fails_closed(database, audit_log):
    from garda.errors import StorageUnavailable

    sql(database, "DELETE FROM audit_head")
    with pytest.raises(StorageUnavailable):
        append_entries(database, audit_log, 1)


def test_anchors_catch_a_cut_off_end_with_a_rewritten_head(database, audit_log):
    entries = append_entries(database, audit_log, 5)
    anchor = {5: entries[-1].hash}
    assert verify(database, audit_log, anchors=anchor).ok
    sql(database, "DELETE FROM audit_log WHERE seq >= 4")
    sql(database, "UPDATE audit_head SET last_seq = 3, last_hash = :h", h=entries[2].hash)
    assert verify(database, audit_log).ok  # without an anchor the cut is invisible
    report = verify(database, audit_log, anchors=anchor)
    assert not report.ok and report.first_broken_seq == 4 and "cut off" in report.reason


def test_anchors_catch_a_rewritten_chain(database, audit_log):
    entries = append_entries(database, audit_log, 3)
    report = verify(database, audit_log, anchors={2: "a" * 64})
    assert not report.ok and report.first_broken_seq == 2 and "anchor" in report.reason
    assert verify(database, audit_log, anchors={2: entries[1].hash}).ok


def test_an_entry_added_past_the_head_is_named(database, audit_log):
    entries = append_entries(database, audit_log, 3)
    sql(database, "INSERT INTO audit_log (seq, at, event, details, prev_hash, hash, seal) "
                  "VALUES (9, '2026-01-01 00:00:00', 'gateway:prompt:allowed', '{}', :p, :h, '')",
        p=entries[-1].hash, h="e" * 64)
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 9


def test_a_chain_rewritten_without_the_key_is_named_by_its_seal(database, audit_log):
    """Someone with write access to the database edits entry 2 and recomputes every plain hash."""
    from garda.audit.log import entry_hash

    append_entries(database, audit_log, 4)

    def rewrite(session):
        entries = session.query(AuditEntry).order_by(AuditEntry.seq).all()
        entries[1].actor = "B0000"
        prev = entries[0].hash
        for entry in entries[1:]:
            entry.prev_hash = prev
            entry.hash = prev = entry_hash(entry)
        session.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": prev})

    database.write(rewrite)
    report = verify(database, audit_log)
    assert not report.ok and report.first_broken_seq == 2 and "seal" in report.reason


def test_stored_digests_do_not_confirm_guesses(database, audit_log):
    import hashlib
    import json

    entry = database.write(lambda s: audit_log.append(s, AuditEvent.GATEWAY_PROMPT_BLOCKED, actor="B1001",
                                                      contents={"prompt": "Is Jane Fictitia a suspect?"}))
    guess = json.dumps({"prompt": "Is Jane Fictitia a suspect?"}, sort_keys=True, separators=(",", ":"))
    assert entry.content_digest != hashlib.sha256(guess.encode()).hexdigest()
    assert entry.content_digest == audit_log.digest(guess)


def test_overlong_client_values_are_cut_to_fit_not_refused(database, audit_log):
    entry = database.write(lambda s: audit_log.append(
        s, AuditEvent.GATEWAY_ACCESS_DENIED, actor="x" * 500, request_id="r" * 500, system="s" * 500,
        purpose="p" * 500, source_address="a" * 500, user_agent="u" * 5000))
    assert (len(entry.actor), len(entry.request_id), len(entry.system), len(entry.purpose),
            len(entry.source_address), len(entry.user_agent)) == (200, 64, 64, 200, 64, 5000)
    assert verify(database, audit_log).ok


def test_an_appended_entry_carries_every_column_of_the_row(database, audit_log):
    from dataclasses import fields

    from garda.audit.log import AppendedEntry

    assert [f.name for f in fields(AppendedEntry)] == [c.name for c in AuditEntry.__table__.columns]
    entry = append_entries(database, audit_log, 1, contents=True)[0]
    with database.read() as session:
        stored = session.get(AuditEntry, entry.seq)
        assert {c: getattr(stored, c) for c in ("event", "actor", "details", "content_id", "hash", "seal")} == \
               {c: getattr(entry, c) for c in ("event", "actor", "details", "content_id", "hash", "seal")}
