"""IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator

import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, window_before
from garda.inspect.spans import SpanType

VERSION_WORDS = regex.compile(r"\b(?:v|ver|version|release|build|sop|section|§|stat\.?)\s*$", FLAGS)


# An IPv6 match holds two colons with nothing but hex digits between them.
COLON_PAIR = re.compile(r":[0-9A-Fa-f]*:")
# Where a match can begin, a superset (a non-ASCII character may be a digit): no letter, digit, '_',
# '.' or ':' before; then a digit with a '.' within three characters (IPv4), or a colon or hex digit
# opening a run of hex digits and colons that holds two colons (IPv6).
BEGINNING = re.compile(
    r"[0-9a-fA-F:\x80-\U0010ffff](?<![0-9A-Za-z_.:][\s\S])"
    r"(?:(?<=[0-9\x80-\U0010ffff])(?=[0-9\x80-\U0010ffff]{0,2}\.)|(?<=:)(?=[0-9A-Fa-f]*:)"
    r"|(?<=[0-9A-Fa-f])(?=[0-9A-Fa-f]*:[0-9A-Fa-f]*:))")


class IpAddressRecognizer(PatternRecognizer):
    name = "ip_address"
    span_type = SpanType.IP_ADDRESS
    explanation = "an IPv4 or IPv6 address"
    pattern = regex.compile(
        r"(?<![\w.:])(?P<span>(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
        r"|(?=[0-9A-F:]*:[0-9A-F:]*:)(?:[0-9A-F]{0,4}:){2,7}[0-9A-F]{0,4}(?![\w:]|\.\d))", FLAGS)
    around_digits = True
    min_digits = 4
    linear = True
    window = (1, 2)

    def keep_run(self, text: str, start: int, end: int) -> bool:
        return text.count(".", start, end) >= 3

    def regions(self, text: str) -> Iterable[tuple[int, int]]:
        regions = list(super().regions(text))
        if self._whole_text(text):
            regions.append((0, len(text)))
        return regions

    @staticmethod
    def _whole_text(text: str) -> bool:
        """Whether to scan beyond the digit runs: only for IPv6 (every IPv4 match lies inside a kept run,
        and one of non-ASCII digits, which the runs may miss, fails ``ip_address`` anyway)."""
        return "::" in text or (text.count(":") >= 5 and COLON_PAIR.search(text) is not None)

    def _matches(self, text: str) -> Iterator[regex.Match[str]]:
        """Over the whole text, the pattern is tried only at the few places a match can begin:
        a '.' (IPv4) or a ':' (IPv6) always comes within four characters of the start (BEGINNING). A match is
        at most 39 characters and looks at most two further, so a 64-character window decides it
        exactly as a scan of the whole text does."""
        if not self._whole_text(text):
            yield from super()._matches(text)
            return
        position = 0
        for beginning in (found.start() for found in BEGINNING.finditer(text)):
            if beginning < position:
                continue
            match = budget.match(self.pattern, text, beginning, min(len(text), beginning + 64), linear=True)
            if match:
                yield match
                position = match.end()
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        candidate = match["span"]
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            return None
        if address.version == 6 and (sum(c.isalnum() for c in candidate) < 4
                                     or (candidate.count(":") < 3 and "::" not in candidate)):
            return None
        if VERSION_WORDS.search(window_before(text, match.start(), 12)):
            return None
        return self.score
