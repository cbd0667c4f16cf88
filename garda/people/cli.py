"""`garda users`, `garda keys`, `garda training`: the people/ commands (mounted by garda/cli.py).

Whoever runs these holds the deployment itself; each change is still an audit event, with
the actor ``cli:<operating-system user>``.
"""

from __future__ import annotations

import getpass
import json
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from garda.errors import GardaError

users_app = typer.Typer(help="Members: add, list, disable, unlock, reset the second factor.", no_args_is_help=True)
keys_app = typer.Typer(help="Members' API keys: create (shown once), revoke, list.", no_args_is_help=True)
training_app = typer.Typer(help="Training (SOP 682.40): record, import a CSV, status.", no_args_is_help=True)

err = Console(stderr=True)
HomeOption = typer.Option(None, "--home", help="garda's data folder (default: $GARDA_HOME or ~/.garda).")


@contextmanager
def _services(home: Optional[Path]) -> Iterator[tuple]:
    """(settings, database, trail) for one command; every GardaError becomes a clear message and exit 2."""
    from garda.people.trail import Trail
    from garda.settings import load_settings
    from garda.setup import open_services_for_cli

    settings = load_settings(**({"home": home} if home else {}))
    db, audit = open_services_for_cli(settings)
    try:
        yield settings, db, Trail(audit, f"cli:{_os_user()}")
    except GardaError as exc:
        err.print(f"[red]error:[/red] {exc.message}")
        raise typer.Exit(2) from None
    finally:
        db.dispose()


def _os_user() -> str:
    try:
        return getpass.getuser()[:40]
    except (KeyError, OSError):
        return "unknown"


# --- users -----------------------------------------------------------------------------------

@users_app.command("add")
def users_add(badge: str,
              name: str = typer.Option(..., help="Full name."),
              email: str = typer.Option("", help="E-mail address."),
              rank: str = typer.Option("", help="Rank."),
              unit: str = typer.Option("", help="Unit."),
              group: list[str] = typer.Option([], "--group", help="A user group (repeatable)."),
              role: list[str] = typer.Option([], "--role", help="A role (repeatable; default: member)."),
              home: Optional[Path] = HomeOption) -> None:
    """Add a member with a temporary password (printed once); they choose their own and enroll TOTP at first sign-in."""
    from garda.people.rules import AccessRules
    from garda.people.users import create_user
    from garda.people.passwords import temporary_password

    temporary = temporary_password()
    with _services(home) as (settings, db, trail):
        db.write(lambda s: create_user(s, badge=badge, name=name, email=email, rank=rank, unit=unit,
                                       groups=group, roles=role or ["member"], password=temporary,
                                       policy=AccessRules.from_settings(settings).password, trail=trail))
    err.print(f"added member {badge}")
    err.print("temporary password (shown once; give it to the member in person):")
    print(temporary)


@users_app.command("list")
def users_list(as_json: bool = typer.Option(False, "--json"), home: Optional[Path] = HomeOption) -> None:
    """List the members."""
    from garda.people.clock import as_utc
    from garda.people.users import list_users
    from garda.store.base import utcnow

    with _services(home) as (_, db, _trail):
        now = utcnow()
        rows = db.write(lambda s: [
            {"badge": u.badge, "name": u.name, "rank": u.rank, "unit": u.unit, "roles": u.roles, "groups": u.groups,
             "enrolled": u.enrolled, "disabled": u.disabled,
             "locked": bool(u.locked_until and as_utc(u.locked_until) > now)} for u in list_users(s)])
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="Members")
    for column in ("badge", "name", "roles", "groups", "second factor", "state"):
        table.add_column(column)
    for r in rows:
        state = "disabled" if r["disabled"] else ("locked" if r["locked"] else "active")
        table.add_row(r["badge"], r["name"], ",".join(r["roles"]), ",".join(r["groups"]),
                      "enrolled" if r["enrolled"] else "not yet", state)
    Console().print(table)


@users_app.command("disable")
def users_disable(badge: str, home: Optional[Path] = HomeOption) -> None:
    """Disable a member: their keys stop at once, their web session at its next request."""
    from garda.people.users import set_disabled, user_by_badge

    with _services(home) as (_, db, trail):
        db.write(lambda s: set_disabled(s, user_by_badge(s, badge), True, trail=trail))
    err.print(f"disabled {badge}")


@users_app.command("enable")
def users_enable(badge: str, home: Optional[Path] = HomeOption) -> None:
    """Enable a disabled member again."""
    from garda.people.users import set_disabled, user_by_badge

    with _services(home) as (_, db, trail):
        db.write(lambda s: set_disabled(s, user_by_badge(s, badge), False, trail=trail))
    err.print(f"enabled {badge}")


@users_app.command("unlock")
def users_unlock(badge: str, home: Optional[Path] = HomeOption) -> None:
    """Release a lockout before it runs out."""
    from garda.people.users import unlock_user, user_by_badge

    with _services(home) as (_, db, trail):
        db.write(lambda s: unlock_user(s, user_by_badge(s, badge), trail=trail))
    err.print(f"unlocked {badge}")


@users_app.command("reset-factor")
def users_reset_factor(badge: str, home: Optional[Path] = HomeOption) -> None:
    """Forget a member's TOTP secret and recovery codes; they enroll again at next sign-in."""
    from garda.people.users import reset_factor, user_by_badge

    with _services(home) as (_, db, trail):
        db.write(lambda s: reset_factor(s, user_by_badge(s, badge), trail=trail))
    err.print(f"second factor reset for {badge}")


@users_app.command("roles")
def users_roles(badge: str,
                role: list[str] = typer.Option([], "--role", help="The member's roles (repeatable; replaces them)."),
                group: Optional[list[str]] = typer.Option(None, "--group", help="The member's groups (repeatable; replaces them)."),
                home: Optional[Path] = HomeOption) -> None:
    """Set a member's roles (and, if given, groups)."""
    from garda.people.users import set_groups, set_roles, user_by_badge

    def change(session):
        user = user_by_badge(session, badge)
        if role:
            set_roles(session, user, role, trail=trail)
        if group is not None:
            set_groups(session, user, group, trail=trail)

    with _services(home) as (_, db, trail):
        db.write(change)
    err.print(f"updated {badge}")


@users_app.command("sessions")
def users_sessions(badge: str,
                   allowed: Optional[int] = typer.Argument(None, help="Sessions at once (1-10); omit for the department default."),
                   home: Optional[Path] = HomeOption) -> None:
    """Allow one member more than the department's number of web sessions at once."""
    from garda.people.users import set_sessions_allowed, user_by_badge

    with _services(home) as (_, db, trail):
        db.write(lambda s: set_sessions_allowed(s, user_by_badge(s, badge), allowed, trail=trail))
    err.print(f"{badge}: {allowed or 'the department default'} session(s) at once")


@users_app.command("password")
def users_password(badge: str, home: Optional[Path] = HomeOption) -> None:
    """Give a member a new temporary password (printed once) and end their sessions."""
    from garda.people.rules import AccessRules
    from garda.people.users import end_sessions, set_password, user_by_badge
    from garda.people.passwords import temporary_password

    temporary = temporary_password()

    def reset(session):
        user = user_by_badge(session, badge)
        set_password(session, user, temporary, policy=AccessRules.from_settings(settings).password,
                     trail=trail, temporary=True)
        end_sessions(session, user.id, reason="password_reset")

    with _services(home) as (settings, db, trail):
        db.write(reset)
    err.print("temporary password (shown once):")
    print(temporary)


# --- keys ------------------------------------------------------------------------------------

@keys_app.command("create")
def keys_create(badge: str,
                name: str = typer.Option("cli", help="What the key is for."),
                expires_days: Optional[int] = typer.Option(90, help="Days until the key expires (0: never)."),
                system: list[str] = typer.Option([], "--system", help="Limit the key to this system (repeatable)."),
                home: Optional[Path] = HomeOption) -> None:
    """Create an API key for a member and print it (shown once; garda keeps only its digest)."""
    from garda.people.keys import create_api_key
    from garda.people.users import user_by_badge
    from garda.store.base import utcnow

    expires = utcnow() + timedelta(days=expires_days) if expires_days else None
    with _services(home) as (_, db, trail):
        key_id, raw = db.write(lambda s: _key_pair(create_api_key(s, user_by_badge(s, badge), name=name,
                                                                  expires_at=expires, systems=system or None,
                                                                  trail=trail)))
    err.print(f"key {key_id} for {badge} (shown once):")
    print(raw)


def _key_pair(created) -> tuple[int, str]:
    key, raw = created
    return key.id, raw


@keys_app.command("revoke")
def keys_revoke(key_id: int, home: Optional[Path] = HomeOption) -> None:
    """Revoke an API key by its id (see `garda keys list`)."""
    from garda.people.keys import revoke_api_key

    with _services(home) as (_, db, trail):
        db.write(lambda s: revoke_api_key(s, key_id, by_user=None, trail=trail))
    err.print(f"revoked key {key_id}")


@keys_app.command("list")
def keys_list(badge: Optional[str] = typer.Option(None, "--badge", help="Only this member's keys."),
              as_json: bool = typer.Option(False, "--json"), home: Optional[Path] = HomeOption) -> None:
    """List API keys (never the keys themselves: their ids, prefixes and states)."""
    from garda.people.keys import key_state, list_keys
    from garda.people.users import list_users, user_by_badge

    def load(session):
        owners = {u.id: u.badge for u in list_users(session)}
        user_id = user_by_badge(session, badge).id if badge else None
        return [{"id": k.id, "badge": owners.get(k.user_id), "name": k.name, "prefix": k.prefix,
                 "systems": k.systems, "state": key_state(k),
                 "expires_at": k.expires_at.isoformat() if k.expires_at else None,
                 "last_used_at": k.last_used_at.isoformat() if k.last_used_at else None}
                for k in list_keys(session, user_id)]

    with _services(home) as (_, db, _trail):
        rows = db.write(load)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="API keys")
    for column in ("id", "badge", "name", "prefix", "systems", "state", "expires"):
        table.add_column(column)
    for r in rows:
        table.add_row(str(r["id"]), r["badge"] or "", r["name"], f"garda_{r['prefix']}_…",
                      ",".join(r["systems"] or []) or "all", r["state"], (r["expires_at"] or "never")[:10])
    Console().print(table)


# --- training --------------------------------------------------------------------------------

@training_app.command("record")
def training_record(badge: str,
                    module: str = typer.Option("sop-682-department", help="The module's name."),
                    completed_on: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD (default: today)."),
                    home: Optional[Path] = HomeOption) -> None:
    """Record that a member completed a training module."""
    from garda.people.training import ensure_department_module, module_by_name, record_completion
    from garda.people.users import user_by_badge

    try:
        when = date.fromisoformat(completed_on) if completed_on else None
    except ValueError:
        err.print("[red]error:[/red] give the date as YYYY-MM-DD")
        raise typer.Exit(2) from None

    def record(session):
        ensure_department_module(session, trail=trail)
        return record_completion(session, user_by_badge(session, badge), module_by_name(session, module),
                                 completed_on=when, recorded_by=trail.actor, trail=trail)

    with _services(home) as (_, db, trail):
        new = db.write(record)
    err.print(f"recorded {module} for {badge}" if new else "that completion was already on file")


@training_app.command("import")
def training_import(csv_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV export of the learning system."),
                    home: Optional[Path] = HomeOption) -> None:
    """Import completions from a CSV file: badge, module (or course), completion date."""
    from garda.people.training import ensure_department_module, import_completions_csv

    text = csv_file.read_text(encoding="utf-8-sig")

    def run(session):
        ensure_department_module(session, trail=trail)
        return import_completions_csv(session, text, recorded_by=trail.actor, trail=trail)

    with _services(home) as (_, db, trail):
        report = db.write(run)
    err.print(f"recorded {report.recorded}, already on file {report.already_recorded}, refused {len(report.errors)}")
    for line, message in report.errors:
        err.print(f"  line {line}: {message}")
    if report.errors:
        raise typer.Exit(1)


@training_app.command("status")
def training_status_command(badge: Optional[str] = typer.Argument(None, help="One member (default: everyone)."),
                            as_json: bool = typer.Option(False, "--json"), home: Optional[Path] = HomeOption) -> None:
    """Each member's training: current, expiring (within the warning), expired or missing."""
    from garda.people.rules import AccessRules
    from garda.people.training import training_status
    from garda.people.users import list_users, user_by_badge

    def load(session):
        users = [user_by_badge(session, badge)] if badge else [u for u in list_users(session) if not u.disabled]
        return [{"badge": u.badge, "module": s.name, "state": s.state,
                 "completed_on": s.completed_on.isoformat() if s.completed_on else None,
                 "expires_on": s.expires_on.isoformat() if s.expires_on else None}
                for u in users for s in training_status(session, u.id, warning_days=warning_days)]

    with _services(home) as (settings, db, _trail):
        warning_days = AccessRules.from_settings(settings).warning_days
        rows = db.write(load)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="Training")
    for column in ("badge", "module", "state", "completed", "expires"):
        table.add_column(column)
    for r in rows:
        table.add_row(r["badge"], r["module"], r["state"], r["completed_on"] or "", r["expires_on"] or "")
    Console().print(table)


@training_app.command("add-module")
def training_add_module(name: str,
                        title: str = typer.Option(..., help="The module's title."),
                        system: Optional[str] = typer.Option(None, "--system", help="The AI system it is for (default: department-wide)."),
                        refresher_months: int = typer.Option(12, help="Months until a refresher is due."),
                        how_to_complete: str = typer.Option("", help="What a member does to complete it."),
                        topic: list[str] = typer.Option([], "--topic", help="A topic (repeatable)."),
                        home: Optional[Path] = HomeOption) -> None:
    """Add a training module (per-system modules are required, with the department-wide one, for that system)."""
    from garda.people.training import add_module

    with _services(home) as (_, db, trail):
        db.write(lambda s: add_module(s, name=name, title=title, system_name=system, topics=topic,
                                      refresher_months=refresher_months, how_to_complete=how_to_complete,
                                      trail=trail))
    err.print(f"added module {name}")
