"""Write garda/inspect/data/compound_surnames.txt: surnames made of two English words.

    python scripts/compound_surnames.py /usr/share/dict/american-english

Many Ho-Chunk, Menominee, Oneida, Ojibwe and Lakota families carry surnames that join a
colour, a number or a deed to an animal or a thing of nature, written as one word
("Greendeer", "Littlewolf", "Whitewing", "Thundercloud"). No census or locale list holds
most of them, and each part alone is an ordinary word, so garda could not tell them from
text. This script writes every such joining of the parts below, except the ones that are
words of the dictionary given (Debian's ``wamerican`` was used: "blackbird", "Thunderbird")
and a few names of teams and brands. The two-word form ("Two Crow") is read from the same
parts by the person recognizer, for numbers and deeds only: a colour before an animal
("Black Bear", "Red Wing") is too often a place, a brand or an animal.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "garda" / "inspect" / "data" / "compound_surnames.txt"
FIRST_PARTS = ("white", "black", "red", "yellow", "blue", "green", "gray", "grey", "brown", "little", "big", "two",
               "three", "four", "many", "lone", "running", "standing", "spotted", "thunder", "iron", "young", "old",
               "high", "swift", "flying", "sitting", "good", "kills", "walking", "dancing", "eagle", "bear", "crow",
               "wolf", "elk", "cloud", "star", "hawk")
SECOND_PARTS = ("bird", "wolf", "eagle", "bear", "cloud", "deer", "horse", "crow", "hawk", "feather", "feathers",
                "thunder", "elk", "buffalo", "fox", "wing", "tree", "sky", "star", "heart", "bull", "dog", "shield",
                "arrow", "hand", "moon", "sun", "wind", "owl", "turtle", "snake", "otter", "beaver", "crane",
                "lightning", "rain", "snow", "stone", "walker", "runner", "child", "george", "man", "eyes")
TEAMS_AND_BRANDS = frozenset({"blackhawk", "blackhawks", "redwing", "redwings", "lonestar", "bigbird", "firebird",
                              "redstar", "bluestar", "whitestone", "greentree", "bigsky"})

HEADER = """\
# Surnames joining two English words, as many Native American families of Wisconsin and the
# Plains write them ("Greendeer", "Littlewolf"): every joining of the parts listed in
# scripts/compound_surnames.py, without dictionary words, teams and brands. Written by that
# script; do not edit by hand.
"""


def main(dictionary_path: str) -> None:
    with open(dictionary_path, encoding="utf-8") as dictionary:
        words = {line.strip().lower() for line in dictionary if line.strip().isalpha()}
    names = sorted({first + second for first in FIRST_PARTS for second in SECOND_PARTS
                    if first != second and first + second not in words and first + second not in TEAMS_AND_BRANDS})
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{OUT.name}: {len(names)} names", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
