"""Write garda/inspect/data/english_words.txt: the ordinary English words of a dictionary.

    python scripts/english_words.py /usr/share/dict/american-english

Debian's ``wamerican`` (SCOWL, Kevin Atkinson; permissive licence, shipped as
english_words_LICENSE.txt) holds about 64,000 words written in lowercase, and proper nouns
capitalized. Only the lowercase ones are kept, folded the way garda looks names up, without
the possessive "'s" forms. The name recognizer reads two capitalized or two lowercase words
that are neither ordinary English words nor police shorthand as a name: that is how a name
no list holds ("Tesfaye Gebremedhin") is still found, whatever community it comes from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from garda.inspect.recognizers.person import _fold as fold

DATA = Path(__file__).resolve().parent.parent / "garda" / "inspect" / "data"
HEADER = ("# Ordinary English words (lowercase entries of SCOWL via Debian's wamerican; licence in\n"
          "# english_words_LICENSE.txt), folded. Written by scripts/english_words.py; do not edit.\n")


def english_words(dictionary: Path) -> list[str]:
    words = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or not word[0].islower() or word.endswith("'s"):
            continue
        words.add(fold(word))
    return sorted(words)


def main(dictionary: Path, out_dir: Path = DATA) -> Path:
    path = out_dir / "english_words.txt"
    path.write_text(HEADER + "\n".join(english_words(dictionary)) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(main(Path(sys.argv[1])))
