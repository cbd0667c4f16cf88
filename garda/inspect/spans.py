"""The fixed vocabulary of findings: span types, data categories, prohibited uses.

Reports, tests and tools outside garda agree on these names (REQUIREMENTS.md);
renaming one is a breaking change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SpanType(StrEnum):
    PERSON = "PERSON"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    SSN = "SSN"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    LICENSE_PLATE = "LICENSE_PLATE"
    VIN = "VIN"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    CASE_NUMBER = "CASE_NUMBER"
    CJI_IDENTIFIER = "CJI_IDENTIFIER"
    MEDICAL = "MEDICAL"
    CONFIDENTIAL_SOURCE = "CONFIDENTIAL_SOURCE"
    TACTICAL = "TACTICAL"
    IP_ADDRESS = "IP_ADDRESS"
    ACCOUNT_NUMBER = "ACCOUNT_NUMBER"


class DataCategory(StrEnum):
    PII = "PII"
    CJI = "CJI"
    PHI = "PHI"
    NON_PUBLIC = "NON_PUBLIC"


CATEGORY_OF: dict[SpanType, DataCategory] = {
    **{t: DataCategory.PII for t in (
        SpanType.PERSON, SpanType.DATE_OF_BIRTH, SpanType.SSN, SpanType.DRIVER_LICENSE,
        SpanType.LICENSE_PLATE, SpanType.VIN, SpanType.PHONE, SpanType.EMAIL,
        SpanType.ADDRESS, SpanType.IP_ADDRESS, SpanType.ACCOUNT_NUMBER)},
    SpanType.CASE_NUMBER: DataCategory.CJI,
    SpanType.CJI_IDENTIFIER: DataCategory.CJI,
    SpanType.MEDICAL: DataCategory.PHI,
    SpanType.CONFIDENTIAL_SOURCE: DataCategory.NON_PUBLIC,
    SpanType.TACTICAL: DataCategory.NON_PUBLIC,
}


class PersonRole(StrEnum):
    """A person's role read from context; drives role-aware placeholders."""

    VICTIM = "victim"
    SUSPECT = "suspect"
    WITNESS = "witness"
    COMPLAINANT = "complainant"
    OFFICER = "officer"
    PERSON = "person"


class UseKind(StrEnum):
    """What the text as a whole is for, when that matters to the policy."""

    CATEGORIZATION = "categorization"          # 682.35 C
    SURVEILLANCE = "surveillance"              # 682.35 D
    RATIONALIZATION = "rationalization"        # 682.35 A
    SOLE_LEGAL_BASIS = "sole_legal_basis"      # 682.35 A
    CJI_RECORD = "cji_record"                  # 682.30.3.b: NCIC returns, criminal histories, look-ups
    COVERT_WORK = "covert_work"                # 682.05 C: a prompt that reads as an operation plan or an informant's file
    PROTECTED_CHARACTERISTIC = "protected_characteristic"  # 682.20 D / 682.25 C.2: flag, never block


PROHIBITED_USES = (UseKind.CATEGORIZATION, UseKind.SURVEILLANCE,
                   UseKind.RATIONALIZATION, UseKind.SOLE_LEGAL_BASIS)


@dataclass(frozen=True, slots=True)
class Finding:
    """One sensitive span, with offsets (code points) into the text as given."""

    span_type: SpanType
    start: int
    end: int
    text: str
    recognizer: str
    score: float = 1.0
    role: PersonRole | None = None
    explanation: str = ""

    @property
    def category(self) -> DataCategory:
        return CATEGORY_OF[self.span_type]

    def at(self, start: int, end: int, text: str) -> Finding:
        """The same finding over other offsets and text (cheaper than ``dataclasses.replace``,
        which matters when a long text holds thousands of findings)."""
        return Finding(self.span_type, start, end, text, self.recognizer, self.score, self.role, self.explanation)


@dataclass(frozen=True, slots=True)
class UseFinding:
    """A finding about the use the text asks for (prohibited uses, CJI look-ups, bias language)."""

    kind: UseKind
    section: str            # SOP section it cites, e.g. "682.35 C"
    start: int
    end: int
    classifier: str
    explanation: str
    legal_authority: str | None = None   # for SURVEILLANCE: the warrant / court order cited, if any


@dataclass(slots=True)
class Inspection:
    text: str
    findings: list[Finding] = field(default_factory=list)
    uses: list[UseFinding] = field(default_factory=list)

    def of_kind(self, kind: UseKind) -> list[UseFinding]:
        return [u for u in self.uses if u.kind == kind]
