"""`garda scan`: inspect and decide on text with only the policy pack (no database, no server).

The JSON-line shape is a stable interface for other tools and evaluations:
``{"id", "decision", "spans": [{"start", "end", "type"}], "reasons": [...]}``,
offsets being Python string indices (code points) into the text as given.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from garda.errors import InspectionFailed
from garda.inspect.spans import DataCategory

INSPECTION_FAILED_REASON = {
    "rule_id": "inspection-failed", "section": "682.30", "action": "block",
    "message": "The text could not be inspected in time, so it is treated as blocked (fail closed).",
}


class Scanner:
    def __init__(self, inspector: Any, pack: Any) -> None:
        self.inspector = inspector
        self.pack = pack

    def scan(self, text: str, clearance: frozenset[DataCategory] = frozenset()) -> dict[str, Any]:
        from garda.policy.decision import decide

        try:
            inspection = self.inspector.inspect(text)
        except InspectionFailed:
            return {"decision": "block", "spans": [], "reasons": [dict(INSPECTION_FAILED_REASON)]}
        decision = decide([inspection], clearance, self.pack)
        return {
            "decision": decision.action.value,
            "spans": [{"start": f.start, "end": f.end, "type": f.span_type.value} for f in inspection.findings],
            "reasons": decision.to_dict()["reasons"],
        }


@lru_cache(maxsize=4)
def default_scanner(policy_pack: str | None = None, learned_uses: bool = True, learned_spans: bool = True) -> Scanner:
    from pathlib import Path

    from garda.inspect.engine import default_inspector
    from garda.policy.pack import load_pack

    return Scanner(default_inspector(learned_uses=learned_uses, learned_spans=learned_spans),
                   load_pack(Path(policy_pack) if policy_pack else None))


def scan_text(text: str, clearance: frozenset[DataCategory] = frozenset(), *, learned_uses: bool = True,
              learned_spans: bool = True) -> dict[str, Any]:
    return default_scanner(None, learned_uses, learned_spans).scan(text, clearance)


def parse_clearance(value: str | None) -> frozenset[DataCategory]:
    if not value:
        return frozenset()
    try:
        return frozenset(DataCategory(part.strip().upper()) for part in value.split(",") if part.strip())
    except ValueError:
        allowed = ", ".join(c.value for c in DataCategory)
        raise ValueError(f"clearance must be a comma-separated list of: {allowed}") from None
