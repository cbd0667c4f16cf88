"""Concurrent writers, threads and processes, extend one unbroken chain."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from garda.audit.events import AuditEvent

WORKER = Path(__file__).with_name("append_worker.py")


def test_threads_append_one_chain(database, audit_log):
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        try:
            for number in range(25):
                database.write(lambda s: audit_log.append(s, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor=name,
                                                          details={"n": number}, contents={"prompt": name}))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(f"T{index}",)) for index in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.read() as session:
        report = audit_log.verify(session)
    assert report.ok, report
    assert report.rows_checked == 200


async def test_async_writers_append_one_chain(database, audit_log):
    import anyio

    async with anyio.create_task_group() as group:
        for index in range(20):
            group.start_soon(database.awrite, lambda s, i=index: audit_log.append(
                s, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor=f"A{i}"))
    report = await database.aread(audit_log.verify)
    assert report.ok and report.rows_checked == 20


def test_processes_append_one_chain(database, audit_log, content_key_file):
    url = database.url.render_as_string(hide_password=False)
    workers = [subprocess.Popen([sys.executable, str(WORKER), url, str(content_key_file), "30", f"P{index}"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for index in range(4)]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()[-2000:]
    with database.read() as session:
        report = audit_log.verify(session)
        actors = session.execute(text_counts()).all()
    assert report.ok, report
    assert report.rows_checked == 120
    assert sorted(actors) == [(f"P{index}", 30) for index in range(4)]


def text_counts():
    from sqlalchemy import text

    return text("SELECT actor, COUNT(*) FROM audit_log GROUP BY actor")


def test_verify_while_others_append_sees_no_damage(database, audit_log):
    stop = threading.Event()

    def appender():
        while not stop.is_set():
            database.write(lambda s: audit_log.append(s, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor="live"))

    thread = threading.Thread(target=appender)
    thread.start()
    try:
        reports = []
        for _ in range(10):
            with database.read(snapshot=True) as session:
                reports.append(audit_log.verify(session))
            with database.read() as session:  # even without a snapshot
                reports.append(audit_log.verify(session))
    finally:
        stop.set()
        thread.join()
    assert all(report.ok for report in reports), [r for r in reports if not r.ok][:1]
