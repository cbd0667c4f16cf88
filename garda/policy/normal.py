"""Comparison forms of short texts: when are two mentions the same name, number or address?"""

from __future__ import annotations

import re
import unicodedata

NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
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
    return "".join(ch for ch in unicodedata.normalize("NFKC", surface).casefold() if ch.isalnum())


def words(surface: str) -> str:
    """Case-folded words joined by single spaces; punctuation and line breaks do not count."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in unicodedata.normalize("NFKC", surface).casefold())
    return " ".join(cleaned.split())
