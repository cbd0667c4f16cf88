"""The policy pack: a versioned YAML file of rules, each citing its SOP section.

A pack is checked whole when it is loaded; anything doubtful (an unknown field, a
duplicate rule id, an unknown span type, two rules claiming the same span type, a
span type no rule covers) stops garda at start-up with a ConfigurationError that
names the problem, rather than deciding prompts with a pack nobody meant.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from garda.errors import ConfigurationError
from garda.inspect.spans import CATEGORY_OF, DataCategory, SpanType, UseKind
from garda.policy.decision import Action

SHIPPED_PACK = "sop682.yaml"
RULE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Match(Strict):
    """What a rule applies to: sensitive spans (by type or category) or uses of the text."""

    span_types: tuple[SpanType, ...] = ()
    categories: tuple[DataCategory, ...] = ()
    use_kinds: tuple[UseKind, ...] = ()

    @model_validator(mode="after")
    def _one_kind_of_target(self) -> Match:
        spans = bool(self.span_types or self.categories)
        if not spans and not self.use_kinds:
            raise ValueError("'when' must name span_types, categories or use_kinds")
        if spans and self.use_kinds:
            raise ValueError("'when' must match either spans (span_types/categories) or use_kinds, not both")
        return self

    def matched_span_types(self) -> frozenset[SpanType]:
        return frozenset(self.span_types) | {t for t, c in CATEGORY_OF.items() if c in self.categories}


class Actions(Strict):
    uncleared: Action
    cleared: Action | None = None


class Rule(Strict):
    id: str = Field(pattern=RULE_ID_PATTERN, max_length=80)
    section: str = Field(min_length=1, max_length=80)
    title: str = Field(min_length=1)
    when: Match
    action: Actions
    cleared_by: tuple[DataCategory, ...] = ()
    allow_with_legal_authority: bool = False
    message: str = Field(min_length=1)
    suggested_wording: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        cleared = self.action.cleared
        if bool(self.cleared_by) != (cleared is not None):
            raise ValueError("'action.cleared' and 'cleared_by' go together: give both or neither")
        if cleared is not None and cleared.severity > self.action.uncleared.severity:
            raise ValueError(f"a cleared system would be treated more strictly ({cleared}) than an "
                             f"uncleared one ({self.action.uncleared})")
        if Action.BLOCK in (self.action.uncleared, cleared) and not self.suggested_wording:
            raise ValueError("a rule that can block must give 'suggested_wording' (SOP 682.30.1)")
        if self.allow_with_legal_authority and set(self.when.use_kinds) != {UseKind.SURVEILLANCE}:
            raise ValueError("'allow_with_legal_authority' applies only to a rule matching use_kinds [surveillance]")
        return self

    def action_for(self, clearance: frozenset[DataCategory]) -> Action:
        if self.action.cleared is not None and clearance >= set(self.cleared_by):
            return self.action.cleared
        return self.action.uncleared


class PolicyPack(Strict):
    version: str = Field(min_length=1, max_length=80)
    name: str = Field(min_length=1)
    source: str = Field(min_length=1)
    rules: tuple[Rule, ...] = Field(min_length=1)

    _by_span: dict[SpanType, Rule] = PrivateAttr(default_factory=dict)
    _by_use: dict[UseKind, Rule] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_rule_for_each_target(self) -> PolicyPack:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        by_span = _claim(self.rules, lambda rule: rule.when.matched_span_types(), "span type")
        by_use = _claim(self.rules, lambda rule: rule.when.use_kinds, "use kind")
        _require_all(by_span, SpanType, "span type")
        _require_all(by_use, UseKind, "use kind")
        return self

    def model_post_init(self, context: Any) -> None:
        for rule in self.rules:
            for span_type in rule.when.matched_span_types():
                self._by_span[span_type] = rule
            for kind in rule.when.use_kinds:
                self._by_use[kind] = rule

    def rule_for_span(self, span_type: SpanType) -> Rule:
        return self._by_span[span_type]

    def rule_for_use(self, kind: UseKind) -> Rule:
        return self._by_use[kind]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _claim(rules: tuple[Rule, ...], targets_of: Any, what: str) -> dict[Any, Rule]:
    """Each span type and use kind belongs to one rule; two claims would make the outcome depend on order."""
    owner: dict[Any, Rule] = {}
    for rule in rules:
        for target in targets_of(rule):
            if target in owner:
                raise ValueError(f"rules {owner[target].id!r} and {rule.id!r} conflict: both match "
                                 f"{what} {target.value}")
            owner[target] = rule
    return owner


def _require_all(owner: dict[Any, Rule], vocabulary: Any, what: str) -> None:
    missing = [member.value for member in vocabulary if member not in owner]
    if missing:
        raise ValueError(f"no rule covers {what} {', '.join(missing)}; every {what} needs a rule "
                         "(write an explicit allow rule if that is what the department wants)")


def load_pack(path: Path | str | os.PathLike[str] | None = None) -> PolicyPack:
    """Load and check a policy pack; None loads the SOP 682 pack shipped with garda."""
    where = str(path) if path is not None else f"garda/policy/{SHIPPED_PACK}"
    try:
        text = (Path(path).read_text(encoding="utf-8") if path is not None
                else files("garda.policy").joinpath(SHIPPED_PACK).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"policy pack {where}: cannot read it ({exc.__class__.__name__}: {exc})") from exc
    return parse_pack(text, where=where)


def parse_pack(text: str, *, where: str = "<text>") -> PolicyPack:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigurationError(f"policy pack {where}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise ConfigurationError(f"policy pack {where}: expected a mapping with version, name, source and rules")
    try:
        return PolicyPack.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(error, raw) for error in exc.errors())
        raise ConfigurationError(f"policy pack {where}: {problems}") from None


def _describe(error: Any, raw: dict) -> str:
    """One readable line per problem, naming the rule by its id where there is one."""
    loc = list(error.get("loc", ()))
    where = ".".join(str(part) for part in loc)
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rules = raw.get("rules")
        rule = rules[loc[1]] if isinstance(rules, list) and loc[1] < len(rules) else None
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        label = f"rule {rule_id!r}" if rule_id else f"rule #{loc[1] + 1}"
        where = label + "".join(f".{part}" for part in loc[2:])
    message = error.get("msg", "invalid")
    if error.get("type") == "extra_forbidden":
        message = "unknown field"
    elif message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if error.get("type") == "enum":
        message += f" (got {error.get('input')!r})"
    return f"{where}: {message}" if where else message
