"""Comparison forms of short texts: when are two mentions the same name, number or address?"""

from __future__ import annotations

import re
import unicodedata

NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
NOT_ALNUM = re.compile(r"[\W_]+")   # exactly the characters for which str.isalnum() is false
# Titles, ranks and roles that may lead a name's span but do not tell people apart.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "jr", "sr", "ii", "iii", "iv",
                        "officer", "po", "detective", "det", "sergeant", "sgt", "lieutenant", "lt",
                        "captain", "capt", "chief", "deputy", "agent", "trooper", "inspector",
                        "victim", "suspect", "witness", "complainant"})


def name_tokens(surface: str) -> frozenset[str]:
    """The words of a name that tell people apart: case-folded, without initials and honorifics."""
    words = (w.casefold() for w in NAME_WORD.findall(unicodedata.normalize("NFKC", surface)))
    return frozenset(w for w in words if len(w) > 1 and w.rstrip(".") not in HONORIFICS)


def squash(surface: str) -> str:
    """Letters and digits only, case-folded: "(414) 555-0123" and "414.555.0123" compare equal."""
    return NOT_ALNUM.sub("", unicodedata.normalize("NFKC", surface).casefold())


def words(surface: str) -> str:
    """Case-folded words joined by single spaces; punctuation and line breaks do not count."""
    return " ".join(NOT_ALNUM.sub(" ", unicodedata.normalize("NFKC", surface).casefold()).split())
