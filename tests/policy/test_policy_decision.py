"""The decision table of REQUIREMENTS.md, row by row, under every clearance a system can hold."""

from __future__ import annotations

import json

import pytest

from garda.inspect.spans import DataCategory, Inspection, SpanType, UseKind
from garda.policy.decision import Action, decide
from garda.policy.pack import load_pack
from tests.policy.builders import inspection, spanning, use

ALLOW, REDACT, BLOCK = Action.ALLOW, Action.REDACT, Action.BLOCK
PII, CJI, PHI, NON_PUBLIC = DataCategory.PII, DataCategory.CJI, DataCategory.PHI, DataCategory.NON_PUBLIC

CLEARANCES = {
    "nothing": frozenset(),
    "PII": frozenset({PII}),
    "CJI": frozenset({CJI}),
    "PHI": frozenset({PHI}),
    "NON_PUBLIC": frozenset({NON_PUBLIC}),
    "all": frozenset(DataCategory),
}


def expected(uncleared: Action, cleared: Action, cleared_by: DataCategory | None) -> dict[str, Action]:
    return {name: cleared if cleared_by in clearance else uncleared for name, clearance in CLEARANCES.items()}


def uses_only(kind: UseKind) -> Inspection:
    return inspection("Lorem ipsum dolor", uses=(use(kind, 0, 5),))


# (row of the table, what the prompt holds, expected action per clearance, rule id cited or None)
ROWS = [
    ("nothing sensitive", inspection("Proofread: the suspect left on foot."), expected(ALLOW, ALLOW, None), None),
    *[(f"PII: {t}", spanning(t), expected(REDACT, ALLOW, PII), "pii-to-uncleared-system")
      for t in (SpanType.PERSON, SpanType.DATE_OF_BIRTH, SpanType.SSN, SpanType.DRIVER_LICENSE,
                SpanType.LICENSE_PLATE, SpanType.VIN, SpanType.PHONE, SpanType.EMAIL, SpanType.ADDRESS,
                SpanType.IP_ADDRESS, SpanType.ACCOUNT_NUMBER)],
    ("MEDICAL", spanning(SpanType.MEDICAL), expected(REDACT, ALLOW, PHI), "phi-to-uncleared-system"),
    ("CASE_NUMBER", spanning(SpanType.CASE_NUMBER), expected(REDACT, ALLOW, CJI),
     "cji-identifier-to-uncleared-system"),
    ("CJI_IDENTIFIER", spanning(SpanType.CJI_IDENTIFIER), expected(REDACT, ALLOW, CJI),
     "cji-identifier-to-uncleared-system"),
    ("CJI record itself", uses_only(UseKind.CJI_RECORD), expected(BLOCK, ALLOW, CJI),
     "cji-record-to-uncleared-system"),
    ("CONFIDENTIAL_SOURCE", spanning(SpanType.CONFIDENTIAL_SOURCE), expected(BLOCK, ALLOW, NON_PUBLIC),
     "confidential-source-to-uncleared-system"),
    ("TACTICAL", spanning(SpanType.TACTICAL), expected(BLOCK, ALLOW, NON_PUBLIC),
     "tactical-to-uncleared-system"),
    ("covert work read as a whole", uses_only(UseKind.COVERT_WORK), expected(BLOCK, ALLOW, NON_PUBLIC),
     "covert-work-to-uncleared-system"),
    ("682.35 C categorization", uses_only(UseKind.CATEGORIZATION), expected(BLOCK, BLOCK, None),
     "categorization-prohibited"),
    ("682.35 A rationalization", uses_only(UseKind.RATIONALIZATION), expected(BLOCK, BLOCK, None),
     "rationalization-prohibited"),
    ("682.35 A sole legal basis", uses_only(UseKind.SOLE_LEGAL_BASIS), expected(BLOCK, BLOCK, None),
     "sole-legal-basis-prohibited"),
    ("682.35 D surveillance", uses_only(UseKind.SURVEILLANCE), expected(BLOCK, BLOCK, None),
     "surveillance-without-legal-authority"),
    ("protected characteristic (flag only)", uses_only(UseKind.PROTECTED_CHARACTERISTIC),
     expected(ALLOW, ALLOW, None), "protected-characteristic-language"),
]

CASES = [pytest.param(found, clearance_name, outcome[clearance_name], rule_id, id=f"{row} / {clearance_name}")
         for row, found, outcome, rule_id in ROWS for clearance_name in CLEARANCES]


@pytest.fixture(scope="module")
def pack():
    return load_pack()


@pytest.mark.parametrize("found, clearance_name, action, rule_id", CASES)
def test_decision_table(pack, found, clearance_name, action, rule_id):
    decision = decide([found], CLEARANCES[clearance_name], pack)
    assert decision.action == action
    assert decision.policy_version == pack.version
    if rule_id is None:
        assert decision.reasons == ()
        return
    (reason,) = decision.reasons
    assert reason.rule_id == rule_id
    assert reason.section == pack.rule(rule_id).section
    assert reason.action == action
    assert reason.spans and reason.spans[0].message_index == 0
    assert (reason.suggested_wording is not None) == (action == BLOCK)
    assert bool(decision.redactions) == (action == REDACT)


def test_sections_cite_the_sop(pack):
    sections = {rule.id: rule.section for rule in pack.rules}
    assert sections["pii-to-uncleared-system"] == "682.30.3.a"
    assert sections["cji-record-to-uncleared-system"] == "682.30.3.b"
    assert sections["phi-to-uncleared-system"] == "682.30.3.c"
    assert "682.05 C" in sections["confidential-source-to-uncleared-system"]
    assert sections["categorization-prohibited"] == "682.35 C"
    assert sections["surveillance-without-legal-authority"] == "682.35 D"


def test_surveillance_with_legal_authority_on_an_approved_system_is_allowed_and_recorded(pack):
    warrant = use(UseKind.SURVEILLANCE, 0, 15, legal_authority="search warrant 26-SW-0417")
    found = inspection("Track the phone", uses=(warrant,))
    decision = decide([found], frozenset(), pack, surveillance_approved=True)
    assert decision.action == ALLOW
    assert decision.legal_authority == "search warrant 26-SW-0417"
    assert "26-SW-0417" in decision.reasons[0].message
    assert decision.to_dict()["legal_authority"] == "search warrant 26-SW-0417"


@pytest.mark.parametrize("approved, authority", [(False, "court order 26-CO-12"), (True, None), (True, "  ")])
def test_surveillance_needs_both_approval_and_authority(pack, approved, authority):
    found = inspection("Track the phone", uses=(use(UseKind.SURVEILLANCE, 0, 15, legal_authority=authority),))
    decision = decide([found], frozenset(DataCategory), pack, surveillance_approved=approved)
    assert decision.action == BLOCK
    assert decision.legal_authority is None


def test_legal_authority_does_not_lift_other_prohibitions(pack):
    found = inspection("x" * 20, uses=(use(UseKind.SURVEILLANCE, 0, 5, legal_authority="warrant 26-SW-1"),
                                       use(UseKind.CATEGORIZATION, 6, 10)))
    decision = decide([found], frozenset(DataCategory), pack, surveillance_approved=True)
    assert decision.action == BLOCK
    assert [r.rule_id for r in decision.reasons] == ["categorization-prohibited",
                                                     "surveillance-without-legal-authority"]


def test_strictest_action_wins_across_messages(pack):
    decision = decide([spanning(SpanType.PERSON), inspection("fine"), spanning(SpanType.TACTICAL)],
                      frozenset(), pack)
    assert decision.action == BLOCK
    assert decision.redactions == ()
    assert [(r.rule_id, r.action) for r in decision.reasons] == [
        ("tactical-to-uncleared-system", BLOCK), ("pii-to-uncleared-system", REDACT)]
    assert decision.reasons[0].spans[0].message_index == 2


def test_redactions_list_every_redacted_finding_with_its_message(pack):
    first, second = spanning(SpanType.PERSON, "Jane Roe"), spanning(SpanType.CASE_NUMBER, "2026-004512")
    decision = decide([first, second], frozenset({CJI}), pack)
    assert decision.action == REDACT
    assert decision.redactions == ((0, first.findings[0]),)
    cji = [r for r in decision.reasons if r.rule_id == "cji-identifier-to-uncleared-system"]
    assert cji[0].action == ALLOW and "cleared for CJI" in cji[0].message


def test_protected_characteristic_is_a_visible_reason_that_never_blocks(pack):
    found = inspection("x" * 20, uses=(use(UseKind.PROTECTED_CHARACTERISTIC, 2, 9),))
    decision = decide([found], frozenset(), pack)
    assert decision.action == ALLOW
    assert decision.reasons[0].rule_id == "protected-characteristic-language"
    assert decision.reasons[0].spans[0].type == "protected_characteristic"


def test_to_dict_is_json_and_holds_no_prompt_text(pack):
    found = spanning(SpanType.PERSON, "Marisol Quintero-Vance")
    body = decide([found], frozenset(), pack).to_dict()
    dumped = json.dumps(body)
    assert "Marisol" not in dumped
    assert body["action"] == "redact"
    assert body["reasons"][0]["spans"] == [{"message_index": 0, "start": 0, "end": 22, "type": "PERSON"}]
    assert body["redactions"] == [{"message_index": 0, "start": 0, "end": 22, "type": "PERSON"}]


def test_no_inspections_is_allow(pack):
    assert decide([], frozenset(), pack).action == ALLOW
