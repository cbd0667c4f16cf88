"""Names in capitals tried only where a word of capitals can start find exactly what the
patterns' own scans find."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from garda.inspect.recognizers.person import (CAPITALS_ASCII, _capitals_bmp, _matches_from, _search_from,
                                              _sparse_starts)

DATA = Path(__file__).resolve().parents[1] / "data"
PIECES = ("SMITH, JOHN A.", "O'BRIEN, SEAN", "D’ANGELO, MARIA", "VANG, XEE", "ÁLVAREZ, JOSÉ", "VICTIM JANE DOE",
          "ADEOLA OGUNDIPE, DOB 03/04/1991", "DE LA CRUZ, JOAQUIN", "Smith, John", "MPD", "WI", "A", "AB", " ",
          ", ", "-", "'", "’", "é", "É", "x", "\n", "JEAN-LUC", "McDONALD, RON", "ŁUKASZ NOWAK")


def _texts() -> list[str]:
    with open(DATA / "prompts.jsonl", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:300]
    rng = random.Random(682)
    ascii_pieces = [piece for piece in PIECES if piece.isascii()]
    for pieces in (PIECES, ascii_pieces):
        texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    return texts


@pytest.mark.parametrize("capitals", [CAPITALS_ASCII, _capitals_bmp()], ids=["ascii", "bmp"])
def test_tried_at_starts_finds_what_the_scan_finds(capitals) -> None:
    for text in _texts():
        if capitals is CAPITALS_ASCII and not text.isascii():
            continue
        starts = [found.start() for found in capitals.starts.finditer(text)]
        assert [m.span() for m in _matches_from(capitals.record, text, starts)] == [
            m.span() for m in capitals.record.finditer(text)]
        for position in range(0, len(text) + 1, 7):
            tried = _search_from(capitals.caps_name, starts, text, position)
            scanned = capitals.caps_name.search(text, position)
            assert (tried and tried.span()) == (scanned and scanned.span())


def test_a_text_crowded_with_capitals_is_scanned_the_plain_way() -> None:
    assert _sparse_starts(CAPITALS_ASCII.starts, "VICTIM JANE AB CD " * 100) is None
    assert _sparse_starts(CAPITALS_ASCII.starts, "The suspect, SMITH, JOHN, fled. " + "x" * 100) == [13, 20]
