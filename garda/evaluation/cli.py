"""`garda eval CORPUS [--system NAME] [--json] [--targets]`: score garda's scan on a labelled corpus.

Mounted by garda/cli.py as ``app.command("eval")(evaluate)``; ``app`` below is the same
command on its own, for tests and for ``python -m garda.evaluation``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Mapping

import typer
from rich.console import Console

from garda.inspect.spans import DataCategory

# Two named clearances need no database; any other --system name is read from the registry.
CLEARANCES = {
    "public": frozenset(),
    "department": frozenset(DataCategory),
}

app = typer.Typer(help="Score garda's inspection and decisions on a labelled corpus.",
                  pretty_exceptions_enable=False)


def scan_predictor(clearance: frozenset[DataCategory], learned_uses: bool = True,
                   learned_spans: bool = True) -> Callable[[str], Mapping[str, Any]]:
    from garda.scan import scan_text

    return lambda text: scan_text(text, clearance, learned_uses=learned_uses, learned_spans=learned_spans)


@app.command()
def evaluate(corpus: Path = typer.Argument(..., metavar="CORPUS", exists=True, dir_okay=False, readable=True,
                                           help="JSON lines: id, text, spans, expected, categories."),
             system: str = typer.Option("public", "--system",
                                        help="Judge as this system: 'public' (cleared for nothing), "
                                             "'department' (cleared for PII, CJI, PHI, NON_PUBLIC), "
                                             "or the name of a system in garda's inventory."),
             home: Path | None = typer.Option(None, "--home", help="garda's data folder, for --system NAME."),
             json_output: bool = typer.Option(False, "--json", help="Print one JSON document."),
             learned_uses: bool = typer.Option(True, "--learned-uses/--no-learned-uses",
                                               help="Read prohibited uses with the learned model as well as the "
                                                    "rules (settings.learned_uses; on by default)."),
             learned_spans: bool = typer.Option(True, "--learned-spans/--no-learned-spans",
                                                help="Find medical details, plates and case numbers with the "
                                                     "learned taggers as well as the rules (settings.learned_spans; "
                                                     "on by default)."),
             targets: bool = typer.Option(False, "--targets",
                                          help="Also check issue 3's targets; exit 1 when one is unmet.")) -> None:
    """Score garda scan on a labelled corpus: span recall/precision, leaks, decisions, name parity."""
    from garda.evaluation.corpus import load_corpus
    from garda.evaluation.scoring import score
    from garda.evaluation.targets import EVASION_TARGETS, PROMPT_TARGETS, unmet

    predict = scan_predictor(_clearance(system, home), learned_uses, learned_spans)
    report = score(load_corpus(corpus), predict, corpus=corpus.name,
                   system=system)
    document = report.to_dict()
    failures: list[str] = []
    if targets:
        chosen = EVASION_TARGETS if "evasion" in corpus.name else PROMPT_TARGETS
        failures = unmet(document, chosen)
        document["targets"] = {"unmet": failures}
    if json_output:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        from garda.evaluation.render import show

        console = Console()
        show(report, console)
        for failure in failures:
            console.print(f"[red]target unmet:[/red] {failure}")
    if failures:
        raise typer.Exit(1)


def _clearance(system: str, home: Path | None) -> frozenset[DataCategory]:
    if system in CLEARANCES:
        return CLEARANCES[system]
    from garda.errors import GardaError
    from garda.registry.systems import clearance_by_name
    from garda.settings import load_settings

    try:
        return clearance_by_name(load_settings(**({"home": home} if home else {})), system)
    except GardaError as exc:
        raise typer.BadParameter(f"unknown system {system!r} ({exc.message}); use 'public', 'department' "
                                 "or a system in garda's inventory.",
                                 param_hint="--system") from None
