"""The human-readable `garda eval` output: Rich tables over a Report."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from garda.evaluation.report import Report, SpanCounts


def percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def show(report: Report, console: Console) -> None:
    console.print(f"[bold]{report.corpus}[/bold]: {report.items} items"
                  + (f", judged for system '{report.system}'" if report.system else ""))
    console.print(spans_table(report))
    console.print(summary_table(report))
    console.print(confusion_table(report))
    if report.block_recall:
        console.print(block_table(report))
    if report.names:
        console.print(names_table(report))


def _span_row(table: Table, label: str, counts: SpanCounts, leaked: float | None) -> None:
    table.add_row(label, str(counts.gold), str(counts.predicted), percent(counts.recall),
                  percent(counts.precision), percent(counts.f1), "-" if leaked is None else f"{leaked:.1f}")


def spans_table(report: Report) -> Table:
    table = Table(title="Spans (a hit covers at least half of a gold span; leaked: gold characters no span covers)")
    for column in ("type", "gold", "predicted", "recall %", "precision %", "F1 %", "leaked %"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for kind, counts in sorted(report.by_type.items()):
        _span_row(table, kind, counts, report.leaked_percent_of(kind))
    table.add_section()
    _span_row(table, "all types (type must match)", report.overall, report.leaked_percent)
    _span_row(table, "any sensitive (type-agnostic)", report.any_sensitive, report.leaked_percent)
    return table


def summary_table(report: Report) -> Table:
    table = Table(title="Summary")
    table.add_column("measure")
    table.add_column("value", justify="right")
    leaked = report.leaked_percent
    rows = [
        ("leaked characters", f"{report.leaked_chars} of {report.gold_chars}"
         + ("" if leaked is None else f" ({leaked:.2f} %)")),
        ("decision accuracy %", percent(report.decision_accuracy)),
        ("false-block rate on allow %", percent(report.false_block_rate)),
        ("name-recall gap (points)", "-" if report.name_recall_gap_points is None
         else f"{report.name_recall_gap_points:.1f}"),
        ("predictor errors", str(report.predictor_errors)),
        ("throughput", f"{report.items / report.seconds:,.0f} items/s, {report.chars / report.seconds:,.0f} chars/s"
         if report.seconds else "-"),
    ]
    for label, value in rows:
        table.add_row(label, value)
    return table


def confusion_table(report: Report) -> Table:
    predicted = sorted({label for row in report.confusion.values() for label in row})
    table = Table(title="Decisions: expected (rows) by predicted (columns)")
    table.add_column("expected")
    for label in predicted:
        table.add_column(label, justify="right")
    for expected, row in sorted(report.confusion.items()):
        table.add_row(expected, *(str(row.get(label, 0)) for label in predicted))
    return table


def block_table(report: Report) -> Table:
    table = Table(title="Block recall by category")
    for column in ("category", "items", "blocked", "recall %"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, row in report.block_recall.items():
        table.add_row(category, str(row["items"]), str(row["blocked"]), percent(row["recall"]))
    return table


def names_table(report: Report) -> Table:
    table = Table(title="Name recall by origin group (SOP 682.20 D)")
    for column in ("group", "names", "found", "recall %"):
        table.add_column(column, justify="left" if column == "group" else "right")
    for group, counts in sorted(report.names.items()):
        table.add_row(group, str(counts.gold), str(counts.gold_hit), percent(counts.recall))
    return table
