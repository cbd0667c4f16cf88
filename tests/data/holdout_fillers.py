"""Fictitious fillers for the held-out corpus: names by community, Milwaukee-shaped
addresses, and identifiers that are well formed but belong to nobody.

Written for the held-out corpus only, without looking at the main corpus's fillers.
Every function takes the item's own random generator, so an item's text depends on
its seed alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# --- names ---------------------------------------------------------------------------
# Given names, surnames and nicknames per community. Multi-part given names, hyphenated
# and particle surnames are written as people write them.

NAMES: dict[str, dict[str, list[str]]] = {
    "black_american": {
        "given": ["Jaquez", "Keyonna", "DeAndre", "Latrell", "Imani", "Terrance", "Marquita",
                  "Da'Quan", "Kiara", "Tyesha", "Rashad", "Nakia", "Cortez", "Ebony",
                  "Demetrius", "Tavion", "Destiny", "Jermaine", "Precious", "Khalil",
                  "Aniyah", "Montrell", "Janae", "Ke'Shawn", "Latoya", "Darnell", "Essence",
                  "Quinton", "Deja", "Tremaine"],
        "surname": ["Mayfield", "Gaines", "Tolliver", "Rucker", "Whitfield", "Pettaway",
                    "Hairston", "Strickland", "Dorsey", "McCray", "Blackmon", "Ellison",
                    "Spears", "Hollins", "Fairley", "Buckner", "Gholston", "Brister", "Lockett",
                    "Merriweather", "Nettles", "Boykins", "Cephus", "Pruitt", "Yarbrough",
                    "Jernigan", "Clemons-Hardy", "Sims-Dabney", "Battle", "Staples"],
        "nick": ["Peanut", "Tay", "Lil Man", "Boo", "Dre", "KeKe"],
    },
    "hispanic": {
        "given": ["Xiomara", "Joaquín", "Yesenia", "Aurelio", "Marisol", "Guadalupe", "Itzel",
                  "Rigoberto", "Anahí", "Osvaldo", "Citlali", "Ezequiel", "Yadira", "Heriberto",
                  "Fernanda", "Nicolás", "Maricela", "Saúl", "Dulce María", "José Luis",
                  "Ulises", "Paloma", "Efraín", "Leticia", "Baltazar", "Karina", "Adán",
                  "Rocío", "Evaristo", "Ximena"],
        "surname": ["Villaseñor", "Contreras", "Zamora-Ibarra", "Arellano", "Tovar", "Escobedo",
                    "Montañez", "Salgado", "Quintero", "Huerta", "Barajas", "Olvera", "Cisneros",
                    "De la Cruz", "Bustamante", "Ochoa", "Valdivia", "Gallegos", "Portillo",
                    "Saucedo", "Cárdenas", "Medrano", "Rentería", "Del Toro", "Ybarra",
                    "Carrasco", "Lozano", "Robles Mejía", "Zúñiga", "Anaya"],
        "nick": ["Chuy", "Lalo", "Güero", "Nena", "Chato", "Pepe"],
    },
    "hmong": {
        "given": ["Pa Nhia", "Tou", "Yer", "Kou", "Mai Chue", "Xeng", "Nou", "Pheng", "Chia",
                  "Fue", "Kia", "Lue", "See", "Tong", "Mee", "Shoua", "Neng", "Youa", "Ka Zoua",
                  "Houa", "Pa Kou", "Ger", "Blia", "Nhia", "Phong", "Nou Yee", "Txong", "Zer",
                  "Mai Yia", "Cher"],
        "surname": ["Vang", "Xiong", "Yang", "Lor", "Thao", "Moua", "Her", "Lee", "Hang", "Kue",
                    "Chang", "Vue", "Khang", "Cha", "Lo", "Pha", "Thor", "Chue", "Fang", "Kong",
                    "Heu", "Mua", "Tao", "Cheng", "Xyooj", "Yaj"],
        "nick": ["Bee", "Nou Nou", "Tou Tou", "Yengie", "Ka"],
    },
    "arabic": {
        "given": ["Yousef", "Layla", "Khaled", "Rania", "Tariq", "Noor", "Samir", "Huda",
                  "Bilal", "Amal", "Marwan", "Dalia", "Hamza", "Yasmeen", "Rasha", "Ziad",
                  "Lubna", "Anas", "Hiba", "Fadi", "Suha", "Mahmoud", "Reem", "Nabil", "Salma",
                  "Jamil", "Farah", "Wael", "Malak", "Abdel-Rahman"],
        "surname": ["Haddad", "Al-Masri", "Khoury", "Nasser", "Saleh", "Abu-Ghazaleh",
                    "El-Sayed", "Barakat", "Hamdan", "Darwish", "Qasem", "Jaber", "Mansour",
                    "Al-Khatib", "Shaheen", "Odeh", "Bitar", "Zayed", "Suleiman", "Rahhal",
                    "Taha", "Awad", "Hijazi", "Abdelnour", "Ben Youssef", "Al-Tamimi", "Farouk",
                    "Karam"],
        "nick": ["Abu Sami", "Zizo", "Lulu", "Hamoudi", "Mimi"],
    },
    "polish": {
        "given": ["Krzysztof", "Małgorzata", "Wojciech", "Agnieszka", "Grzegorz", "Bożena",
                  "Zbigniew", "Katarzyna", "Tadeusz", "Dorota", "Przemysław", "Elżbieta",
                  "Mirosław", "Jolanta", "Bartłomiej", "Halina", "Leszek", "Urszula",
                  "Jarosław", "Beata", "Radosław", "Grażyna", "Dariusz", "Iwona", "Kazimierz",
                  "Wiesława", "Łukasz", "Stanisław", "Renata", "Ryszard"],
        "surname": ["Wiśniewski", "Zieliński", "Grabowski", "Kaczmarek", "Szymański", "Wróbel",
                    "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piątek", "Dąbrowski",
                    "Sobczak", "Michalski", "Zając", "Król", "Wieczorek", "Jabłoński", "Nowicki",
                    "Majewski", "Olszewski", "Stępień", "Malinowski", "Górecki-Nowak",
                    "Pietrzak", "Kołodziej", "Szczepański", "Chmielewski", "Wawrzyniak"],
        "nick": ["Kasia", "Gosia", "Zbyszek", "Staszek", "Bartek", "Wojtek"],
    },
    "puerto_rican": {
        "given": ["Yahaira", "Edwin", "Migdalia", "Wilfredo", "Nilda", "Héctor", "Zoraida",
                  "Jomar", "Yamilet", "Ángel Luis", "Iris Nereida", "Radamés", "Wanda",
                  "Maritza", "Giovanni", "Lizmarie", "Noel", "Carmen Iris", "Jeancarlos",
                  "Elba", "Orlando", "Keishla", "Yadiel", "Damaris", "Betzaida", "Luis Ángel",
                  "Yomaira", "Eliezer", "Norma Ivette", "Josué"],
        "surname": ["Rivera-Colón", "Santiago", "Figueroa", "Rosado", "Vélez", "Quiñones",
                    "Maldonado", "Pagán", "Cintrón", "Negrón", "Rodríguez-Báez", "Burgos",
                    "Matos", "Ayala", "Serrano", "Acevedo", "Torres Vázquez", "Marrero",
                    "Feliciano", "Irizarry", "Nieves", "Padilla", "Laboy", "Otero", "Rosario",
                    "Caraballo", "Cruz Meléndez", "Bonilla"],
        "nick": ["Freddie", "Junito", "Yayo", "Chiqui", "Tito", "Millie"],
    },
    "somali": {
        "given": ["Abdirahman", "Hodan", "Mohamed", "Ayaan", "Abdiwali", "Fartun", "Liban",
                  "Sahra", "Guled", "Ifrah", "Mahad", "Hibaaq", "Abdikarim", "Nasteho",
                  "Bashir", "Ubah", "Deeqa", "Hamdi", "Farhan", "Muna", "Khadar", "Sagal",
                  "Abshir", "Idil", "Qamar", "Shukri", "Mukhtar", "Filsan", "Zakariye",
                  "Hawo"],
        "surname": ["Warsame", "Jama", "Abdi", "Nur", "Aden", "Egal", "Dirie", "Gedi",
                    "Mohamud", "Samatar", "Hirsi", "Abdullahi", "Duale", "Ismail", "Hersi",
                    "Kahin", "Mire", "Elmi", "Barre", "Warfa", "Guleid", "Abdi-Nur", "Yusuf",
                    "Farah", "Osman", "Ahmed", "Hussein", "Adan"],
        "nick": ["Gaab", "Dheere", "Yarey", "Cadey", "Bullo"],
    },
    "irish": {
        "given": ["Aoife", "Cormac", "Niamh", "Ciarán", "Róisín", "Declan", "Saoirse",
                  "Padraig", "Gráinne", "Eoin", "Clodagh", "Fionnuala", "Tadhg", "Orla",
                  "Cathal", "Bríd", "Donal", "Caoimhe", "Ruairí", "Máire", "Oisín", "Sinéad",
                  "Colm", "Deirdre", "Fergal", "Aisling", "Seamus", "Nuala", "Darragh",
                  "Eimear"],
        "surname": ["O'Donoghue", "McGettigan", "Fitzgerald", "Keohane", "Mulcahy", "Brennan",
                    "Dunphy", "O'Mahony", "McSweeney", "Cullinane", "Hegarty", "Flanagan",
                    "Ó Ceallaigh", "Kinsella", "MacNamara", "Tierney", "Gallogly", "Breathnach",
                    "Costigan", "Moynihan", "Rafferty", "Kavanagh-Lynch", "Doherty", "Quigley",
                    "Gormley", "Ní Bhriain", "Houlihan"],
        "nick": ["Shay", "Paddy", "Red", "Mossie", "Dinny"],
    },
    "german": {
        "given": ["Dieter", "Anneliese", "Jürgen", "Gudrun", "Wolfgang", "Heike", "Matthias",
                  "Ingrid", "Reinhard", "Sabine", "Lukas", "Friederike", "Helmut", "Ulrike",
                  "Torsten", "Brigitte", "Klaus-Peter", "Wiebke", "Gerhard", "Elke", "Volker",
                  "Karin", "Bernd", "Hannelore", "Florian", "Dagmar", "Sönke", "Franziska",
                  "Rüdiger", "Annika"],
        "surname": ["Schröder", "Hoffmann", "Vogel", "Kessler", "Brandt", "Zimmermann", "Krüger",
                    "Lindemann", "Haas", "Baumgartner", "Eckert", "Fuchs", "Hartmann",
                    "Schreiber-Voss", "von Hagen", "Kühn", "Lehmann", "Steinbach", "Pfeiffer",
                    "Neubauer", "Roth", "Sauer", "Winkler", "Dietrich", "Oberholzer", "Möller",
                    "Brinkmann", "Achterberg"],
        "nick": ["Lutz", "Bubi", "Heidi", "Fritzi", "Kalle"],
    },
    "south_asian": {
        "given": ["Priyanka", "Arjun", "Harpreet", "Sandeep", "Ananya", "Rohit", "Kavita",
                  "Gurjit", "Deepika", "Vikram", "Nandini", "Imran", "Farzana", "Rajesh",
                  "Sunita", "Manpreet", "Anil", "Shreya", "Tanveer", "Lakshmi", "Karthik",
                  "Mehreen", "Sanjay", "Pooja", "Amandeep", "Nusrat", "Divya", "Jaswinder",
                  "Venkatesh", "Sai Kiran"],
        "surname": ["Venkataraman", "Sandhu", "Chaudhary", "Iyer", "Bhattacharya", "Grewal",
                    "Reddy", "Kapoor", "Siddiqui", "Mehta", "Dhillon", "Nair", "Banerjee",
                    "Qureshi", "Gill", "Subramanian", "Chatterjee", "Malhotra", "Rahman",
                    "Krishnamurthy", "Pillai", "Bajwa", "Trivedi", "Hossain", "Deshpande",
                    "Ahluwalia", "Mukherjee", "Joshi"],
        "nick": ["Bunty", "Pinky", "Raju", "Bablu", "Sonu"],
    },
    "vietnamese": {
        "given": ["Minh", "Thuy", "Huong", "Duc", "Linh", "Quang", "Phuong", "Khanh", "Hoa",
                  "Tuan", "Ngoc Anh", "Trang", "Long", "Hanh", "Dung", "Vy", "Quoc", "Phuc",
                  "Nhung", "Thanh", "Kim Chi", "Hieu", "Loan", "Dat", "Van Anh", "Hai",
                  "Thị Mai", "Văn Hùng", "Bích Ngọc", "Thu Hằng"],
        "surname": ["Nguyen", "Tran", "Pham", "Huynh", "Hoang", "Phan", "Vo", "Dang", "Bui",
                    "Do", "Ngo", "Duong", "Truong", "Dinh", "Lam", "Trinh", "Luong", "Cao",
                    "Quach", "Kieu", "Doan", "Nguyễn", "Trần", "Phạm", "Huỳnh", "Đặng", "Võ"],
        "nick": ["Ti", "Bé", "Tí", "Bông", "Mập"],
    },
    "anglo": {
        "given": ["Caleb", "Brittany", "Dustin", "Heather", "Garrett", "Kelsey", "Travis",
                  "Courtney", "Wyatt", "Megan", "Chad", "Amber", "Bradley", "Lindsey", "Cody",
                  "Whitney", "Tanner", "Shelby", "Logan", "Kyle", "Paige", "Hunter", "Brooke",
                  "Dalton", "Madison", "Colton", "Kayla", "Holly", "Brent", "Misty"],
        "surname": ["Whitaker", "Pennington", "Hollister", "Caldwell", "Ashford", "Prescott",
                    "Langley", "Thornton", "Woodward", "Barlow", "Hargrove", "Kingsley",
                    "Merritt", "Atwood", "Chamberlain", "Fairbanks", "Sutton", "Radcliffe",
                    "Winslow", "Ellsworth", "Tillman", "Underwood", "Lockhart", "Hale-Dempsey",
                    "Rutledge", "Stoddard", "Pemberton", "Bramley"],
        "nick": ["Buck", "Sissy", "Skip", "Bubba", "Trip"],
    },
}

GROUPS: tuple[str, ...] = tuple(NAMES)

# Polish surnames are stored in their masculine form; women carry the -ska/-cka form.
POLISH_WOMEN = {"Małgorzata", "Agnieszka", "Bożena", "Katarzyna", "Dorota", "Elżbieta",
                "Jolanta", "Halina", "Urszula", "Beata", "Grażyna", "Iwona", "Wiesława",
                "Renata"}


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str
    nick: str

    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def last_first(self) -> str:
        return f"{self.surname}, {self.given}"

    def ncic(self) -> str:
        return f"{self.surname}, {self.given} {self.middle}".upper()

    def with_initial(self) -> str:
        return f"{self.given} {self.middle}. {self.surname}"

    def with_nick(self) -> str:
        return f'{self.given} "{self.nick}" {self.surname}'


def _feminine(surname: str) -> str:
    parts = surname.split("-")
    return "-".join(p[:-1] + "a" if p.endswith(("ski", "cki", "dzki")) else p for p in parts)


def person(rng: random.Random, group: str, taken: set[str]) -> Person:
    pool = NAMES[group]
    while True:
        given, surname = rng.choice(pool["given"]), rng.choice(pool["surname"])
        if given not in taken and surname not in taken:
            break
    taken.update((given, surname))
    if group == "polish" and given in POLISH_WOMEN:
        surname = _feminine(surname)
    middle = rng.choice("ABCDEFGHJKLMNPRSTVW")
    return Person(given, surname, middle, rng.choice(pool["nick"]))


# --- places ----------------------------------------------------------------------------

STREETS = [
    "N. 35th St.", "N. 27th St.", "W. Burleigh St.", "W. Center St.", "W. North Ave.",
    "W. Capitol Dr.", "W. Lisbon Ave.", "W. Fond du Lac Ave.", "N. Teutonia Ave.",
    "W. Hampton Ave.", "W. Villard Ave.", "W. Silver Spring Dr.", "S. Cesar E. Chavez Dr.",
    "W. Lincoln Ave.", "S. Kinnickinnic Ave.", "W. Oklahoma Ave.", "W. Mitchell St.",
    "S. 16th St.", "N. Sherman Blvd.", "W. Keefe Ave.", "N. Holton St.", "E. Locust St.",
    "W. Vliet St.", "W. Greenfield Ave.", "W. Forest Home Ave.", "W. Fiebrantz Ave.",
    "W. Congress St.", "W. Atkinson Ave.", "S. 13th St.", "N. 76th St.", "N. 91st St.",
    "W. Good Hope Rd.", "S. Layton Blvd.", "W. Becher St.", "N. 24th Pl.", "W. Clarke St.",
]
PLAIN_STREETS = [
    "N 35th St", "n 44th st", "W Burleigh St", "W Center St", "S 9th St", "N 60th St",
    "W Wright St", "S 20th St", "N 41st St", "W Auer Ave", "w hadley st", "S 6th St",
]
UNITS = ["Apt 3", "Apt. 2B", "#1F", "Unit 104", "Lower", "Upper", "Apt 7", "Rear"]
ZIPS = ["53206", "53208", "53210", "53212", "53215", "53204", "53216", "53218", "53223",
        "53207", "53209", "53233"]
CORNERS = [
    ("N. 35th St.", "W. Center St."), ("W. Burleigh St.", "N. Sherman Blvd."),
    ("S. 27th St.", "W. Oklahoma Ave."), ("W. North Ave.", "N. 20th St."),
    ("W. Capitol Dr.", "N. Teutonia Ave."), ("S. 16th St.", "W. Lincoln Ave."),
    ("W. Fond du Lac Ave.", "W. Keefe Ave."), ("N. 76th St.", "W. Good Hope Rd."),
]
DISTRICTS = ["District 1", "District 2", "District 3", "District 4", "District 5",
             "District 6", "District 7"]


def house_number(rng: random.Random) -> int:
    return rng.randrange(100, 9800)


def address(rng: random.Random) -> str:
    if rng.random() < 0.25:
        text = f"{house_number(rng)} {rng.choice(PLAIN_STREETS)}"
    else:
        text = f"{house_number(rng)} {rng.choice(STREETS)}"
    if rng.random() < 0.45:
        text += f"{rng.choice([', ', ' '])}{rng.choice(UNITS)}"
    return text


def address_with_city(rng: random.Random) -> str:
    return f"{address(rng)}, Milwaukee, WI {rng.choice(ZIPS)}"


def block(rng: random.Random) -> str:
    return f"the {rng.randrange(1, 98) * 100} block of {rng.choice(STREETS)}"


def corner(rng: random.Random) -> str:
    a, b = rng.choice(CORNERS)
    return f"{a} and {b}"


# --- dates and times -------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1952, 2010), rng.randrange(1, 13), rng.randrange(1, 29)


def dob(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    shapes = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y % 100:02d}",
              f"{d:02d}{MONTHS[m - 1][:3].upper()}{y}", f"{y}-{m:02d}-{d:02d}",
              f"{MONTHS[m - 1]} {d}, {y}", f"{m:02d}-{d:02d}-{y}"]
    return rng.choice(shapes)


def dob_ncic(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return f"{y}{m:02d}{d:02d}"


def incident_date(rng: random.Random) -> str:
    m, d = rng.randrange(1, 12), rng.randrange(1, 29)
    return rng.choice([f"{m:02d}/{d:02d}/2026", f"{MONTHS[m - 1]} {d}", f"{m}/{d}"])


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(0, 24):02d}{rng.choice(['00', '15', '20', '35', '40', '55'])} hrs"


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- contact and network ---------------------------------------------------------------

def phone(rng: random.Random) -> str:
    line = f"555-01{rng.randrange(0, 100):02d}"
    shapes = [f"414-{line}", f"(414) {line}", f"414.{line.replace('-', '.')}",
              f"414{line.replace('-', '')}", f"262-{line}", f"+1 414 {line.replace('-', ' ')}"]
    return rng.choice(shapes)


HANDLES = ["mkebluehouse", "sunnyside.k", "northside_jay", "riverwestrider", "brewcitymom",
           "kk.lakefront", "lincolnpark77", "tmoney414", "quietstreet", "milw.garden",
           "bayview.bikes", "southsidechef"]


def email(rng: random.Random) -> str:
    return f"{rng.choice(HANDLES)}{rng.randrange(1, 99)}@{rng.choice(['example.org', 'example.com'])}"


def ip_address(rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 3:
        return f"2001:db8::{rng.randrange(1, 0xffff):x}"
    prefix = ["192.0.2", "198.51.100", "203.0.113"][choice]
    return f"{prefix}.{rng.randrange(1, 255)}"


# --- government identifiers ------------------------------------------------------------

def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = rng.choice(["-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def driver_license(rng: random.Random, surname: str | None = None) -> str:
    letter = (surname or "").strip()[:1].upper()
    if not ("A" <= letter <= "Z"):
        letter = rng.choice("BCDGHKLMPRSTW")
    digits = "".join(str(rng.randrange(10)) for _ in range(13))
    if rng.random() < 0.6:
        return f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}-{digits[11:]}"
    return letter + digits


PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    digits = f"{rng.randrange(1000, 10000)}"
    return rng.choice([f"{letters}-{digits}", f"{letters}{digits}", f"{digits[:3]}-{letters}"])


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_PREFIXES = ["1G1", "2T1", "1FA", "3VW", "1HG", "JTD", "KNA", "1C4", "5NP", "1N4", "2HG"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check_digit(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin(rng: random.Random) -> str:
    body = rng.choice(VIN_PREFIXES) + "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("CDEFGHJKLMNPR")
    tail = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(
        str(rng.randrange(10)) for _ in range(6))
    draft = body + "0" + year + tail
    return body + vin_check_digit(draft) + year + tail


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_number(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16)])
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    check = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
    number = body + check
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    sep = rng.choice([" ", "-", ""])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def bank_account(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(rng.choice([9, 10, 12])))


# --- case and CJI identifiers ----------------------------------------------------------

def case_number(rng: random.Random) -> str:
    n = rng.randrange(1000, 300000)
    shapes = [f"26-{n:06d}", f"25-{n:06d}", f"2026CF{rng.randrange(1, 9999):06d}",
              f"26CM{rng.randrange(1, 9999):06d}", f"A26-{rng.randrange(10000, 99999)}",
              f"MPD26-{n:06d}", f"2026TR{rng.randrange(1, 99999):06d}"]
    return rng.choice(shapes)


def citation_number(rng: random.Random) -> str:
    return rng.choice([f"E{rng.randrange(1000000, 9999999)}-{rng.randrange(10)}",
                       f"MC{rng.randrange(100000, 999999)}",
                       f"T{rng.randrange(10000000, 99999999)}"])


def fbi_number(rng: random.Random) -> str:
    return f"{rng.randrange(10000, 9999999)}{rng.choice(['AB', 'LA', 'KC', 'MD', 'RA', 'TB'])}{rng.randrange(1, 10)}"


def sid(rng: random.Random) -> str:
    return f"WI{rng.randrange(10000000, 99999999)}"


def nic(rng: random.Random) -> str:
    return f"{rng.choice('WVMNP')}{rng.randrange(100000000, 999999999)}"


def warrant_number(rng: random.Random) -> str:
    return rng.choice([f"W26-{rng.randrange(1000, 99999):05d}", f"26W{rng.randrange(1000, 9999)}",
                       f"WT-2026-{rng.randrange(100, 9999):04d}"])


def booking_number(rng: random.Random) -> str:
    return rng.choice([f"2026-{rng.randrange(1000, 99999):05d}", f"BK26{rng.randrange(10000, 99999)}",
                       f"{rng.randrange(2600000, 2699999)}"])


def informant_number(rng: random.Random) -> str:
    n = rng.randrange(1000, 9999)
    return rng.choice([f"CS-{n}", f"C.I. {n}", f"CI #{n}", f"CS{n}", f"SOI-{n}"])


# --- medical ---------------------------------------------------------------------------

INJURIES = ["a fractured left wrist", "a broken orbital bone", "a concussion",
            "a laceration to the scalp that needed eight staples", "two cracked ribs",
            "a dislocated shoulder", "second-degree burns on her forearm",
            "a torn ACL", "a broken jaw that was wired shut", "a bruised kidney"]
DIAGNOSES = ["type 1 diabetes", "epilepsy", "early-onset dementia", "hepatitis C",
             "congestive heart failure", "an HIV diagnosis", "COPD", "sickle cell disease"]
MENTAL = ["bipolar disorder", "schizophrenia", "PTSD", "severe depression",
          "an anxiety disorder", "schizoaffective disorder", "borderline personality disorder"]
DRUGS = ["Seroquel", "lithium", "Suboxone", "Zoloft", "Depakote", "insulin", "Xanax",
         "methadone", "Risperdal", "Adderall"]
