"""Ways a member (or a careless paste) hides sensitive content from a naive pattern.

Each trick rewrites the text of the sensitive segments of a rendering; since spans are
computed from the segments afterwards, offsets stay exact in the evasive text.
"""

from __future__ import annotations

from random import Random

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
              "y": "\u0443", "A": "\u0410", "B": "\u0412", "E": "\u0415", "H": "\u041d", "K": "\u041a",
              "M": "\u041c", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1",
        "O": "0", "S": "5", "T": "7"}
NUMERIC = {"PHONE", "SSN", "DRIVER_LICENSE", "LICENSE_PLATE", "VIN", "CASE_NUMBER", "CJI_IDENTIFIER",
           "ACCOUNT_NUMBER", "DATE_OF_BIRTH", "IP_ADDRESS"}
WORDY = {"PERSON", "EMAIL", "ADDRESS", "CONFIDENTIAL_SOURCE"}


def zero_width(text: str, rng: Random) -> str:
    out = []
    for index, ch in enumerate(text):
        out.append(ch)
        if index < len(text) - 1 and rng.random() < 0.45:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def homoglyph(text: str, rng: Random) -> str:
    return "".join(HOMOGLYPHS[ch] if ch in HOMOGLYPHS and rng.random() < 0.7 else ch for ch in text)


def leet(text: str, rng: Random) -> str:
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.6 else ch for ch in text)


def spaced(text: str, rng: Random) -> str:
    return " ".join(ch for ch in text if not ch.isspace())


def dotted(text: str, rng: Random) -> str:
    return ".".join(ch for ch in text if ch.isalnum())


def full_width(text: str, rng: Random) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def line_break(text: str, rng: Random) -> str:
    if len(text) < 4:
        return text
    cut = rng.randint(2, len(text) - 2)
    return text[:cut] + rng.choice(["\n", "\r\n", " \n"]) + text[cut:]


# trick -> (rewrite, span types it applies to)
TRICKS_BY_NAME = {
    "zero_width": (zero_width, NUMERIC | WORDY),
    "homoglyph": (homoglyph, WORDY | {"LICENSE_PLATE", "VIN"}),
    "spaced_digits": (spaced, NUMERIC - {"IP_ADDRESS"}),
    "dotted_digits": (dotted, {"PHONE", "SSN", "DRIVER_LICENSE", "ACCOUNT_NUMBER", "CASE_NUMBER"}),
    "full_width": (full_width, NUMERIC | WORDY),
    "line_break": (line_break, NUMERIC | {"EMAIL", "ADDRESS"}),
    "leet_names": (leet, {"PERSON"}),
}
TRICKS = list(TRICKS_BY_NAME)
NEGATIVE_TRICKS = {"zero_width", "homoglyph", "full_width"}


def apply(trick: str, rendering, rng: Random) -> bool:
    """Rewrite the sensitive segments the trick applies to; False when none did (or nothing sensitive)."""
    rewrite, types = TRICKS_BY_NAME[trick]
    changed = False
    segments = []
    for text, span_type in rendering.segments:
        if span_type in types:
            new = rewrite(text, rng)
            changed = changed or new != text
            text = new
        segments.append((text, span_type))
    has_spans = any(kind for _, kind in rendering.segments)
    if has_spans and not changed:
        return False
    if not has_spans:
        if trick not in NEGATIVE_TRICKS:
            return False
        # a negative: hide ordinary words the same way, so a normalizer's false positives show
        segments = [(rewrite(text, rng) if len(text) > 12 and not kind else text, kind)
                    for text, kind in segments]
    rendering.segments = segments
    rendering.categories.append(f"evasion:{trick}")
    return True
