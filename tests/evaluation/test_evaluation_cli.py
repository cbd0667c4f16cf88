"""The eval command on a small corpus written in the test, with garda's real scan."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from garda.evaluation.cli import app

pytest.importorskip("garda.scan")

LINES = [
    {"id": "n1", "text": "What is the difference between reasonable suspicion and probable cause?",
     "spans": [], "expected": "allow", "categories": ["negative"]},
    {"id": "r1", "text": "Proofread: the caller gave 414-555-0142 as her callback number.",
     "spans": [{"start": 27, "end": 39, "type": "PHONE"}], "expected": "redact", "categories": []},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES) + "\n", encoding="utf-8")
    return path


def test_json_output_is_one_document(corpus):
    result = CliRunner().invoke(app, [str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["items"] == 2
    assert document["system"] == "public"
    assert set(document["decisions"]["confusion"]) == {"allow", "redact"}


def test_human_output_has_the_tables(corpus):
    result = CliRunner().invoke(app, [str(corpus)])
    assert result.exit_code == 0, result.output
    for title in ("Spans", "Summary", "Decisions"):
        assert title in result.stdout


def test_department_system_is_judged_with_every_clearance(corpus):
    result = CliRunner().invoke(app, [str(corpus), "--json", "--system", "department"])
    assert json.loads(result.stdout)["system"] == "department"


def test_unknown_system_is_a_usage_error(corpus):
    result = CliRunner().invoke(app, [str(corpus), "--system", "chatgpt-free"])
    assert result.exit_code == 2
    assert "unknown system" in result.output


def test_a_malformed_corpus_fails_with_its_line_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "x", "spans": [], "expected": "perhaps"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, [str(path), "--json"])
    assert result.exit_code != 0
    assert "line 1" in str(result.exception or result.output)


def test_targets_flag_exits_1_when_a_target_is_unmet(corpus, tmp_path):
    path = tmp_path / "leaky.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Sort these field interview subjects by race.",
                                "spans": [{"start": 0, "end": 4, "type": "PERSON"}], "expected": "block",
                                "categories": ["prohibited:categorization"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(path), "--json", "--targets"])
    document = json.loads(result.stdout)
    assert result.exit_code == 1
    assert document["targets"]["unmet"]
