"""Generic placeholders for what must not leave ("the victim", "Suspect 1", "[DOB-1]"), SOP 682.30.1.

One Pseudonymizer serves one request. Its map from placeholder to original words lives
in memory only: it is never persisted and never logged (the audit log keeps the text
that was sent, encrypted, and that text holds only placeholders).

Placeholders are consistent across the messages of a request, so a conversation re-sent
with one more turn keeps its earlier numbering: people are numbered by first appearance
(message order, then offset), and a later "Smith" or "John" resolves to the earlier
"SMITH, JOHN A." when nobody else could be meant. A capitalized part of a redacted name
that the inspection did not mark elsewhere in the request is replaced as well, so a
full name cannot leak through its surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from garda.errors import InspectionFailed
from garda.inspect.spans import Finding, PersonRole, SpanType
from garda.policy.normal import NAME_WORD, name_tokens, squash, words
from garda.policy.overlaps import merge_overlaps
from garda.policy.restore import Restorer

__all__ = ["Pseudonymizer", "Restorer"]

BRACKET_LABEL: dict[SpanType, str] = {
    SpanType.DATE_OF_BIRTH: "DOB",
    SpanType.SSN: "SSN",
    SpanType.PHONE: "PHONE",
    SpanType.EMAIL: "EMAIL",
    SpanType.ADDRESS: "ADDRESS",
    SpanType.LICENSE_PLATE: "PLATE",
    SpanType.VIN: "VIN",
    SpanType.DRIVER_LICENSE: "DL",
    SpanType.CASE_NUMBER: "CASE",
    SpanType.CJI_IDENTIFIER: "CJI",
    SpanType.MEDICAL: "MEDICAL",
    SpanType.IP_ADDRESS: "IP",
    SpanType.ACCOUNT_NUMBER: "ACCOUNT",
    SpanType.CONFIDENTIAL_SOURCE: "SOURCE",
    SpanType.TACTICAL: "TACTICAL",
}

# Types compared by their letters and digits only: "(414) 555-0123" is "414.555.0123".
COMPACT_TYPES = frozenset({SpanType.DATE_OF_BIRTH, SpanType.SSN, SpanType.PHONE, SpanType.LICENSE_PLATE,
                           SpanType.VIN, SpanType.DRIVER_LICENSE, SpanType.CASE_NUMBER,
                           SpanType.CJI_IDENTIFIER, SpanType.IP_ADDRESS, SpanType.ACCOUNT_NUMBER})

ROLE_WORD: dict[PersonRole, str] = {
    PersonRole.VICTIM: "Victim",
    PersonRole.COMPLAINANT: "Complainant",
    PersonRole.SUSPECT: "Suspect",
    PersonRole.WITNESS: "Witness",
    PersonRole.OFFICER: "Officer",
    PersonRole.PERSON: "Person",
}
MIN_ECHO_LENGTH = 3   # "Al" or "Jo" alone is too common a word to replace on sight

# Roles that read as "the victim" when a request has exactly one of them.
SINGULAR_ROLES = frozenset({PersonRole.VICTIM, PersonRole.COMPLAINANT})



@dataclass
class _Person:
    tokens: frozenset[str] = field(repr=False)
    role: PersonRole | None
    surfaces: list[str] = field(default_factory=list, repr=False)   # names in clear: never shown
    placeholder: str = ""

    def best_surface(self) -> str:
        """The fullest form of the name is what the member sees restored."""
        return max(self.surfaces, key=lambda s: len(name_tokens(s)))

    def could_be(self, tokens: frozenset[str], role: PersonRole | None) -> bool:
        if not tokens or not (tokens <= self.tokens or self.tokens <= tokens):
            return False
        return role is None or self.role is None or role == self.role


class Pseudonymizer:
    """Replaces findings with placeholders; one per request, never persisted, never logged."""

    def __init__(self, all_texts: Sequence[str], findings: Sequence[tuple[int, Finding]] = ()) -> None:
        """`findings` (the decision's redactions, all messages) lets role placeholders be planned
        for the whole request up front, so "the victim" is used only when there is one victim."""
        self._taken = _Taken("\n".join(all_texts))
        self._people: list[_Person] = []
        self._resolved: dict[tuple[str, PersonRole | None], _Person] = {}
        self._others: dict[tuple[SpanType, str], str] = {}
        self._mapping: dict[str, str] = {}
        self._next_number: dict[str, int] = {}
        self._singular_used: dict[PersonRole, bool] = {}
        self._echo_owner: dict[str, _Person] = {}
        if findings:
            ordered = sorted(findings, key=lambda item: (item[0], item[1].start, item[1].end))
            self._plan([finding for _, finding in ordered],
                       [all_texts[index][f.start:f.end] if index < len(all_texts) else f.text
                        for index, f in ordered])

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder -> original words; in memory only."""
        return dict(self._mapping)

    def restorer(self) -> Restorer:
        return Restorer(self._mapping)

    def redact(self, text: str, findings: Sequence[Finding]) -> str:
        kept = merge_overlaps(findings)
        for finding in kept:
            if not (0 <= finding.start < finding.end <= len(text)):
                raise InspectionFailed("A finding does not fit the text it was found in; nothing was sent.")
        surfaces = [text[f.start:f.end] for f in kept]
        self._plan(kept, surfaces)
        echoes = self._echo_pattern()
        pieces, position = [], 0
        for finding, surface in zip(kept, surfaces):
            gap = self._replace_echoes(text[position:finding.start], echoes)
            placeholder = self._placeholder_of(finding, surface)
            if finding.span_type == SpanType.PERSON:
                gap, placeholder = _absorb_role_word(gap, placeholder, at_start=position == 0)
            pieces += [gap, placeholder]
            position = finding.end
        pieces.append(self._replace_echoes(text[position:], echoes))
        return "".join(pieces)

    def _echo_pattern(self) -> re.Pattern[str] | None:
        """Capitalized parts of redacted names ("Smith", "JOHN") wherever else they appear.

        They catch a later mention the inspection missed: a name whose full form is
        redacted must not leak through a bare surname elsewhere in the request. A part
        that two people share ("Pell" of Nora and Ivo Pell) gets a placeholder of its own.
        """
        owners: dict[str, set[int]] = {}
        for number, person in enumerate(self._people):
            for token in person.tokens:
                owners.setdefault(token, set()).add(number)
        forms: dict[str, _Person | None] = {}
        for person in self._people:
            for surface in person.surfaces:
                for word in NAME_WORD.findall(surface):
                    if len(word) >= MIN_ECHO_LENGTH and word.casefold() in owners:  # titles are not owned
                        owner = person if len(owners[word.casefold()]) == 1 else None
                        for form in (word, word.upper(), word[:1].upper() + word[1:].lower()):
                            forms[form] = owner
        self._echo_owner = forms
        if not forms:
            return None
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        # whole words only: not the "Brien" of "O'Brien", but the "Smith" of "Smith's"
        return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w]|-\w|['’](?!s(?!\w))\w)")

    def _replace_echoes(self, gap: str, echoes: re.Pattern[str] | None) -> str:
        if echoes is None:
            return gap
        return echoes.sub(lambda match: self._echo_placeholder(match.group(0)), gap)

    def _echo_placeholder(self, word: str) -> str:
        person = self._echo_owner[word]
        if person is None:  # shared by several people: whoever it is, it gets a placeholder
            person = self._person(word, None)
            if not person.placeholder:
                self._name_people([person])
        return person.placeholder

    def _plan(self, findings: Sequence[Finding], surfaces: Sequence[str]) -> None:
        """Resolve who each finding is, then name whoever is new, in order of appearance."""
        new_people: list[_Person] = []
        for finding, surface in zip(findings, surfaces):
            if finding.span_type == SpanType.PERSON:
                person = self._person(surface, finding.role)
                if not person.placeholder and person not in new_people:
                    new_people.append(person)
            else:
                self._other(finding.span_type, surface)
        self._name_people(new_people)

    def _person(self, surface: str, role: PersonRole | None) -> _Person:
        role = None if role in (None, PersonRole.PERSON) else role
        key = (words(surface), role)
        if key in self._resolved:
            return self._resolved[key]
        tokens = name_tokens(surface) or frozenset({squash(surface)})
        candidates = [p for p in self._people if p.could_be(tokens, role)]
        if len(candidates) == 1:
            person = candidates[0]
            person.tokens |= tokens
            person.role = person.role or role
        else:  # nobody, or more than one person it could be: a new placeholder is the safe choice
            person = _Person(tokens=tokens, role=role)
            self._people.append(person)
        if surface not in person.surfaces:
            person.surfaces.append(surface)
        if person.placeholder:
            self._mapping[person.placeholder] = person.best_surface()
        self._resolved[key] = person
        return person

    def _name_people(self, people: list[_Person]) -> None:
        for person in people:
            role = person.role or PersonRole.PERSON
            alone = role in SINGULAR_ROLES and sum(
                1 for p in self._people if (p.role or PersonRole.PERSON) == role) == 1
            person.placeholder = self._role_placeholder(role, alone)
            self._mapping[person.placeholder] = person.best_surface()

    def _role_placeholder(self, role: PersonRole, alone: bool) -> str:
        singular = f"the {ROLE_WORD[role].lower()}"
        if alone and not self._singular_used.get(role) and not self._taken.holds(singular):
            self._singular_used[role] = True
            return singular
        if self._singular_used.get(role):  # "the victim" is taken by the first; a later one is "Victim 2"
            self._next_number.setdefault(ROLE_WORD[role], 2)
        return self._numbered(ROLE_WORD[role], "{} {}")

    def _other(self, span_type: SpanType, surface: str) -> str:
        key = (span_type, squash(surface) if span_type in COMPACT_TYPES else words(surface))
        if key not in self._others:
            placeholder = self._numbered(BRACKET_LABEL[span_type], "[{}-{}]")
            self._others[key] = placeholder
            self._mapping[placeholder] = surface
        return self._others[key]

    def _numbered(self, label: str, shape: str) -> str:
        number = self._next_number.get(label, 1)
        while self._taken.holds(shape.format(label, number)):
            number += 1
        self._next_number[label] = number + 1
        return shape.format(label, number)

    def _placeholder_of(self, finding: Finding, surface: str) -> str:
        if finding.span_type == SpanType.PERSON:
            return self._person(surface, finding.role).placeholder
        return self._other(finding.span_type, surface)


def _absorb_role_word(gap: str, placeholder: str, *, at_start: bool) -> tuple[str, str]:
    """"victim Jane Doe" reads "the victim", not "victim the victim"; "Witness Witness 1" reads "Witness 1"."""
    role = placeholder.removeprefix("the ").rstrip("0123456789 ").casefold()
    if role == "person":
        return gap, placeholder
    match = re.search(rf"(?i)(?:\bthe\s+)?\b{re.escape(role)}\b[\s,:]*$", gap)
    if match is None:
        return gap, placeholder
    gap = gap[:match.start()]
    if placeholder.startswith("the ") and (at_start and not gap.strip() or re.search(r"[.!?]\s*$", gap)):
        placeholder = "The " + placeholder[4:]
    return gap, placeholder


# The only non-ASCII characters a case-insensitive pattern matches to an ASCII letter
# (checked over all of Unicode); every other character keeps its own case-folding.
FOLDS_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


class _Taken:
    """The request's own words, which a placeholder must never collide with."""

    def __init__(self, text: str) -> None:
        self.text = text
        # A plain substring test on this folded copy rules an ASCII phrase out exactly and
        # cheaply; only a possible hit needs the whole-word, case-insensitive search.
        self._folded = text.translate(FOLDS_TO_ASCII).lower()

    def holds(self, phrase: str) -> bool:
        if phrase.isascii() and phrase.lower() not in self._folded:
            return False
        return _appears(phrase, self.text)


def _appears(phrase: str, text: str) -> bool:
    """Whether the phrase occurs as whole words in the text (case-insensitive)."""
    pattern = (r"(?<!\w)" if phrase[0].isalnum() else "") + re.escape(phrase) + \
        (r"(?!\w)" if phrase[-1].isalnum() else "")
    return re.search(pattern, text, re.IGNORECASE) is not None
