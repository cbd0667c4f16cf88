"""IPv4 and IPv6 addresses."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, window_before
from garda.inspect.spans import SpanType

VERSION_WORDS = regex.compile(r"\b(?:v|ver|version|release|build|sop|section|§|stat\.?)\s*$", FLAGS)


class IpAddressRecognizer(PatternRecognizer):
    name = "ip_address"
    span_type = SpanType.IP_ADDRESS
    explanation = "an IPv4 or IPv6 address"
    pattern = regex.compile(
        r"(?<![\w.:])(?P<span>(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
        r"|(?=[0-9A-F:]*:[0-9A-F:]*:)(?:[0-9A-F]{0,4}:){2,7}[0-9A-F]{0,4}(?![\w:]|\.\d))", FLAGS)
    around_digits = True
    min_digits = 4
    window = (1, 2)

    def keep_run(self, text: str, start: int, end: int) -> bool:
        return text.count(".", start, end) >= 3

    def regions(self, text: str) -> Iterable[tuple[int, int]]:
        regions = list(super().regions(text))
        if "::" in text or text.count(":") >= 5:
            regions.append((0, len(text)))
        return regions
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
