"""The documentation keeps up with the code: settings, CLI commands, README commands."""

from pathlib import Path

from garda.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented():
    text = (ROOT / "docs" / "configuration.md").read_text()
    for name in Settings.model_fields:
        assert f"`GARDA_{name.upper()}`" in text, name


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "./scripts/test" in readme and "./scripts/demo" in readme
    assert "./scripts/test" in ci


def test_traceability_names_only_tests_and_code_that_exist():
    import re

    text = (ROOT / "docs" / "traceability.md").read_text()
    for path, name in re.findall(r"`([a-z_/]+\.py)::(test_[a-z0-9_]+)`", text):
        source = (ROOT / "tests" / path).read_text()
        assert f"def {name}(" in source, f"{path}::{name}"
    for path in re.findall(r"`([a-z_]+/[a-z_/]+\.py)[ `]", text):
        assert (ROOT / "garda" / path).exists() or (ROOT / "tests" / path).exists(), path


def test_policy_trace_prints_the_traceability_table():
    from importlib.resources import files

    shipped = files("garda.policy").joinpath("traceability.md").read_text(encoding="utf-8")
    assert shipped == (ROOT / "docs" / "traceability.md").read_text()
