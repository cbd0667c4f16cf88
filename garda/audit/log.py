"""The append-only, hash-chained audit log: append, verify, export.

Each entry's hash is the SHA-256 of a canonical JSON of its fields and the previous
entry's hash, so editing, deleting or reordering rows breaks the chain at a place
:meth:`AuditLog.verify` can name. Appends take the chain head (``audit_head``, one row)
under a lock inside the caller's write transaction: SQLite already admits one writer
(``BEGIN IMMEDIATE``), PostgreSQL gets ``SELECT ... FOR UPDATE``. Concurrent gateway
processes therefore extend one chain, never fork it.

Anyone able to write to the database could rewrite rows and recompute every plain hash,
so each entry also carries a ``seal``: an HMAC of its hash under a key derived from the
deployment's content key, which lives with garda, not in the database.

Prompt and answer text (``contents``) is JSON-encoded, encrypted with the deployment's
key and stored in ``audit_content``; the log row holds only its id and a keyed digest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any, Callable, Iterator, Mapping

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from garda.audit.crypto import ContentCipher, MacPurpose
from garda.audit.events import AuditEvent
from garda.audit.models import GENESIS_HASH, HEAD_ID, AuditContent, AuditEntry, AuditHead
from garda.audit.retention import erasure_recorded, is_erased, purge_cutoffs
from garda.errors import NotFound, StorageUnavailable
from garda.store.base import utcnow
from garda.store.statements import DriverStatement

# The fields the hash covers, in this order; changing it is a migration of every chain.
HASHED_FIELDS = ("seq", "at", "event", "actor", "request_id", "system", "purpose",
                 "source_address", "user_agent", "details", "content_id", "content_digest", "prev_hash")

PAGE = 500  # entries fetched per round trip while walking the log
ENTRIES, CONTENTS, HEAD = AuditEntry.__table__, AuditContent.__table__, AuditHead.__table__
ENTRY_COLUMNS = tuple(column.name for column in ENTRIES.columns)
CONTENT_COLUMNS = tuple(column.name for column in CONTENTS.columns)
# Built once and run straight on the driver (garda.store.statements): every request appends twice.
LOCK_HEAD = DriverStatement(select(HEAD.c.last_seq, HEAD.c.last_hash).where(HEAD.c.id == HEAD_ID).with_for_update())
MOVE_HEAD = DriverStatement(update(HEAD).where(HEAD.c.id == HEAD_ID).values(
    last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash")))
INSERT_ENTRY = DriverStatement(insert(ENTRIES), keys=ENTRY_COLUMNS)
INSERT_CONTENT = DriverStatement(insert(CONTENTS), keys=CONTENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class AppendedEntry:
    """What :meth:`AuditLog.append` wrote: the row's columns, as attributes."""

    seq: int
    at: datetime
    event: str
    actor: str | None
    request_id: str | None
    system: str | None
    purpose: str | None
    source_address: str | None
    user_agent: str | None
    details: dict[str, Any]
    content_id: str | None
    content_digest: str | None
    prev_hash: str
    hash: str
    seal: str


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    rows_checked: int
    first_broken_seq: int | None = None
    reason: str = ""
    head_hash: str | None = None


class AuditLog:
    def __init__(self, cipher: ContentCipher) -> None:
        self._cipher = cipher

    # -- writing --------------------------------------------------------------------------

    def append(self, session: Session | Connection, event: AuditEvent, *, actor: str | None,
               request_id: str | None = None, system: str | None = None, purpose: str | None = None,
               details: dict | None = None, contents: dict[str, str] | None = None,
               source_address: str | None = None, user_agent: str | None = None) -> "AppendedEntry":
        """Add one entry to the chain, inside the caller's write transaction (a session's, or
        a Core connection's from ``Database.write_statements``).

        Plain table statements, not the ORM's unit of work: this runs twice on every gateway
        request, and the ORM's bookkeeping would cost more than the statements themselves.
        The returned entry is a plain copy of the row written.
        """
        connection = session if isinstance(session, Connection) else session.connection()
        last_seq, last_hash = self._lock_head(connection)
        content = self._store_content(connection, contents) if contents is not None else None
        row = {
            "seq": last_seq + 1, "at": utcnow(), "event": AuditEvent(event).value,
            "actor": _fit(actor, "actor"), "request_id": _fit(request_id, "request_id"),
            "system": _fit(system, "system"), "purpose": _fit(purpose, "purpose"),
            "source_address": _fit(source_address, "source_address"), "user_agent": user_agent,
            "details": json.loads(canonical_json(details or {})),
            "content_id": content["id"] if content else None,
            "content_digest": content["digest"] if content else None,
            "prev_hash": last_hash,
        }
        row["hash"] = _sha256(canonical_json(_hashed_record(row)))
        row["seal"] = self._cipher.mac(MacPurpose.CHAIN_SEAL, row["hash"])
        INSERT_ENTRY.execute(connection, row)
        MOVE_HEAD.execute(connection, {"new_seq": row["seq"], "new_hash": row["hash"]})
        return AppendedEntry(**row)

    def _lock_head(self, connection: Connection) -> tuple[int, str]:
        head = LOCK_HEAD.first(connection)
        if head is None:
            raise StorageUnavailable("The audit log has no chain head; run `garda db upgrade`.",
                                     code="audit_unavailable")
        last_seq, last_hash = head
        return last_seq, last_hash

    def _store_content(self, connection: Connection, contents: dict[str, str]) -> dict[str, Any]:
        plaintext = canonical_json(contents)
        content_id = secrets.token_hex(16)
        nonce, ciphertext = self._cipher.encrypt(plaintext, associated_data=content_id.encode())
        content = {"id": content_id, "digest": self.digest(plaintext), "nonce": nonce, "ciphertext": ciphertext}
        INSERT_CONTENT.execute(connection, content)
        return content

    # -- reading --------------------------------------------------------------------------

    def read_content(self, session: Session, content_id: str) -> dict[str, str]:
        row = session.get(AuditContent, content_id)
        if row is None:
            raise StorageUnavailable(f"Audit content {content_id} is missing.", code="content_missing")
        if is_erased(row):
            raise NotFound(f"Audit content {content_id} was erased after its retention period.",
                           code="content_purged")
        plaintext = self._cipher.decrypt(row.nonce, row.ciphertext, associated_data=row.id.encode())
        if not hmac.compare_digest(self.digest(plaintext), row.digest):
            raise StorageUnavailable(f"Audit content {content_id} does not match its digest.",
                                     code="content_unreadable")
        return json.loads(plaintext)

    def digest(self, text: str) -> str:
        """A keyed digest of ``text`` (HMAC-SHA256): safe to store, useless for confirming guesses."""
        return self._cipher.mac(MacPurpose.CONTENT_DIGEST, text)

    def head(self, session: Session) -> tuple[int, str] | None:
        """The chain head as (last entry number, its hash); None if the head row is gone."""
        head = session.get(AuditHead, HEAD_ID)
        return (head.last_seq, head.last_hash) if head is not None else None

    def verify(self, session: Session, *, check_content: bool = True,
               anchors: Mapping[int, str] | None = None,
               on_progress: Callable[[int], None] | None = None) -> VerifyReport:
        """Walk the chain from the first entry to the head; report the first broken link.

        The head is read first and only entries up to it are walked, so appends committed
        while a long verification runs are not mistaken for damage (on PostgreSQL, pass a
        ``Database.read(snapshot=True)`` session to see one consistent state).

        ``anchors`` maps entry numbers to hashes recorded earlier outside the database
        (``garda audit verify`` prints the head as ``seq:hash``). Without them, someone
        able to write to the database could cut entries off the end and rewrite the head;
        with them, that shows. ``on_progress`` is called with the entries checked so far.
        """
        head = self.head(session)
        if head is None:
            return VerifyReport(False, 0, 1, "the chain head row is missing")
        last_seq, last_hash = head
        cutoffs = purge_cutoffs(session, last_seq) if check_content else []
        anchors = dict(anchors or {})
        expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
        query = select(AuditEntry).where(AuditEntry.seq <= last_seq).order_by(AuditEntry.seq)
        for entry in session.execute(query.execution_options(yield_per=PAGE)).scalars():
            problem = (self._check_entry(session, entry, expected_seq, prev_hash)
                       or _check_anchor(entry, anchors)
                       or (self._check_content(session, entry, cutoffs)
                           if check_content and entry.content_id is not None else None))
            if problem is not None:
                broken_seq, reason = problem
                return VerifyReport(False, checked, broken_seq, reason)
            checked += 1
            expected_seq, prev_hash = entry.seq + 1, entry.hash
            session.expunge(entry)
            if on_progress is not None and checked % PAGE == 0:
                on_progress(checked)
        if anchors and max(anchors) >= expected_seq:
            return VerifyReport(False, checked, expected_seq,
                                f"the log ends at entry {expected_seq - 1}, before the anchored entry "
                                f"{max(anchors)}: entries were cut off the end")
        if last_seq != expected_seq - 1 or last_hash != prev_hash:
            return VerifyReport(False, checked, expected_seq,
                                f"the chain head records entry {last_seq}, but the log ends at "
                                f"entry {expected_seq - 1}: the last entries were deleted or altered")
        beyond = _first_entry_after_head(session, last_seq, last_hash)
        if beyond is not None:
            return VerifyReport(False, checked, beyond,
                                "an entry after the chain head does not continue the chain (added by hand)")
        return VerifyReport(True, checked, None, "", prev_hash)

    def _check_entry(self, session: Session, entry: AuditEntry, expected_seq: int,
                     prev_hash: str) -> tuple[int, str] | None:
        if entry.seq != expected_seq:
            return expected_seq, f"entry {expected_seq} is missing (the next entry is {entry.seq})"
        if entry.prev_hash != prev_hash:
            return entry.seq, "its previous-hash does not match the entry before it"
        if entry_hash(entry) != entry.hash:
            return entry.seq, "its contents do not match its hash (the row was edited)"
        if not hmac.compare_digest(self._cipher.mac(MacPurpose.CHAIN_SEAL, entry.hash), entry.seal or ""):
            return entry.seq, "its seal does not match (rewritten without garda's key, or a different key)"
        return None

    def _check_content(self, session: Session, entry: AuditEntry,
                       cutoffs: list[tuple[int, datetime]]) -> tuple[int, str] | None:
        row = session.get(AuditContent, entry.content_id)
        if row is None:
            return entry.seq, "its encrypted content is missing"
        if is_erased(row):
            if erasure_recorded(entry, cutoffs):
                return None
            return entry.seq, "its content was erased, but no recorded purge covers it"
        try:
            plaintext = self._cipher.decrypt(row.nonce, row.ciphertext, associated_data=row.id.encode())
        except StorageUnavailable:
            return entry.seq, "its encrypted content does not decrypt (altered, or a different key)"
        session.expunge(row)
        if not hmac.compare_digest(self.digest(plaintext), entry.content_digest or ""):
            return entry.seq, "its encrypted content does not match the digest in the log"
        return None

    def export(self, session: Session, *, since: datetime | None = None, until: datetime | None = None,
               include_content: bool = False) -> Iterator[dict[str, Any]]:
        """Entries as plain dicts, oldest first; content decrypted only when asked for."""
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        if until is not None:
            query = query.where(AuditEntry.at < until)
        for entry in session.execute(query.execution_options(yield_per=PAGE)).scalars():
            record = entry_record(entry)
            record["hash"], record["seal"] = entry.hash, entry.seal
            if include_content and entry.content_id is not None:
                record["content"] = self._exported_content(session, entry.content_id)
            yield record

    def _exported_content(self, session: Session, content_id: str) -> dict[str, str] | None:
        try:
            return self.read_content(session, content_id)
        except NotFound:  # erased after retention: the entry is exported without it
            return None

    def __repr__(self) -> str:
        return "AuditLog()"


def _fit(value: str | None, column: str) -> str | None:
    """Cut a client-supplied value to its column, so an odd header never fails the audit write."""
    limit = AuditEntry.__table__.c[column].type.length
    return value[:limit] if value is not None and len(value) > limit else value


def _first_entry_after_head(session: Session, last_seq: int, last_hash: str) -> int | None:
    """An entry past the head that is not a genuine append committed after the head was read."""
    after = session.execute(select(AuditEntry.seq, AuditEntry.prev_hash)
                            .where(AuditEntry.seq > last_seq).order_by(AuditEntry.seq).limit(1)).first()
    if after is None or (after.seq == last_seq + 1 and after.prev_hash == last_hash):
        return None
    return after.seq


def _check_anchor(entry: AuditEntry, anchors: Mapping[int, str]) -> tuple[int, str] | None:
    expected = anchors.get(entry.seq)
    if expected is not None and expected != entry.hash:
        return entry.seq, "its hash differs from the anchor recorded for it (the chain was rewritten)"
    return None


def entry_record(entry: AuditEntry) -> dict[str, Any]:
    """The hashed fields of an entry as JSON-ready values."""
    return _hashed_record({name: getattr(entry, name) for name in HASHED_FIELDS})


def _hashed_record(row: Mapping[str, Any]) -> dict[str, Any]:
    record = {name: row[name] for name in HASHED_FIELDS}
    record["at"] = _timestamp(row["at"])
    return record


def entry_hash(entry: AuditEntry) -> str:
    return _sha256(canonical_json(entry_record(entry)))


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return _timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"audit details cannot hold a {type(value).__name__}")


def _timestamp(moment: datetime) -> str:
    # SQLite hands back naive datetimes; every timestamp garda writes is UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
