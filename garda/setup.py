"""`garda init`: home folder, content key, schema, policy pack, and (optionally) demo data."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from garda.audit.events import AuditEvent
from garda.settings import Settings


@dataclass
class InitReport:
    database: str
    policy_version: str
    demo_members: list = field(default_factory=list)   # garda.demo.DemoMember
    demo_credentials_file: Path | None = None


def open_services_for_cli(settings: Settings):
    """The database and audit log, for commands that write outside the server."""
    from garda.audit.crypto import ContentCipher
    from garda.audit.log import AuditLog
    from garda.store.database import Database

    return Database.from_settings(settings), AuditLog(ContentCipher.from_key_file(settings.resolved_content_key_file))


def initialize(settings: Settings, *, demo: bool) -> InitReport:
    from garda.audit.crypto import ensure_key_file
    from garda.policy.pack import load_pack

    settings.home.mkdir(parents=True, exist_ok=True)
    os.chmod(settings.home, 0o700)
    ensure_key_file(settings.resolved_content_key_file)
    pack = load_pack(settings.policy_pack)
    db, audit = open_services_for_cli(settings)
    try:
        db.upgrade()
        db.write(lambda s: audit.append(s, AuditEvent.POLICY_PACK_LOADED, actor="cli",
                                        details={"version": pack.version, "name": pack.name}))
        report = InitReport(database=_display_url(settings.resolved_database_url), policy_version=pack.version)
        if demo:
            from garda.demo import load_demo

            report.demo_members = db.write(lambda s: load_demo(s, audit))
            if report.demo_members:
                report.demo_credentials_file = _save_demo_credentials(settings.home, report.demo_members)
        return report
    finally:
        db.dispose()


DEMO_CREDENTIALS_FILE = "demo-credentials.txt"


def _save_demo_credentials(home: Path, members: list) -> Path:
    """badge, name, API key, temporary web password: one tab-separated line each, readable by the owner only."""
    path = home / DEMO_CREDENTIALS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("# badge\tname\tAPI key\ttemporary web password (change at first sign-in)\n")
        for member in members:
            handle.write(f"{member.badge}\t{member.name}\t{member.api_key or '-'}\t{member.password}\n")
    return path


def _display_url(url: str) -> str:
    """The database URL without any password in it."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
