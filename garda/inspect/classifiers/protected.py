"""682.20 D / 682.25 C.2: protected-characteristic language about people, flagged for the member.

Never a block: describing a suspect's race from a witness account can be legitimate;
the member is asked to check the wording for bias.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.base import Started, TextScan, slashes
from garda.inspect.classifiers.vocabulary import PEOPLE, PROTECTED_ADJ, PROTECTED_CUES
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import index_of

FLAGS = regex.IGNORECASE
DESCRIPTOR = regex.compile(
    r"\b" + PROTECTED_ADJ + r"[-\s](?:(?:looking|sounding|appearing)\s+)?(?:" + PEOPLE + r"|man|woman|boy|girl|guy|"
    r"kid|teens?|teenagers?|couple|family|neighbo(?:u)?rhoods?|area|community|gangs?|crowd|group|dude|lady|gentleman)\b"
    r"|\b(?:appeared|looked|seemed|sounded|described\s+as|identified\s+as|of)\s+(?:to\s+be\s+)?(?:a\s+|an\s+)?"
    + PROTECTED_ADJ + r"(?:\s+(?:descent|origin|background|heritage|decent))?\b"
    r"|\b(?:illegal\s+aliens?|illegals|thugs?|ghetto|hood\s+rats?|wetbacks?|towel\s*heads?|ragheads?|"
    r"gooks?|chinks?|spics?|beaners?|savages?|animals)\b",
    FLAGS)
RACE_SEX_CODE = regex.compile(r"(?<![\w/])(?:[BWHAIU]/[MF]|[bh]/[mf])(?![\w/])")
CODE_LETTERS, SEX_LETTERS = frozenset("BWHAIUbh"), frozenset("MFmf")
MANY_SLASHES = 64   # beyond this, one scan of the whole text is cheaper than a check per slash
SLURS = frozenset({"illegal", "illegals", "thug", "thugs", "ghetto", "hood", "wetback", "wetbacks", "towelhead",
                   "towel", "raghead", "ragheads", "gook", "gooks", "chink", "chinks", "spic", "spics", "beaner",
                   "beaners"})
CUES = PROTECTED_CUES | SLURS
# Descriptors that are not about a person's group ("white car", "black hoodie").
OBJECT_AFTER = regex.compile(
    r"\s*(?:car|vehicle|sedan|suv|truck|van|hoodie|jacket|shirt|pants|hat|cap|shoes|bag|backpack|gun|handgun|"
    r"pistol|jeans|coat|mask|gloves|house|door|paint|color|colour)\b", FLAGS)


class ProtectedCharacteristicClassifier:
    """Race, ethnicity, religion and similar descriptors of people (a flag for the member, never a block)."""

    name = "protected_characteristic"
    kinds = (UseKind.PROTECTED_CHARACTERISTIC,)
    section = "682.20 D"

    def find(self, text: str) -> Iterator[UseFinding]:
        budget.remaining()   # a spent budget fails here even when there is nothing to try
        index = index_of(text)
        scan = TextScan.of(text)
        matches: list[regex.Match[str]] = []
        for start, end in index.windows_at(scan.positions(CUES), 40, 60):
            matches.extend(DESCRIBED.findall(scan, start, end))
        if "/" in text:
            matches.extend(_race_sex_codes(text))
        for match in sorted(matches, key=lambda m: m.span()):
            if OBJECT_AFTER.match(text, match.end()):
                continue
            yield UseFinding(UseKind.PROTECTED_CHARACTERISTIC, self.section, match.start(), match.end(),
                             self.name, "protected-characteristic language about people; check the wording for bias")


DESCRIBED = Started.of(DESCRIPTOR, by_words=False)   # windows of 100 characters: a scan costs less


def _race_sex_codes(text: str) -> list[regex.Match[str]]:
    """As ``list(budget.finditer(RACE_SEX_CODE, text))``: a code is three characters around a slash,
    and its look-arounds see one character each side, so each slash is checked on its own."""
    if text.count("/") > MANY_SLASHES:
        return list(budget.finditer(RACE_SEX_CODE, text))
    found: list[regex.Match[str]] = []
    last, size = 0, len(text)
    for slash in slashes(text):
        start = slash - 1
        if start < last or start < 0 or slash + 1 >= size:
            continue
        if text[start] not in CODE_LETTERS or text[slash + 1] not in SEX_LETTERS:
            continue
        match = budget.match(RACE_SEX_CODE, text, start, min(size, slash + 3), linear=True)
        if match:
            found.append(match)
            last = match.end()
    return found
