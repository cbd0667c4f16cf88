"""Slot fillers for the labelled corpus: fictitious people, numbers and places.

Every value is invented. Phone numbers use 555-01xx, e-mail lives at example.org /
example.com, IP addresses come from the documentation ranges, SSNs follow the area
rules, VINs carry a correct check digit and card numbers pass Luhn, so that a
validating recognizer has no excuse. Street names are Milwaukee's own (public); house
numbers are made up.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

# name origin group -> (given names, surnames, nicknames)
NAME_GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "black_american": (
        ["DeShawn", "Tamika", "Jamal", "Keisha", "Darnell", "Latoya", "Tyrone", "Shaniqua", "Marcus",
         "Imani", "Terrell", "Aaliyah", "Dominique", "Jaylen", "Kiara", "LaDarius", "Ebony"],
        ["Washington", "Jefferson", "Robinson", "Booker", "Mays", "Coleman", "Freeman", "Pruitt",
         "Gaines", "Whitfield", "Toliver", "Merriweather", "Brown-Harris", "Shropshire", "Dukes"],
        ["Boo", "Lil Man", "Peanut", "Tay", "Dre", "Man-Man", "Juice", "Pooh"],
    ),
    "hispanic": (
        ["Alejandro", "Guadalupe", "José Luis", "María Fernanda", "Juan Carlos", "Ximena", "Rogelio",
         "Itzel", "Maricela", "Eduardo", "Araceli", "Joaquín", "Yolanda", "Efraín"],
        ["Hernández", "Gutiérrez", "Ramírez Ochoa", "De la Cruz", "Zavala", "Villanueva", "Contreras",
         "Mendoza-Ruiz", "Escobedo", "Núñez", "Carrillo", "Bustamante", "Arreola"],
        ["Lupe", "Chuy", "Memo", "Beto", "Güero", "Flaco", "Nena"],
    ),
    "hmong": (
        ["Tou", "Pa Nhia", "Xee", "Kou", "Mai Yer", "Chue", "Nou", "Pheng", "Blia", "Yeng", "Khou",
         "Txoua", "Ka Zoua", "Shoua", "Fue"],
        ["Vang", "Xiong", "Thao", "Yang", "Lor", "Her", "Moua", "Lee", "Vue", "Khang", "Chang", "Lo",
         "Hang", "Kue"],
        ["Tony", "Kev", "Nou Nou", "Big T"],
    ),
    "arabic": (
        ["Mohammed", "Fatima", "Yousef", "Layla", "Omar", "Rania", "Khalid", "Noor", "Tariq", "Samira",
         "Abdullah", "Huda", "Bilal", "Amira"],
        ["Al-Haddad", "Abdelrahman", "Haddad", "Nassar", "Saleh", "El-Amin", "Mansour", "Qasem",
         "Bin Rashid", "Al-Masri", "Khoury", "Darwish", "Abu-Zeid"],
        ["Moe", "Abu Omar", "Sammy", "Lulu"],
    ),
    "polish": (
        ["Krzysztof", "Agnieszka", "Wojciech", "Małgorzata", "Tomasz", "Katarzyna", "Grzegorz",
         "Jadwiga", "Stanisław", "Bożena", "Zbigniew", "Dorota"],
        ["Wiśniewski", "Kowalczyk", "Zieliński", "Nowak", "Wójcik", "Przybylski", "Lewandowski",
         "Kaczmarek", "Mazur", "Jankowski", "Pawłowski", "Wróbel"],
        ["Kasia", "Gosia", "Staś", "Kris", "Zbyszek"],
    ),
    "puerto_rican": (
        ["Yesenia", "Luis Ángel", "Xiomara", "Héctor", "Marisol", "Edwin", "Yadira", "Wilfredo",
         "Maritza", "Jorge Luis", "Nilsa", "Ángel Manuel"],
        ["Rivera-Colón", "Santiago", "Ortiz", "Cruz Meléndez", "Figueroa", "Quiñones", "Rosado",
         "Torres Vélez", "Pagán", "Burgos", "Maldonado", "Acevedo"],
        ["Wichy", "Papo", "Yeyo", "Mari", "Cuco"],
    ),
    "somali": (
        ["Abdi", "Hodan", "Abdirahman", "Fadumo", "Mohamed", "Ayaan", "Hassan", "Sahra", "Yusuf",
         "Hibo", "Mustafe", "Ifrah", "Sagal"],
        ["Warsame", "Farah", "Jama", "Hirsi", "Abdullahi", "Osman", "Aden", "Mohamud", "Dahir",
         "Egal", "Nur", "Ali Hassan", "Guled"],
        ["Dheere", "Yare", "Gaab", "Cadey"],
    ),
    "irish": (
        ["Siobhán", "Seamus", "Aoife", "Declan", "Bridget", "Cormac", "Niamh", "Padraig", "Maeve",
         "Eoin", "Colleen", "Ciarán"],
        ["O'Brien", "McGinnity", "Donnelly", "O'Sullivan", "Flanagan", "Gallagher", "Mac Giolla Phádraig",
         "Keane", "Fitzpatrick", "Ó Briain", "McAuliffe", "Mulcahy"],
        ["Paddy", "Red", "Mo", "Sully"],
    ),
    "german": (
        ["Kurt", "Gretchen", "Jürgen", "Annelise", "Dieter", "Heidi", "Wolfgang", "Liesl", "Gunther",
         "Ilse", "Otto", "Ursula"],
        ["Schultz", "Vogel", "Hoffmann", "Krueger", "Schmitt", "Zimmermann", "Baumgartner", "Koehler",
         "Lindemann", "Brandt", "Von Bergen", "Dietz"],
        ["Butch", "Fritz", "Gretl", "Dutch"],
    ),
    "south_asian": (
        ["Priya", "Arjun", "Sunita", "Rahul", "Gurpreet", "Harjit", "Anjali", "Vikram", "Lakshmi",
         "Sandeep", "Manpreet", "Deepa"],
        ["Patel", "Singh Dhillon", "Sharma", "Kaur", "Reddy", "Grewal", "Iyer", "Bhatt", "Chaudhary",
         "Sandhu", "Venkataraman", "Desai"],
        ["Sunny", "Bobby", "Pinky", "Raj"],
    ),
}

MIDDLE_INITIALS = "ABCDEFGHJKLMNRSTW"

STREETS = [
    ("N.", "37th", "St."), ("W.", "Burleigh", "St."), ("W.", "Center", "St."), ("N.", "Teutonia", "Ave."),
    ("W.", "Fond du Lac", "Ave."), ("S.", "13th", "St."), ("W.", "Lincoln", "Ave."),
    ("S.", "Cesar E. Chavez", "Dr."), ("N.", "Sherman", "Blvd."), ("W.", "Capitol", "Dr."),
    ("W.", "Lisbon", "Ave."), ("E.", "North", "Ave."), ("W.", "Mitchell", "St."), ("N.", "Holton", "St."),
    ("W.", "Silver Spring", "Dr."), ("S.", "Kinnickinnic", "Ave."), ("W.", "Hampton", "Ave."),
    ("N.", "76th", "St."), ("W.", "Oklahoma", "Ave."), ("W.", "Greenfield", "Ave."),
]
LONG_DIRECTION = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}
LONG_SUFFIX = {"St.": "Street", "Ave.": "Avenue", "Dr.": "Drive", "Blvd.": "Boulevard"}

PUBLIC_OFFICIALS = [
    "Mayor Renata Duchesne", "Chief of Police Jeffrey B. Norman", "Assistant Chief Craig Sarnow",
    "Alderwoman Constance Whitlow", "Alderman Rigoberto Paz", "District Attorney Harold Okonkwo",
    "Governor Evelyn Marchetti", "County Executive Samuel Oyelaran", "Sheriff Dolores Kempf",
    "Commission Chair Ingrid Haugen",
]
OFFICIAL_NAMES_ONLY = [
    "Renata Duchesne", "Constance Whitlow", "Rigoberto Paz", "Harold Okonkwo", "Evelyn Marchetti",
    "Samuel Oyelaran",
]

MEDICAL = [
    "type 1 diabetes", "schizophrenia", "bipolar disorder", "epilepsy", "PTSD from her deployment",
    "early-onset dementia", "an opioid use disorder and is on Suboxone", "HIV", "sickle cell disease",
    "a traumatic brain injury from a 2019 crash", "severe depression with a prior suicide attempt",
    "autism and is nonverbal", "congestive heart failure", "a seizure disorder",
]
INJURIES = [
    "a fractured left orbital bone", "a laceration to the scalp that needed eight staples",
    "a broken right wrist that was splinted in the ER", "a concussion", "two broken ribs",
    "a gunshot wound to the left thigh", "second-degree burns on both forearms",
    "a dislocated shoulder", "a stab wound to the abdomen requiring surgery", "a fractured jaw",
]
MENTAL = [
    "schizoaffective disorder", "bipolar disorder", "severe anxiety", "PTSD", "major depression",
    "paranoid schizophrenia", "borderline personality disorder",
]
MEDICATIONS = ["lithium", "Seroquel", "insulin", "Suboxone", "Risperdal", "Depakote", "Keppra",
               "methadone", "Abilify", "Zoloft"]

STATUTES = ["940.19(1)", "943.10(1m)(a)", "346.63(1)(a)", "947.01(1)", "943.20(1)(a)", "961.41(1m)(cm)",
            "940.225(2)(a)", "968.24", "941.30(1)", "813.12"]
ORDINANCES = ["MCO 105-138", "MCO 106-1.7", "MCO 105-75", "MCO 101-20.5", "MCO 80-31"]
SOPS = ["SOP 682", "SOP 460", "SOP 001", "SOP 085", "SOP 300", "SOP 682.35", "SOP 263"]
TIMES = ["0300", "0730", "1415", "1600", "1945", "2140", "2315", "0045"]
DATES = ["11/02/2026", "December 4", "Dec. 12, 2026", "2026-11-18", "next Tuesday", "1/15", "the 21st"]
PUBLIC_PLACES = ["the Washington Park Library", "the District 5 community room", "Red Arrow Park",
                 "the Mitchell Street branch library", "Lindsay Heights community center",
                 "the Zablocki Library"]
EVENTS = ["Juneteenth parade", "Mexican Fiesta", "Bronzeville Week", "Irish Fest shuttle route",
          "Hmong New Year celebration", "Polish Fest"]
CI_PREFIXES = ["CI-{}", "CI #{}", "confidential informant {}", "CS-{}", "source SOI-{}", "C.I. {}"]
TACTICAL = [
    "SWAT entry at {addr} on Thursday at 0500",
    "no-knock warrant service at {addr} tomorrow at 0430",
    "surveillance post in the second-floor window across from {addr} from 0600 to 1400",
    "the undercover buy at the Citgo on W. Fond du Lac Ave. Friday at 2100",
    "arrest team stages behind the church at 35th and Center at 0415 before the entry at {addr}",
    "the pole camera on the alley behind {addr} goes live Monday and stays up for 30 days",
    "the takedown at the Walmart lot on S. 27th St. at 1300 once the target is in the store",
    "plainclothes units in the gray van on the block of {addr} from 2200 until the target leaves",
]
UC_NAMES = ["Dre", "Marcus", "Lil Tee", "Carmen", "Ghost", "Big Mike", "Nikki"]
STAGING = ["the Aldi lot on W. Capitol Dr.", "the District 7 station garage", "behind the church at 27th and Center"]


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str
    nickname: str
    shape: str          # how the name is written by default

    def render(self, fmt: str) -> str:
        if fmt == "caps":
            return plain(f"{self.surname}, {self.given} {self.middle}.").upper()
        if fmt == "lower":
            return plain(f"{self.given} {self.surname}").lower()
        if fmt == "last":
            return self.surname
        if fmt == "first":
            return self.given
        return self.default()

    def default(self) -> str:
        return {
            "plain": f"{self.given} {self.surname}",
            "middle": f"{self.given} {self.middle}. {self.surname}",
            "nickname": f"{self.given} \"{self.nickname}\" {self.surname}",
            "record": f"{self.surname}, {self.given}",
        }[self.shape]


def plain(text: str) -> str:
    """Diacritics dropped, as record systems often do."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person(rng: Random, group: str) -> Person:
    given, surnames, nicknames = NAME_GROUPS[group]
    shape = rng.choices(["plain", "middle", "nickname", "record"], weights=[60, 18, 12, 10])[0]
    return Person(rng.choice(given), rng.choice(surnames), rng.choice(MIDDLE_INITIALS),
                  rng.choice(nicknames), shape)


def nickname(rng: Random, group: str) -> str:
    return rng.choice(NAME_GROUPS[group][2])


def phone(rng: Random) -> str:
    area = rng.choice(["414", "414", "262", "608", "920"])
    line = f"01{rng.randint(0, 99):02d}"
    shape = rng.choice(["{a}-555-{l}", "({a}) 555-{l}", "{a}.555.{l}", "{a}555{l}", "+1 {a} 555 {l}",
                        "{a} 555 {l}", "1-{a}-555-{l}", "555-{l}", "({a})555-{l}"])
    return shape.format(a=area, l=line)


def date_of_birth(rng: Random, fmt: str = "") -> str:
    year, month, day = rng.randint(1948, 2011), rng.randint(1, 12), rng.randint(1, 28)
    if fmt == "ncic":
        return f"{year}{month:02d}{day:02d}"
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    abbrev = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    shapes = [
        f"{month:02d}/{day:02d}/{year}", f"{month}/{day}/{year % 100:02d}", f"{year}-{month:02d}-{day:02d}",
        f"{months[month - 1]} {day}, {year}", f"{day} {months[month - 1]} {year}",
        f"{abbrev[month - 1]} {day}, {year}", f"{month:02d}-{day:02d}-{year}", f"{month}.{day}.{year}",
        f"{month}/{day}/{year}", f"{day:02d}{months[month - 1][:3].upper()}{year}",
    ]
    return rng.choice(shapes)


def ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    shape = rng.choice(["{}-{}-{}", "{} {} {}", "{}{}{}"])
    return shape.format(f"{area:03d}", f"{group:02d}", f"{serial:04d}")


def driver_license(rng: Random, fmt: str = "") -> str:
    letter = rng.choice("ABCDFGHJKLMNPRSTVWZ")
    digits = "".join(str(rng.randint(0, 9)) for _ in range(13))
    if fmt == "nodash" or rng.random() < 0.25:
        return letter + digits
    return f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}-{digits[11:]}"


def plate(rng: Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    digits = f"{rng.randint(0, 9999):04d}"
    shape = rng.choice(["{L}-{D}", "{L}{D}", "{L} {D}", "{d3}-{L}", "{L}-{D}"])
    return shape.format(L=letters, D=digits, d3=f"{rng.randint(100, 999)}")


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: Random) -> str:
    wmi = rng.choice(["1HG", "1FA", "2T1", "3VW", "KNA", "5YJ", "1G1", "JTD", "1N4", "WBA", "KMH", "4T1"])
    body = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    tail = rng.choice("EFGHJKLMNPRS") + rng.choice(VIN_CHARS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    draft = wmi + body + "0" + tail
    total = sum(VIN_VALUES[c] * w for c, w in zip(draft, VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return wmi + body + check + tail


def vin_is_valid(value: str) -> bool:
    total = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS))
    return value[8] == ("X" if total % 11 == 10 else str(total % 11))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card(rng: Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16)])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    number = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    shape = rng.choice(["plain", "spaced", "dashed"])
    if shape == "plain" or length == 15:
        return number
    sep = " " if shape == "spaced" else "-"
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def bank_account(rng: Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 11, 12])))


def email(rng: Random, group: str) -> str:
    someone = person(rng, group)
    first, last = (plain(part).lower().replace(" ", "").replace("'", "").replace("-", "")
                   for part in (someone.given, someone.surname))
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}{rng.randint(70, 99)}", f"{first}_{last}",
                        f"{last}{first[0]}", f"{first}{rng.randint(1, 999)}"])
    return f"{local}@{rng.choice(['example.org', 'example.com'])}"


def street(rng: Random, fmt: str = "") -> str:
    direction, name, suffix = rng.choice(STREETS)
    shape = rng.choice(["short", "long", "bare"])
    if shape == "long":
        return f"{LONG_DIRECTION[direction]} {name} {LONG_SUFFIX[suffix]}"
    if shape == "bare":
        return f"{name} {LONG_SUFFIX[suffix]}"
    return f"{direction} {name} {suffix}"


def address(rng: Random, fmt: str = "", apartment: bool = False) -> str:
    direction, name, suffix = rng.choice(STREETS)
    number = rng.randint(100, 9899)
    shape = rng.choice(["short", "long", "lower", "nodots"])
    if shape == "long":
        text = f"{number} {LONG_DIRECTION[direction]} {name} {LONG_SUFFIX[suffix]}"
    elif shape == "lower":
        text = f"{number} {direction[0].lower()} {name.lower()} {suffix.rstrip('.').lower()}"
    elif shape == "nodots":
        text = f"{number} {direction[0]} {name} {suffix.rstrip('.')}"
    else:
        text = f"{number} {direction} {name} {suffix}"
    if apartment:
        text += rng.choice([", Apt. 3B", " #204", ", Unit 2", " Lower", " Upper", ", Apt 11", " apt 2R",
                            ", #1F"])
    if rng.random() < 0.2:
        text += f", Milwaukee, WI 532{rng.randint(2, 25):02d}"
    return text.upper() if fmt == "caps" else text


def block(rng: Random) -> str:
    direction, name, suffix = rng.choice(STREETS)
    hundred = rng.randint(1, 60) * 100
    return rng.choice([f"{hundred} block of {direction} {name} {suffix}", f"{hundred} blk {direction[0]} {name}"])


def intersection(rng: Random) -> str:
    (d1, n1, s1), (d2, n2, s2) = rng.sample(STREETS, 2)
    return rng.choice([f"{d1} {n1} {s1} and {d2} {n2} {s2}", f"{n1} and {n2}", f"{n1} & {n2}",
                       f"{n1}/{n2}"])


def case_number(rng: Random) -> str:
    return rng.choice([f"26-{rng.randint(100000, 999999)}", f"2026-{rng.randint(1, 999999):07d}",
                       f"M26-{rng.randint(10000, 99999)}", f"I26{rng.randint(1000000, 9999999)}"])


def court_case(rng: Random) -> str:
    return rng.choice([f"2026CF{rng.randint(1, 9999):06d}", f"26CM{rng.randint(1, 9999):06d}",
                       f"2025CF{rng.randint(1, 9999):06d}", f"26-CF-{rng.randint(1, 9999):04d}"])


def citation(rng: Random) -> str:
    return rng.choice([f"W{rng.randint(1000000, 9999999)}-{rng.randint(1, 9)}",
                       f"MC{rng.randint(100000, 999999)}", f"E{rng.randint(10000000, 99999999)}"])


def arrest_number(rng: Random) -> str:
    return rng.choice([f"A26-{rng.randint(1, 99999):05d}", f"AR-2026-{rng.randint(1, 9999):04d}"])


def fbi_number(rng: Random) -> str:
    return f"{rng.randint(100000, 999999)}{rng.choice('ABCDEHKLMPRT')}{rng.choice('ABCDEHKLMPRT')}{rng.randint(0, 9)}"


def sid(rng: Random) -> str:
    return rng.choice([f"WI{rng.randint(10000000, 99999999)}", f"0{rng.randint(1000000, 9999999)}"])


def ncic_number(rng: Random) -> str:
    return f"{rng.choice('WVMHLK')}{rng.randint(100000000, 999999999)}"


def warrant_number(rng: Random) -> str:
    return rng.choice([f"W26-{rng.randint(1, 99999):05d}", f"2026-WT-{rng.randint(1, 9999):06d}",
                       f"WAR{rng.randint(1000000, 9999999)}"])


def booking_number(rng: Random) -> str:
    return rng.choice([f"2026-{rng.randint(1, 99999):06d}", f"BK26{rng.randint(100000, 999999)}",
                       f"B-26-{rng.randint(1000, 9999)}"])


def ip_address(rng: Random) -> str:
    return rng.choice([f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"192.0.2.{rng.randint(1, 254)}", f"2001:db8::{rng.randint(1, 0xfff):x}"])


def informant(rng: Random) -> str:
    return rng.choice(CI_PREFIXES).format(rng.randint(100, 9999))


def tactical(rng: Random) -> str:
    return rng.choice(TACTICAL).format(addr=address(rng))
