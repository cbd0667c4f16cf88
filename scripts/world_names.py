"""Write garda/inspect/data/world_given_names.txt and world_surnames.txt from Faker's name lists.

    pip install --target /tmp/faker --no-deps faker==40.63.0
    PYTHONPATH=/tmp/faker python scripts/world_names.py /usr/share/dict/american-english

Faker (MIT licence, copyright (c) 2012 Daniele Faraglia) ships given names and surnames
for some eighty locales. garda's own lists were written for the communities it was first
tested on; these widen them to names from everywhere, so that a member's prompt about a
Croatian, Yoruba or Uzbek resident is read as well as one about a Smith. Latin-script
lists are taken as written; Cyrillic ones (Russian, Ukrainian, Bulgarian, Macedonian) are
romanized twice, the way English-language records write them ("Shevchenko") and the way
Serbian and Croatian Latin does ("Ševčenko", folded to "sevcenko"). Arabic, Hebrew, Greek,
Indic, Thai and East Asian scripts are left out: there is no single romanization to guess.

Left out as well: names shorter than three letters; name particles ("von", "del"); police
shorthand that some language also uses as a name ("SID", "SOI", "vic"); and every word of
the dictionary given (Debian's ``wamerican`` was used), whether written there in lowercase
("Faith", "Comfort", "Bill") or capitalized ("November", "Arizona", "Muslim", "Ramadan"):
the names English speakers share are in garda's hand-made lists already, and a month, a
state or a faith must never make a capitalized word a name.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

# The fold garda looks names up by, so that the lists hold exactly what it will look for.
from garda.inspect.recognizers.person import _fold as fold

DATA = Path(__file__).resolve().parent.parent / "garda" / "inspect" / "data"
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "mk_MK")
GIVEN_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")

ENGLISH_STYLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz", "џ": "dzh", "љ": "lj", "њ": "nj", "ј": "j", "ђ": "dj", "ћ": "c",
}
LOCALE_STYLE = {   # where a language's own romanization differs from the Russian-based default
    "uk_UA": {"г": "h", "и": "y"},
    "bg_BG": {"щ": "sht", "ъ": "a"},
}
SERBIAN_STYLE = {
    **ENGLISH_STYLE, "ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "št", "й": "j", "ю": "ju",
    "я": "ja", "џ": "dž", "ђ": "đ", "ћ": "ć", "ѓ": "đ", "ќ": "ć", "ё": "jo", "є": "je", "ї": "ji",
}

PARTICLES = frozenset({"von", "van", "der", "den", "del", "della", "dos", "das", "mac", "bin", "ibn", "abu"})
POLICE_SHORTHAND = frozenset({"sid", "soi", "org", "vic", "ami", "goa", "tex", "dob", "doa", "gsw", "cad", "apt",
                              "ave", "blvd", "ofc", "sgt", "det", "bolo", "erm", "ncic", "atl"})

HEADER = """\
# {what} from Faker {version} (MIT licence, copyright (c) 2012 Daniele Faraglia), every
# locale with Latin-script or romanized Cyrillic names; lowercased, accents folded; names
# shorter than three letters, particles, police shorthand and English dictionary words left out.
# Written by scripts/world_names.py; do not edit by hand.
"""


def is_latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in " -'’." for c in name)


def romanized(name: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in name.lower())


def spellings(name: str, locale: str) -> list[str]:
    if is_latin(name):
        return [name]
    if locale not in CYRILLIC_LOCALES:
        return []
    english = {**ENGLISH_STYLE, **LOCALE_STYLE.get(locale, {})}
    return [spelled for spelled in (romanized(name, english), romanized(name, SERBIAN_STYLE)) if is_latin(spelled)]


def names_of(provider: type, attributes: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for attribute in attributes:
        value = getattr(provider, attribute, None)
        if isinstance(value, (list, tuple, dict, set)):
            found.update(value)
    return found


def words_of(name: str) -> list[str]:
    """The single words of a name: "Juan Ignacio" gives both; particles and initials drop out."""
    return [word for word in fold(name).replace(".", " ").split() if len(word.strip("'-")) >= 3]


def collect() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    given, surnames = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for into, attributes in ((given, GIVEN_ATTRIBUTES), (surnames, SURNAME_ATTRIBUTES)):
            for name in names_of(provider, attributes):
                for spelled in spellings(name, module.name):
                    into.update(words_of(spelled))
    return given, surnames


def main(dictionary_path: str) -> None:
    import faker

    with open(dictionary_path, encoding="utf-8") as dictionary:
        english = {line.strip().lower() for line in dictionary if line.strip().isalpha()}
    given, surnames = collect()
    for filename, what, names in (("world_given_names.txt", "Given names", given),
                                  ("world_surnames.txt", "Surnames", surnames)):
        kept = sorted(name for name in names if name.replace("-", "").replace("'", "").isalpha()
                      and name not in english and name not in PARTICLES and name not in POLICE_SHORTHAND)
        text = HEADER.format(what=what, version=faker.VERSION) + "".join(f"{name}\n" for name in kept)
        (DATA / filename).write_text(text, encoding="utf-8")
        print(f"{filename}: {len(kept)} names", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
