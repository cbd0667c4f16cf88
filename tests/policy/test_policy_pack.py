"""Loading and checking policy packs: the shipped one, and the mistakes a department might make."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
import yaml

from garda.errors import ConfigurationError
from garda.inspect.spans import SpanType, UseKind
from garda.policy.pack import load_pack, parse_pack


@pytest.fixture
def shipped() -> dict:
    return yaml.safe_load(files("garda.policy").joinpath("sop682.yaml").read_text(encoding="utf-8"))


def broken(raw: dict, tmp_path) -> str:
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(ConfigurationError) as caught:
        load_pack(path)
    return caught.value.message


def rule(raw: dict, rule_id: str) -> dict:
    return next(r for r in raw["rules"] if r["id"] == rule_id)


def test_shipped_pack_is_versioned_and_covers_every_span_type_and_use():
    pack = load_pack()
    assert re.fullmatch(r"sop682-\d{4}\.\d{2}\.\d+", pack.version)
    assert {t for t in SpanType} == {t for t in SpanType if pack.rule_for_span(t)}
    assert all(pack.rule_for_use(kind) for kind in UseKind)
    assert all(r.suggested_wording for r in pack.rules if "block" in (r.action.uncleared, r.action.cleared))


def test_a_department_pack_loads_from_its_path(shipped, tmp_path):
    shipped["version"] = "dept-2026.02"
    rule(shipped, "tactical-to-uncleared-system")["action"]["cleared"] = "redact"
    path = tmp_path / "ours.yaml"
    path.write_text(yaml.safe_dump(shipped))
    pack = load_pack(str(path))
    assert pack.version == "dept-2026.02"
    assert pack.rule_for_span(SpanType.TACTICAL).action.cleared == "redact"


def test_unknown_top_level_field(shipped, tmp_path):
    shipped["author"] = "somebody"
    assert "author: unknown field" in broken(shipped, tmp_path)


def test_unknown_rule_field_names_the_rule(shipped, tmp_path):
    rule(shipped, "pii-to-uncleared-system")["severity"] = "high"
    assert "rule 'pii-to-uncleared-system'.severity: unknown field" in broken(shipped, tmp_path)


def test_duplicate_rule_id(shipped, tmp_path):
    shipped["rules"].append(dict(rule(shipped, "categorization-prohibited")))
    assert "duplicate rule id 'categorization-prohibited'" in broken(shipped, tmp_path)


def test_unknown_span_type(shipped, tmp_path):
    rule(shipped, "tactical-to-uncleared-system")["when"]["span_types"] = ["TACTICAL", "NAME"]
    message = broken(shipped, tmp_path)
    assert "rule 'tactical-to-uncleared-system'.when.span_types.1" in message
    assert "'NAME'" in message


@pytest.mark.parametrize("field, value", [("categories", ["SECRET"]), ("use_kinds", ["profiling"])])
def test_unknown_category_or_use_kind(shipped, tmp_path, field, value):
    when = rule(shipped, "protected-characteristic-language")["when"]
    when.clear()
    when[field] = value
    assert repr(value[0]) in broken(shipped, tmp_path)


def test_unknown_action(shipped, tmp_path):
    rule(shipped, "pii-to-uncleared-system")["action"]["uncleared"] = "warn"
    assert "'warn'" in broken(shipped, tmp_path)


def test_two_rules_claiming_one_span_type_conflict(shipped, tmp_path):
    shipped["rules"].append({"id": "names-allowed", "section": "682.30", "title": "t", "message": "m",
                             "when": {"span_types": ["PERSON"]}, "action": {"uncleared": "allow"}})
    message = broken(shipped, tmp_path)
    assert "'pii-to-uncleared-system' and 'names-allowed' conflict" in message
    assert "PERSON" in message


def test_a_span_type_without_a_rule(shipped, tmp_path):
    shipped["rules"] = [r for r in shipped["rules"] if r["id"] != "tactical-to-uncleared-system"]
    assert "no rule covers span type TACTICAL" in broken(shipped, tmp_path)


def test_a_pack_written_before_covert_work_names_what_it_lacks(shipped, tmp_path):
    """A department pack from before sop682-2026.01.2 has no rule for the covert_work use kind."""
    shipped["rules"] = [r for r in shipped["rules"] if r["id"] != "covert-work-to-uncleared-system"]
    assert "no rule covers use kind covert_work" in broken(shipped, tmp_path)


def test_the_command_line_names_the_problem_instead_of_a_traceback(shipped, tmp_path):
    from typer.testing import CliRunner

    from garda.cli import app

    shipped["rules"] = [r for r in shipped["rules"] if r["id"] != "covert-work-to-uncleared-system"]
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(shipped))
    result = CliRunner().invoke(app, ["scan", "--policy", str(path), "--no-learned-uses", "hello"])
    assert result.exit_code == 2
    assert "no rule covers use kind covert_work" in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_serve_refuses_to_start_with_such_a_pack(shipped, tmp_path, initialized, monkeypatch):
    from typer.testing import CliRunner

    from garda.cli import app

    shipped["rules"] = [r for r in shipped["rules"] if r["id"] != "covert-work-to-uncleared-system"]
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump(shipped))
    monkeypatch.setenv("GARDA_POLICY_PACK", str(path))
    result = CliRunner().invoke(app, ["serve", "--home", str(initialized.home), "--port", "1"])
    assert result.exit_code == 2
    assert "no rule covers use kind covert_work" in " ".join(result.output.split())


def test_cleared_stricter_than_uncleared_is_a_conflict(shipped, tmp_path):
    rule(shipped, "pii-to-uncleared-system")["action"] = {"uncleared": "redact", "cleared": "block"}
    assert "more strictly" in broken(shipped, tmp_path)


def test_a_blocking_rule_needs_suggested_wording(shipped, tmp_path):
    del rule(shipped, "categorization-prohibited")["suggested_wording"]
    assert "suggested_wording" in broken(shipped, tmp_path)


def test_cleared_action_needs_cleared_by(shipped, tmp_path):
    del rule(shipped, "pii-to-uncleared-system")["cleared_by"]
    assert "'cleared_by' go together" in broken(shipped, tmp_path)


def test_legal_authority_exception_only_for_surveillance(shipped, tmp_path):
    rule(shipped, "categorization-prohibited")["allow_with_legal_authority"] = True
    assert "allow_with_legal_authority" in broken(shipped, tmp_path)


def test_spans_and_uses_are_not_mixed_in_one_rule(shipped, tmp_path):
    rule(shipped, "categorization-prohibited")["when"]["span_types"] = ["PERSON"]
    assert "not both" in broken(shipped, tmp_path)


def test_bad_rule_id(shipped, tmp_path):
    rule(shipped, "categorization-prohibited")["id"] = "Categorization Prohibited"
    assert "rule 'Categorization Prohibited'.id" in broken(shipped, tmp_path)


@pytest.mark.parametrize("text, problem", [("rules: [", "not valid YAML"), ("- a\n- b\n", "expected a mapping")])
def test_not_a_pack(text, problem):
    with pytest.raises(ConfigurationError, match=problem):
        parse_pack(text)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_pack(tmp_path / "nowhere.yaml")
