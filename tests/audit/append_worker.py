"""Run as a separate process by the concurrency tests: append COUNT entries to the chain.

    python append_worker.py DATABASE_URL KEY_FILE COUNT WORKER_NAME
"""

from __future__ import annotations

import sys

from garda.audit.crypto import ContentCipher
from garda.audit.events import AuditEvent
from garda.audit.log import AuditLog
from garda.store.database import Database


def main(url: str, key_file: str, count: int, name: str) -> None:
    db = Database(url)
    log = AuditLog(ContentCipher.from_key_file(key_file))
    for number in range(count):
        db.write(lambda session: log.append(session, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor=name,
                                            details={"n": number},
                                            contents={"prompt": f"worker {name} prompt {number}"}))
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
