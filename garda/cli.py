"""The `garda` command line. Sub-commands owned by a package live in that package's cli.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from garda.audit.cli import app as audit_app
from garda.errors import ConfigurationError
from garda.evaluation.cli import evaluate
from garda.people.cli import keys_app, training_app, users_app
from garda.settings import Settings, load_settings

app = typer.Typer(help="garda: a policy-enforcing gateway for police use of generative AI (SOP 682).",
                  no_args_is_help=True, pretty_exceptions_enable=False)
policy_app = typer.Typer(help="The policy pack in force.", no_args_is_help=True)
systems_app = typer.Typer(help="The inventory of AI systems.", no_args_is_help=True)
db_app = typer.Typer(help="The database schema.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")
app.add_typer(systems_app, name="systems")
app.add_typer(db_app, name="db")
app.add_typer(audit_app, name="audit", help="The hash-chained audit log: verify, export.")
app.add_typer(users_app, name="users")
app.add_typer(keys_app, name="keys")
app.add_typer(training_app, name="training")
app.command("eval")(evaluate)

console = Console(stderr=True)
HomeOption = typer.Option(None, "--home", help="garda's data folder (default: $GARDA_HOME or ~/.garda).")


def _settings(home: Optional[Path]) -> Settings:
    return load_settings(**({"home": home} if home else {}))


def _fail(message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


@app.command()
def init(home: Optional[Path] = HomeOption,
         demo: bool = typer.Option(False, "--demo", help="Load demo members, systems and purposes."),
         policy: Optional[Path] = typer.Option(None, "--policy", help="A department's own policy pack YAML.")) -> None:
    """Create the database and content key, load the policy pack, optionally load demo data."""
    from garda.setup import initialize

    settings = _settings(home)
    if policy:
        settings = settings.model_copy(update={"policy_pack": policy})
    report = initialize(settings, demo=demo)
    console.print(f"garda home: {settings.home}")
    console.print(f"database: {report.database}")
    console.print(f"policy pack: {report.policy_version}")
    if report.demo_members:
        console.print("\n[bold]Demo members (shown once; also saved, readable only by you, in "
                      f"{report.demo_credentials_file}):[/bold]", soft_wrap=True)
        for member in report.demo_members:
            console.print(f"  {member.badge:6} {member.name:42} API key: {member.api_key or '(none: no group)'}",
                          soft_wrap=True, highlight=False)
            console.print(f"  {'':6} {'':42} web password: {member.password} (temporary)",
                          soft_wrap=True, highlight=False)
        console.print(f"\nWeb pages: http://{settings.host}:{settings.port}/ (sign in with badge and password, "
                      "then enroll a TOTP app).", soft_wrap=True)
    elif demo:
        from garda.setup import DEMO_CREDENTIALS_FILE

        console.print(f"demo data was already loaded; its credentials are in {settings.home / DEMO_CREDENTIALS_FILE}",
                      soft_wrap=True)


@app.command()
def serve(home: Optional[Path] = HomeOption,
          host: Optional[str] = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
          port: Optional[int] = typer.Option(None, help="Port to listen on (default 8682).")) -> None:
    """Run the gateway and the web pages."""
    import uvicorn

    from garda.app import create_app, settle_long_lived_objects

    overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    settings = _settings(home).model_copy(update=overrides)
    if not settings.resolved_content_key_file.exists():
        _fail(f"garda is not initialized in {settings.home}; run `garda init` (or `garda init --demo`) first.")
    try:
        app = create_app(settings)
    except ConfigurationError as exc:   # a policy pack or setting garda cannot start with
        _fail(exc.message)
    settle_long_lived_objects()
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info",
                access_log=False)


@app.command()
def scan(text: Optional[str] = typer.Argument(None, help="Text to scan; read from standard input when absent."),
         jsonl: bool = typer.Option(False, "--jsonl", help='Read JSON lines {"id": ..., "text": ...}.'),
         system: Optional[str] = typer.Option(None, "--system", help="Judge against this system's clearance (reads the database)."),
         clearance: Optional[str] = typer.Option(None, "--clearance", help="Judge against a clearance such as 'PII,CJI' (no database)."),
         home: Optional[Path] = HomeOption,
         policy: Optional[Path] = typer.Option(None, "--policy", help="Policy pack YAML (default: the shipped SOP 682 pack)."),
         learned_uses: bool = typer.Option(True, "--learned-uses/--no-learned-uses",
                                           help="Read prohibited uses with the learned model as well as the rules."),
         learned_spans: bool = typer.Option(True, "--learned-spans/--no-learned-spans",
                                            help="Find medical details, plates and case numbers with the learned "
                                                 "taggers as well as the rules.")) -> None:
    """Inspect text and print one JSON line per input: id, decision, spans, reasons."""
    from garda.scan import default_scanner, parse_clearance

    try:
        cleared = _system_clearance(home, system) if system else parse_clearance(clearance)
    except ValueError as exc:
        _fail(str(exc))
    try:
        scanner = default_scanner(str(policy) if policy else None, learned_uses, learned_spans)
    except ConfigurationError as exc:
        _fail(exc.message)
    out = sys.stdout
    if text is not None:
        out.write(json.dumps({"id": None, **scanner.scan(text, cleared)}, ensure_ascii=False) + "\n")
        return
    if not jsonl:
        out.write(json.dumps({"id": None, **scanner.scan(sys.stdin.read(), cleared)}, ensure_ascii=False) + "\n")
        return
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            item_id, item_text = item.get("id"), item["text"]
            if not isinstance(item_text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError, AttributeError):
            out.write(json.dumps({"id": None, "line": number, "error": "expected a JSON object with a string 'text'"}) + "\n")
            continue
        out.write(json.dumps({"id": item_id, **scanner.scan(item_text, cleared)}, ensure_ascii=False) + "\n")


def _system_clearance(home: Optional[Path], name: str):
    from garda.errors import GardaError
    from garda.registry.systems import clearance_by_name

    try:
        return clearance_by_name(_settings(home), name)
    except GardaError as exc:  # no such system, or no database: say which and stop
        raise ValueError(exc.message) from None


@policy_app.command("show")
def policy_show(as_json: bool = typer.Option(False, "--json", help="Print the pack as JSON."),
                policy: Optional[Path] = typer.Option(None, "--policy"),
                home: Optional[Path] = HomeOption) -> None:
    """Print the policy pack in force: its version and every rule with its SOP section."""
    from garda.policy.pack import load_pack

    pack = load_pack(policy or _settings(home).policy_pack)
    if as_json:
        print(json.dumps(pack.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{pack.name} — version {pack.version}")
    table.add_column("rule", no_wrap=True)
    table.add_column("SOP", no_wrap=True)
    table.add_column("title")
    for rule in pack.rules:
        table.add_row(rule.id, rule.section, rule.title)
    Console().print(table)


@policy_app.command("trace")
def policy_trace() -> None:
    """Print the traceability table: each SOP clause, garda's behaviour, the code and the test."""
    from importlib.resources import files

    print(files("garda.policy").joinpath("traceability.md").read_text(encoding="utf-8"))


@systems_app.command("list")
def systems_list(home: Optional[Path] = HomeOption,
                 as_json: bool = typer.Option(False, "--json")) -> None:
    """List the AI systems in the inventory."""
    from garda.registry.systems import list_systems
    from garda.store.database import Database

    db = Database.from_settings(_settings(home))
    with db.read() as session:
        rows = [{"name": s.name, "status": s.status, "upstream": s.upstream_kind,
                 "clearance": s.clearance, "purposes": s.purposes, "groups": s.groups,
                 "public_facing": s.public_facing, "demo": s.demo} for s in list_systems(session)]
    db.dispose()
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table(title="AI systems")
    for column in ("name", "status", "upstream", "clearance"):
        table.add_column(column, no_wrap=True)
    table.add_column("purposes")
    table.add_column("groups")
    for row in rows:
        table.add_row(row["name"], row["status"], row["upstream"], ",".join(row["clearance"]) or "none",
                      ",".join(row["purposes"]), ",".join(row["groups"]))
    Console().print(table)


@systems_app.command("add")
def systems_add(name: str,
                upstream: str = typer.Option("embedded", help="openai | embedded | echo"),
                base_url: Optional[str] = typer.Option(None, help="OpenAI-compatible base URL, e.g. https://vendor.example/v1"),
                model: Optional[str] = typer.Option(None, help="The upstream's model name."),
                api_key_env: Optional[str] = typer.Option(None, help="Environment variable holding the vendor API key."),
                status: str = typer.Option("proposed", help="proposed | approved | suspended | retired"),
                clearance: str = typer.Option("", help="Comma-separated: PII,CJI,PHI,NON_PUBLIC (empty: nothing protected)."),
                purpose: list[str] = typer.Option([], "--purpose", help="An acceptable use (repeatable)."),
                group: list[str] = typer.Option([], "--group", help="An authorized user group (repeatable)."),
                public_facing: bool = typer.Option(False, "--public-facing", help="Add the generative-AI notice to every answer."),
                description: str = typer.Option("", help="What the system is for."),
                home: Optional[Path] = HomeOption) -> None:
    """Add an AI system to the inventory."""
    from garda.errors import GardaError
    from garda.scan import parse_clearance
    from garda.setup import open_services_for_cli
    from garda.registry.systems import add_system

    try:
        cleared = sorted(c.value for c in parse_clearance(clearance))
    except ValueError as exc:
        _fail(str(exc))
    db, audit = open_services_for_cli(_settings(home))
    try:
        db.write(lambda s: add_system(
            s, audit, actor="cli", name=name, upstream_kind=upstream, base_url=base_url,
            upstream_model=model, api_key_env=api_key_env, status=status, clearance=cleared,
            purposes=list(purpose), groups=list(group), public_facing=public_facing,
            description=description))
    except GardaError as exc:
        _fail(exc.message)
    finally:
        db.dispose()
    console.print(f"added AI system '{name}' ({status})")


@db_app.command("upgrade")
def db_upgrade(home: Optional[Path] = HomeOption) -> None:
    """Apply the database migrations."""
    from garda.store.database import Database

    db = Database.from_settings(_settings(home))
    db.upgrade()
    db.dispose()


@db_app.command("check")
def db_check(home: Optional[Path] = HomeOption) -> None:
    """Fail if the models and the migrated schema differ."""
    from garda.store.database import Database

    db = Database.from_settings(_settings(home))
    db.upgrade()
    differences = db.check()
    db.dispose()
    for difference in differences:
        console.print(difference)
    raise typer.Exit(1 if differences else 0)


if __name__ == "__main__":
    app()
