"""Statements run straight on the driver store and read values exactly as SQLAlchemy would."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import bindparam, insert, select

from garda.audit.models import AuditContent, AuditEntry
from garda.errors import StorageUnavailable
from garda.store.statements import DriverStatement

ENTRIES, CONTENTS = AuditEntry.__table__, AuditContent.__table__
ENTRY_COLUMNS = tuple(c.name for c in ENTRIES.columns)
ADD_ENTRY = DriverStatement(insert(ENTRIES), keys=ENTRY_COLUMNS)
ADD_CONTENT = DriverStatement(insert(CONTENTS), keys=("id", "digest", "nonce", "ciphertext"))
ENTRY = DriverStatement(select(ENTRIES.c.seq, ENTRIES.c.at, ENTRIES.c.details, ENTRIES.c.actor)
                        .where(ENTRIES.c.seq == bindparam("seq")))
CONTENT = DriverStatement(select(CONTENTS.c.id, CONTENTS.c.nonce).where(CONTENTS.c.id == bindparam("id")))
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=timezone.utc)


def entry(seq: int) -> dict:
    return {"seq": seq, "at": MOMENT, "event": "test:event", "actor": "B0001", "request_id": None,
            "system": None, "purpose": None, "source_address": None, "user_agent": None,
            "details": {"rules": ["r1"], "n": 2}, "content_id": None, "content_digest": None,
            "prev_hash": "0" * 64, "hash": f"{seq:064d}", "seal": "s"}


def test_values_round_trip_through_the_column_types(database):
    database.write_statements(lambda c: ADD_ENTRY.execute(c, entry(901)))
    row = database.read_statements(lambda c: ENTRY.first(c, {"seq": 901}))
    assert row.seq == 901 and row.details == {"rules": ["r1"], "n": 2} and row.actor == "B0001"
    assert row.at.replace(tzinfo=row.at.tzinfo or timezone.utc) == MOMENT
    with database.read() as session:   # the ORM reads back the same values
        stored = session.get(AuditEntry, 901)
        assert stored.details == row.details and stored.at == row.at
    assert database.read_statements(lambda c: ENTRY.first(c, {"seq": 902})) is None


def test_a_driver_error_is_storage_unavailable_and_nothing_is_kept(database):
    def twice(connection):
        ADD_CONTENT.execute(connection, {"id": "c1", "digest": "d", "nonce": b"n", "ciphertext": b"x"})
        ADD_CONTENT.execute(connection, {"id": "c1", "digest": "d", "nonce": b"n", "ciphertext": b"x"})

    with pytest.raises(StorageUnavailable):
        database.write_statements(twice)
    assert database.read_statements(lambda c: CONTENT.first(c, {"id": "c1"})) is None


def test_in_a_session_pending_changes_are_seen(database):
    def add_then_find(session):
        session.add(AuditContent(id="c2", digest="d", nonce=b"n", ciphertext=b"x"))
        return CONTENT.first(session, {"id": "c2"})

    found = database.write(add_then_find)
    assert found.id == "c2" and bytes(found.nonce) == b"n"


def test_all_rows_come_back_in_order_read_as_sqlalchemy_would(database):
    since = DriverStatement(select(ENTRIES.c.seq, ENTRIES.c.details).where(ENTRIES.c.seq >= bindparam("seq"))
                            .order_by(ENTRIES.c.seq.desc()))
    for seq in (911, 912, 913):
        database.write_statements(lambda c, seq=seq: ADD_ENTRY.execute(c, entry(seq)))
    rows = database.read_statements(lambda c: since.all(c, {"seq": 912}))
    assert [(row.seq, row.details) for row in rows] == [(913, {"rules": ["r1"], "n": 2}), (912, {"rules": ["r1"], "n": 2})]
    assert database.read_statements(lambda c: since.all(c, {"seq": 999})) == []


def test_a_busy_write_lock_is_storage_unavailable(sqlite_database):
    """SQLite's BEGIN goes straight to the driver; its error still becomes a 503, not a 500."""
    with sqlite_database.engine.connect() as holder:
        holder.execution_options(garda_sqlite_begin="IMMEDIATE")
        with holder.begin():
            blocked = sqlite_database.engine.connect()
            blocked.connection.driver_connection.execute("PRAGMA busy_timeout=0")
            try:
                with pytest.raises(StorageUnavailable):
                    sqlite_database._guarded(lambda: blocked.execution_options(garda_sqlite_begin="IMMEDIATE").begin())
            finally:
                blocked.close()
