"""Where benchmark figures go: one section per script in docs/benchmarks.md, rewritten in place.

Each script owns the text between ``<!-- bench:NAME:start -->`` and
``<!-- bench:NAME:end -->``; running it again replaces that text and leaves the
rest of the file (and the other scripts' sections) alone.
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "benchmarks.md"

HEADER = """# Benchmarks

Figures in this file are written by the scripts under `bench/`; each script rewrites
only its own section (between its `bench:` markers). Rerun a script to refresh its
section. These are measurements, not tests: nothing in the test suite times anything.

"""


@dataclass(frozen=True, slots=True)
class Machine:
    cpu: str
    cores: int
    python: str
    commit: str
    date: str
    load: str

    def lines(self) -> list[str]:
        return [
            f"- machine: {self.cpu}, {self.cores} cores visible to the OS",
            f"- date: {self.date}",
            f"- python: {self.python}",
            f"- garda commit: `{self.commit}`",
            f"- load average when the run ended (1/5/15 min): {self.load} (other work shares this machine)",
        ]


def this_machine() -> Machine:
    return Machine(cpu=_cpu_model(), cores=os.cpu_count() or 0, python=platform.python_version(),
                   commit=_commit(), date=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                   load=" / ".join(f"{value:.1f}" for value in os.getloadavg()))


def _cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return platform.processor() or "unknown CPU"
    for line in out.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "garda"],
                               cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (garda/ has uncommitted changes)" if dirty else head


def write_section(name: str, body: str, path: Path = DOCS) -> None:
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if start in current and end in current:
        before, rest = current.split(start, 1)
        after = rest.split(end, 1)[1]
        updated = before + block + after
    else:
        updated = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(updated, encoding="utf-8")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"
