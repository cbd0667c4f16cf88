"""Fast paths of the recognizers against the plain scans they replace: same matches, same places."""

from __future__ import annotations

import random

import pytest

from garda.inspect.normalize import Normalizer
from garda.inspect.recognizers.leads import lead_scan, led_finditer
from garda.inspect.recognizers.medical import GENERAL_QUESTION, TERM
from garda.inspect.recognizers.network import IpAddressRecognizer
from garda.inspect.recognizers.nonpublic import TacticalRecognizer
from garda.inspect.recognizers.base import PatternRecognizer

PIECES = ("the warrant service at 2417 N 35th St tomorrow at 0500", "SWAT will hit the house", "surveillance van",
          "diagnosed with bipolar disorder", "what is PTSD", "a broken left wrist", "UC will pose as 'Dre'",
          "10.0.0.12", "fe80::1ff:fe23:4567:890a", "at 1400:", "Ｓting", "ſting", "\u200bat", "İnformant", "—",
          "é", "a", "Tonight", "on Monday", "x", ":", ".", "  ", "\n", "-", "Op plan")


def _texts(count: int) -> list[str]:
    rng = random.Random(682)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


@pytest.mark.parametrize("pattern", [TERM, GENERAL_QUESTION, TacticalRecognizer.pattern])
def test_led_scan_finds_what_a_full_scan_finds(pattern):
    assert lead_scan(pattern, True) is not None
    for text in _texts(300):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in led_finditer(pattern, text, 0, len(text))] == expected
        middle = len(text) // 3
        expected = [m.span() for m in pattern.finditer(text, middle, len(text) - 2)]
        assert [m.span() for m in led_finditer(pattern, text, middle, len(text) - 2)] == expected


def test_tactical_and_ip_match_like_the_plain_region_scan():
    normalizer = Normalizer()
    for recognizer in (TacticalRecognizer(), IpAddressRecognizer()):
        for text in _texts(200):
            seen = normalizer(text).text
            fast = [(f.start, f.end, f.score) for f in recognizer.find(seen)]
            plain = [(f.start, f.end, f.score) for f in _plain(recognizer).find(seen)]
            assert fast == plain


def _plain(recognizer: PatternRecognizer) -> PatternRecognizer:
    """The same recognizer with the base class's region scan."""
    class Plain(type(recognizer)):
        leads_after_boundary = False

        def _matches(self, text):
            return PatternRecognizer._matches(self, text)
    return Plain()


def test_normalizer_drops_invisible_characters_and_maps_back():
    normalized = Normalizer()("J\u200ba\u200bn\u00ade Dое")
    assert normalized.text == "Jane Doe"
    assert normalized.to_original(0, 4) == (0, 7)


def test_email_windows_join_like_one_window_per_at_sign():
    from garda.inspect.recognizers.contact import EmailRecognizer
    from garda.inspect.windows import merged, word_end

    rng = random.Random(35)
    for _ in range(300):
        text = "".join(rng.choice(["a@b.", "@", " ", "x" * rng.randint(1, 90), "jane.doe@example.org", "\n"])
                       for _ in range(rng.randint(1, 60)))
        naive = [(max(0, i - 64), word_end(text, min(len(text), i + 256))) for i, c in enumerate(text) if c == "@"]
        assert list(merged(EmailRecognizer._windows(text))) == list(merged(naive))
