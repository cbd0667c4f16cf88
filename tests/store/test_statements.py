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
