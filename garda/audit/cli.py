"""`garda audit verify` and `garda audit export`."""

from __future__ import annotations

import csv
import json
import os
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import IO, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import Progress

from garda.audit.events import AuditEvent
from garda.errors import GardaError

app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
console = Console(stderr=True, soft_wrap=True)  # never fold a hash across lines

HomeOption = typer.Option(None, "--home", help="garda's data folder (default: $GARDA_HOME or ~/.garda).")
CSV_COLUMNS = ("seq", "at", "event", "actor", "request_id", "system", "purpose", "source_address",
               "user_agent", "details", "content_id", "content_digest", "prev_hash", "hash", "seal", "content")


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


@app.command()
def verify(home: Optional[Path] = HomeOption,
           skip_content: bool = typer.Option(False, "--skip-content",
                                             help="Do not decrypt stored content to check its digest."),
           expect: list[str] = typer.Option([], "--expect", metavar="SEQ:HASH",
                                            help="A head printed by an earlier verify (repeatable): "
                                                 "catches entries cut off the end.")) -> None:
    """Check every link of the chain; exit 1 and name the first broken entry if any."""
    anchors = _parse_anchors(expect)
    with _services(home) as (db, audit):
        with db.read(snapshot=True) as session, _progress("verifying", audit.head(session)) as advance:
            report = audit.verify(session, check_content=not skip_content, anchors=anchors,
                                  on_progress=advance)
    if report.ok:
        console.print(f"audit log intact: {report.rows_checked} entries; "
                      f"record this head to check against later: {report.rows_checked}:{report.head_hash}")
        return
    console.print(f"[red]audit log broken at entry {report.first_broken_seq}:[/red] {report.reason} "
                  f"({report.rows_checked} entries before it are intact)")
    raise typer.Exit(1)


@app.command()
def export(out: Optional[Path] = typer.Option(None, "--out", help="File to write (default: standard output)."),
           since: Optional[datetime] = typer.Option(None, "--since", help="Entries at or after this time (UTC unless given)."),
           until: Optional[datetime] = typer.Option(None, "--until", help="Entries before this time (UTC unless given)."),
           output_format: ExportFormat = typer.Option(ExportFormat.JSONL, "--format", help="jsonl or csv."),
           with_content: bool = typer.Option(False, "--with-content",
                                             help="Decrypt and include prompts and answers."),
           home: Optional[Path] = HomeOption) -> None:
    """Write the audit log as JSON lines or CSV; the export itself is recorded in the log."""
    since_utc, until_utc = _utc(since), _utc(until)
    with _services(home) as (db, audit):
        db.write(lambda s: audit.append(s, AuditEvent.AUDIT_LOG_EXPORTED, actor="cli", details={
            "since": since_utc, "until": until_utc, "format": output_format.value,
            "with_content": with_content, "out": str(out) if out else None}))
        with db.read(snapshot=True) as session, _open_out(out) as handle:
            records = audit.export(session, since=since_utc, until=until_utc, include_content=with_content)
            count = EXPORT_WRITERS[output_format](records, handle)
    console.print(f"exported {count} entries" + (f" to {out}" if out else ""))


@app.command("purge-content")
def purge_content_command(
        before: datetime = typer.Option(..., "--before", help="Erase content of entries older than this (UTC unless given)."),
        yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
        home: Optional[Path] = HomeOption) -> None:
    """Erase stored prompts and answers past retention; the entries and the chain stay."""
    from garda.audit.retention import purge_content

    cutoff = _utc(before)
    if not yes:
        typer.confirm(f"Erase every stored prompt and answer older than {cutoff.isoformat()}?", abort=True)
    with _services(home) as (db, audit):
        erased = db.write(lambda s: purge_content(s, audit, before=cutoff, actor="cli"))
        db.checkpoint()
    console.print(f"erased the content of {erased} entries")


@contextmanager
def _progress(description: str, head: tuple[int, str] | None):
    """A progress bar on the terminal for long walks; silent when output is not a terminal."""
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task(description, total=head[0] if head else None)
        yield lambda done: progress.update(task, completed=done)


def _parse_anchors(values: list[str]) -> dict[int, str]:
    anchors = {}
    for value in values:
        seq, _, digest = value.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            console.print(f"[red]error:[/red] --expect takes SEQ:HASH as printed by verify, not {value!r}")
            raise typer.Exit(2)
        anchors[int(seq)] = digest.lower()
    return anchors


def write_jsonl(records: Iterator[dict], handle: IO[str]) -> int:
    count = 0
    for count, record in enumerate(records, start=1):
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


def write_csv(records: Iterator[dict], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for count, record in enumerate(records, start=1):
        writer.writerow({**record, "details": json.dumps(record["details"], sort_keys=True, ensure_ascii=False),
                         "content": json.dumps(record["content"], ensure_ascii=False) if "content" in record else ""})
    return count


# The export formats: one writer each (records in, entries written out).
EXPORT_WRITERS = {ExportFormat.JSONL: write_jsonl, ExportFormat.CSV: write_csv}


@contextmanager
def _services(home: Optional[Path]):
    from garda.setup import open_services_for_cli
    from garda.settings import load_settings

    try:
        db, audit = open_services_for_cli(load_settings(**({"home": home} if home else {})))
    except GardaError as exc:
        _fail(exc)
    try:
        yield db, audit
    except GardaError as exc:
        _fail(exc)
    finally:
        db.dispose()


@contextmanager
def _open_out(out: Optional[Path]) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    # Owner-only: an export may hold decrypted prompts and answers.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _fail(exc: GardaError) -> None:
    console.print(f"[red]error:[/red] {exc.message} {exc.hint}")
    raise typer.Exit(2)
