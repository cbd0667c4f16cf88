"""The decision: allow, redact or block a request, with a reason for every finding that mattered.

Each finding (a sensitive span) and each use finding (what the text asks for) is judged
by the one pack rule that covers it, under the system's data clearance; the strictest
action wins. The same Decision feeds the member's error message, the audit record and
`garda scan`, so it carries no prompt text, only offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Sequence

from garda.inspect.spans import DataCategory, Finding, Inspection

if TYPE_CHECKING:
    from garda.policy.pack import PolicyPack, Rule


class Action(StrEnum):
    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.REDACT: 1, Action.BLOCK: 2}


@dataclass(frozen=True)
class SpanRef:
    """Where a finding is: which message of the request, code-point offsets, span type or use kind."""

    message_index: int
    start: int
    end: int
    type: str

    def to_dict(self) -> dict[str, Any]:
        return {"message_index": self.message_index, "start": self.start, "end": self.end, "type": self.type}


@dataclass(frozen=True)
class Reason:
    rule_id: str
    section: str
    action: Action
    message: str
    spans: tuple[SpanRef, ...]
    suggested_wording: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"rule_id": self.rule_id, "section": self.section, "action": self.action.value,
                "message": self.message, "spans": [span.to_dict() for span in self.spans],
                "suggested_wording": self.suggested_wording}


@dataclass(frozen=True)
class Decision:
    action: Action
    reasons: tuple[Reason, ...]
    policy_version: str
    redactions: tuple[tuple[int, Finding], ...] = ()
    legal_authority: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able and free of prompt text: spans are offsets and types only."""
        return {
            "action": self.action.value,
            "policy_version": self.policy_version,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "redactions": [{"message_index": index, "start": f.start, "end": f.end, "type": f.span_type.value}
                           for index, f in self.redactions],
            "legal_authority": self.legal_authority,
        }


@dataclass(frozen=True)
class _Verdict:
    """One finding judged by one rule."""

    rule: Rule
    action: Action
    span: SpanRef
    finding: Finding | None = None
    legal_authority: str | None = None


def decide(inspections: Sequence[Inspection], clearance: frozenset[DataCategory], pack: PolicyPack, *,
           surveillance_approved: bool = False) -> Decision:
    """Judge every finding of every message; the strictest action wins."""
    clearance = frozenset(clearance)
    verdicts: list[_Verdict] = []
    for index, inspection in enumerate(inspections):
        verdicts.extend(_judge_spans(index, inspection, clearance, pack))
        verdicts.extend(_judge_uses(index, inspection, clearance, pack, surveillance_approved))
    action = max((v.action for v in verdicts), key=lambda a: a.severity, default=Action.ALLOW)
    redactions = tuple((v.span.message_index, v.finding) for v in verdicts
                       if action == Action.REDACT and v.action == Action.REDACT and v.finding is not None)
    authorities = [v.legal_authority for v in verdicts if v.legal_authority]
    return Decision(action=action, reasons=_reasons(verdicts, clearance), policy_version=pack.version,
                    redactions=redactions,
                    legal_authority="; ".join(dict.fromkeys(authorities)) or None)


def _judge_spans(index: int, inspection: Inspection, clearance: frozenset[DataCategory],
                 pack: PolicyPack) -> list[_Verdict]:
    verdicts = []
    for finding in sorted(inspection.findings, key=lambda f: (f.start, f.end)):
        rule = pack.rule_for_span(finding.span_type)
        span = SpanRef(index, finding.start, finding.end, finding.span_type.value)
        verdicts.append(_Verdict(rule, rule.action_for(clearance), span, finding=finding))
    return verdicts


def _judge_uses(index: int, inspection: Inspection, clearance: frozenset[DataCategory], pack: PolicyPack,
                surveillance_approved: bool) -> list[_Verdict]:
    verdicts = []
    for use in sorted(inspection.uses, key=lambda u: (u.start, u.end)):
        rule = pack.rule_for_use(use.kind)
        span = SpanRef(index, use.start, use.end, use.kind.value)
        authority = (use.legal_authority or "").strip()
        if rule.allow_with_legal_authority and surveillance_approved and authority:
            verdicts.append(_Verdict(rule, Action.ALLOW, span, legal_authority=authority))
        else:
            verdicts.append(_Verdict(rule, rule.action_for(clearance), span))
    return verdicts


def _reasons(verdicts: list[_Verdict], clearance: frozenset[DataCategory]) -> tuple[Reason, ...]:
    """One reason per (rule, action), strictest first, then in order of first appearance."""
    grouped: dict[tuple[str, Action], list[_Verdict]] = {}
    for verdict in verdicts:
        grouped.setdefault((verdict.rule.id, verdict.action), []).append(verdict)
    ordered = sorted(grouped.values(), key=lambda group: -group[0].action.severity)
    return tuple(_reason(group) for group in ordered)


def _reason(group: list[_Verdict]) -> Reason:
    rule, action = group[0].rule, group[0].action
    return Reason(rule_id=rule.id, section=rule.section, action=action, message=_message(rule, group),
                  spans=tuple(v.span for v in group),
                  suggested_wording=rule.suggested_wording if action == Action.BLOCK else None)


def _message(rule: Rule, group: list[_Verdict]) -> str:
    action = group[0].action
    if action == rule.action.uncleared:
        return rule.message.strip()
    authorities = [v.legal_authority for v in group if v.legal_authority]
    if authorities:
        return (f"{rule.title}: allowed on this system, which is approved for that use, under the legal "
                f"authority cited ({'; '.join(dict.fromkeys(authorities))}); the reference is recorded.")
    cleared_for = ", ".join(category.value for category in rule.cleared_by)
    return f"{rule.title}: this system is cleared for {cleared_for}, so it was sent as is."
