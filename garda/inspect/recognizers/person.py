"""People's names, with the role the context gives them (victim, suspect, witness, ...).

Four shapes:

* ordinary capitalized names ("Jane Doe", "María José Hernández-Ruiz", "Jean-Luc
  O'Connor"); two or more words need a listed given name or surname, a cue before
  them, or to be words no English dictionary holds ("Tsegaye Woldemariam"); one word
  needs a cue ("Officer Kowalski", "victim Jane");
* record style in capitals ("SMITH, JOHN A.", "VANG, XEE", "V/ SMITH");
* sloppy lowercase ("talked to john smith"): a listed given name and a listed surname,
  neither an ordinary English word, or a cue before them; or two or three words in a row
  that no English dictionary holds ("spoke w tsegaye woldemariam");
* nicknames after "aka" ("aka 'Lil Ray'").

Not names: generic people of SOP 682.30.1 ("Suspect A", "Officer 1", "the victim"),
public officials named with their title ("Chief Jeffrey Norman", "Mayor Johnson"),
the parties of case law ("Terry v. Ohio"), streets and places ("Jackson Street").
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple
from importlib import resources
from itertools import filterfalse, islice

import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS
from garda.inspect.spans import Finding, PersonRole, SpanType
from garda.inspect.windows import (TextIndex, index_of, shared_scratch, sharing_index, whole_word_offsets,
                                   written_words)

ROLE_WORDS: dict[PersonRole, tuple[str, ...]] = {
    PersonRole.VICTIM: ("victim", "vic", "v/", "victims", "survivor"),
    PersonRole.SUSPECT: ("suspect", "susp", "s/", "offender", "perpetrator", "perp", "arrestee",
                         "defendant", "def", "accused", "wanted subject", "subject", "suspects", "co-actor",
                         "coactor", "co-defendant", "codefendant", "accomplice", "subj"),
    PersonRole.WITNESS: ("witness", "wit", "w/", "eyewitness", "witnesses"),
    PersonRole.COMPLAINANT: ("complainant", "comp", "c/", "caller", "reporting party", "rp",
                             "reportee", "petitioner"),
    PersonRole.OFFICER: ("officer", "ofc", "p.o.", "p.o", "po", "police officer", "detective", "det",
                         "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "deputy", "dep",
                         "trooper", "agent", "special agent", "investigator", "inv", "cpl", "corporal",
                         "patrolman", "patrol officer"),
}
ROLE_OF = {word: role for role, words in ROLE_WORDS.items() for word in words}
NAME_CUES = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "named", "called", "name is", "name", "names", "name of", "spoke with",
    "hi", "hello", "hey", "dear",
    "spoke to", "talked to", "talked with", "interviewed", "contacted", "arrested", "met with",
    "identified as", "known as", "juvenile", "mother", "father", "brother", "sister", "son", "daughter",
    "husband", "wife", "boyfriend", "girlfriend", "friend", "neighbor", "neighbour", "cousin", "uncle",
    "aunt", "grandmother", "grandfather", "grandma", "grandpa", "roommate", "landlord", "employer",
    "driver", "passenger", "owner", "tenant", "resident", "client", "patient", "student", "inmate",
    "person", "individual", "male", "female", "man", "woman", "guy", "kid", "nephew", "niece",
    "stepfather", "stepmother", "partner", "ex", "coworker", "co-worker", "manager", "employee",
    "child", "baby", "infant", "toddler", "teen", "teenager", "grandson", "granddaughter", "stepson",
    "stepdaughter", "mom", "dad", "mama", "papa", "stepmom", "stepdad", "bro", "sis", "auntie",
    "homeowner", "babysitter", "dob", "from", "with", "by", "and", "to", "per",
    # the people a member writes to or about by their job, and shorthand for partners
    "attorney", "atty", "lawyer", "nurse", "sro", "caseworker", "teacher", "principal", "coach", "pastor", "rev",
    "reverend", "imam", "rabbi", "advocate", "interpreter", "therapist", "counselor", "counsellor", "bf", "gf",
)
# Words that only count as a cue before a single capitalized word when that word is a listed name.
WEAK_CUES = frozenset({"from", "with", "by", "and", "to", "per", "name", "names", "person", "man", "woman",
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
ROLE_AFTER = regex.compile(
    r"\s*(?:\(\s*(?P<role>" + ROLE_RE + r")\s*(?:#\s*\d+)?\s*\)|,\s*(?:the|a|an|our|my|his|her)?\s*"
    r"(?P<role2>" + ROLE_RE + r")\b)", FLAGS)
# An age written after a name: "Halvorsen (34)", "Rosa, 27,".
AGE_AFTER = r"[ \t]*(?:\((?:age[ \t]+)?\d{1,2}(?:[ \t]*(?:yo|y/o|yrs?))?\)|,[ \t]*(?:age[ \t]+)?\d{1,2},)"
# What a person says, or an age, after a listed surname on its own: "Halvorsen stated", "Halvorsen (34)".
SPEAKS_AFTER = regex.compile(
    r"(?:" + AGE_AFTER + r"|[ \t]+(?:said|says|stated|states|told|advised|admitted|denied|explained|claimed)\b)")
# What only a person does: "Marcus said", "Tanisha's car", "Deshawn was arrested".
ACTS_AFTER = regex.compile(
    r"(?:['’]s\b|" + AGE_AFTER + r"|\s+(?:said|says|stated|states|told|tells|reported|reports|advised|admitted|"
    r"denied|called|texted|lives|lived|resides|works|worked|ran|fled|left|arrived|returned|came|went|walked|drove|"
    r"showed\s+up|saw|heard|asked|wants|wanted|yelled|screamed|grabbed|punched|threatened|refused|agreed|"
    r"explained|claimed|gave|brought|picked\s+up|was\s+(?:arrested|shot|hit|stabbed|"
    r"seen|identified|interviewed|transported|booked|released|injured)|is\s+(?:a|an|the)\s+(?:suspect|victim|"
    r"witness)|and\s+(?:his|her)\b|who\b))", FLAGS)
CASE_LAW_AFTER = regex.compile(r"\s+v(?:s)?\.?\s+\p{Lu}")
# Words between a role and a name that do not break the link ("the suspect, later identified as").
FILLERS = frozenset({"the", "a", "an", "our", "my", "his", "her", "their", "was", "is", "later", "identified",
                     "as", "named", "listed", "known", "described", "been", "has", "had", "who", "then", "now",
                     "subsequently", "id'd", "idd", "-", "#1", "#2", "#3", "#4", "1", "2", "3", "4"})
ABBREVIATIONS = frozenset({"det", "sgt", "ofc", "lt", "capt", "p.o", "po", "dr", "mr", "mrs", "ms", "mx", "dep",
                           "inv", "cpl", "sen", "rep", "gov", "ald", "susp", "vic", "wit", "comp", "def", "st", "jr"})
PUBLIC_TITLE_SET = frozenset(PUBLIC_TITLES)


@dataclass(frozen=True, slots=True)
class _Context:
    role: PersonRole | None = None
    cue: str | None = None
    official: bool = False
    case_law: bool = False
    place: bool = False   # "St. Luke's", "Saint Francis"

    @property
    def not_private(self) -> bool:
        return self.official or self.case_law or self.place


_CONTEXTS: dict[tuple[object, ...], _Context] = {}


def _context_of(role: PersonRole | None = None, cue: str | None = None, official: bool = False,
             case_law: bool = False, place: bool = False) -> _Context:
    """The one immutable _Context of these values (building a frozen dataclass costs more than a lookup);
    ``cue`` is always one of the listed cue or role words, so the table stays small."""
    key = (role, cue, official, case_law, place)
    context = _CONTEXTS.get(key)
    if context is None:
        context = _CONTEXTS[key] = _Context(role, cue, official, case_law, place)
    return context


_CUE_CONTEXTS: dict[str | None, _Context] = {}


def _cue_context(cue: str | None) -> _Context:
    """``_context_of(cue=cue)``, kept by the cue alone: most names have at most a cue before them."""
    context = _CUE_CONTEXTS[cue] = _context_of(cue=cue)
    return context


def _context_before(window: str) -> _Context:
    """Read the few words before a name (``window``: the 60 characters before it): a role, a cue such
    as 'named', a public title."""
    words = window.split()[-6:]
    if not words:
        return _context_of()
    if words[-1] in ("v.", "vs.", "v", "vs"):
        return _context_of(case_law=True)
    if words[-1] == "Saint" or (words[-1] == "St." and (len(words) == 1 or words[-2][0].islower())):
        return _context_of(place=True)   # not "35th St. John Smith", where St. is the street
    index = len(words) - 1
    link_broken = False
    cue: str | None = None
    while index >= 0:
        raw = words[index]
        word = raw.lower().strip(",:;()[]\"'“”‘’")
        if not word or (len(word) == 2 and word.endswith(".") and raw[0].isupper()):   # "(" or an initial
            index -= 1
            continue
        ends_sentence = raw.endswith((".", "!", "?")) and word.rstrip(".") not in ABBREVIATIONS and len(
            word.rstrip(".")) > 1
        word = word.rstrip(".")
        if ends_sentence and index == len(words) - 1:
            return _CUE_CONTEXTS.get(cue) or _cue_context(cue)
        if word in PHRASE_ENDS:
            pair = f"{words[index - 1].lower().strip(',:;(')} {word}" if index > 0 else ""
            triple = f"{words[index - 2].lower().strip(',:;(')} {pair}" if index > 1 else ""   # "Chief of Police"
            candidates: tuple[str, ...] = (triple, pair, word)
        else:   # no title, role or cue of several words ends with this word
            candidates = (word,)
        for candidate in candidates:
            if not candidate:
                continue
            if candidate in PUBLIC_TITLE_SET and not link_broken:
                return _context_of(official=True)
            if candidate in ROLE_OF:
                return _context_of(role=ROLE_OF[candidate], cue=cue or candidate)
            if candidate in NAME_CUES_SET and index >= len(words) - 2 and cue is None:
                cue = candidate
        if (word not in FILLERS and word != cue) or ends_sentence:
            return _CUE_CONTEXTS.get(cue) or _cue_context(cue)
        link_broken = True
        index -= 1
    return _CUE_CONTEXTS.get(cue) or _cue_context(cue)


NAME_CUES_SET = frozenset(NAME_CUES)
# The last words of the titles, roles and cues of several words ("chief of police", "spoke with").
PHRASE_ENDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in (*PUBLIC_TITLE_SET, *ROLE_OF, *NAME_CUES_SET)
                        if " " in phrase)


PARTICLE = (r"(?:de|del|de[ \t]la|de[ \t]los|de[ \t]las|da|dos|das|di|van|van[ \t]der|van[ \t]den|von|von[ \t]der|"
            r"der|den|le|la|bin|ibn|al|el|abu|y)")


def _capitalized_sequence(upper: str, lower: str, letter: str) -> str:
    """Up to five capitalized words (particles and initials between them), as one pattern."""
    token = (rf"(?:(?:O['’]|Mc|Mac|D['’]|N['’]|Al-|El-|al-|el-|Abu-?|Bin-?|Ibn-?)?{upper}{lower}+(?:{upper}{lower}+)?"
             rf"(?:['’](?!s\b){upper}?{lower}+)?(?:-(?:{upper}{lower}+|{lower}{{2,}}))*)")
    initial = rf"{upper}\.?(?=[ \t]+{upper})"
    # The leading lookahead lets the engine skip quickly to capital letters.
    return (rf"(?={upper})(?<!{letter[:-1]}'’-])(?P<seq>(?:(?<!\.){upper}\.[ \t]+(?={upper}))?{token}(?:[ \t]{{1,3}}(?:{PARTICLE}[ \t]+)?(?:{token}|{initial}|{QUOTED_NICKNAME}(?=[ \t]+{upper})))"
            rf"{{0,4}})(?!{letter})")


# A nickname in quotes inside a name belongs to it: 'Ursula "Dutch" Schmitt'.
QUOTED_NICKNAME = r"""(?:["“][^"“”\n]{1,24}["”]|['‘][^'‘’"\n]{1,24}['’])"""


# The ASCII twin runs on the standard library engine, several times faster on the usual
# all-ASCII prompt; both are bounded (at most five words, no nested ambiguity).
CAPITALIZED = regex.compile(_capitalized_sequence(r"\p{Lu}", r"[\p{Ll}\p{M}]", r"[\p{L}\p{M}]"))
CAPITALIZED_ASCII = re.compile(_capitalized_sequence("[A-Z]", "[a-z]", "[A-Za-z]"))


def _has_ascii_lowercase(text: str) -> bool:
    """Whether an ASCII text holds a lowercase letter: its bytes without them are fewer (~40 us for
    64 KB, where ``str.isupper`` takes ~0.3-0.6 ms to read through a text with none)."""
    return len(text.encode("ascii").translate(None, ASCII_LOWERCASE)) != len(text)


ASCII_LOWERCASE = bytes(range(ord("a"), ord("z") + 1))


def _within_bmp(text: str) -> bool:
    """Whether no character of ``text`` lies beyond the BMP: UTF-16 then takes two bytes for each
    (several times faster than a search for one)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def _bmp_ranges(unicode_class: str) -> str:
    """The characters of the Basic Multilingual Plane that the ``regex`` class matches, written as
    ranges for a standard library class (no brackets): the same letters, whatever Unicode version
    each engine knows."""
    every = "".join(map(chr, range(0x10000)))
    return "".join(re.escape(run[0]) if len(run) == 1 else f"{re.escape(run[0])}-{re.escape(run[-1])}"
                   for run in regex.findall(unicode_class + "+", every))


@functools.cache
def _capitalized_bmp() -> re.Pattern[str]:
    """CAPITALIZED on the standard library engine, for a text with no character beyond the BMP
    (the usual prompt with an accent or a curly quote): the engine tests a class of the BMP with
    one table lookup, about twice as fast as the ``regex`` module's Unicode properties."""
    upper, lower, letter = (_bmp_ranges(c) for c in (r"\p{Lu}", r"[\p{Ll}\p{M}]", r"[\p{L}\p{M}]"))
    return re.compile(_capitalized_sequence(f"[{upper}]", f"[{lower}]", f"[{letter}]"))


# A word in capitals, with ' or - inside. Its runs of capitals are possessive: what follows one
# (a mark, a blank, a comma, or no letter) never follows a capital it gave back, so giving one back
# cannot make a match, and a text of records no longer pays for trying.
_CAPS_RUN = "{upper}{{2,}}+(?:['’-]{upper}++)*"


def _record_style(upper: str, letter: str) -> str:
    """LAST, FIRST M. in capitals."""
    caps = rf"(?:[OD]['’])?{_CAPS_RUN.format(upper=upper)}"
    return (rf"(?={upper}['’]?{upper})(?<![{letter}'’-])(?P<last>{caps}),[ \t]?(?P<first>{caps})"
            rf"(?:[ \t]+(?P<middle>{upper}(?:\.|(?![{letter}]))))?(?![{letter}])")


def _caps_name(upper: str, letter: str) -> str:
    """FIRST [M.] LAST in capitals."""
    caps = _CAPS_RUN.format(upper=upper)
    return (rf"(?={upper}{upper})(?<![{letter}'’-])(?P<first>{caps})(?:[ \t]+{upper}\.?)?[ \t]+(?P<last>{caps})"
            rf"(?![{letter}])(?!,(?![ \t]*(?:DOB|D\.O\.B|BORN)\b|[ \t]*\d))")   # a comma only before a birth date or a number


RECORD_STYLE = regex.compile(_record_style(r"\p{Lu}", r"\p{L}"))
TITLE_RECORD_COMMA = re.compile(r",[ \t]+(?=[^\W\d_])")
_TITLE_WORD = r"\p{Lu}[\p{L}\p{M}]{0,30}(?:['’-](?!s\b)\p{L}[\p{L}\p{M}]{0,30}){0,3}"   # not the "'s" of "Jürgen's"
# The surname, with particles before it ("De la Cruz", "Mac Giolla Phádraig", "Ó Briain"); read backwards from the comma.
TITLE_RECORD_LAST = regex.compile(   # searched from the end backwards
    r"(?r)(?<![\p{L}\p{M}'’-])(?P<last>(?:(?:Mac|Mc|Ó|Ní|Nic|Ua|Uí|De|Del|Della|Di|Da|Van|Von|Le|La|Al|El|Bin|Ibn|Abu)"
    r"[ \t]+(?:(?:Giolla|la|der|den|de)[ \t]+)?)?" + _TITLE_WORD + r")$")
# One or two given names, an initial at most, and then no further capitalized word.
TITLE_RECORD_FIRST = regex.compile(
    r"(?P<first>" + _TITLE_WORD + r"(?:[ \t]+" + _TITLE_WORD + r")?)(?:[ \t]+\p{Lu}(?:\.|(?![\p{L}\p{M}])))?"
    r"(?![ \t]*\p{Lu})(?![\p{L}\p{M}-]|['’](?!s\b))")
CAPS_NAME = regex.compile(_caps_name(r"\p{Lu}", r"\p{L}"))


def _capitals_start(upper: str, letter: str) -> str:
    """Where a match of ``_record_style`` or ``_caps_name`` may start: a capital after no letter, mark
    or hyphen, before another capital (an apostrophe between them). It opens with the capital, so
    the engine skips to capitals in C; those patterns open with look-arounds, which it tries at
    every position."""
    return rf"{upper}(?<![{letter}'’-].)(?=['’]?{upper})"


class _Capitals(NamedTuple):
    """RECORD_STYLE and CAPS_NAME on one engine, and the scan for where their matches may start
    (None: tried the plain way)."""

    record: re.Pattern[str] | regex.Pattern[str]
    caps_name: re.Pattern[str] | regex.Pattern[str]
    starts: re.Pattern[str] | None


CAPITALS_ASCII = _Capitals(re.compile(_record_style("[A-Z]", "A-Za-z")), re.compile(_caps_name("[A-Z]", "A-Za-z")),
                           re.compile(_capitals_start("[A-Z]", "A-Za-z")))
CAPITALS = _Capitals(RECORD_STYLE, CAPS_NAME, None)


@functools.cache
def _capitals_bmp() -> _Capitals:
    """RECORD_STYLE and CAPS_NAME on the standard library engine, for a text with no character
    beyond the BMP (see :func:`_capitalized_bmp`)."""
    upper, letter = "[" + _bmp_ranges(r"\p{Lu}") + "]", _bmp_ranges(r"\p{L}")
    return _Capitals(re.compile(_record_style(upper, letter)), re.compile(_caps_name(upper, letter)),
                     re.compile(_capitals_start(upper, letter)))


def _sparse_starts(scan: re.Pattern[str], text: str) -> list[int] | None:
    """The offsets where ``scan`` matches, or None when there are more than one per ``SPARSE``
    characters (a text of capitals): trying a pattern at each place then costs more than its own scan."""
    most = len(text) // SPARSE
    starts = [found.start() for found in islice(scan.finditer(text), most + 1)]
    return None if len(starts) > most else starts


SPARSE = 32


def _matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches the empty string and whose every
    match begins at one of ``starts`` (in order)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            end = match.end()


def _search_from(pattern: re.Pattern[str], starts: list[int], text: str, position: int) -> re.Match[str] | None:
    """``pattern.search(text, position)`` for a pattern whose every match begins at one of ``starts``."""
    for at in range(bisect_left(starts, position), len(starts)):
        match = pattern.match(text, starts[at])
        if match:
            return match
    return None


SLASH_ROLE = regex.compile(
    r"(?<![\w/])(?P<r>[VSWC])/[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+(?:,?[ \t]+\p{Lu}[\p{L}'’-]+){0,2})")
# Record headings in capitals: "VICTIM: SMITH, JOHN", "SUSPECT - JOHN SMITH".
ROLE_HEADING = regex.compile(
    r"\b(?P<r>VICTIM|VIC|SUSPECT|SUSP|WITNESS|WIT|COMPLAINANT|COMP|CALLER|ARRESTEE|DEFENDANT|OFFICER|OFC|RP)"
    r"(?:[ \t]*#?[ \t]*\d{1,2})?[ \t]*[:\-][ \t]*"
    r"(?P<name>\p{Lu}[\p{Lu}'’-]+(?:,?[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3})(?![\p{Ll}])")
NICKNAME = regex.compile(
    r"\b(?:aka|a\.k\.a\.?|(?:also\s+)?known\s+as|nicknamed|goes\s+by|street\s+name|alias"
    r"|(?:gave|gives|giving|used|uses|using)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:fake\s+|false\s+)?(?:name|alias)"
    r"|(?:badge|tag)\s+(?:reading|that\s+(?:read|reads|said|says)|saying)|call(?:s|ed)?\s+(?:himself|herself))[\s:]+"
    r"(?:[\"'“‘](?P<quoted>[^\"'“”‘’\n]{2,30})[\"'”’]|(?P<bare>(?-i:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})))",
    FLAGS)
CAPS_PREFILTER = regex.compile(r"\p{Lu}{2}")


@dataclass(frozen=True, slots=True)
class NameLists:
    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    non_name: frozenset[str]
    public: frozenset[str] = frozenset()
    ordinary: frozenset[str] = frozenset()   # English and other ordinary words (english_words.txt, other_words.txt)

    @classmethod
    def load(cls) -> NameLists:
        common, non_name = _read("common_words.txt"), _read("non_name_words.txt")
        surnames = _read("surnames.txt") | ((_read("census_surnames.txt") | _read("world_surnames.txt")
                                             | _read("compound_surnames.txt")) - common - non_name)
        given = _read("given_names.txt") | (_read("world_given_names.txt") - common - non_name)
        return cls(given, surnames, common, non_name, _read("public_names.txt"),
                   _read("english_words.txt") | {_fold(w) for w in _read("other_words.txt")})

    def is_public(self, folded: list[str]) -> bool:
        """Whether these words, folded, name a public figure."""
        if len(folded) == 1:
            return folded[0].strip(".") in self.public
        return " ".join([w.strip(".") for w in folded]) in self.public

    def is_given(self, word: str, folded: str | None = None) -> bool:
        """Whether ``word`` is a given name; ``folded`` is its :func:`_fold`, when known already."""
        folded = _fold(word) if folded is None else folded
        return (_listed(folded, self.given, prefixed=False) or _shaped_like(word, GIVEN_ENDINGS, GIVEN_BEGINNINGS)
                or _korean_given(folded) and folded not in self.ordinary)

    def is_surname(self, word: str, folded: str | None = None) -> bool:
        return (_listed(_fold(word) if folded is None else folded, self.surnames)
                or _shaped_like(word, SURNAME_ENDINGS, SURNAME_BEGINNINGS)
                or len(word) >= 8 and _shaped_like(word, LONG_SURNAME_ENDINGS, ()))


# Shapes that mark a name in the languages of the communities served, for names no list holds:
# Polish -ski/-cka/-wicz/-czyk, German -mann/-meier/-bauer, Spanish -ez, Irish O'/Mc,
# Punjabi -preet/-jit/-deep/-inder, Arabic and Somali Abdul-/Abdi-; and endings no English
# word has: Serbian and Croatian -ović/-ević, Macedonian -ovski, Ukrainian -enko/-chuk,
# Georgian -shvili, Greek -opoulos, Romanian -escu, Lithuanian -auskas, Turkish -oğlu.
SURNAME_ENDINGS = ("owski", "ewski", "inski", "ynski", "owska", "ewska", "inska", "ynska", "icki", "ycki", "icka",
                   "ycka", "wicz", "czyk", "czak", "mann", "meier", "meyer", "bauer", "hofer", "berger", "stein",
                   "ez", "ović", "ević", "ovic", "evic", "ovski", "evski", "ovska", "evska", "enko", "chuk",
                   "shvili", "opoulos", "escu", "auskas", "oğlu", "oglu", "ovich", "evich", "ovna", "evna")
# Russian and Central Asian -ova/-eva, in long words only: "Moldova" and "Geneva" are places.
LONG_SURNAME_ENDINGS = ("ova", "eva")
# Words that open a two-word surname ("Two Crow", "Running Horse"; compound_surnames.txt holds the
# one-word forms). Not colours: "Black Bear" and "Red Wing" are as often places, brands or animals.
TWO_WORD_FIRST = frozenset({"two", "three", "four", "many", "lone", "running", "standing", "spotted", "flying",
                            "sitting", "kills", "walking", "dancing", "iron", "little", "young", "thunder", "swift"})
SURNAME_BEGINNINGS = ("o'", "mc")
GIVEN_ENDINGS = ("preet", "jit", "jeet", "deep", "inder", "winder")
GIVEN_BEGINNINGS = ("abdul", "abdel", "abdi", "abdu")


# Korean given names are two syllables, written joined, hyphenated or spaced ("Jiho", "Ji-ho"); no list can
# hold them all. The syllables as Revised Romanization and the older spellings write them.
KOREAN_SYLLABLES = frozenset(
    "ah bin bo byung chae chan cheol chul da do dong eun gi geun gwang gyeong gyu ha hae hak han hee ho hoon hun "
    "hwa hwan hye hyo hyuk hyun hyeon il in ja jae jeong ji jin jong joo joon ju jun jung kang ki kwang kyu kyung "
    "mi min mun myeong myung na nam ra rin sang seo seok seon seong seung shin sik so soo sook su suk sun sung tae "
    "uk won woo wook ye yeon yeong yeol yong young yu yun yoon".split())


# Korean surnames, many of them English words too ("Park", "Song", "Oh"): read as a surname beside a Korean
# given name, in either order ("Ji-ho Park", "Park Ji-ho"), even where the word is a place's ("Park").
KOREAN_SURNAMES = frozenset(
    "kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin "
    "kwon hwang ahn an song jeon yoo yu hong go ko moon mun yang son bae baek heo hur nam sim noh ha kwak sung cha "
    "joo ju woo koo ku min ryu na jin ji um won".split())


def _korean_name(folds: list[str]) -> bool:
    """A Korean given name and surname, in either order."""
    return len(folds) == 2 and (_korean_given(folds[0]) and folds[1] in KOREAN_SURNAMES
                                or folds[0] in KOREAN_SURNAMES and _korean_given(folds[1]))


_SYLLABLE = "(?:" + "|".join(sorted(KOREAN_SYLLABLES, key=len, reverse=True)) + ")"
KOREAN_GIVEN = re.compile(f"{_SYLLABLE}-?{_SYLLABLE}")   # one scan: is_given asks this of every word


def _korean_given(folded: str) -> bool:
    """Two Korean syllables as one word ('jiho', 'ji-ho'; the hyphen, if any, between them)."""
    return KOREAN_GIVEN.fullmatch(folded) is not None and ("-" in folded or len(folded) <= 10)


def _shaped_like(word: str, endings: tuple[str, ...], beginnings: tuple[str, ...]) -> bool:
    folded = word.lower()
    if len(folded) < 5 or not folded.isalpha() and "'" not in folded:
        return False
    return folded.endswith(endings) or (folded.startswith(beginnings) and len(folded) > 5 and word[-1].islower())


def _listed(folded: str, names: frozenset[str], *, prefixed: bool = True) -> bool:
    """Whether the name, or a part of it, is listed; ``prefixed``: also without a surname prefix
    ("McDonald" -> "donald" is a surname's lookup, never a given name's)."""
    if folded in names:
        return True
    if "-" not in folded and "'" not in folded and (
            not prefixed or len(folded) < 5 or not folded.startswith(NAME_PREFIXES)):
        return False   # a plain word: nothing more to look up
    return any(part in names for part in _parts(folded, prefixed))


NAME_PREFIXES = ("o'", "d'", "mc", "mac", "al", "el", "abu", "bin", "ibn")
# Words joined by a hyphen before a name ("Al-", "El-", "Ba-", "Bin-"), which an English list may hold.
JOINED_PARTICLES = frozenset({"al", "el", "ul", "ba", "bin", "bint", "ibn", "abu", "abd", "bou", "ben"})


def _read(filename: str) -> frozenset[str]:
    content = resources.files("garda.inspect.data").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in content.splitlines()
                     if line.strip() and not line.startswith("#"))


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower().translate(UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


# Letters that Unicode does not decompose into a base letter and an accent ("Stanisław").
UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                                "ı": "i", "þ": "th", "ħ": "h", "ə": "a"})


def _parts(folded: str, prefixed: bool = True) -> tuple[str, ...]:
    parts = [folded, folded.replace("'", "")]
    for piece in folded.split("-"):
        parts.append(piece)
        for prefix in NAME_PREFIXES if prefixed else ():
            if piece.startswith(prefix) and len(piece) > len(prefix) + 2:
                parts.append(piece[len(prefix):])
    return tuple(parts)


class _Shape(NamedTuple):   # a tuple: built for every distinct sequence, so cheap to build
    """What the words of one capitalized sequence say, whatever text surrounds them.

    Worked out once per distinct sequence in a text: a name mentioned again, or text
    repeated on purpose, is not trimmed and looked up again.
    """

    head: int                  # where the trimmed candidate starts and ends in the sequence
    tail: int
    tokens: int                # how many tokens are left after trimming (an initial counts)
    folded: tuple[str, ...]    # each token's _fold
    words: tuple[str, ...]     # the tokens that can be names: no initials, particles or nicknames
    first_folded: str          # the _fold of words[0]
    listed: bool               # words[0] a given name or words[-1] a surname
    public: bool               # the tokens, or the words, name a public figure


class _Record(NamedTuple):
    """A Last, First candidate; ``named`` when it reads as a name on its own."""

    start: int
    end: int
    role: PersonRole | None
    named: bool


def _records_found(text: str, group: list[_Record]) -> Iterator[Finding]:
    """The names among records next to each other: all of a ';' list when one of them is a name."""
    listed = len(group) >= 2 and any(record.named for record in group)
    for record in group:
        if record.named or listed:
            yield _finding(text, record.start, record.end, record.role, 0.9, "a name in Last, First form")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    shape: _Shape


class PersonRecognizer:
    """People's names (capitalized, record style, lowercase, nicknames) with the role the context gives them."""

    name = "person"
    span_types = (SpanType.PERSON,)

    def __init__(self, names: NameLists | None = None) -> None:
        self.names = names or NameLists.load()
        self.trim_words = self.names.common | frozenset(ROLE_OF) | NAME_CUES_SET | frozenset(
            w for t in PUBLIC_TITLES for w in t.split())
        self.lowercase_given = self.names.given - self.names.common - self.trim_words
        self.lowercase_surnames = self.names.surnames - self.names.common - self.trim_words
        self.titles_and_roles = self.trim_words - self.names.common
        # What a word no list holds must not be to count as a name: English, shorthand, a title, a time.
        self.known_words = self.names.ordinary | self.trim_words | self.names.non_name | TIMES | COUNTS
        # The word right before a name that a role or a cue may stand behind ("suspect, later identified as").
        self.cue_or_filler = frozenset(ROLE_OF) | NAME_CUES_SET | FILLERS | frozenset(
            w.split()[-1] for w in (*ROLE_OF, *NAME_CUES) if " " in w)
        # Compiled once, at start-up (about 0.1 s), rather than within the first inspection's budget.
        _capitalized_bmp()
        _capitals_bmp()

    def find(self, text: str) -> Iterator[Finding]:
        plain = self._without_leet(text)
        if plain is text:
            yield from self._find(text)
            return
        with sharing_index():   # the index of ``plain`` is its own: the shared one of ``text`` stays for the others
            found = list(self._find(plain))
        for finding in found:   # same length, so the offsets hold for the text as given
            yield finding.at(finding.start, finding.end, text[finding.start:finding.end])

    def _without_leet(self, text: str) -> str:
        """'0mar 5aleh' -> 'Omar Saleh': digits standing for letters inside words, one for one."""
        pieces, done, position = [], 0, 0
        read: dict[str, str | None] = {}   # each distinct word read once: random text repeats its words
        for hint in LEET_PREFILTER.finditer(text):   # a letter next to a digit; few in ordinary text
            if hint.start() < position:
                continue
            start, end = _word_around(text, hint.start())
            word = text[start:end]
            position = end
            if word not in read:
                read[word] = self._read_as_letters(word)
            spelled = read[word]
            if spelled is not None:
                pieces += [text[done:start], spelled]
                done = end
        if not pieces:
            return text
        plain = "".join(pieces) + text[done:]
        # A middle initial written as a digit between two such words: 'Y0l4nd4 7. 35c0bedo'.
        return LEET_INITIAL.sub(lambda m: LEET[m[0][0]].upper() + ".", plain)

    def _read_as_letters(self, word: str) -> str | None:
        """The word with its digits read as letters, when it is written that way ('Zaval4'; not 'db8')."""
        if not _is_leet(word):
            return None
        spelled = self._spelled_out(word)
        return spelled if INNER_DIGIT.search(word) or self._is_listed(spelled) else None

    def _spelled_out(self, word: str) -> str:
        capitals = not any(c.islower() for c in word)
        letters = [c if c not in LEET else LEET[c].upper() if capitals or i == 0 else LEET[c]
                   for i, c in enumerate(word)]
        with_i = "".join(letters)
        if "1" in word:
            with_l = "".join("L" if c == "I" and o == "1" else "l" if c == "i" and o == "1" else c
                             for c, o in zip(with_i, word))
            if not self._is_listed(with_i) and self._is_listed(with_l):
                return with_l
        return with_i

    def _is_listed(self, word: str) -> bool:
        return self.names.is_given(word) or self.names.is_surname(word)

    def _find(self, text: str) -> Iterator[Finding]:
        unclaimed: list[_Candidate] = []
        found = [*self._capitalized(text, unclaimed)]
        if budget.search(CAPS_PREFILTER, text):
            found.extend(self._record_style(text))
        found.extend(self._title_records(text))
        found.extend(self._slash_roles(text))
        found.extend(self._nicknames(text))
        found.extend(self._lowercase(text))
        found += list(self._mentioned_again(text, found, unclaimed))   # read from the list before it grows
        found += list(self._nicknames_beside_names(text, found))
        found += list(self._speaker_labels(text))
        listed = list(self._listed_beside_a_name(text, found, unclaimed))
        yield from found
        yield from listed
        yield from self._alone_again(text, found + listed, unclaimed)

    def _nicknames_beside_names(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """A nickname in brackets right after a full name found, or a word right before one in brackets."""
        for name in found:
            if " " not in name.text.strip():
                continue
            # Both patterns hold a bracket: most names have none beside them.
            after_end, before_start = min(len(text), name.end + 40), max(0, name.start - 30)
            after = (NICKNAME_AFTER_NAME.match(text, name.end, after_end)
                     if text.find("(", name.end, after_end) != -1 else None)
            if after and self._may_be_nickname(after["nick"]):
                yield _finding(text, after.start("nick"), after.end("nick"), name.role, 0.7, "a nickname beside a name")
            before = (NICKNAME_BEFORE_NAME.search(text, before_start, name.start)
                      if text.find("(", before_start, name.start) != -1 else None)
            if before and self._may_be_nickname(before["nick"]):
                yield _finding(text, before.start("nick"), before.end("nick"), name.role, 0.7, "a nickname beside a name")

    def _may_be_nickname(self, words: str) -> bool:
        """Not a role, a title or a cue written in brackets ('(Victim)', '(DOB)', '(Driver)')."""
        folded = [_fold(word) for word in words.split()]
        return not any(word in self.trim_words or word in ANNOTATIONS for word in folded)

    def _speaker_labels(self, text: str) -> Iterator[Finding]:
        """Speakers of a typed-up thread or statement: a word no list of ordinary words holds, before ': "'."""
        if SPEAKER_COLON.search(text) is None:   # what every label ends with: a far cheaper scan than for labels
            return
        for label in budget.finditer(SPEAKER_LABEL, text):
            word = label["name"]
            folded = _fold(word)
            if self._unknown_word(folded) or folded not in self.known_words and self._is_listed(word):
                yield _finding(text, label.start("name"), label.end("name"), None, 0.7, "a speaker's name before a quote")

    def _alone_again(self, text: str, found: list[Finding], unclaimed: list[_Candidate]) -> Iterator[Finding]:
        """A name found alone ('Rania', from a list) mentioned again alone: 'only Rania would talk'."""
        alone = {_fold(f.text) for f in found if " " not in f.text and len(f.text) > 2}
        alone = {word for word in alone if word not in self.known_words}
        if not alone:
            return
        taken = {f.start for f in found}
        for candidate in unclaimed:
            if candidate.start in taken or candidate.shape.folded[0] not in alone or len(candidate.shape.folded) != 1:
                continue
            context = self._context(text, candidate.start, candidate.end)
            if not context.not_private:
                yield _finding(text, candidate.start, candidate.end, context.role, 0.7, "a name found alone, mentioned again")

    def _listed_beside_a_name(self, text: str, found: list[Finding],
                              unclaimed: list[_Candidate]) -> Iterator[Finding]:
        """Listed names in a list with a name found already: 'Dragana, Milos and Petar', 'Whitebird and
        Littlewolf'. The list is read outward from the name that was found, one sweep each way."""
        names = self.names
        waiting = [c for c in unclaimed if c.shape.first_folded not in names.common and c.shape.listed]
        if not waiting or not found:
            return
        items: list[tuple[int, int, _Candidate | None]] = sorted(
            [(f.start, f.end, None) for f in found] + [(c.start, c.end, c) for c in waiting], key=lambda i: i[:2])
        beside = [_in_a_list(text, first[0], first[1], second[0], second[1]) for first, second in zip(items, items[1:])]
        contexts: dict[int, _Context] = {}

        def is_private(index: int) -> bool:
            if index not in contexts:
                start, end, _ = items[index]
                contexts[index] = self._context(text, start, end)
            return not contexts[index].not_private

        joined: set[int] = set()
        for order in (range(len(items)), range(len(items) - 1, -1, -1)):
            reached = False
            previous = None
            for index in order:
                candidate = items[index][2]
                linked = previous is not None and beside[min(index, previous)]
                if candidate is None:
                    reached = True
                elif reached and linked and is_private(index):
                    joined.add(index)
                else:
                    reached = False
                previous = index
        for index in sorted(joined):
            start, end, _ = items[index]
            yield _finding(text, start, end, contexts[index].role, 0.7, "a listed name in a list with a name")

    def _mentioned_again(self, text: str, found: list[Finding],
                         unclaimed: list[_Candidate]) -> Iterator[Finding]:
        """A lone word that is part of a full name found in the same text: '... Edwin Figueroa; 1/16 Figueroa seen',
        also in capitals: 'I MET WITH DECLAN HEGARTY ... HEGARTY ADV'."""
        known = set()
        for name in {finding.text for finding in found}:
            fold = str.lower if name.isascii() else _fold   # the same on ASCII, without a call
            words = [fold(w.strip(",.;:")) for w in name.split()
                     if not (w[0] in "\"“'‘" and len(w) > 2)]   # not a nickname
            words = [w for w in words if len(w) > 2 and w not in PARTICLES and w not in self.trim_words]
            if len(words) >= 2:
                known.update(words)
        if not known:
            return
        for candidate in unclaimed:
            if candidate.shape.folded[0] not in known:
                continue
            context = self._context(text, candidate.start, candidate.end)
            if not context.not_private:
                yield _finding(text, candidate.start, candidate.end, context.role, 0.7, "a name mentioned again")
        yield from self._mentioned_again_in_capitals(text, found, known)

    def _mentioned_again_in_capitals(self, text: str, found: list[Finding], known: set[str]) -> Iterator[Finding]:
        if not budget.search(CAPS_PREFILTER, text):
            return
        index = index_of(text)

        def outside() -> str:
            """Looked for only outside the names found already: a text of records repeats them thousands
            of times. Built only when a form is there to look for."""
            return _blanked(text, sorted(map(_span_of, found)))

        for position in _occurrences(text, index, known, str.upper, haystack=outside):
            if not text[position + 1:position + 2].isupper():
                continue
            word_end = position + _word_length(index.lower, position)
            if not text[position:word_end].isupper():
                continue
            context = self._context(text, position, word_end)
            if not context.not_private:
                yield _finding(text, position, word_end, context.role, 0.7, "a name in capitals mentioned again")

    def _context(self, text: str, start: int, end: int, seen: dict[str, _Context] | None = None) -> _Context:
        """The context of the name at ``[start, end)``; ``seen`` keeps what the words before a name
        said, for a loop over one text where the same words come back."""
        window = text[max(0, start - 60):start]
        if seen is None:
            before = _context_before(window)
        else:
            before = seen.get(window)
            if before is None:
                before = seen[window] = _context_before(window)
        if before.role or before.not_private:
            return before
        following = text[end:end + 4].lstrip()[:1]
        if following == "(" or following == ",":   # a role after it (case law needs the "v")
            after = ROLE_AFTER.match(text, end, min(len(text), end + 40))
            if after:
                return _context_of(role=ROLE_OF.get(_role_key(after["role"] or after["role2"])), cue=before.cue)
        elif following == "v" and CASE_LAW_AFTER.match(text, end, min(len(text), end + 12)):   # "Terry v. Ohio"
            return _context_of(case_law=True)
        return before

    # capitalized names ---------------------------------------------------------------

    def _capitalized(self, text: str, unclaimed: list[_Candidate] | None = None) -> Iterator[Finding]:
        """Capitalized names; lone words not judged names on their own go to ``unclaimed``."""
        budget.remaining()
        if text.isascii():
            if not _has_ascii_lowercase(text):   # every capitalized word holds a lowercase letter
                return
            matches = CAPITALIZED_ASCII.finditer(text)
        elif _within_bmp(text):
            matches = _capitalized_bmp().finditer(text)
        else:
            matches = budget.finditer(CAPITALIZED, text)
        shapes: dict[str, _Shape | None] = {}
        seen: dict[str, _Context] = {}
        for match in matches:
            sequence = match.group()
            if sequence in shapes:
                shape = shapes[sequence]
            else:
                shape = shapes[sequence] = self._shape(sequence)
            if shape is None:
                continue
            offset = match.start()
            start, end = offset + shape.head, offset + shape.tail
            finding = self._judge(text, start, end, shape, seen)
            if finding is not None:
                yield finding
            elif unclaimed is not None and shape.tokens == 1:
                unclaimed.append(_Candidate(start, end, shape))

    def _shape(self, sequence: str) -> _Shape | None:
        """The sequence trimmed of the words that are not part of a name (None: nothing is left)."""
        trim, common, non_name = self.trim_words, self.names.common, self.names.non_name
        if " " not in sequence and "\t" not in sequence:   # one word, the usual case
            folded = _fold(sequence)
            if folded in trim or folded in non_name or len(sequence) < 2:
                return None
            return self._word_shape(sequence, folded)
        else:
            tokens = _tokens(sequence, 0)
            folds = [t[2].lower() for t in tokens] if sequence.isascii() else [_fold(t[2]) for t in tokens]
            while (tokens and folds[0].rstrip(".") in trim and not self._given_before_name(tokens, folds)
                   and not self._two_word_surname(folds) and not _korean_name(folds)):
                del tokens[0], folds[0]
            korean = _korean_name(folds)
            if len(tokens) > 1 and folds[-1] in HOLIDAY_ENDINGS:   # "Martin Luther King Day"
                return None
            while tokens and not korean and (_is_initial(tokens[-1][2]) or folds[-1] in PARTICLES or (
                    folds[-1] in common and not self._surname_after_given(tokens, folds))):
                tokens.pop()
                last = folds.pop()
                if last in non_name and last not in TIMES:
                    return None   # "Henry Maier Festival Park" is a place: the name it holds goes with it
            if not tokens or not korean and not non_name.isdisjoint([f.rstrip(".") for f in folds]):
                return None   # (nothing is kept of initials alone either)
        kept = [(t[2], f) for t, f in zip(tokens, folds)   # not an initial, a particle or a nickname
                if len(t[2].rstrip(".")) != 1 and f not in PARTICLES and not _is_nickname(t[2])]
        if not kept:
            return None
        names = self.names
        return _Shape(
            head=tokens[0][0], tail=tokens[-1][1], tokens=len(tokens), folded=tuple(folds),
            words=tuple(word for word, _ in kept), first_folded=kept[0][1],
            listed=names.is_given(*kept[0]) or names.is_surname(*kept[-1]) or (
                not TWO_WORD_FIRST.isdisjoint(folds) and any(
                    self._two_word_surname(folds[i:]) for i in range(len(folds) - 1))),
            public=names.is_public(folds) or (len(kept) < len(folds) and names.is_public([f for _, f in kept])))

    def _word_shape(self, word: str, folded: str) -> _Shape | None:
        """The shape of a sequence of one word (what :meth:`_shape` works out, with less to do)."""
        if _is_initial(word) or folded in PARTICLES or _is_nickname(word):
            return None
        names = self.names
        return _Shape(0, len(word), 1, (folded,), (word,), folded,
                      names.is_given(word, folded) or names.is_surname(word, folded), names.is_public([folded]))

    def _two_word_surname(self, folded: list[str]) -> bool:
        """'Two Crow', 'Running Horse': a number or a deed, then the rest of a compound surname."""
        return len(folded) >= 2 and folded[0] in TWO_WORD_FIRST and folded[0] + folded[1] in self.names.surnames

    def _unlisted_person(self, text: str, words: tuple[str, ...], start: int, end: int) -> bool:
        """Two or three unlisted capitalized words inside a sentence, then something only a person does:
        'then Ailish Dunleavy stated ...'. Not at a sentence start, where any word is capitalized."""
        if not 2 <= len(words) <= 3 or any(w.isupper() or _fold(w) in self.names.common for w in words):
            return False
        before = text[max(0, start - 3):start].rstrip(" \t")
        if not before or before[-1] in ".!?:\n\"“" or not before[-1].isalnum() and before[-1] != ",":
            return False
        return PERSONAL_ACTS_AFTER.match(text, end, min(len(text), end + 30)) is not None

    def _foreign_to_english(self, text: str, words: tuple[str, ...], start: int) -> bool:
        """Two or three capitalized words, none of them English or shorthand: 'Tesfaye Gebremedhin',
        a name no list holds. Not acronyms, and not after 'in' or 'near', where such words are a place."""
        if not 2 <= len(words) <= 3 or any(w.isupper() or not self._unknown_word(_fold(POSSESSIVE.sub("", w)))
                                           for w in words):
            return False
        before = PREVIOUS_WORD.search(text, max(0, start - 16), start)
        return before is None or before["word"].lower() not in PLACE_BEFORE

    def _unknown_word(self, folded: str) -> bool:
        """Whether a folded word, or each part of a hyphenated one, is a word of no list garda keeps
        of ordinary words: not English, not shorthand, not a title or a time (and it has a vowel)."""
        known = self.known_words
        if folded in known:   # the usual case, answered by one lookup
            return False
        parts = folded.split("-")
        if len(parts) > 1:   # "Al-Sanabani", "Ba-Wazir": the article or clan word before the hyphen is no evidence
            parts = [part for part in parts if part not in JOINED_PARTICLES] or parts
        return all(len(part) >= 2 and part not in known and VOWEL.search(part) is not None
                   and not self._known_word(part) for part in parts)

    def _known_word(self, word: str) -> bool:
        """In the known words as written or once an ending is taken off ('recognizers', 'timeouts')."""
        known = self.known_words
        return word in known or any(word.endswith(ending) and word[:-len(ending)] in known
                                    for ending in ORDINARY_ENDINGS)

    def _given_before_name(self, tokens: list[tuple[int, int, str]], folded: list[str]) -> bool:
        """'Ángel Manuel Cruz': a listed given name that is also an ordinary word, before another listed name."""
        names = self.names
        first = folded[0]
        if len(tokens) < 2 or first not in names.common or first in self.titles_and_roles:
            return False
        following = tokens[1][2]
        return names.is_given(first) and folded[1] not in names.common and (
            names.is_given(following, folded[1]) or names.is_surname(following, folded[1]))

    def _surname_after_given(self, tokens: list[tuple[int, int, str]], folded: list[str]) -> bool:
        """'Tou Her': a listed surname that is also an ordinary word, capitalized after a listed given name."""
        names = self.names
        return (len(tokens) >= 2 and names.is_surname(tokens[-1][2], folded[-1])
                and names.is_given(tokens[-2][2], folded[-2]) and folded[-2] not in names.common)

    def _judge(self, text: str, start: int, end: int, shape: _Shape,
               seen: dict[str, _Context] | None = None) -> Finding | None:
        context = self._context(text, start, end, seen)
        if context.not_private:
            return None
        names = self.names
        words = shape.words
        strong_cue = context.cue is not None and context.cue not in WEAK_CUES
        listed = shape.listed
        if len(words) >= 2 or shape.tokens >= 2:   # an initial counts as a word: "J. Smith"
            if not (listed or context.role or strong_cue or self._unlisted_person(text, words, start, end)
                    or self._foreign_to_english(text, words, start)):
                return None
        else:
            word, folded = words[0], shape.first_folded
            if len(word) < 2 or folded in self.trim_words or folded in GROUP_WORDS:
                return None
            if not (context.role or strong_cue or (context.cue and listed)
                    or (folded not in names.common and names.is_given(word, folded)
                        and ACTS_AFTER.match(text, end, min(len(text), end + 30)))
                    or (listed and folded not in names.common
                        and SPEAKS_AFTER.match(text, end, min(len(text), end + 30)))
                    or (len(word) >= 3 and folded not in self.known_words and not word.isupper()
                        and UNLISTED_ACTS_AFTER.match(text, end, min(len(text), end + 30))
                        and self._unknown_word(folded))):
                return None
            if context.cue == "and" and INTERSECTION_BEFORE.search(text, max(0, start - 40), start):
                return None   # "at Greenfield and Hampton" is a corner, not a person
            following = NEXT_LOWER_WORD.match(text, end, min(len(text), end + 20))
            if following and following[1] in HOLIDAY_ENDINGS:
                return None   # "Miranda warnings", "Brady rule"
        if shape.public:
            return None
        return _finding(text, start, end, context.role, 0.85 if listed else 0.7, "a capitalized name")

    # record style ------------------------------------------------------------------

    def _record_style(self, text: str) -> Iterator[Finding]:
        budget.remaining()
        capitals = CAPITALS_ASCII if text.isascii() else _capitals_bmp() if _within_bmp(text) else CAPITALS
        starts = None if capitals.starts is None else _sparse_starts(capitals.starts, text)
        if "," in text:   # LAST, FIRST needs its comma
            if starts is not None:
                matches = _matches_from(capitals.record, text, starts)
            elif capitals.record is RECORD_STYLE:
                matches = budget.finditer(RECORD_STYLE, text)
            else:
                matches = capitals.record.finditer(text)
            yield from self._records(text, matches)
        yield from self._caps_names(text, capitals.caps_name, starts)

    def _records(self, text: str, matches: Iterator[re.Match[str]] | Iterator[regex.Match[str]]) -> Iterator[Finding]:
        """LAST, FIRST in capitals, from the matches of a RECORD_STYLE pattern."""
        judged: dict[tuple[str, str], bool | None] = {}   # per pair: None = never a name, else listed or not
        second_given: dict[str, bool] = {}
        # What decides a record lies within 60 characters before it and 40 after (the context, a
        # particle before, a second given name or a role after): a record in surroundings already
        # read is read the same way.
        read: dict[tuple[str, int, int], tuple[int, int, PersonRole | None] | None] = {}
        for match in matches:
            pair = match.group("last", "first")
            if pair not in judged:
                judged[pair] = self._record_pair(*pair)
            listed = judged[pair]
            if listed is None:
                continue
            start, end = match.span()
            origin = max(0, start - 60)
            key = (text[origin:end + 40], start - origin, end - origin)
            if key not in read:
                read[key] = self._record_at(text, match, listed, second_given, origin)
            found = read[key]
            if found is not None:
                yield _finding(text, origin + found[0], origin + found[1], found[2], 0.9, "a name in LAST, FIRST form")

    def _record_at(self, text: str, match: regex.Match[str], listed: bool, second_given: dict[str, bool],
                   origin: int) -> tuple[int, int, PersonRole | None] | None:
        """(start, end, role) of the record, relative to ``origin``; None when it is no name."""
        context = self._context(text, match.start(), match.end())
        if not (listed or context.role or (self._unknown_pair(match["last"], match["first"]) and (
                context.cue or BIRTH_AFTER.match(text, match.end(), min(len(text), match.end() + 24))))):
            return None   # a record no list holds needs a cue or a birth date after it
        end = match.end()
        if not match["middle"]:   # a second given name: 'XIONG, KA ZOUA', not 'SMITH, JOHN STRUCK'
            second = CAPS_SECOND_GIVEN.match(text, end, min(len(text), end + 40))
            if second and self._second_given(second["word"], second_given):
                end = second.end()
        start = match.start()
        before = text[max(0, start - 12):start].split()
        if before and before[-1] in CAPS_PARTICLE_ENDS:
            particle = CAPS_PARTICLE_BEFORE.search(text, max(0, start - 12), start)
            start = particle.start() if particle else start   # 'DE LA CRUZ, JOAQUIN'
        return start - origin, end - origin, context.role

    def _second_given(self, word: str, judged: dict[str, bool]) -> bool:
        if word not in judged:
            judged[word] = self.names.is_given(word) and _fold(word) not in self.names.common
        return judged[word]

    def _record_pair(self, last: str, first: str) -> bool | None:
        """None when the pair cannot be a name ('SUSPECT, UNKNOWN'), else whether a part is a listed name."""
        names = self.names
        if _fold(first) in self.trim_words or _fold(last) in names.non_name or _fold(last) in self.titles_and_roles:
            return None
        return names.is_surname(last) or names.is_given(first)

    def _caps_names(self, text: str, pattern: re.Pattern[str] | regex.Pattern[str],
                    starts: list[int] | None) -> Iterator[Finding]:
        """FIRST LAST in capitals; a pair that is not a name is retried from its second word
        ("VICTIM JANE DOE" -> "JANE DOE"). ``starts``: where a match may begin, if known."""
        position = 0
        judged: dict[tuple[str, str], tuple[bool, bool, bool]] = {}
        seen: dict[str, _Context] = {}
        search = pattern.search if starts is None else functools.partial(_search_from, pattern, starts)
        while True:
            budget.remaining()
            match = search(text, position)
            if match is None:
                return
            pair = match.group("first", "last")
            verdict = judged.get(pair)
            if verdict is None:
                verdict = judged[pair] = self._caps_verdict(*pair)
            either, both, may_head_a_record = verdict
            start, end = match.span()
            accepted = False
            if may_head_a_record and _opens_a_record(text, start, end):
                accepted = True   # "ADEOLA OGUNDIPE, DOB 03/04/1991"
                yield _finding(text, start, end, None, 0.8, "a name in capitals before a birth date")
            elif either:
                context = self._context(text, start, end, seen)
                if both or context.role or context.cue:
                    accepted = True
                    yield _finding(text, start, end, context.role, 0.85, "a name in capitals")
            position = end if accepted else match.start("last")

    def _caps_verdict(self, first: str, last: str) -> tuple[bool, bool, bool]:
        """What :meth:`_caps_pair` says of FIRST LAST, and whether the pair is a name when it heads a record."""
        either, both = self._caps_pair(first, last)
        return either, both, not both and self._unlisted_caps_before_birth(first, last)

    def _unlisted_caps_before_birth(self, first: str, last: str) -> bool:
        names, trim = self.names, self.trim_words
        return not any(_fold(word) in trim or _fold(word) in names.non_name for word in (first, last))

    def _caps_pair(self, first: str, last: str) -> tuple[bool, bool]:
        """(a name if the context says so, a name whatever the context) for FIRST LAST in capitals;
        two words no list holds are a name if the context says so ("NAME: TSEGAYE WOLDEMARIAM")."""
        names = self.names
        if _fold(first) in names.common or _fold(last) in names.common:
            return False, False
        given, surname = names.is_given(first), names.is_surname(last)
        return given or surname or self._unknown_pair(first, last), given and surname

    def _unknown_pair(self, first: str, last: str) -> bool:
        """Two words of three letters or more, neither an ordinary word: a name no list holds."""
        return (len(first) >= 3 and len(last) >= 3 and self._unknown_word(_fold(first))
                and self._unknown_word(_fold(last)))

    def _title_records(self, text: str) -> Iterator[Finding]:
        """'Núñez, Araceli', 'Mac Giolla Phádraig, Aoife', 'Xiong, Ka Zoua': Last, First in ordinary case.
        Records in a list separated by ';' go together: when one is a name, so are the others."""
        if text.isascii() and not _has_ascii_lowercase(text):   # the surname before the comma ends in one
            return
        group: list[_Record] = []
        for record in self._title_record_candidates(text):
            if group and text[group[-1].end:record.start].strip() != ";":
                yield from _records_found(text, group)
                group = []
            group.append(record)
        yield from _records_found(text, group)

    def _title_record_candidates(self, text: str) -> Iterator[_Record]:
        names = self.names
        for comma in TITLE_RECORD_COMMA.finditer(text):
            budget.remaining()
            if not (comma.start() and text[comma.start() - 1].islower() and text[comma.end()].isupper()):
                continue
            around = text[max(0, comma.start() - 32):comma.start()].rsplit(None, 1)[-1:] + text[
                comma.end():comma.end() + 32].split(None, 1)[:1]
            in_a_list = ";" in text[max(0, comma.start() - 48):comma.end() + 48]
            if not in_a_list and (len(around) < 2 or not (
                    names.is_surname(around[0]) or names.is_given(POSSESSIVE.sub("", around[1]))
                    or self._unknown_pair(around[0], POSSESSIVE.sub("", around[1])))):
                continue   # cheap test before the patterns: neither side is a listed name or a word no list holds
            after = TITLE_RECORD_FIRST.match(text, comma.end(), min(len(text), comma.end() + 60))
            if after is None:
                continue
            before = TITLE_RECORD_LAST.search(text, max(0, comma.start() - 40), comma.start())
            if before is None:
                continue
            last, given = before["last"].split()[-1], after["first"].split()
            # 'Sharma, Vikram Grewal' is a list of names, 'Acevedo, Jorge Luis' one name; in a list of
            # records, 'Lo, Nou Yee' is one record with a given name of two words. A middle initial
            # ('Berhe, Abebe W') is not a second given name.
            alone = not (len(given) == 2 and len(given[1].rstrip(".")) > 1 and not names.is_given(given[1]))
            words = {_fold(last), *(_fold(w) for w in given)}
            if last.isupper() or given[0].isupper() or any(w in self.trim_words or w in names.non_name for w in words):
                continue
            start = before.start("last")
            if self._follows_a_name(text, start):
                continue    # the tail of 'Vikram Grewal, Harjit R. Bhatt' is two names, not one record
            context = self._context(text, start, after.end())
            if context.not_private:
                continue
            is_given = any(names.is_given(w) for w in given)
            both = names.is_surname(last) and is_given
            either = names.is_surname(last) or is_given or self._unknown_pair(last, given[0])
            named = alone and (both or (either and (
                context.role or context.cue or BIRTH_AFTER.match(text, after.end(), min(len(text), after.end() + 24)))))
            yield _Record(start, after.end(), context.role, named)

    def _follows_a_name(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` is a capitalized word, an initial or a nickname of the same name."""
        previous = text[max(0, start - 30):start].split()[-1:]
        if not previous:
            return False
        word = previous[0]
        if _is_nickname(word) and word[-1] in "\"”'’" or (_is_initial(word) and word[0].isupper()):
            return True
        return word[0].isupper() and word[-1] not in ",.:;" and _fold(word) not in self.trim_words

    def _slash_roles(self, text: str) -> Iterator[Finding]:
        if ":" in text or " - " in text:
            yield from self._role_headings(text)
        if "/" not in text:
            return
        for match in budget.finditer(SLASH_ROLE, text):
            name = match["name"]
            first = _fold(name.split()[0].rstrip(","))
            if first in self.trim_words or first in self.names.non_name:
                continue
            if match["r"] == "W" and not any(self._is_listed(w.rstrip(",")) for w in name.split()):
                continue   # "W/" is also shorthand for "with": "STRUCK HER W/ CLOSED FIST"
            role = ROLE_OF[match["r"].lower() + "/"]
            start, end = match.span("name")
            yield _finding(text, start, end, role, 0.9, "a name after a V/, S/, W/ or C/ marker")

    def _role_headings(self, text: str) -> Iterator[Finding]:
        index = index_of(text)
        for anchor in index.positions(HEADING_CUES):
            match = budget.match(ROLE_HEADING, text, anchor, min(len(text), anchor + 80), linear=True)
            if match is None:
                continue
            words = [w.rstrip(",.") for w in match["name"].split()]
            if not any(self.names.is_given(w) or self.names.is_surname(w) for w in words if len(w) > 1):
                continue
            role = ROLE_OF.get(match["r"].lower(), PersonRole.PERSON)
            start, end = match.span("name")
            yield _finding(text, start, end, role, 0.85, "a name under a role heading")

    def _nicknames(self, text: str) -> Iterator[Finding]:
        index = index_of(text)
        anchors = index.positions(NICKNAME_CUES)
        if "a.k.a" in index.lower:
            anchors = sorted({*anchors, *(p for p in index.positions(("a",)) if index.lower.startswith("a.k.a", p))})
        for anchor in anchors:
            match = budget.match(NICKNAME, text, anchor, min(len(text), anchor + 80), linear=True)
            if match is None:
                continue
            group = "quoted" if match["quoted"] else "bare"
            start, end = match.span(group)
            role = _context_before(text[max(0, match.start() - 60):match.start()]).role
            yield _finding(text, start, end, role, 0.8, "a nickname after 'aka'")

    # lowercase ---------------------------------------------------------------------

    def _lowercase_alone(self, text: str, start: int, end: int) -> Iterator[Finding]:
        """A lowercase given name on its own, after a role or a strong cue ('victim keisha stated'), or
        before what only a person does ('brent said')."""
        if text[start:end] in self.names.common:
            return
        context = self._context(text, start, end)
        if context.role or (context.cue and context.cue not in WEAK_CUES):
            yield _finding(text, start, end, context.role, 0.6, "a lowercase given name after a role or cue")
        elif not context.not_private and ACTS_AFTER.match(text, end, min(len(text), end + 30)):
            yield _finding(text, start, end, None, 0.6, "a lowercase given name before a personal act")

    def _lowercase(self, text: str) -> Iterator[Finding]:
        index = index_of(text)
        names = self.names
        trim = self.trim_words
        for start in _occurrences(text, index, self.lowercase_given, str.lower, str.capitalize,   # 'maria', 'Maria'
                                  among=self._untrimmed(text, index)):
            first_end = start + _word_length(index.lower, start)
            following = LOWER_NEXT.match(text, first_end)   # 'maria lopez', also 'Maria lopez'
            if following is not None and text[start].isupper() and text[start + 1:first_end].isupper():
                continue
            last = following["word"] if following else ""
            if not last or last in names.common or last in trim or VERB_LIKE.fullmatch(last) or ACTS_AFTER.match(
                    text, first_end, min(len(text), first_end + 30)):
                if text[start].islower():
                    yield from self._lowercase_alone(text, start, first_end)
                continue
            first = text[start:first_end]
            end = following.end()
            listed_both = names.is_surname(last)
            third = LOWER_NEXT.match(text, end)   # 'araceli ramirez ochoa', 'mai yer lor'
            if third and (listed_both or names.is_given(last)) and third["word"] not in trim and names.is_surname(
                    third["word"]):
                end, listed_both = third.end(), True
            context = self._context(text, start, end)
            strong = context.role or (context.cue and context.cue not in WEAK_CUES)
            if listed_both or (strong and first not in names.common):
                yield _finding(text, start, end, context.role, 0.75 if listed_both else 0.6,
                               "a lowercase given name and surname")
        yield from self._lowercase_surnames(text, index)
        yield from self._lowercase_unknown_pairs(text, index)

    def _untrimmed(self, text: str, index: TextIndex) -> frozenset[str]:
        """The text's words that are no trim word (a common word, a role, a cue or a title): where the
        lowercase name lists, which hold none, are looked up. The name lists are large, and a lookup
        in them costs a cache miss; the trim words are few. Worked out once per text."""
        scratch = shared_scratch(text)
        found = scratch.get("person.untrimmed")
        if found is None:
            found = scratch["person.untrimmed"] = index.vocabulary - self.trim_words
        return found  # type: ignore[return-value]

    def _lowercase_unknown_pairs(self, text: str, index: TextIndex) -> Iterator[Finding]:
        """Two or three lowercase words in a row, none of them English or shorthand ('talked to tesfaye
        gebremedhin'), or one after a role or a cue ('victim tesfaye'): a name no list holds, in lowercase."""
        # Words written in lowercase only: a name in capitals is read by the other rules. Such a word is
        # its own lowercase, so a word of the vocabulary, and no trim word (those are known words): it is
        # among the untrimmed words, far fewer to look up in the large list of known words.
        written = _written(text)[0]
        unknown = {word for word in self._untrimmed(text, index) - self.known_words
                   if word in written and word.islower() and len(word) >= 3 and word.isalpha()
                   and VOWEL.search(word) is not None and not self._known_word(_fold(word))}
        if not unknown:
            return
        places = whole_word_offsets(text, unknown)   # as written: only the lowercase forms
        run: list[int] = []
        for position in [*places, -1]:
            if run and position != -1 and _next_to(text, run[-1], position, index.lower):
                run.append(position)
                continue
            if 1 <= len(run) <= 3:
                found = self._unknown_run(text, run, index.lower)
                if found is not None:
                    yield found
            run = [position]

    def _unknown_run(self, text: str, run: list[int], lower: str) -> Finding | None:
        start, end = run[0], run[-1] + _word_length(lower, run[-1])
        before = PREVIOUS_WORD_OR_MARK.search(text, max(0, start - 20), start)
        previous = before["word"].lower().rstrip(".") if before is not None else ""
        if previous in PLACE_BEFORE or (len(run) == 1 and previous not in self.cue_or_filler):
            return None   # one such word alone is a name only after a role or a cue: 'victim tsegaye'
        context = self._context(text, start, end)
        if context.not_private or (len(run) == 1 and not (context.role or (
                context.cue and context.cue not in WEAK_CUES))):
            return None
        return _finding(text, start, end, context.role, 0.6, "lowercase words that are not English")

    def _lowercase_surnames(self, text: str, index: TextIndex) -> Iterator[Finding]:
        """A listed surname typed in lowercase after a title or a rank ('mrs okonkwo', 'officer brzezinski'),
        or after an unlisted lowercase word, itself after a role or a strong cue ('talked to colton
        tillman'). (A listed given name is read by :meth:`_lowercase`.)"""
        names, trim = self.names, self.trim_words
        for start in _occurrences(text, index, self.lowercase_surnames, str.lower, among=self._untrimmed(text, index)):
            if not text[start].islower():
                continue
            end = start + _word_length(index.lower, start)
            before = PREVIOUS_LOWER_WORD.search(text, max(0, start - 32), start)
            title = before["word"] if before is not None and before["word"] in TITLES_BEFORE_SURNAME else None
            if before is None:   # an abbreviation or a capital: "det. nowak", "Mrs okonkwo"
                found = TITLE_BEFORE.search(text, max(0, start - 16), start)
                title = found["title"].lower() if found is not None else None
            if title is not None:
                yield _finding(text, start, end, ROLE_OF.get(title), 0.6, "a lowercase surname after a title")
                continue
            if before is None:
                continue
            first = before["word"]
            if (first in names.common or first in trim or first in names.given or first in COUNTS or first in TIMES
                    or VERB_LIKE.fullmatch(first) or len(first) < 3):
                continue
            context = self._context(text, before.start("word"), end)
            if context.role or (context.cue and context.cue not in WEAK_CUES):
                yield _finding(text, before.start("word"), end, context.role, 0.6,
                               "an unlisted lowercase word and a surname after a role or cue")


# A title or rank typed just before a lowercase surname ("mrs okonkwo", "det. nowak").
TITLES_BEFORE_SURNAME = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "officer", "ofc", "det", "detective", "sgt",
                                   "sergeant", "lt", "lieutenant", "capt", "captain", "deputy", "agent", "inv", "cpl"})
TITLE_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?P<title>" + "|".join(sorted(TITLES_BEFORE_SURNAME, key=lambda title: (-len(title), title)))
    + r")\.?[ \t]{1,2}$", regex.IGNORECASE)
PERSONAL_ACTS_AFTER = regex.compile(
    r"[ \t]+(?:said|says|stated|told|reported|admitted|denied|fled|lives|resides|texted|(?:was|is)[ \t]+"
    r"(?:arrested|shot|stabbed|injured|booked|interviewed|identified))\b")
# What a person, not a place or an organization, does: after one word no list holds ("Tsegaye stated").
UNLISTED_ACTS_AFTER = regex.compile(
    r"[ \t]+(?:said|stated|told|admitted|denied|fled|lives|resides|texted|(?:was|is)[ \t]+"
    r"(?:arrested|shot|stabbed|injured|booked|interviewed))\b")
COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "several",
                    "many", "few", "some", "other", "others"})
PREVIOUS_LOWER_WORD = regex.compile(r"(?r)(?<![\p{L}'’-])(?P<word>\p{Ll}[\p{Ll}'’-]*\p{Ll})[ \t]{1,2}$")
VERB_LIKE = re.compile(r"[a-z]+(?:ed|ing)|ran|fled|left|went|came|got|saw|told|says|took|hit|shot|stole|drove")
TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "sept", "october",
                   "november", "december", "morning", "afternoon", "evening", "night", "today", "yesterday"})
NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
INTERSECTION_BEFORE = regex.compile(
    r"(?r)(?:^|\s)(?:at|near|on|of|by)[ \t]+(?:the[ \t]+corner[ \t]+of[ \t]+)?\p{Lu}[\p{L}.'’-]*[ \t]+(?:and|&)[ \t]+$")
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
# A digit next to a letter, not an ordinal or a time ('35th', '3am').
LEET_PREFILTER = re.compile(r"[013-578](?:(?<=[^\W\d_].)|(?=[^\W\d_])(?!(?:st|nd|rd|th|am|pm)\b))")
# Digits then a unit or an ordinal ('4th', '3am', '1990s'), or letters then a number ('sahra574', 'LKY8540').
NOT_LEET = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|a|p|hrs?|h|k|m|x|ft|lbs?|mm|cm|kg|yo|yrs?|mg|ml)|[^\W\d_]+\d{3,}",
                      re.IGNORECASE)


CAPS_SECOND_GIVEN = regex.compile(r"[ \t]+(?P<word>\p{Lu}{2,})(?:[ \t]+\p{Lu}(?:\.|(?![\p{L}])))?(?![\p{L}])")
CAPS_PARTICLE_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}'’-])(?:DE[ \t]+LA|DE[ \t]+LOS|DE[ \t]+LAS|VAN[ \t]+DER|VAN[ \t]+DEN|VON[ \t]+DER|VON|VAN|DE|DEL|DA|DI|"
    r"DOS|BIN|IBN|AL|EL|ABU|MAC|MC|LE|LA)[ \t]+$")
# A record followed by the person's birth date: "Fairbanks, Madison, DOB 5-27-69", "Dirie, Idil (born ...)".
BIRTH_AFTER = regex.compile(r"[ \t]*[,(;]?[ \t]*(?:DOB|D\.O\.B\.?|born|date[ \t]+of[ \t]+birth)\b", FLAGS)
CAPS_PARTICLE_ENDS = frozenset({"LA", "LOS", "LAS", "DER", "DEN", "VON", "VAN", "DE", "DEL", "DA", "DI", "DOS", "BIN",
                                "IBN", "AL", "EL", "ABU", "MAC", "MC", "LE"})   # the last word of each CAPS_PARTICLE_BEFORE
POSSESSIVE = re.compile(r"(?:['’]s)?[,.;:]*$")
# The digit first, then the look-behind over it: the engine can jump between those digits.
LEET_INITIAL = re.compile(r"[013-578](?<=[^\W\d_][ \t].)\.(?=[ \t]+[^\W\d_])")
INNER_DIGIT = re.compile(r"[^\W\d_]\d+[^\W\d_]")


def _word_around(text: str, position: int) -> tuple[int, int]:
    start = position
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return start, ALNUM_RUN.match(text, position + 1).end()


ALNUM_RUN = re.compile(r"[^\W_]*")   # exactly what str.isalnum accepts


def _is_leet(word: str) -> bool:
    """Letters and the digits that stand for letters ('Lind3m4nn', '7h4o', 'Zaval4'), not a code or a unit."""
    letters = sum(c.isalpha() for c in word)
    return (letters >= 1 and len(word) >= 2 and all(c.isalpha() or c in LEET for c in word) and len(word) <= 30
            and not NOT_LEET.fullmatch(word))
LOWER_NEXT = regex.compile(r"[ \t]{1,2}(?P<word>\p{Ll}[\p{Ll}'’-]*\p{Ll})(?![\p{L}])")
HEADING_CUES = frozenset({"victim", "vic", "suspect", "susp", "witness", "wit", "complainant", "comp", "caller",
                          "arrestee", "defendant", "officer", "ofc", "rp"})
NICKNAME_CUES = frozenset({"aka", "also", "known", "nicknamed", "goes", "street", "alias", "gave", "gives", "giving",
                           "used", "uses", "using", "badge", "tag", "call", "calls", "called"})
# A nickname in brackets or quotes right after a full name: 'Trent Stanhope (Cricket)', 'AMANUEL WOLDU ("SLIM")'.
NICKNAME_AFTER_NAME = regex.compile(r"[ \t]*\([ \t]*[\"“']?(?P<nick>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[\"”']?[ \t]*\)")
# A nickname before a full name in brackets: 'Duke (Ulises Gallegos)'.
NICKNAME_BEFORE_NAME = regex.compile(r"(?r)(?<![\p{L}'’-])(?P<nick>\p{Lu}[\p{L}'’-]+)[ \t]*\([ \t]*$")
# A speaker's name before a colon and a quote, as in a typed-up text thread: 'Tigist: "u coming back?"'.
SPEAKER_LABEL = regex.compile(r"(?:^|(?<=[\n.!?:\"”][ \t]))(?P<name>\p{Lu}\p{Ll}+):[ \t]+(?=[\"“])", regex.MULTILINE)
SPEAKER_COLON = re.compile(r":[ \t]+[\"“]")
# Words written in brackets after a name that say what the person is, not what they are called.
ANNOTATIONS = frozenset({"victim", "suspect", "witness", "driver", "passenger", "deceased", "juvenile", "minor",
                         "mother", "father", "owner", "complainant", "caller", "rp", "nmn", "jr", "sr", "ii", "iii",
                         "dob", "deceased", "adult", "male", "female", "unk", "unknown", "sic", "ret", "retired"})
HOLIDAY_ENDINGS = frozenset({"day", "rights", "warning", "warnings", "act", "law", "rule", "doctrine", "standard",
                             "award", "foundation", "scholarship", "center", "centre", "institute", "memorial"})
PARTICLES = frozenset({"de", "del", "la", "los", "las", "da", "dos", "das", "di", "van", "von", "der", "den", "le",
                       "bin", "ibn", "al", "el", "abu", "y"})
# Words for a group of people, never a person on their own: "described as an Asian male".
GROUP_WORDS = frozenset({"hispanic", "latino", "latina", "latinx", "black", "white", "asian", "caucasian", "african",
                         "american", "arab", "arabic", "hmong", "somali", "native", "indian", "mexican", "polish",
                         "german", "irish", "jewish", "muslim", "christian", "catholic", "biracial", "indigenous"})


def _tokens(sequence: str, offset: int) -> list[tuple[int, int, str]]:
    if '"' in sequence or "“" in sequence or "'" in sequence or "‘" in sequence:   # a quoted nickname is one token
        return [(offset + m.start(), offset + m.end(), m.group()) for m in TOKEN.finditer(sequence)]
    tokens, position = [], 0
    for word in sequence.split():
        position = sequence.index(word, position)
        tokens.append((offset + position, offset + position + len(word), word))
        position += len(word)
    return tokens


TOKEN = regex.compile(QUOTED_NICKNAME + r"|\S+")


def _is_nickname(token: str) -> bool:
    return token[0] in "\"“'‘" and len(token) > 2


def _occurrences(text: str, index: TextIndex, words: frozenset[str] | set[str],
                 *forms: Callable[[str], str], haystack: Callable[[], str] | None = None,
                 among: frozenset[str] | None = None) -> list[int]:
    """Sorted offsets where one of ``words`` (lowercase, in the text's vocabulary) stands as a whole
    word in ``text`` written in one of ``forms`` (``str.upper``: 'SMITH'; ``str.capitalize``: 'Smith');
    ``haystack``: what gives where to look instead, a copy of ``text`` of the same length with parts
    blanked (asked for only when a form is to be searched for); ``among``: the part of the vocabulary
    that can hold ``words``, when known."""
    present = set((index.vocabulary if among is None else among).intersection(words))
    present.update(word for folded, accented in _accented_words(text, index).items() if folded in words
                   for word in accented)
    return _whole_words_written(text, {form(word) for word in present for form in forms}, haystack)


def _whole_words_written(text: str, forms: set[str], haystack: Callable[[], str] | None = None) -> list[int]:
    """What ``whole_word_offsets`` finds of ``forms`` in ``haystack()`` (``text`` when None), with
    ``text``'s word boundaries; a form of letters and digits that ``text`` does not hold as a whole
    word is not searched for (each search reads the whole text)."""
    written, marked = _written(text)
    searched = [form for form in forms if form in written or not form.isalnum() or form in marked]
    if not searched:
        return []
    return whole_word_offsets(text if haystack is None else haystack(), searched, boundaries=text)


def _written(text: str) -> tuple[set[str], str]:
    """The words of ``text`` as written, and those of them with a mark inside that does not split
    words ("Maria’s"), joined by line breaks. A whole word of letters and digits stands alone among
    the written words, or inside one of the marked ones. Worked out once per text."""
    scratch = shared_scratch(text)
    found = scratch.get("person.written")
    if found is None:
        words = written_words(text)
        found = scratch["person.written"] = (words, "\n".join(filterfalse(str.isalnum, words)))
    return found  # type: ignore[return-value]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the sorted ``spans`` turned to spaces (same length, so offsets hold)."""
    pieces, done = [], 0
    append = pieces.append   # a text of records holds thousands of spans
    for start, end in spans:
        if end <= done:
            continue
        if start < done:
            start = done
        append(text[done:start])
        append(" " * (end - start))
        done = end
    append(text[done:])
    return "".join(pieces)


_span_of = operator.attrgetter("start", "end")


def _accented_words(text: str, index: TextIndex) -> dict[str, list[str]]:
    """The text's words with accents or special letters, by their :func:`_fold` ('wiesława' under
    'wieslawa'): the name lists are folded, so these are found by what they fold to. Worked out
    once per text."""
    scratch = shared_scratch(text)
    found = scratch.get("person.accented")
    if found is None:
        found = {}
        if not text.isascii():
            for word in filterfalse(str.isascii, index.vocabulary):
                found.setdefault(_fold(word), []).append(word)
        scratch["person.accented"] = found
    return found  # type: ignore[return-value]


RECORD_BIRTH_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?:DOB|D\.O\.B\.?|BORN|DATE OF BIRTH)\b", re.IGNORECASE)


def _opens_a_record(text: str, start: int, end: int) -> bool:
    """A name heading a record line: at a line start or after ':', ';' or '-', then ', DOB' or '(DOB'."""
    if RECORD_BIRTH_AFTER.match(text, end) is None:
        return False
    before = text[max(0, start - 40):start].rstrip(" \t")
    return (not before and start <= 40) or (bool(before) and before[-1] in "\n:;-•*")


LIST_JOINER = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")


def _in_a_list(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether [start, end) and the other span are next to each other in a list ('A, B and C')."""
    if other_start >= end:
        return LIST_JOINER.fullmatch(text, end, other_start) is not None
    return other_end <= start and LIST_JOINER.fullmatch(text, other_end, start) is not None


def _next_to(text: str, first: int, second: int, lower: str) -> bool:
    """Whether the word at ``second`` follows the one at ``first`` with only a blank or two between."""
    gap = text[first + _word_length(lower, first):second]
    return 0 < len(gap) <= 2 and not gap.strip(" \t")


# Words after which capitalized or lowercase words no list holds are a place, not a person.
PLACE_BEFORE = frozenset({"in", "near", "into", "across", "outside", "inside", "via", "visit", "visited", "visiting"})
PREVIOUS_WORD = regex.compile(r"(?r)(?<![\p{L}'’-])(?P<word>\p{L}[\p{L}'’-]*)[ \t]{1,2}$")
# The same with a mark between ("victim, tsegaye"; "Det. nowak").
PREVIOUS_WORD_OR_MARK = regex.compile(r"(?r)(?<![\p{L}'’-])(?P<word>\p{L}[\p{L}'’.-]*)[,:;(]?[ \t]{1,2}$")
VOWEL = re.compile(r"[aeiouy]")
ORDINARY_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _word_length(lower: str, start: int) -> int:
    return LETTERS.match(lower, start).end() - start


LETTERS = regex.compile(r"\p{L}*")   # what str.isalpha accepts (the regex module knows a newer Unicode)


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1


def _role_key(word: str) -> str:
    return " ".join(word.lower().split())


def _finding(text: str, start: int, end: int, role: PersonRole | None, score: float,
             how: str) -> Finding:
    # Positional: keywords cost a third more per finding, and a text of records makes thousands.
    return Finding(SpanType.PERSON, start, end, text[start:end], "person", score, role or PersonRole.PERSON, how)
