"""Issue 3's targets, read from the real `garda eval --json` on the project's own corpora.

These report honestly: a failure here means garda's inspection does not yet meet the
target on the corpus, not that the test is wrong. Never edit the corpus to pass them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from garda.evaluation.targets import EVASION_TARGETS, PROMPT_TARGETS

DATA = Path(__file__).resolve().parents[1] / "data"

try:
    from garda.scan import scan_text  # noqa: F401
except ImportError as exc:  # pragma: no cover - only before the scan core exists
    pytest.skip(f"garda.scan.scan_text is not importable yet ({exc})", allow_module_level=True)


def eval_app():
    """`garda eval` as mounted in the main command line, or the same command on its own until it is."""
    from garda.cli import app as garda_app

    if any(command.name == "eval" for command in garda_app.registered_commands):
        return garda_app, ["eval"]
    from garda.evaluation.cli import app

    return app, []


def run_eval(corpus: Path) -> dict:
    app, prefix = eval_app()
    result = CliRunner().invoke(app, [*prefix, str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def prompts_report():
    return run_eval(DATA / "prompts.jsonl")


@pytest.fixture(scope="module")
def evasion_report():
    return run_eval(DATA / "evasion.jsonl")


@pytest.mark.parametrize("target", PROMPT_TARGETS, ids=lambda t: t.name)
def test_prompt_corpus_target(prompts_report, target):
    assert target.failure(prompts_report) is None


@pytest.mark.parametrize("target", EVASION_TARGETS, ids=lambda t: t.name)
def test_evasion_corpus_target(evasion_report, target):
    assert target.failure(evasion_report) is None


def test_every_prohibited_category_and_name_group_is_reported(prompts_report):
    block_recall = prompts_report["decisions"]["block_recall"]
    assert {"prohibited:categorization", "prohibited:surveillance", "prohibited:rationalization",
            "prohibited:sole_legal_basis", "cji_record", "nonpublic"} <= set(block_recall)
    assert len(prompts_report["names"]["by_group"]) >= 8
    assert prompts_report["predictor_errors"] == 0
