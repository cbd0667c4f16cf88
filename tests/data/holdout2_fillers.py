"""Fictitious fillers for the second held-out corpus (holdout2.jsonl).

Every name list here was picked by hand for this file. The people are invented: a
given name and a surname drawn at random never refer to anyone. Phones are 555-01xx,
mail is at example.org / example.com, IPs come from the documentation ranges, SSNs
follow the area rules, VINs carry their check digit and card numbers pass Luhn.

Each filler takes the item's own random.Random, so an item is reproducible alone.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------- names


@dataclass(frozen=True)
class NameGroup:
    given: tuple[str, ...]
    surnames: tuple[str, ...]
    nicknames: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    """Names separated by '|' so that multi-part names keep their spaces."""
    return tuple(part.strip() for part in text.split("|") if part.strip())


NAME_GROUPS: dict[str, NameGroup] = {
    "anglo": NameGroup(
        _words("Brett|Kayleigh|Dustin|Whitney|Colton|Heather|Garrett|Brianna|Tanner|Courtney|Wyatt|"
               "Megan|Shane|Lindsey|Cody|Amber|Travis|Kelsey|Bradley|Jillian|Logan|Brooke|Trevor|Morgan|"
               "Chase|Mackenzie|Derek|Shelby|Clayton|Tessa|Hunter|Cassidy|Grant|Paige|Nolan|Hollis|"
               "Mary Beth|Billy Ray|Jo Ellen|Kirsten"),
        _words("Olson|Hanrahan|O'Connell|Pritchard|Whitaker|Caldwell|McAllister|Barnhart|Sutherland|"
               "Kimball|Holloway|Prescott|Ashford|Fairbanks|Dunleavy|Radcliffe|Thornbury|Kettering|Cobb|"
               "Langley|Wendt-Harris|Pemberton|Brannigan|Hargrove|Stanfield|Lockhart|Merriweather|Ogilvie|"
               "Pickett|Rutledge|Satterfield|Tisdale|Underhill|Vickers|Winslow|Yardley|McKinnon|Abernathy|"
               "St. Clair|Crenshaw"),
        _words("Bubba|Red|Sully|Tater|Skip|Boomer|Junior")),
    "black_american": NameGroup(
        _words("DeShawn|Ta'Niyah|Jamarcus|La'Keisha|Keyonna|Tyrell|Shaniqua|Dontavius|Imani|Jaylen|"
               "Aaliyah|Marquise|Ebony|Demetrius|Kiara|Terrance|Precious|Rashad|Tamika|Cornelius|"
               "Destiny|Javon|Shanice|Antwan|Latrice|Darnell|Nia|Kendrick|Tierra|Quintez|D'Andre|Ayanna|"
               "Marcellus|Jazmine|Reginald|Octavia|Tavion|Deja|Lamont|Ja'Kari"),
        _words("Washington|Jefferson|Booker|Mosley|Tolliver|Gaines|Hairston|Pettaway|Bolden|McNeal|"
               "Whitfield|Crump|Dukes|Outlaw|Spight|Jenkins-Moore|Lockett|Merriwether|Strozier|Truitt|"
               "Blackmon|Gatlin|Hollins|Ivory|Jemison|Lattimore|Mabry|Nesbitt|Peoples|Rucker|Swanigan|"
               "Tubbs|Upshaw|Vance|Wigfall|Yancey|Boykins|Cheatham|Epps|Fountain"),
        _words("Dre|Boo|Peanut|Lil Man|Nene|Tay|Man-Man|Pooh")),
    "hispanic": NameGroup(
        _words("José Luis|María José|Guadalupe|Alejandro|Ximena|Jesús|Marisol|Ernesto|Yesenia|Rodrigo|"
               "Araceli|Eduardo|Itzel|Joaquín|Leticia|Fernando|Nayeli|Rogelio|Brenda|Ramón|Dulce|Octavio|"
               "Rocío|Gerardo|Esmeralda|Salvador|Marisela|Ignacio|Jazmín|Héctor|Valeria|Ulises|Anahí|"
               "Benito|Perla|Cuauhtémoc|Yadira|Efraín|Citlali|Juan Carlos"),
        _words("Hernández|García López|de la Cruz|Ortiz-Vega|Ramírez|Zúñiga|Castañeda|del Río|Mendoza|"
               "Villaseñor|Gutiérrez|Ochoa|Saldívar|Becerra|Arreola|Montoya|Cisneros|Echeverría|Fuentes|"
               "Ibarra|Juárez Mata|Lozano|Maldonado|Navarrete|Orozco|Pacheco|Quintana|Rosales|Sandoval|"
               "Tapia|Urbina|Valdivia|Zamora|de León|Bañuelos|Carrillo|Domínguez|Espinoza|Galván|"
               "Rentería"),
        _words("Chuy|Lupe|Gordo|Flaco|Nacho|Chava|Memo|Paco")),
    "puerto_rican": NameGroup(
        _words("Yarelis|Xiomara|Edwin|Nilda|Wilfredo|Marangely|Orlando|Zuleyka|Héctor Luis|Migdalia|"
               "Javier|Iris Nereida|Ángel|Yamilet|Luis Ángel|Ivelisse|Radamés|Lizbeth|Jeremías|Glorimar|"
               "Efrén|Damaris|Wilmer|Keishla|Josué|Noemí|Eliezer|Maritza|Gamaliel|Yanitza|Nelson|"
               "Sonia Ivette|Yadiel|Betzaida|Ismael|Carmencita|Reinaldo|Aixa|Jomar|Génesis"),
        _words("Colón Rivera|Ortiz|Santiago|Rodríguez|Figueroa|Vázquez|Cruz-Quiñones|Acevedo|Torres|"
               "Rosario|Maldonado|Nieves|Pagán|Quiñones|Serrano|Matos|Velázquez|Caraballo|Báez|Cintrón|"
               "Delgado|Feliciano|Irizarry|Laboy|Marrero|Negrón|Ocasio|Padilla|Rolón|Sepúlveda|Toledo|"
               "Vélez|Agosto|Burgos|Cotto|Dávila|Echevarría|Lebrón|Medina-Ortiz|de Jesús"),
        _words("Papo|Nene|Yayo|Cuco|Tito|Chino|Gordi")),
    "hmong": NameGroup(
        _words("Pa Nhia|Tou|Mai Yer|Kou|Xee|Chue|Pa Houa|Neng|Bao|Nou|Youa|Txawj|Kia|Ger|Mai Ka|Fue|"
               "Dia|Pheng|Yeng|Shoua|Tong|Blia|Vue Pao|See|Lia|Cha|Ntxhi|Houa|Teng|Mai Nou|Xia|Yia|Chia|"
               "Nhia Lue|Pang|Doua|Zoua|Ka|Lor Pao|Nkauj"),
        _words("Vang|Xiong|Yang|Lee|Ly|Lor|Lo|Thao|Thor|Her|Moua|Vue|Khang|Kong|Chang|Cha|Hang|Kue|Fang|"
               "Pha|Chue|Chu|Heu|Yee|Vu|Hawj|Vaj|Yaj|Thoj|Xyooj|Thao-Xiong|Lee-Vang|Yang-Moua|Her-Lor|"
               "Vang-Thor|Moua-Kue|Xiong-Yang|Lo-Chang|Khang-Vue|Ly-Hang"),
        _words("Meng|Lucky|Yer|Tiger|Boy")),
    "arabic": NameGroup(
        _words("Abdul-Karim|Nour el-Din|Yousef|Rania|Khaled|Samira|Tariq|Layla|Mahmoud|Hanan|Omar|Dalia|"
               "Ibrahim|Reem|Bilal|Amal|Fadi|Huda|Ziad|Lina|Hisham|Manal|Jamal|Nadia|Karim|Suha|Walid|"
               "Yasmin|Anas|Rawan|Basel|Maysa|Mu'taz|Ghada|Issa|Nisreen|Qasim|Shatha|Hamza|Abeer"),
        _words("Al-Masri|Haddad|Khoury|el-Sayed|Abu Hamdan|Nasser|Saleh|Al-Tamimi|Mansour|Qureshi|"
               "Shalabi|Abdelrahman|Barakat|Darwish|Farouk|Ghannam|Hijazi|Issawi|Jaber|Kanaan|Lahham|"
               "Mahfouz|Najjar|Odeh|Rashed|Sabbagh|Taha|Yassin|Zaatari|Abu-Ghazaleh|Awad|Bishara|"
               "Dabbagh|el-Khatib|Hamdan|Kassem|Masoud|Nimer|Qasem|Shaheen"),
        _words("Abu Ali|Mido|Sonny|Zizo|Lulu")),
    "somali": NameGroup(
        _words("Abdirahman|Hodan|Mohamed Nur|Fadumo|Abdiaziz|Ifrah|Hassan|Sahra|Abdullahi|Hamdi|Ayaan|"
               "Farhiya|Guled|Muna|Liban|Ubah|Mustafe|Deeqa|Yusuf|Khadra|Bashir|Nimco|Abdiwali|Ilhaan|"
               "Sharmarke|Hibaaq|Mahad|Sagal|Osman|Warsan|Abdikadir|Hawo|Said|Amina|Omar|Luul|Jama|"
               "Filsan|Garaad|Halimo"),
        _words("Farah|Warsame|Hassan|Abdi|Mohamud|Ali|Osman|Jama|Yusuf|Egal|Hersi|Aden|Dahir|Elmi|Ismail|"
               "Guled|Nur|Shire|Duale|Samatar|Abdulle|Barre|Hirsi|Ibrahim|Kahin|Mire|Noor|Omar|Qalib|"
               "Roble|Sheikh|Warfa|Yasin|Gedi|Adan|Bile|Cabdi|Diriye|Haji|Xasan"),
        _words("Ayeeyo|Dheere|Yare|Gaab|Cadde")),
    "polish": NameGroup(
        _words("Małgorzata|Zbigniew|Agnieszka|Grzegorz|Katarzyna|Wojciech|Jadwiga|Przemysław|Dorota|"
               "Stanisław|Bożena|Krzysztof|Elżbieta|Tadeusz|Halina|Mirosław|Urszula|Jarosław|Grażyna|"
               "Bogdan|Wiesława|Leszek|Teresa|Zdzisław|Beata|Kazimierz|Iwona|Sławomir|Danuta|Ryszard|"
               "Joanna|Czesław|Renata|Witold|Aleksandra|Marek|Zofia|Andrzej|Kasia|Łukasz"),
        _words("Kowalczyk|Wiśniewski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|"
               "Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawłowski|Michalski|Wróbel|Jabłoński|Majewski|"
               "Olszewski|Stępień|Malinowski|Jaworski|Adamczyk|Dudek|Nowicki|Pawlak|Górski|Witkowski|"
               "Walczak|Sikora|Baran|Rutkowski|Michalak|Szewczyk|Ostrowski|Tomaszewski|Pietrzak|"
               "Zalewski|Wróblewski|Kaczmarek-Nowak"),
        _words("Zbyszek|Gosia|Staś|Bogdi|Kuba")),
    "german": NameGroup(
        _words("Dieter|Gretchen|Wolfgang|Liesel|Gunther|Hannelore|Klaus|Ingrid|Helmut|Ursula|Jürgen|"
               "Annelie|Reinhold|Brunhilde|Friedrich|Elke|Manfred|Heike|Otto|Gisela|Hans-Peter|Waltraud|"
               "Rüdiger|Sieglinde|Lothar|Irmgard|Egon|Hildegard|Günter|Roswitha|Karl-Heinz|Anneliese|"
               "Volker|Dagmar|Ulrich|Renate|Horst|Gudrun|Matthias|Frauke"),
        _words("Schmidt|Müller|Hoffmann|von Bergen|Schneider|Weiß|Zimmermann|Krüger|Bauer|Lehmann|"
               "Schröder|Neumann|Schwarz|Braun|Hartmann|Krause|Meier-Lindner|Fuchs|Vogel|Kessler|"
               "Sauerwein|Grünewald|Hausmann|Eichhorn|Brandt|Pfeiffer|Ziegler|Lindemann|Voigt|Engel|"
               "Kaltenbach|Dreyer|Oberholzer|Steinbrecher|Wendt|Faßbender|Ruppert|Kühn|Strauß|vom Hofe"),
        _words("Dutch|Fritz|Heinie|Bitsy|Gus")),
    "vietnamese": NameGroup(
        _words("Thanh|Mai Linh|Quang|Hương|Tuấn|Ngọc Anh|Bảo|Lan|Minh Khoa|Thúy|Dũng|Phương|Khải|Hạnh|"
               "Long|Trang|Việt|Nhung|Hoàng|Diễm|Phúc|Thảo|Đức|Yến|Sơn|Loan|Trí|Vy|Hải|Hằng|Nam|Oanh|"
               "Tâm|Xuân|Hiếu|Ly|Tín|Kim Chi|Vinh|Thu Hà"),
        _words("Nguyễn|Trần|Lê|Phạm|Huỳnh|Phan|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Trương|Đinh|Lương|Lâm|Cao|"
               "Trịnh|Quách|Kiều|Châu|Hà|Đoàn|Lưu|Thạch|Tống|Diệp|Vương|Tăng|Lữ|Nghiêm|Nguyen|Tran|Le|"
               "Pham|Huynh|Vo|Dang|Truong"),
        _words("Ti|Bé|Tèo|Bin|Su")),
    "punjabi": NameGroup(
        _words("Harpreet|Gurpreet|Jaspreet|Manjit|Rajinder|Simranjit|Kuldeep|Amandeep|Navjot|Baljit|"
               "Sukhwinder|Parminder|Harjinder|Ravneet|Inderjit|Jasmeet|Mandeep|Rupinder|Gurleen|"
               "Hardeep|Kamaljit|Lakhwinder|Prabhjot|Sandeep|Tejinder|Balwinder|Daljit|Gurdev|Jagjit|"
               "Kirandeep|Navneet|Paramjit|Satnam|Surinder|Taranjit|Amrit|Harleen|Jaswinder|Manpreet|"
               "Ranjodh"),
        _words("Sandhu|Gill|Dhillon|Grewal|Sidhu|Brar|Randhawa|Bains|Cheema|Dhaliwal|Sekhon|Virk|"
               "Kahlon|Mann|Aulakh|Bhullar|Chahal|Deol|Gosal|Hundal|Johal|Kang|Lally|Malhi|Nijjar|Pannu|"
               "Rai|Sahota|Thind|Toor|Uppal|Walia|Atwal|Bajwa|Chatha|Dhanoa|Gidda|Heer|Khaira|Sangha"),
        _words("Sunny|Happy|Lucky|Rinku|Bittu|Pinky")),
    "native_american": NameGroup(
        _words("Waaseyaa|Migizi|Nizhoni|Ayasha|Makwa|Winona|Odina|Dakota|Ziibiwan|Aiyana|Tokala|Shania|"
               "Nokomis|Cheyenne|Bineshii|Halona|Dyami|Kimimela|Niigaan|Takoda|Wenonah|Ogimaa|Tala|"
               "Mahkwa|Lyric|Keezhik|Sequoia|Ashkii|Dawn Marie|Elan|Giizis|Hototo|Isi|Jolene|Kanienta|"
               "Leotie|Maka|Nahimana|Onawa|Tecumseh"),
        _words("Skenandore|Doxtator|Metoxen|Powless|Ninham|Waukau|Pyawasay|Tourtillott|Kaquatosh|"
               "Wapoose|Pecore|Decorah|Funmaker|Whiterabbit|Littlegeorge|Blackdeer|Greengrass|Whitewing|"
               "Lonetree|Thundercloud|Bresette|Defoe|Gokee|Two Crow|Little Eagle|Two Bears|Cornelius|"
               "Danforth|Hill-Webster|Smallwood|Red Cloud|Grignon|Oshkosh|Ackley|Kakkak|Naquayouma|"
               "Tahdooahnippah|Wolfe|Redhail|Bearheart"),
        _words("Sonny|Bear|Shug|Chief|Skeeter")),
    "serbian": NameGroup(
        _words("Dragana|Miloš|Jelena|Nikola|Snežana|Dragan|Milica|Slobodan|Vesna|Branislav|Ljiljana|"
               "Zoran|Jovana|Nenad|Biljana|Dušan|Tijana|Goran|Mirjana|Vladimir|Svetlana|Aleksandar|"
               "Gordana|Predrag|Ivana|Živko|Danijela|Radovan|Marija|Stevan|Nataša|Bogdan|Olivera|"
               "Đorđe|Sanja|Momčilo|Vukašin|Radmila|Srđan|Katarina"),
        _words("Petrović|Jovanović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Stanković|Pavlović|"
               "Milošević|Todorović|Kostić|Ristić|Savić|Lazić|Mitrović|Popović|Simić|Radovanović|"
               "Vasić|Obradović|Živković|Tomić|Bogdanović|Milenković|Janković|Perić|Đukić|Gavrilović|"
               "Knežević|Lukić|Nedeljković|Pešić|Radić|Stefanović|Vuković|Zdravković|Bošković|Ćirić|"
               "Petrovich"),
        _words("Žika|Cile|Mića|Buca|Gile")),
    "west_african": NameGroup(
        _words("Chukwuemeka|Oluwaseun|Kwame|Adaeze|Babajide|Ngozi|Kofi|Folasade|Obinna|Abena|Tunde|"
               "Chiamaka|Yaw|Funmilayo|Ikechukwu|Efua|Adewale|Nkechi|Kwabena|Titilayo|Emeka|Akosua|"
               "Olumide|Chidinma|Kojo|Yetunde|Uchenna|Ama|Segun|Ifeoma|Kwesi|Bukola|Nnamdi|Adjoa|"
               "Oluwadamilare|Zainab|Mamadou|Fatoumata|Ousmane|Aminata"),
        _words("Okafor|Adeyemi|Mensah-Bonsu|Nwosu|Oyelaran|Boateng|Eze|Adebayo|Asante|Chukwu|Okonkwo|"
               "Owusu|Bello|Nnadi|Ogunleye|Appiah|Ikenna|Danjuma|Agyeman|Olawale|Obi|Ansah|Akinola|"
               "Onyekachi|Sarpong|Diallo|Traoré|Keita|Coulibaly|Bangura|Kamara|Sesay|Oyewole|Nwachukwu|"
               "Ofori-Atta|Adjei|Balogun|Emenike|Fofanah|Okoro"),
        _words("Emy|Jide|Kay|Ola|Bibi")),
}

GROUP_ORDER = tuple(NAME_GROUPS)

# Which given names are women's names here; names in UNISEX serve either; the rest are men's.
FEMALE: dict[str, frozenset[str]] = {group: frozenset(_words(text)) for group, text in {
    "anglo": "Kayleigh|Whitney|Heather|Brianna|Courtney|Megan|Lindsey|Amber|Kelsey|Jillian|Brooke|Morgan|"
             "Mackenzie|Shelby|Tessa|Cassidy|Paige|Mary Beth|Jo Ellen|Kirsten",
    "black_american": "Ta'Niyah|La'Keisha|Keyonna|Shaniqua|Imani|Aaliyah|Ebony|Kiara|Precious|Tamika|Destiny|"
                      "Shanice|Latrice|Nia|Tierra|Ayanna|Jazmine|Octavia|Deja",
    "hispanic": "María José|Guadalupe|Ximena|Marisol|Yesenia|Araceli|Itzel|Leticia|Nayeli|Brenda|Dulce|Rocío|"
                "Esmeralda|Marisela|Jazmín|Valeria|Anahí|Perla|Yadira|Citlali",
    "puerto_rican": "Yarelis|Xiomara|Nilda|Marangely|Zuleyka|Migdalia|Iris Nereida|Yamilet|Ivelisse|Lizbeth|"
                    "Glorimar|Damaris|Keishla|Noemí|Maritza|Yanitza|Sonia Ivette|Betzaida|Carmencita|Aixa|Génesis",
    "hmong": "Pa Nhia|Mai Yer|Xee|Pa Houa|Bao|Nou|Youa|Kia|Mai Ka|Dia|Shoua|Blia|See|Lia|Ntxhi|Houa|Mai Nou|"
             "Xia|Yia|Pang|Zoua|Ka|Nkauj",
    "arabic": "Rania|Samira|Layla|Hanan|Dalia|Reem|Amal|Huda|Lina|Manal|Nadia|Suha|Yasmin|Rawan|Maysa|Ghada|"
              "Nisreen|Shatha|Abeer",
    "somali": "Hodan|Fadumo|Ifrah|Sahra|Hamdi|Ayaan|Farhiya|Muna|Ubah|Deeqa|Khadra|Nimco|Ilhaan|Hibaaq|Sagal|"
              "Warsan|Hawo|Amina|Luul|Filsan|Halimo",
    "polish": "Małgorzata|Agnieszka|Katarzyna|Jadwiga|Dorota|Bożena|Elżbieta|Halina|Urszula|Grażyna|Wiesława|"
              "Teresa|Beata|Iwona|Danuta|Joanna|Renata|Aleksandra|Zofia|Kasia",
    "german": "Gretchen|Liesel|Hannelore|Ingrid|Ursula|Annelie|Brunhilde|Elke|Heike|Gisela|Waltraud|Sieglinde|"
              "Irmgard|Hildegard|Roswitha|Anneliese|Dagmar|Renate|Gudrun|Frauke",
    "vietnamese": "Mai Linh|Hương|Ngọc Anh|Lan|Thúy|Phương|Hạnh|Trang|Nhung|Diễm|Thảo|Yến|Loan|Vy|Hằng|Oanh|"
                  "Xuân|Ly|Kim Chi|Thu Hà",
    "punjabi": "Gurleen|Harleen|Ravneet|Kirandeep|Navneet|Rupinder|Simranjit|Jasmeet",
    "native_american": "Waaseyaa|Nizhoni|Ayasha|Winona|Odina|Aiyana|Shania|Nokomis|Cheyenne|Halona|Kimimela|"
                       "Wenonah|Tala|Lyric|Sequoia|Dawn Marie|Isi|Jolene|Kanienta|Leotie|Nahimana|Onawa",
    "serbian": "Dragana|Jelena|Snežana|Milica|Vesna|Ljiljana|Jovana|Biljana|Tijana|Mirjana|Svetlana|Gordana|"
               "Ivana|Danijela|Marija|Nataša|Olivera|Sanja|Radmila|Katarina",
    "west_african": "Adaeze|Ngozi|Folasade|Abena|Chiamaka|Funmilayo|Efua|Nkechi|Titilayo|Akosua|Chidinma|"
                    "Yetunde|Ama|Ifeoma|Bukola|Adjoa|Zainab|Fatoumata|Aminata",
}.items()}
UNISEX: dict[str, frozenset[str]] = {group: frozenset(_words(text)) for group, text in {
    "punjabi": "Harpreet|Gurpreet|Jaspreet|Manjit|Rajinder|Amandeep|Navjot|Baljit|Parminder|Harjinder|Mandeep|"
               "Sandeep|Kamaljit|Paramjit|Taranjit|Amrit|Manpreet|Jaswinder|Inderjit|Daljit|Surinder|Prabhjot",
    "native_american": "Dakota|Bineshii|Giizis",
    "west_african": "Oluwaseun|Uchenna",
    "vietnamese": "Thanh|Tâm",
}.items()}


FEMALE_NICKNAMES: dict[str, tuple[str, ...]] = {group: _words(text) for group, text in {
    "anglo": "Sissy|Dee|Kiki|Birdie", "black_american": "Nene|Boo|Peaches|Tootie",
    "hispanic": "Lupita|Nena|Güera|Chata", "puerto_rican": "Nena|Gordi|Chula|Yari",
    "hmong": "Nou Nou|Lucky|Pretty", "arabic": "Lulu|Nono|Mimi", "somali": "Ayeeyo|Cadde|Yare",
    "polish": "Gosia|Basia|Ula", "german": "Bitsy|Gretl|Hanni", "vietnamese": "Bé|Su|Mimi",
    "punjabi": "Pinky|Dolly|Happy", "native_american": "Sissy|Shug|Birdie", "serbian": "Buca|Ceca|Maca",
    "west_african": "Bibi|Titi|Ola",
}.items()}


def given_names(group: str, gender: str) -> tuple[str, ...]:
    names = NAME_GROUPS[group].given
    female, unisex = FEMALE[group], UNISEX.get(group, frozenset())
    if gender == "f":
        return tuple(n for n in names if n in female or n in unisex)
    return tuple(n for n in names if n not in female)


def feminine_surname(group: str, surname: str) -> str:
    """Polish family names ending in -ski / -cki take -ska / -cka for women."""
    if group == "polish":
        parts = surname.split("-")
        parts = [p[:-1] + "a" if p.endswith(("ski", "cki", "dzki")) else p for p in parts]
        return "-".join(parts)
    return surname

# Somali names are given name, father's name, (grandfather's name); Punjabi names often
# carry Singh (men) or Kaur (women) before the family name. Both are built, not listed.


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str = ""          # an initial ("J") or a word ("Singh", "Mohamed")
    nickname: str = ""
    middle_is_word: bool = False

    def full(self) -> str:
        if self.nickname:
            return f'{self.given} "{self.nickname}" {self.surname}'
        if self.middle:
            middle = self.middle if self.middle_is_word else f"{self.middle}."
            return f"{self.given} {middle} {self.surname}"
        return f"{self.given} {self.surname}"

    def plain(self) -> str:
        return f"{self.given} {self.surname}"

    def last_first(self) -> str:
        return f"{self.surname}, {self.given}"

    def ncic(self) -> str:
        middle = f" {self.middle[0]}" if self.middle else ""
        return f"{self.surname},{self.given}{middle}".upper()

    def initial(self) -> str:
        return f"{self.given[0]}. {self.surname}"

    def email(self, rng: random.Random) -> str:
        given, surname = _ascii(self.given), _ascii(self.surname)
        local = rng.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname}{rng.randint(1, 99)}",
                            f"{surname}.{given}", f"{given}_{rng.randint(70, 9999)}"))
        return f"{local}@{rng.choice(('example.org', 'example.com', 'mail.example.org'))}"


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                                   .replace("Đ", "D").replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def person(rng: random.Random, group: str, taken: set[str], gender: str | None = None) -> Person:
    """A new person of the group, sharing no given name or surname with those already taken."""
    names = NAME_GROUPS[group]
    gender = gender or rng.choice("fm")
    choices = given_names(group, gender)
    while True:
        given, surname = rng.choice(choices), rng.choice(names.surnames)
        if given not in taken and surname not in taken:
            break
    taken.update((given, surname))
    if gender == "f":
        surname = feminine_surname(group, surname)
    nicknames = FEMALE_NICKNAMES[group] if gender == "f" else names.nicknames
    nickname = rng.choice(nicknames) if rng.random() < 0.12 else ""
    if group == "punjabi" and rng.random() < 0.5:
        return Person(given, surname, "Kaur" if gender == "f" else "Singh", nickname, middle_is_word=True)
    if group == "somali" and rng.random() < 0.5:
        father = rng.choice([s for s in names.surnames if s != surname])
        return Person(given, f"{father} {surname}", "", nickname)
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.25 else ""
    return Person(given, surname, middle, nickname)


# The language a member would ask for when writing to someone of the group (or plain English).
LANGUAGE = {"hispanic": "Spanish", "puerto_rican": "Spanish", "hmong": "Hmong", "arabic": "Arabic",
            "somali": "Somali", "polish": "Polish", "german": "German", "vietnamese": "Vietnamese",
            "punjabi": "Punjabi", "serbian": "Serbian", "west_african": "French"}


def language(group: str) -> str:
    return LANGUAGE.get(group, "plain, simple English")


# --------------------------------------------------------------------------- dates

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _a_date(rng: random.Random, first_year: int, last_year: int) -> tuple[int, int, int]:
    return rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28)


def written_date(rng: random.Random, year: int, month: int, day: int) -> str:
    name = MONTHS[month - 1]
    shapes = (
        f"{month:02d}/{day:02d}/{year}", f"{month}/{day}/{year}", f"{month}/{day}/{year % 100:02d}",
        f"{year}-{month:02d}-{day:02d}", f"{name} {day}, {year}", f"{day} {name} {year}",
        f"{name[:3]} {day} {year}", f"{name[:3]}. {day}, {year}", f"{month:02d}-{day:02d}-{year}",
        f"{month}.{day}.{year}", f"{year}{month:02d}{day:02d}", f"{day:02d}{name[:3].upper()}{year}",
        f"{month:02d}{day:02d}{year % 100:02d}",
    )
    return rng.choice(shapes)


def date_of_birth(rng: random.Random) -> str:
    return written_date(rng, *_a_date(rng, 1948, 2010))


def child_date_of_birth(rng: random.Random) -> str:
    return written_date(rng, *_a_date(rng, 2008, 2014))


def compact_date_of_birth(rng: random.Random) -> str:
    year, month, day = _a_date(rng, 1948, 2010)
    return f"{year}{month:02d}{day:02d}"


def incident_date(rng: random.Random) -> str:
    year, month, day = _a_date(rng, 2025, 2026)
    return rng.choice((f"{month}/{day}", f"{month:02d}/{day:02d}/{year}", f"{MONTHS[month - 1]} {day}",
                       f"{month}/{day}/{year % 100:02d}", f"{MONTHS[month - 1][:3]} {day}"))


def clock_time(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 12, 15, 20, 30, 41, 45, 50, 57))
    twelve = hour % 12 or 12
    return rng.choice((f"{hour:02d}{minute:02d} hrs", f"{hour:02d}{minute:02d} hours", f"{hour:02d}:{minute:02d}",
                       f"{twelve}:{minute:02d} {'PM' if hour >= 12 else 'AM'}",
                       f"approx. {hour:02d}{minute:02d}", f"{twelve}:{minute:02d}{'p' if hour >= 12 else 'a'}"))


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# --------------------------------------------------------------------------- numbers


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def wisconsin_license(rng: random.Random, surname: str = "") -> str:
    letter = (_ascii(surname)[:1] or rng.choice("ABCDGHKLMPRSTW")).upper()
    digits = "".join(rng.choice("0123456789") for _ in range(13))
    shape = rng.choice(("dashed", "dashed", "plain", "spaced"))
    if shape == "dashed":
        return f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}-{digits[11:]}"
    if shape == "spaced":
        return f"{letter}{digits[:3]} {digits[3:7]} {digits[7:11]} {digits[11:]}"
    return f"{letter}{digits}"


def illinois_license(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(11))
    return f"{rng.choice('BDGHKLMRSW')}{digits[:3]}-{digits[3:7]}-{digits[7:]}"


PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def wisconsin_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    digits = f"{rng.randint(0, 9999):04d}"
    return rng.choice((f"{letters}-{digits}", f"{letters}{digits}", f"{letters} {digits}",
                       f"{rng.randint(100, 999)}-{letters}", f"{rng.randint(10000, 99999)}{rng.choice('TBW')}"))


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_MAKERS = ("1HG", "1G1", "2T1", "1FT", "5NP", "JN1", "3VW", "1C4", "4T1", "KNA", "1N4", "2HK", "5FN", "WBA")
VIN_YEARS = "ABCDEFGHJKLMNPRS"


def vin(rng: random.Random) -> str:
    chars = list(rng.choice(VIN_MAKERS) + "".join(rng.choice(VIN_ALPHABET) for _ in range(5)) + "0"
                 + rng.choice(VIN_YEARS) + "".join(rng.choice(VIN_ALPHABET) for _ in range(2))
                 + "".join(rng.choice("0123456789") for _ in range(5)))
    total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def vin_is_valid(value: str) -> bool:
    if len(value) != 17:
        return False
    total = sum(VIN_VALUES[c] * w for c, w in zip(value, VIN_WEIGHTS))
    return value[8] == ("X" if total % 11 == 10 else str(total % 11))


def phone(rng: random.Random) -> str:
    area = rng.choice(("414", "414", "414", "262", "608", "920"))
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice((f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"{area}555{line}",
                       f"+1 {area} 555 {line}", f"1-{area}-555-{line}", f"{area} 555 {line}", f"555-{line}"))


def luhn_digit(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_digit("".join(digits[:-1])) == digits[-1]


def card_number(rng: random.Random) -> str:
    prefix, length = rng.choice((("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("6011", 16), ("37", 15)))
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    number = body + luhn_digit(body)
    sep = rng.choice((" ", "-", ""))
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def bank_account(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((9, 10, 12))))
    return rng.choice((digits, f"{digits[:4]} {digits[4:]}", f"{digits[:3]}-{digits[3:]}"))


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"


# --------------------------------------------------------------------------- places

STREETS_NS = ("N. 35th St.", "N 27th St", "N. Teutonia Ave.", "S. 16th St.", "N. Sherman Blvd.", "S. Layton Blvd.",
              "N 60th St", "S. Kinnickinnic Ave.", "N. Holton St.", "N 24th Pl", "S. 13th St.", "N. 76th St.",
              "N. Humboldt Blvd.", "S 6th St", "N. 91st St.", "N Richards St", "S. Howell Ave.", "N. 47th St.")
STREETS_EW = ("W. Burleigh St.", "W Center St", "W. Capitol Dr.", "W. Lincoln Ave.", "W. Mitchell St.",
              "W Hampton Ave", "E. Locust St.", "W. North Ave.", "W. Vliet St.", "W Oklahoma Ave", "W. Fond du Lac Ave.",
              "W. Silver Spring Dr.", "W. Greenfield Ave.", "W Keefe Ave", "E. Brady St.", "W. Good Hope Rd.",
              "W. National Ave.", "W Villard Ave")
UNITS = ("Apt. 3", "Apt 204", "#12", "Unit 5B", "Upper", "Lower", "Apt. 2R", "#3", "Unit 110", "Apt 1F",
         "Rear", "Apt. B")
SUBURBS = (("Milwaukee", "532{:02d}"), ("Milwaukee", "532{:02d}"), ("Milwaukee", "532{:02d}"),
           ("West Allis", "53214"), ("Wauwatosa", "53213"), ("Greenfield", "53220"), ("Cudahy", "53110"),
           ("Brown Deer", "53223"), ("South Milwaukee", "53172"))


def address(rng: random.Random) -> str:
    street = rng.choice(STREETS_NS + STREETS_EW)
    number = rng.randint(100, 9899)
    text = f"{number} {street}"
    if rng.random() < 0.6:
        unit = rng.choice(UNITS)
        text += rng.choice((f", {unit}", f" {unit}"))
    if rng.random() < 0.4:
        city, zip_code = rng.choice(SUBURBS)
        zip_code = zip_code.format(rng.choice((4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 19, 23)))
        text = text.rstrip(".") + rng.choice((f", {city}, WI {zip_code}", f", {city} {zip_code}", f" {city}, WI"))
    return text


def street(rng: random.Random) -> str:
    return rng.choice(STREETS_NS + STREETS_EW)


def block(rng: random.Random) -> str:
    hundred = rng.randint(1, 98)
    name = rng.choice(STREETS_NS + STREETS_EW)
    return rng.choice((f"the {hundred}00 block of {name}", f"{hundred}XX {name}", f"the {hundred}00 blk of {name}",
                       f"{hundred}00 block {name}"))


def intersection(rng: random.Random) -> str:
    return f"{rng.choice(STREETS_NS)} {rng.choice(('and', '&', '/'))} {rng.choice(STREETS_EW)}"


# --------------------------------------------------------------------------- case and CJI numbers


def case_number(rng: random.Random) -> str:
    year = rng.choice((25, 26))
    return rng.choice((f"{year}-{rng.randint(100000, 999999)}", f"20{year}-{rng.randint(1000000, 9999999):07d}",
                       f"I{year}{rng.randint(1000000, 9999999)}", f"20{year}CF{rng.randint(1, 9999):06d}",
                       f"{year}CM{rng.randint(100, 9999)}", f"MPD{year}-{rng.randint(10000, 99999)}",
                       f"{year}{rng.randint(100000000, 999999999)}"))


def citation_number(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{letters}{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}"


def fbi_number(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}{rng.choice(PLATE_LETTERS)}{rng.choice(PLATE_LETTERS)}{rng.randint(0, 9)}"


def state_id(rng: random.Random) -> str:
    return f"WI{rng.randint(10000000, 99999999)}"


def warrant_number(rng: random.Random) -> str:
    return rng.choice((f"W{rng.choice((25, 26))}-{rng.randint(1000, 99999):06d}", f"{rng.choice((25, 26))}WR{rng.randint(1000, 9999)}",
                       f"M{rng.randint(100000000, 999999999)}"))


def booking_number(rng: random.Random) -> str:
    return rng.choice((f"BK{rng.choice((25, 26))}{rng.randint(10000, 99999)}", f"20{rng.choice((25, 26))}-{rng.randint(10000, 99999)}",
                       f"{rng.randint(1000000, 9999999)}"))


def ncic_number(rng: random.Random) -> str:
    return f"{rng.choice('WVMN')}{rng.randint(100000000, 999999999)}"


# --------------------------------------------------------------------------- medical, sources, plans

MEDICAL = (
    "type 2 diabetes and takes metformin", "schizophrenia and had not been taking her Abilify",
    "a fractured left wrist that was splinted at Froedtert", "a concussion and was kept overnight at Children's Wisconsin",
    "two broken ribs and a collapsed lung", "bipolar disorder and is prescribed lithium", "epilepsy and is on Keppra",
    "PTSD and is seeing a counselor at the VA", "a 4 cm laceration over the left eye that took nine stitches",
    "HIV and is on Biktarvy", "opioid use disorder and is on Suboxone", "a seizure disorder",
    "sickle cell disease", "a gunshot wound to the right thigh, treated at Froedtert",
    "major depressive disorder and takes sertraline", "early-onset dementia", "a broken jaw that was wired shut",
    "an insulin pump for type 1 diabetes", "autism spectrum disorder and is nonverbal",
    "stage 3 kidney disease and goes to dialysis three times a week", "a traumatic brain injury from a 2019 crash",
    "a dislocated shoulder that was reduced in the ER at St. Luke's", "severe asthma and carries an albuterol inhaler",
    "schizoaffective disorder and was placed on a Chapter 51 emergency detention",
)

# informant numbers only: templates write the label ("CI #", "source") around them
MEDICAL_CHILD = (
    "autism and is nonverbal", "Down syndrome", "ADHD and takes Concerta every morning", "a seizure disorder",
    "type 1 diabetes and needs insulin by dinnertime", "epilepsy and is on Keppra", "severe asthma",
    "a heart condition and takes a beta blocker", "fetal alcohol spectrum disorder",
)

INFORMANTS = ("2231", "0417", "26-118", "4471", "7730", "319", "26-041", "0092", "1187", "5562", "C-0331",
              "14-77", "L-0412", "3306")

TACTICAL = (
    "the entry team stacks on the rear door off the alley at {hhmm} {day}",
    "we go at {hhmm} {day} with the rammer on the front and two on the side gate",
    "surveillance will sit in the church lot across the street from {hhmm} until the target leaves",
    "the buy-bust is set for {day} at {hhmm} in the Walgreens lot on W. Capitol Dr.",
    "the takedown happens when he pulls into the car wash on S. 27th St. around {hhmm}",
    "the observation post is the vacant upper flat two doors north of the target house",
    "the controlled buy is {day} at {hhmm} at the gas station on N. 35th",
    "SWAT makes entry at {hhmm} {day} while the K9 unit covers the alley",
    "the pole camera goes up on the utility pole at the northeast corner {day} night",
    "the undercover will pose as a roofer named 'Mikey' looking to buy a pistol",
    "we stage at the Walmart on Miller Parkway at {hhmm} and roll thirty minutes later",
    "the wire goes in at the {hhmm} meeting on {day} at the tire shop",
    "the tracker goes on the Malibu {day} at {hhmm} while it is parked on the street",
    "the arrest team waits in two unmarked cars at the east end of the block from {hhmm}",
    "the knock-and-announce is set for {hhmm} {day} with the drone covering the roof",
    "undercover officer 'Tasha' meets him at {hhmm} {day} outside the Family Dollar",
    "the search warrant gets served {day} at 0830, after the kids leave for school",
    "two plainclothes officers will sit on the bus bench across from the house starting {day} at {hhmm}",
)


def tactical(rng: random.Random) -> str:
    """A planned operation, with its own time and day."""
    return rng.choice(TACTICAL).format(hhmm=f"{rng.choice((4, 5, 6, 9, 14, 17, 19, 21, 23)):02d}{rng.choice((0, 15, 30, 45)):02d}",
                                       day=rng.choice(WEEKDAYS))

# --------------------------------------------------------------------------- public, non-sensitive fillers

HYPOTHETICAL = ("Suspect A", "Suspect 1", "the suspect", "Subject B", "Victim 1", "the victim", "Witness 2",
                "the complainant", "Officer 1", "a 16-year-old juvenile", "the driver", "the passenger",
                "Person X", "the homeowner", "a 70-year-old woman", "the caller", "Suspect 2", "Driver B")
RANKS = ("Sgt.", "Lt.", "Capt.", "the desk sergeant", "a P.O.", "the shift commander", "Det.", "the lieutenant")
DISTRICTS = ("District 1", "District 2", "District 3", "District 4", "District 5", "District 6", "District 7",
             "D3", "D5", "D7")
STATUTES = ("Wis. Stat. § 940.19(1)", "§ 943.10(1m)", "Wis. Stat. 346.04(3)", "§ 961.41(1m)(h)",
            "Wis. Stat. § 968.24", "§ 941.29(1m)", "Wis. Stat. § 940.225(2)", "§ 948.02(1)",
            "Wis. Stat. § 343.44(1)(a)", "§ 947.01(1)", "Wis. Stat. § 968.07", "§ 813.12")
ORDINANCES = ("MCO 105-138", "Milwaukee Code of Ordinances 106-1", "MCO 101-20.5", "ordinance 105-33",
              "MCO 80-19", "MCO 106-31")
SOPS = ("SOP 682.35 C", "SOP 682.30", "SOP 001", "SOP 085", "SOP 300", "SOP 460", "SOP 682.25 D",
        "SOP 276", "SOP 730")
CASE_LAW = ("Terry v. Ohio", "Miranda v. Arizona", "Graham v. Connor", "Tennessee v. Garner",
            "Pennsylvania v. Mimms", "Illinois v. Wardlow", "Rodriguez v. United States", "Arizona v. Gant",
            "State v. Dearborn", "Carpenter v. United States", "Riley v. California", "State v. Felix",
            "Utah v. Strieff", "Missouri v. McNeely", "Mapp v. Ohio", "State v. Floyd")
PUBLIC_OFFICIALS = ("Chief Jeffrey B. Norman", "Chief Norman", "Mayor Cavalier Johnson",
                    "Assistant Chief Craig Sarnow")
PLACES = ("Mitchell Park Domes", "the Domes", "Washington Park", "Sherman Park", "the Summerfest grounds",
          "Fiserv Forum", "Bayshore mall", "Mayfair mall", "the Hank Aaron State Trail", "Lincoln Park",
          "the Oak Leaf Trail", "Humboldt Park", "the Marcus Center", "American Family Field")
VEHICLES = ("gray 2014 Nissan Altima", "black Chevy Malibu", "white Dodge Caravan", "maroon 2009 Buick LaCrosse",
            "silver Kia Optima", "blue Ford F-150", "red Hyundai Elantra", "green Honda Accord",
            "dark-colored SUV", "white box truck", "tan Toyota Camry", "black Jeep Grand Cherokee")
AGES = ("17-year-old", "34-year-old", "62-year-old", "19-year-old", "45-year-old", "28-year-old", "8-year-old")
