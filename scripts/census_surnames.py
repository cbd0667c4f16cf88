"""Write garda/inspect/data/census_surnames.txt from the U.S. Census Bureau's 1990 surname file.

    python scripts/census_surnames.py dist.all.last /usr/share/dict/american-english \
        > garda/inspect/data/census_surnames.txt

``dist.all.last`` is the Census Bureau's "frequently occurring surnames" file of the 1990
census (public domain; 88,799 names, most frequent first). The dictionary is any list of
English words, one per line (Debian's ``wamerican``, from SCOWL, was used): a surname that
is also an ordinary lowercase English word ("spring", "frisk", "long") is left out, since
garda would otherwise read "a Terry frisk" or "Silver Spring" as a person. The hand-made
``surnames.txt`` keeps the frequent surnames that are also words ("Brown", "King").
"""

from __future__ import annotations

import sys

MOST_FREQUENT = 20_000

HEADER = """\
# Surnames of the 1990 U.S. census (U.S. Census Bureau, "frequently occurring surnames",
# dist.all.last; public domain): the {count} most frequent, lowercased, without the ones that
# are ordinary lowercase English words. Written by scripts/census_surnames.py; do not edit by
# hand. Used beside surnames.txt to recognize names in lowercase and record-style text.
"""


def main(census_path: str, dictionary_path: str) -> None:
    with open(dictionary_path, encoding="utf-8") as dictionary:
        words = {line.strip() for line in dictionary if line.strip().isalpha() and line.strip().islower()}
    with open(census_path, encoding="ascii") as census:
        names = [line.split()[0].lower() for line in census if line.strip()][:MOST_FREQUENT]
    sys.stdout.write(HEADER.format(count=f"{MOST_FREQUENT:,}"))
    sys.stdout.writelines(f"{name}\n" for name in names if name not in words)


if __name__ == "__main__":
    main(*sys.argv[1:3])
