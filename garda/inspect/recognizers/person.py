"""People's names, with the role the context gives them (victim, suspect, witness, ...).

Four shapes:

* ordinary capitalized names ("Jane Doe", "María José Hernández-Ruiz", "Jean-Luc
  O'Connor"); two or more words need a listed given name or surname, or a cue before
  them; one word needs a cue ("Officer Kowalski", "victim Jane");
* record style in capitals ("SMITH, JOHN A.", "VANG, XEE", "V/ SMITH");
* sloppy lowercase ("talked to john smith"): a listed given name and a listed surname,
  neither an ordinary English word, or a cue before them;
* nicknames after "aka" ("aka 'Lil Ray'").

Not names: generic people of SOP 682.30.1 ("Suspect A", "Officer 1", "the victim"),
public officials named with their title ("Chief Jeffrey Norman", "Mayor Johnson"),
the parties of case law ("Terry v. Ohio"), streets and places ("Jackson Street").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS
from garda.inspect.spans import Finding, PersonRole, SpanType

ROLE_WORDS: dict[PersonRole, tuple[str, ...]] = {
    PersonRole.VICTIM: ("victim", "vic", "v/", "victims", "survivor"),
    PersonRole.SUSPECT: ("suspect", "susp", "s/", "offender", "perpetrator", "perp", "arrestee",
                         "defendant", "def", "accused", "wanted subject", "subject", "suspects"),
    PersonRole.WITNESS: ("witness", "wit", "w/", "eyewitness", "witnesses"),
    PersonRole.COMPLAINANT: ("complainant", "comp", "c/", "caller", "reporting party", "rp",
                             "reportee", "petitioner"),
    PersonRole.OFFICER: ("officer", "ofc", "p.o.", "po", "police officer", "detective", "det",
                         "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "deputy", "dep",
                         "trooper", "agent", "special agent", "investigator", "inv", "cpl", "corporal",
                         "patrolman", "patrol officer"),
}
ROLE_OF = {word: role for role, words in ROLE_WORDS.items() for word in words}
NAME_CUES = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "named", "called", "name is", "name", "names", "spoke with",
    "spoke to", "talked to", "talked with", "interviewed", "contacted", "arrested", "met with",
    "identified as", "known as", "juvenile", "mother", "father", "brother", "sister", "son", "daughter",
    "husband", "wife", "boyfriend", "girlfriend", "friend", "neighbor", "neighbour", "cousin", "uncle",
    "aunt", "grandmother", "grandfather", "grandma", "grandpa", "roommate", "landlord", "employer",
    "driver", "passenger", "owner", "tenant", "resident", "client", "patient", "student", "inmate",
    "person", "individual", "male", "female", "man", "woman", "guy", "kid", "nephew", "niece",
    "stepfather", "stepmother", "partner", "ex", "coworker", "co-worker", "manager", "employee",
    "homeowner", "babysitter", "dob", "from", "with", "by", "and", "to",
)
# Words that only count as a cue before a single capitalized word when that word is a listed name.
WEAK_CUES = frozenset({"from", "with", "by", "and", "to", "name", "names", "person", "man", "woman",
                       "male", "female", "guy", "kid"})
PUBLIC_TITLES = (
    "chief", "assistant chief", "chief of police", "mayor", "governor", "gov", "lieutenant governor",
    "senator", "sen", "representative", "rep", "congressman", "congresswoman", "alderman", "alderwoman",
    "alderperson", "ald", "council member", "councilmember", "councilman", "councilwoman", "supervisor",
    "county executive", "president", "vice president", "commissioner", "attorney general",
    "district attorney", "judge", "justice", "secretary", "sheriff", "superintendent", "pope", "speaker",
)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


ROLE_RE = _alternation(list(ROLE_OF))
ROLE_BEFORE = regex.compile(
    r"(?:^|(?<=[^\w/.]))(?P<role>" + ROLE_RE + r")\.?(?:\s*(?:#|no\.?)\s*\d+)?[\s,:/-]*"
    r"(?:(?:was|is|later|subsequently|been|has|had|who|then|now|,)\s+)*"
    r"(?:(?:identified|id'?d|listed|named|known|described)\s+as\s+|named\s+|\(\s*)?$", FLAGS)
ROLE_AFTER = regex.compile(
    r"^\s*(?:\(\s*(?P<role>" + ROLE_RE + r")\s*(?:#\s*\d+)?\s*\)|,\s*(?:the|a|an|our|my|his|her)?\s*"
    r"(?P<role2>" + ROLE_RE + r")\b)", FLAGS)
CUE_BEFORE = regex.compile(r"(?:^|(?<=\W))(?P<cue>" + _alternation(NAME_CUES) + r")\.?[\s,:]*$", FLAGS)
OFFICIAL_BEFORE = regex.compile(r"(?:^|(?<=\W))(?:" + _alternation(PUBLIC_TITLES) + r")\.?\s+$", FLAGS)
CASE_LAW_AFTER = regex.compile(r"^\s+v(?:s)?\.?\s+\p{Lu}", FLAGS)
CASE_LAW_BEFORE = regex.compile(r"\sv(?:s)?\.?\s+$", FLAGS)

TOKEN = (
    r"(?:(?:O['’]|Mc|Mac|D['’]|Al-|El-|Abu-?|Bin-?|Ibn-?)?\p{Lu}[\p{Ll}\p{M}]+"
    r"(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’]\p{Ll}+)?(?:-(?:\p{Lu}[\p{Ll}\p{M}]+|\p{Ll}{2,}))*)"
)
INITIAL = r"\p{Lu}\.?(?=[ \t]+\p{Lu})"
PARTICLE = r"(?:de|del|de[ \t]la|da|dos|das|van|von|der|den|le|la|bin|ibn|al|el|abu|y)"
CAPITALIZED = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<seq>" + TOKEN + r"(?:[ \t]{1,3}(?:" + PARTICLE + r"[ \t]+)?(?:" + TOKEN + r"|" + INITIAL
    + r")){0,4})(?![\p{L}\p{M}])")
CAPS_TOKEN = r"\p{Lu}{2,}(?:['’-]\p{Lu}+)*"
RECORD_STYLE = regex.compile(
    r"(?<![\p{L}'’-])(?P<last>" + CAPS_TOKEN + r"),[ \t]?(?P<first>" + CAPS_TOKEN + r")"
    r"(?:[ \t]+(?P<middle>\p{Lu}{1,}(?:\.|\b)))?(?![\p{L}])")
CAPS_NAME = regex.compile(
    r"(?<![\p{L}'’-])(?P<first>" + CAPS_TOKEN + r")(?:[ \t]+\p{Lu}\.?)?[ \t]+(?P<last>" + CAPS_TOKEN
    + r")(?![\p{L},])")
SLASH_ROLE = regex.compile(
    r"(?<![\w/])(?P<r>[VSWC])/[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+(?:,?[ \t]+\p{Lu}[\p{L}'’-]+){0,2})")
NICKNAME = regex.compile(
    r"\b(?:aka|a\.k\.a\.?|also\s+known\s+as|nicknamed|goes\s+by|street\s+name|alias)[\s:]+"
    r"(?:[\"'“‘](?P<quoted>[^\"'“”‘’\n]{2,30})[\"'”’]|(?P<bare>(?-i:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})))",
    FLAGS)
LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}])")
CAPS_PREFILTER = regex.compile(r"\p{Lu}{2}")


@dataclass(frozen=True, slots=True)
class NameLists:
    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    non_name: frozenset[str]

    @classmethod
    def load(cls) -> NameLists:
        return cls(_read("given_names.txt"), _read("surnames.txt"), _read("common_words.txt"),
                   _read("non_name_words.txt"))

    def is_given(self, word: str) -> bool:
        return any(part in self.given for part in _parts(word))

    def is_surname(self, word: str) -> bool:
        return any(part in self.surnames for part in _parts(word))


def _read(filename: str) -> frozenset[str]:
    content = resources.files("garda.inspect.data").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in content.splitlines()
                     if line.strip() and not line.startswith("#"))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _parts(word: str) -> list[str]:
    folded = _fold(word)
    parts = [folded, folded.replace("'", "")]
    for piece in folded.split("-"):
        parts.append(piece)
        for prefix in ("o'", "d'", "mc", "mac", "al", "el", "abu", "bin", "ibn"):
            if piece.startswith(prefix) and len(piece) > len(prefix) + 2:
                parts.append(piece[len(prefix):])
    return parts


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]


class PersonRecognizer:
    name = "person"
    span_types = (SpanType.PERSON,)

    def __init__(self, names: NameLists | None = None) -> None:
        self.names = names or NameLists.load()
        self.trim_words = self.names.common | frozenset(ROLE_OF) | frozenset(NAME_CUES) | frozenset(
            w for t in PUBLIC_TITLES for w in t.split())

    def find(self, text: str) -> Iterator[Finding]:
        yield from self._capitalized(text)
        if budget.search(CAPS_PREFILTER, text):
            yield from self._record_style(text)
        yield from self._slash_roles(text)
        yield from self._nicknames(text)
        yield from self._lowercase(text)

    # capitalized names ---------------------------------------------------------------

    def _capitalized(self, text: str) -> Iterator[Finding]:
        for match in budget.finditer(CAPITALIZED, text):
            candidate = self._trimmed(match)
            if candidate is None:
                continue
            finding = self._judge(text, candidate)
            if finding is not None:
                yield finding

    def _trimmed(self, match: regex.Match[str]) -> _Candidate | None:
        tokens = [(m.start() + match.start(), m.end() + match.start(), m.group())
                  for m in regex.finditer(r"\S+", match.group())]
        while tokens and _fold(tokens[0][2].rstrip(".")) in self.trim_words:
            tokens.pop(0)
        while tokens and (_fold(tokens[-1][2]) in self.names.common or _is_initial(tokens[-1][2])
                          or _fold(tokens[-1][2]) in PARTICLES):
            tokens.pop()
        if not tokens or _is_initial(tokens[0][2]):
            return None
        if any(_fold(t[2]).rstrip(".") in self.names.non_name for t in tokens):
            return None
        return _Candidate(tokens[0][0], tokens[-1][1], tokens)

    def _judge(self, text: str, candidate: _Candidate) -> Finding | None:
        start, end = candidate.start, candidate.end
        before = text[max(0, start - 60):start]
        after = text[end:end + 40]
        if OFFICIAL_BEFORE.search(before) or CASE_LAW_AFTER.search(after) or CASE_LAW_BEFORE.search(before):
            return None
        words = [t[2] for t in candidate.tokens if not _is_initial(t[2]) and _fold(t[2]) not in PARTICLES]
        role = _role(before, after)
        cue = CUE_BEFORE.search(before)
        strong_cue = cue is not None and _role_key(cue["cue"]) not in WEAK_CUES
        listed = self.names.is_given(words[0]) or self.names.is_surname(words[-1])
        if len(words) >= 2:
            if not (listed or role or strong_cue or any(
                    self.names.is_given(w) or self.names.is_surname(w) for w in words)):
                return None
        else:
            word = words[0]
            if len(word) < 2 or _fold(word) in self.trim_words:
                return None
            if not (role or strong_cue or (cue and listed)):
                return None
        return _finding(text, start, end, role, 0.85 if listed else 0.7, "a capitalized name")

    # record style ------------------------------------------------------------------

    def _record_style(self, text: str) -> Iterator[Finding]:
        for match in budget.finditer(RECORD_STYLE, text):
            last, first = match["last"], match["first"]
            if _fold(first) in self.trim_words or _fold(last) in self.names.non_name:
                continue
            before = text[max(0, match.start() - 60):match.start()]
            role = _role(before, text[match.end():match.end() + 40])
            if self.names.is_surname(last) or self.names.is_given(first) or role:
                yield _finding(text, match.start(), match.end(), role, 0.9, "a name in LAST, FIRST form")
        for match in budget.finditer(CAPS_NAME, text):
            first, last = match["first"], match["last"]
            if _fold(first) in self.names.common or _fold(last) in self.names.common:
                continue
            before = text[max(0, match.start() - 60):match.start()]
            role = _role(before, text[match.end():match.end() + 40])
            both = self.names.is_given(first) and self.names.is_surname(last)
            either = self.names.is_given(first) or self.names.is_surname(last)
            if both or (either and (role or CUE_BEFORE.search(before))):
                yield _finding(text, match.start(), match.end(), role, 0.85, "a name in capitals")

    def _slash_roles(self, text: str) -> Iterator[Finding]:
        if "/" not in text:
            return
        for match in budget.finditer(SLASH_ROLE, text):
            name = match["name"]
            if _fold(name.split()[0].rstrip(",")) in self.trim_words | self.names.non_name:
                continue
            role = ROLE_OF[match["r"].lower() + "/"]
            start, end = match.span("name")
            yield _finding(text, start, end, role, 0.9, "a name after a V/, S/, W/ or C/ marker")

    def _nicknames(self, text: str) -> Iterator[Finding]:
        for match in budget.finditer(NICKNAME, text):
            group = "quoted" if match["quoted"] else "bare"
            start, end = match.span(group)
            role = _role(text[max(0, match.start() - 80):match.start()], "")
            yield _finding(text, start, end, role, 0.8, "a nickname after 'aka'")

    # lowercase ---------------------------------------------------------------------

    def _lowercase(self, text: str) -> Iterator[Finding]:
        words = list(budget.finditer(LOWER_WORD, text))
        names = self.names
        for index, word in enumerate(words[:-1]):
            first = word.group()
            if first not in names.given:
                continue
            following = words[index + 1]
            gap = text[word.end():following.start()]
            if gap not in (" ", "  ", "\t"):
                continue
            last = following.group()
            if last in names.common or last in self.trim_words:
                continue
            before = text[max(0, word.start() - 60):word.start()]
            role = _role(before, text[following.end():following.end() + 40])
            cue_match = CUE_BEFORE.search(before)
            cue = role or (cue_match and _role_key(cue_match["cue"]) not in WEAK_CUES)
            listed_both = names.is_surname(last) and first not in names.common
            if listed_both or (cue and (names.is_surname(last) or first not in names.common)):
                yield _finding(text, word.start(), following.end(), role, 0.75 if listed_both else 0.6,
                               "a lowercase given name and surname")


PARTICLES = frozenset({"de", "del", "la", "da", "dos", "das", "van", "von", "der", "den", "le",
                       "bin", "ibn", "al", "el", "abu", "y"})


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1


def _role(before: str, after: str) -> PersonRole | None:
    match = ROLE_BEFORE.search(before)
    if match:
        return ROLE_OF.get(_role_key(match["role"]))
    match = ROLE_AFTER.search(after)
    if match:
        return ROLE_OF.get(_role_key(match["role"] or match["role2"]))
    return None


def _role_key(word: str) -> str:
    return regex.sub(r"\s+", " ", word.lower())


def _finding(text: str, start: int, end: int, role: PersonRole | None, score: float,
             how: str) -> Finding:
    return Finding(SpanType.PERSON, start, end, text[start:end], "person", score=score,
                   role=role or PersonRole.PERSON, explanation=how)
