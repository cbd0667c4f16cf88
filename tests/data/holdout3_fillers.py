"""Fictitious fillers for the third held-out corpus (holdout3.jsonl).

Every value is invented: the name lists pair given names and surnames at random, phones are
555-01xx, mail goes to example.org / example.com, IPs sit in the documentation ranges, SSNs
keep to the area/group/serial rules, VINs carry their check digit and cards pass Luhn.
Women's and men's given names are kept apart so that a template's pronouns agree.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class NameGroup:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men


def _group(women: str, men: str, surnames: str) -> NameGroup:
    def split(words: str) -> tuple[str, ...]:
        return tuple(w.strip() for w in words.split(";") if w.strip())
    return NameGroup(split(women), split(men), split(surnames))


NAME_GROUPS: dict[str, NameGroup] = {
    "anglo": _group(
        "Brittany; Kayla; Heather; Amanda; Courtney; Megan; Lindsey; Shannon; Tara; Kelsey; Jolene; "
        "Rachel; Holly; Bethany; Danielle; Carrie; Whitney; Lacey; Kristen; Abigail; Madison; Paige",
        "Tyler; Cody; Dustin; Garrett; Travis; Bradley; Shane; Wesley; Colton; Derek; Kyle; Brandon; "
        "Trent; Logan; Grant; Dalton; Casey; Mitchell; Spencer; Nolan; Chad; Kurt",
        "Thompson; Fletcher; Hartley; Dunbar; Whitaker; Pruitt; Langley; Ashford; Colburn; Merriweather; "
        "Sutter; Blakely; Harrington; Osgood; Pembrook; Radcliffe; Stanhope; Thornbury; Wexler; Yardley; "
        "Barlow; Crandall; Dorsey; Eastman; Fairbanks; Gilchrist; Halsey; Kimball; Lockhart; Marsden; "
        "Norwood; Oakes; Prescott; Rowley; Sheffield; Tillman; Underhill; Vance; Winslow; Aldridge; Bramley"),
    "black_american": _group(
        "Keisha; Tanisha; Shaniqua; Ebony; Latoya; Aaliyah; Imani; Jazmine; Kiara; Tamika; Shontel; "
        "Precious; Deja; Monique; Lakeisha; Nia; Destiny; Raven; Shanice; Tiara; Janae; Ciara",
        "Deshawn; Jamal; Tyrone; Darnell; Marquise; DeAndre; Terrell; Jaylen; Rashad; Lamont; Demetrius; "
        "Cortez; Dontae; Kendrick; Malik; Tavion; Quentin; Roderick; Jermaine; Antwan; Desmond; Ellis",
        "Washington; Jefferson; Booker; Gaines; Holloway; Pettiford; Mayfield; Tolliver; Merriweather; "
        "Caldwell; Brinson; Dukes; Easley; Fulton; Goins; Hairston; Ivory; Jeter; Kinard; Lyles; Mabry; "
        "Nesbitt; Oliphant; Pough; Redmond; Spates; Toomer; Upshaw; Varner; Whitfield; Yarbrough; Batts; "
        "Coleman; Dozier; Farrow; Gatling; Hightower; Ingram; McCray; Puryear; Stovall"),
    "hispanic": _group(
        "María; Guadalupe; Yesenia; Marisol; Araceli; Leticia; Rocío; Xóchitl; Esperanza; Brenda; Itzel; "
        "Maricela; Fernanda; Dulce; Graciela; Alejandra; Viridiana; Lorena; Nayeli; Yadira; Citlali; Rosalba",
        "José; Juan Carlos; Jesús; Alejandro; Efraín; Rigoberto; Ulises; Marco Antonio; Héctor; Arturo; "
        "Gerardo; Joaquín; Octavio; Rubén; Salvador; Fidel; Mauricio; Aurelio; Ismael; Leobardo; Ignacio; Édgar",
        "García; Hernández; Martínez; López; Ramírez; Villalobos; Cervantes; Zamora; Ochoa; Bautista; "
        "Delgado; Estrada; Fuentes; Galván; Ibarra; Jiménez; Lozano; Macías; Navarro; Orozco; Paredes; "
        "Quintero; Rosales; Salazar; Trujillo; Valdez; Zepeda; Arellano; Becerra; Cisneros; De la Cruz; "
        "Espinoza; Gallegos; Huerta; García-Ortiz; Medina Ruiz; Montes de Oca; Alvarado; Sandoval; Magaña"),
    "puerto_rican": _group(
        "Yamilet; Marangely; Nilda; Zoraida; Maribel; Wanda; Yahaira; Keishla; Migdalia; Lizbeth; Nayda; "
        "Jomaira; Damaris; Ivelisse; Glorimar; Xiomara; Milagros; Sonia; Aracelis; Taína; Yaritza; Coralys",
        "Ángel; Luis Alberto; Wilfredo; Edwin; Yadiel; Jomar; Xavier; Raúl; Orlando; Nelson; Wilberto; "
        "Héctor Luis; Jancarlos; Reinaldo; Gilberto; Eliezer; Jonuel; Carmelo; Radamés; Yariel; Heriberto; Efrén",
        "Rivera; Colón; Santiago; Rosario; Vázquez; Figueroa; Maldonado; Cruz; Quiñones; Burgos; Cintrón; "
        "Negrón; Ortiz; Pagán; Rodríguez; Torres; Ayala; Berríos; Cartagena; Dávila; Feliciano; Irizarry; "
        "Laboy; Meléndez; Nieves; Ocasio; Padilla; Rivera Colón; Serrano; Toledo; Valentín; Acevedo; Báez; "
        "Camacho; Del Valle; Echevarría; Fontánez; Lebrón; Matos; Pabón; Sepúlveda"),
    "hmong": _group(
        "Mai Nou; Pa Houa; Bao; Yer; Kia; Chia; Nou; Mai Yer; Paj Ntaub; Der; Kalia; Mai Ka; Ia; Houa; "
        "Lee Yang; Ker; Zoua; Nkauj Hli; Sheng; Pang; Choua; Youa",
        "Tou; Xay; Pao; Chue; Fue; Nhia; Koua; Neng; Vue; Tong; Chong; Lue; Kou; Xeng; Cheng; Bee; Yeng; "
        "Tswj; Nou Tong; Txhiaj; Sai; Long",
        "Vang; Xiong; Yang; Lee; Thao; Her; Moua; Lor; Vue; Hang; Khang; Chang; Kue; Cha; Lo; Fang; Chue; "
        "Ly; Heu; Vu; Kong; Pha; Vaj; Xyooj; Yaj; Lis; Thoj; Muas; Hawj; Kwm; Tsab; Faj; Khab; Lauj; "
        "Vwj; Tsheej; Phab; Koo; Hue; Chu"),
    "arabic": _group(
        "Fatima; Layla; Noor; Amira; Rania; Samira; Huda; Yasmin; Dalia; Reem; Lina; Mariam; Salma; "
        "Hanan; Nadia; Zainab; Aya; Rasha; Ghada; Maysoon; Dunya; Iman",
        "Omar; Khalid; Youssef; Tariq; Bilal; Hamza; Karim; Samir; Walid; Ziad; Anas; Fadi; Nabil; Rami; "
        "Jamil; Mahmoud; Ayman; Basel; Majed; Hisham; Ibrahim; Mustafa",
        "Haddad; Khoury; Saleh; Nasser; Al-Hassan; Mansour; Abboud; Qasem; Darwish; Hamdan; Khalil; "
        "Suleiman; Yassin; Shalabi; Barakat; Zaher; Aziz; Bitar; Farhat; Ghanem; Haidar; Issa; Jaber; "
        "Kanaan; Maalouf; Nassar; Odeh; Rahal; Sabbagh; Tannous; Awad; Bakri; El-Amin; Abu Khalil; "
        "Hijazi; Masri; Nimer; Salameh; Shehadeh; Zoubi; Al-Sayed"),
    "somali": _group(
        "Hodan; Sahra; Fadumo; Ifrah; Hawa; Ubah; Khadra; Nasra; Deeqa; Hibo; Filsan; Ayaan; Sagal; "
        "Hamdi; Luul; Warsan; Idil; Muna; Najma; Shukri; Anisa; Ikran",
        "Abdirahman; Abdiaziz; Mohamed; Abdullahi; Hassan; Liban; Farhan; Yusuf; Guled; Bashir; Mukhtar; "
        "Abdikarim; Said; Hamza; Ayanle; Nuradin; Sharmarke; Abdiwali; Hussein; Ilyas; Omar; Ahmed",
        "Warsame; Abdi; Jama; Hirsi; Osman; Egal; Aden; Dualeh; Nur; Yusuf; Ismail; Abdullahi; Gedi; "
        "Mohamud; Hersi; Samatar; Guled; Barre; Elmi; Roble; Shire; Dirie; Wardhere; Warfa; Abshir; "
        "Bile; Gure; Kahin; Jibril; Qassim; Adan; Ibrahim; Awale; Farah; Mumin; Haji; Sugule; Keynan; "
        "Olad; Hashi"),
    "polish": _group(
        "Agnieszka; Małgorzata; Katarzyna; Joanna; Ewa; Dorota; Beata; Grażyna; Magdalena; Aleksandra; "
        "Justyna; Monika; Iwona; Krystyna; Halina; Bożena; Urszula; Zofia; Wiesława; Jadwiga; Marta; Renata",
        "Łukasz; Tomasz; Krzysztof; Grzegorz; Piotr; Marek; Wojciech; Jarosław; Zbigniew; Bogdan; Dariusz; "
        "Andrzej; Mirosław; Paweł; Sławomir; Radosław; Kazimierz; Tadeusz; Rafał; Jacek; Maciej; Stanisław",
        "Kowalczyk; Wiśniewski; Wisniewski; Zieliński; Szymański; Woźniak; Dąbrowski; Kozłowski; Jankowski; "
        "Mazur; Kwiatkowski; Krawczyk; Piotrowski; Grabowski; Nowakowski; Pawłowski; Michalski; Nowicki; "
        "Adamczyk; Dudek; Zając; Wieczorek; Jabłoński; Król; Majewski; Olszewski; Jaworski; Wróbel; "
        "Malinowski; Pawlak; Witkowski; Walczak; Stępień; Górski; Rutkowski; Michalak; Sikora; Ostrowski; "
        "Baran; Duda; Szewczyk; Tomaszewski"),
    "vietnamese": _group(
        "Thảo; Lan; Huong; Ngoc Anh; Phuong; Trang; Linh; Thuy; Mai; Hanh; Diep; Nhung; Quynh; Tuyet; "
        "Kim Chi; Bich; Loan; Xuan; Yen; Hoa; Thu; Diem",
        "Minh; Tuan; Duc; Quang; Hieu; Khoa; Long; Phuc; Thanh; Vinh; Binh; Cuong; Dung; Hai; Hung; Khanh; "
        "Nam; Son; Trung; Bao; Dat; Huy",
        "Nguyen; Tran; Le; Pham; Hoang; Huynh; Phan; Vu; Vo; Dang; Bui; Do; Ho; Ngo; Duong; Truong; Dinh; "
        "Lam; Trinh; Luong; Ta; Quach; Cao; Ha; Thai; Tang; Doan; La; Kieu; Chau; Luu; Tieu; Nghiem; "
        "Khuc; Au; Giang; Kha; Lai; Thach; Ton; Nguyễn; Trần"),
    "native_american": _group(
        "Winona; Aiyana; Nizhoni; Waseya; Tallulah; Shawnee; Dakota; Cheyenne; Marlena; Loretta; Rosalind; "
        "Bernadette; Geraldine; Darlene; Wynema; Kateri; Leotie; Tayanita; Halona; Misty; Sherry; Orenda",
        "Chaske; Ahanu; Elgin; Leland; Marlon; Dwayne; Tyrell; Wakiya; Hototo; Raylen; Darrell; Lyle; "
        "Vernon; Curtis; Roland; Kenneth; Delbert; Ervin; Gilbert; Lonnie; Wendell; Jarvis",
        "Whitebird; Two Crow; Littlewolf; Greendeer; Funmaker; Decorah; Cloud; Waukau; Pyawasit; Kakkak; "
        "Skenandore; Doxtator; Metoxen; Danforth; Begay; Yazzie; Tsosie; Benally; Nez; Two Bulls; "
        "Iron Shell; Kills Enemy; Bineshi; Denomie; Gokee; Maulson; Blackdeer; Lonetree; Whiteeagle; "
        "Thundercloud; Redbird; Hopinkah; Oshkeshequoam; Grignon; Pecore; Tourtillott; Ninham; Hill; "
        "Standing Bear; Goodbear; Swallow"),
    "serbian": _group(
        "Dragana; Jelena; Milica; Snežana; Snezana; Vesna; Ljiljana; Gordana; Biljana; Svetlana; Mirjana; "
        "Jasmina; Tijana; Katarina; Nataša; Natasa; Zorica; Branka; Dušica; Dusica; Ivana; Slavica",
        "Milos; Miloš; Petar; Dragan; Nenad; Dejan; Goran; Zoran; Nebojša; Nebojsa; Vladimir; Branislav; "
        "Srđan; Srdjan; Uroš; Uros; Bojan; Dušan; Dusan; Aleksandar; Slobodan; Predrag",
        "Jovanović; Jovanovic; Petrović; Petrovic; Nikolić; Nikolic; Marković; Markovic; Đorđević; Djordjevic; "
        "Stojanović; Stojanovic; Ilić; Ilic; Stanković; Stankovic; Pavlović; Pavlovic; Milošević; Milosevic; "
        "Todorović; Todorovic; Kostić; Kostic; Obradović; Obradovic; Radosavljević; Radosavljevic; "
        "Vuković; Vukovic; Simić; Simic; Lazić; Lazic; Mitrović; Mitrovic; Živković; Zivkovic; Ristić; Ristic"),
    "korean": _group(
        "Ji-yeon; Soo-jin; Min-ji; Hye-won; Eun-ji; Seo-yeon; Ha-eun; Yoon-hee; Jiwoo; Sunhee; Mi-ran; "
        "Kyung-ah; Bo-ra; Da-som; Na-rae; Hyun-joo; Ye-jin; Sora; Jae-eun; Young-mi; Chae-won; Eunbi",
        "Min-jun; Seung-ho; Ji-hoon; Dong-hyun; Tae-yang; Jae-won; Sung-min; Hyun-woo; Joon-ho; Young-soo; "
        "Kyung-soo; Woo-jin; Sang-hoon; Jin-ho; Dae-jung; Byung-chul; Myung-soo; Chul-soo; Ho-seok; "
        "Jung-hwan; Kwang-min; Eun-taek",
        "Kim; Lee; Park; Choi; Jung; Kang; Cho; Yoon; Jang; Lim; Han; Oh; Seo; Shin; Kwon; Hwang; Ahn; "
        "Song; Yoo; Hong; Jeon; Ko; Moon; Yang; Baek; Heo; Nam; Noh; Ha; Kwak; Sung; Cha; Joo; Woo; Min; "
        "Ryu; Na; Jin; Chae; Pyo"),
    "haitian": _group(
        "Marie-Claude; Guerline; Roseline; Nadège; Fabienne; Mirlande; Wideline; Bethanie; Sherline; "
        "Rose-Marie; Darline; Nathalie; Esther; Fedna; Lourdie; Kettly; Marjorie; Islande; Widlyne; "
        "Claudette; Rachelle; Jessica",
        "Jean-Baptiste; Wilner; Frantz; Ricot; Jean-Robert; Wesner; Fritznel; Jocelyn; Lesly; Evens; "
        "Kervens; Wisly; Dieuseul; Ronald; Gérald; Jean-Claude; Mackenson; Stanley; Clervil; Rodney; "
        "Dieunel; Jocelin",
        "Pierre-Louis; Jean-Louis; Desrosiers; Dorvil; Augustin; Baptiste; Célestin; Charles; Delva; "
        "Étienne; Fleurimond; Germain; Hyppolite; Innocent; Joseph; Lafortune; Lamour; Louissaint; "
        "Métellus; Noël; Petit-Frère; Saint-Fleur; Saint-Louis; Thélusma; Toussaint; Valcin; Vilsaint; "
        "Bien-Aimé; Casimir; Dorsainvil; Exantus; François; Guerrier; Jeune; Laguerre; Mésidor; Orelus; "
        "Philogène; Sanon; Thermidor"),
    "ukrainian": _group(
        "Oksana; Olena; Iryna; Nataliya; Halyna; Tetiana; Yulia; Larysa; Svitlana; Khrystyna; Olha; "
        "Viktoriia; Lesia; Nadiya; Marichka; Solomiia; Zoriana; Ivanna; Roksolana; Liudmyla; Daryna; Anastasiia",
        "Oleksandr; Mykola; Volodymyr; Taras; Bohdan; Andriy; Serhiy; Yaroslav; Vasyl; Petro; Ihor; Roman; "
        "Oleh; Yuriy; Dmytro; Ostap; Maksym; Vitaliy; Stepan; Orest; Mykhailo; Yevhen",
        "Kovalenko; Bondarenko; Tkachenko; Kravchenko; Shevchuk; Melnyk; Boyko; Koval; Oliinyk; Lysenko; "
        "Marchenko; Moroz; Pavlenko; Savchenko; Rudenko; Kuzmenko; Hrytsenko; Levchenko; Panchenko; "
        "Yurchenko; Karpenko; Fedoriv; Hnatiuk; Pidhirny; Zaporozhets; Kostiuk; Dovzhenko; Symonenko; "
        "Vovk; Hrynyshyn; Stetsiuk; Ponomarenko; Kovalchuk; Palamarchuk; Romaniuk; Tymoshchuk; Zhuk; "
        "Dorosh; Senyk; Ivanyshyn"),
    "filipino": _group(
        "Maricel; Rowena; Jocelyn; Marites; Lorna; Analyn; Rosalie; Cherry Mae; Jovelyn; Liza; Marivic; "
        "Rhea; Jonalyn; Evangeline; Divina; Ligaya; Maryjoy; Kristine Joy; Cristina; Rochelle; Arlene; Nenita",
        "Jun-Jun; Rodel; Arnel; Jomar; Ramil; Reynaldo; Rolando; Ferdinand; Dindo; Romeo; Efren; Jerome; "
        "Mark Anthony; Joel; Nestor; Ariel; Bienvenido; Ronaldo; Virgilio; Carlito; Danilo; Edgardo",
        "Dela Cruz; Santos; Reyes; Bautista; Mendoza; Villanueva; Manalo; Dimaculangan; Macaraeg; Panganiban; "
        "Magbanua; Tolentino; Pascual; Salonga; Cabrera; Soriano; Galang; Lacson; Dizon; Ocampo; Aquino; "
        "Manansala; Sarmiento; Evangelista; Buenaventura; Dumlao; Pangilinan; Quiambao; Sison; Tuazon; "
        "Yap; Agbayani; Catapang; Bernardo; Esguerra; Malabanan; Nepomuceno; Ramos; Valdez; Fajardo"),
    "ethiopian_eritrean": _group(
        "Selamawit; Meron; Hiwot; Tigist; Bethlehem; Almaz; Senait; Mekdes; Rahel; Saba; Tsion; Yordanos; "
        "Helen; Eden; Aster; Bezawit; Kidist; Luwam; Hanna; Feven; Winta; Samrawit",
        "Tesfaye; Dawit; Yonas; Abebe; Berhane; Girma; Haile; Mulugeta; Solomon; Tewodros; Yohannes; "
        "Kidane; Mesfin; Henok; Amanuel; Biniam; Filmon; Natnael; Robel; Semere; Tekle; Mebrahtu",
        "Tesfaye; Gebremedhin; Haile; Mengistu; Alemu; Bekele; Desta; Gebreyesus; Kebede; Tadesse; Woldemariam; "
        "Negash; Assefa; Berhe; Abraha; Ghebreab; Tekle; Mehari; Asmelash; Yohannes; Fisseha; Gebru; Hailu; "
        "Mekonnen; Shiferaw; Tilahun; Wolde; Zewdie; Ayele; Demissie; Getachew; Kahsay; Legesse; Mersha; "
        "Seyoum; Teklemariam; Woldu; Zerai; Habte; Andemariam"),
    "yoruba_igbo": _group(
        "Adaeze; Chiamaka; Ngozi; Oluwaseun; Folake; Yetunde; Adebola; Chinwe; Ifeoma; Nneka; Temitope; "
        "Funmilayo; Ebere; Uchenna; Kehinde; Omolara; Titilayo; Amarachi; Ifunanya; Bukola; Ozioma; Morenike",
        "Chukwuemeka; Obinna; Oluwaseyi; Adewale; Babatunde; Ikechukwu; Chinedu; Olumide; Tunde; Nnamdi; "
        "Emeka; Kayode; Femi; Uchechukwu; Oluwadamilare; Somtochukwu; Ayodele; Chibuike; Segun; Gbenga; "
        "Kelechi; Ifeanyi",
        "Okafor; Adeyemi; Okonkwo; Olawale; Nwosu; Eze; Adebayo; Ogunleye; Chukwu; Oyelaran; Nwachukwu; "
        "Akinola; Obi; Ogundipe; Uzoma; Babalola; Ekwueme; Fashola; Ibekwe; Ilori; Nnaji; Odunsi; Okeke; "
        "Olatunji; Onyekachi; Oyewole; Uchegbu; Adesanya; Anyanwu; Bamidele; Ezeh; Ogbonna; Okoro; "
        "Oladipo; Onwuachi; Ajayi; Odukoya; Emenike; Akintola; Nwankwo"),
    "indian_south": _group(
        "Lakshmi; Priya; Kavitha; Divya; Meenakshi; Anitha; Sowmya; Revathi; Padmavathi; Bhavani; Harini; "
        "Keerthana; Shobha; Vijayalakshmi; Sangeetha; Nandini; Lavanya; Deepika; Sravani; Aishwarya; Yamini; Thenmozhi",
        "Srinivas; Venkatesh; Karthik; Ramesh; Suresh; Murali; Arun; Senthil; Prakash; Raghavendra; Balaji; "
        "Sundar; Anand; Vignesh; Naveen; Harish; Madhavan; Ravi Teja; Sai Kiran; Chandrasekhar; Gopal; Dinesh",
        "Subramanian; Venkataraman; Krishnamurthy; Ramachandran; Iyer; Iyengar; Pillai; Natarajan; "
        "Sundaram; Reddy; Naidu; Rao; Chowdary; Varma; Raju; Gopalakrishnan; Balasubramanian; Srinivasan; "
        "Ranganathan; Thiruvengadam; Annamalai; Muthusamy; Palaniappan; Rajagopal; Sethuraman; Kandasamy; "
        "Duraisamy; Vemula; Kodali; Gummadi; Yarlagadda; Bommareddy; Peddireddy; Nallamothu; Kotha; "
        "Tummala; Pasupuleti; Chinnaswamy; Arumugam; Velayudham"),
}

GROUP_ORDER = tuple(NAME_GROUPS)

# Street nicknames are group-neutral; they are PERSON spans when they stand for someone.
NICKNAMES = ("Peanut", "Smoke", "Tiny", "Boo", "Scooter", "Lil Man", "Red", "Junebug", "Ghost",
             "Slim", "Bear", "Pooh", "Chico", "Mouse", "Duke", "Cricket")

# Combinations that would name someone well known are never drawn.
AVOIDED_PAIRS = {("Mohamed", "Farah"), ("Omar", "Yusuf"), ("Vladimir", "Petrovic"),
                 ("Slobodan", "Milošević"), ("Slobodan", "Milosevic"), ("Jin-ho", "Kim")}

_FEMININE_ENDINGS = {"polish": (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")),
                     "ukrainian": (("sky", "ska"), ("skyi", "ska"))}


def feminine_surname(group: str, surname: str) -> str:
    """A woman's form of a Polish or Ukrainian surname (-ski -> -ska); others are unchanged."""
    for masculine, feminine in _FEMININE_ENDINGS.get(group, ()):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + feminine
    return surname


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    woman: bool
    middle_initial: str
    nickname: str


def draw_people(rng: random.Random, group: str, women: int, men: int) -> tuple[list[Person], list[Person]]:
    """Distinct women and men of one group, with distinct surnames."""
    names = NAME_GROUPS[group]
    surnames = rng.sample(names.surnames, women + men)
    firsts_w = rng.sample(names.women, women)
    firsts_m = rng.sample(names.men, men)
    nicks = rng.sample(NICKNAMES, women + men)
    people = []
    for index, (first, woman) in enumerate([(f, True) for f in firsts_w] + [(f, False) for f in firsts_m]):
        last = surnames[index]
        if (first, last) in AVOIDED_PAIRS:
            last = next(s for s in names.surnames if s not in surnames and (first, s) not in AVOIDED_PAIRS)
        if woman:
            last = feminine_surname(group, last)
        people.append(Person(first, last, woman, rng.choice("ABCDEFGHJKLMNPRSTW"), nicks[index]))
    return people[:women], people[women:]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace(
        "Ł", "L").replace("ł", "l").replace("Đ", "D").replace("đ", "d")


# --- identifiers -----------------------------------------------------------------------------

def phone(rng: random.Random) -> str:
    line = f"01{rng.randint(0, 99):02d}"
    area = rng.choice(("414", "262", "608", "920", "414", "414"))
    shape = rng.randrange(7)
    return (f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"{area}555{line}",
            f"555-{line}", f"+1 {area} 555 {line}", f"{area} 555 {line}")[shape]


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    digits = f"{area:03d}{group:02d}{serial:04d}"
    shape = rng.randrange(4)
    if shape == 0:
        return digits
    if shape == 1:
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def driver_license(rng: random.Random, surname: str = "") -> str:
    """Wisconsin shape: a letter (the surname's initial, as Soundex starts) and 13 digits."""
    letter = ascii_fold(surname)[:1].upper() if surname else rng.choice("ABDGHJKLMNPRSTW")
    if not letter.isalpha():
        letter = "S"
    digits = "".join(str(rng.randint(0, 9)) for _ in range(13))
    if rng.random() < 0.6:
        return f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}-{digits[11:]}"
    return f"{letter}{digits}"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    digits = f"{rng.randint(1000, 9999)}"
    shape = rng.randrange(5)
    return (f"{letters}-{digits}", f"{letters}{digits}", f"{letters} {digits}",
            f"{digits[:3]}-{letters}", f"{letters[:2]}{digits[:3]}{letters[2]}")[shape]


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_is_valid(vin: str) -> bool:
    return len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin[8] == vin_check_digit(vin)


def vin(rng: random.Random) -> str:
    body = [rng.choice(("1G1", "2HG", "1FT", "3VW", "5NP", "1C4", "JTD", "2T1", "1N4", "KMH"))]
    body.append("".join(rng.choice(_VIN_ALPHABET) for _ in range(5)))
    tail = rng.choice("DEFGHJKLMNPR") + rng.choice(_VIN_ALPHABET) + f"{rng.randint(0, 999999):06d}"
    draft = body[0] + body[1] + "0" + tail
    return draft[:8] + vin_check_digit(draft) + draft[9:]


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def card(rng: random.Random) -> str:
    start = rng.choice(("4", "51", "52", "55"))
    body = start + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(start)))
    check = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
    number = body + check
    if rng.random() < 0.5:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def bank_account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((9, 10, 12))))


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def birth_date(rng: random.Random, shape: str | None = None, youth: bool = False) -> str:
    year = rng.randint(2009, 2012) if youth else rng.randint(1953, 2005)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    shapes = {
        "slash": f"{month:02d}/{day:02d}/{year}",
        "short": f"{month}/{day}/{year % 100:02d}",
        "dash": f"{month}-{day}-{year}",
        "long": f"{MONTHS[month - 1]} {day}, {year}",
        "abbr": f"{day} {MONTHS[month - 1][:3]} {year}",
        "iso": f"{year}-{month:02d}-{day:02d}",
        "ncic": f"{year}{month:02d}{day:02d}",
        "dots": f"{month:02d}.{day:02d}.{year}",
    }
    return shapes[shape or rng.choice(("slash", "short", "dash", "long", "abbr", "iso", "dots", "slash"))]


def event_date(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{month}/{day}", f"{MONTHS[month - 1]} {day}", f"{month}/{day}/26",
                       f"{MONTHS[month - 1][:3]} {day}th" if day not in (1, 2, 3, 21, 22, 23) else f"{month}/{day}"))


def clock(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 12, 15, 20, 30, 40, 45, 52))
    return rng.choice((f"{hour:02d}{minute:02d} hrs", f"{hour:02d}{minute:02d} hours",
                       f"{(hour % 12) or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}", f"{hour:02d}{minute:02d}"))


# --- places ----------------------------------------------------------------------------------

NS_STREETS = ("N. 35th St.", "N. 27th St.", "S. 16th St.", "N. Sherman Blvd.", "S. 20th St.", "N. 76th St.",
              "N. Holton St.", "S. Layton Blvd.", "N. Teutonia Ave.", "N. 51st St.", "S. 13th St.",
              "N. Humboldt Blvd.", "S. Kinnickinnic Ave.", "N. 92nd St.", "N. Palmer St.", "S. 6th St.",
              "N. 60th St.", "N. Green Bay Ave.", "S. Howell Ave.", "N. Fond du Lac Ave.")
EW_STREETS = ("W. Burleigh St.", "W. Center St.", "W. Capitol Dr.", "W. North Ave.", "W. Lincoln Ave.",
              "W. Mitchell St.", "W. Locust St.", "W. Keefe Ave.", "W. Hampton Ave.", "W. Oklahoma Ave.",
              "W. Silver Spring Dr.", "W. Vliet St.", "E. Brady St.", "W. Greenfield Ave.", "W. Good Hope Rd.",
              "W. Atkinson Ave.", "W. Becher St.", "W. Fond du Lac Ave.", "E. Locust St.", "W. Villard Ave.")
UNITS = ("Apt. 3", "Apt. 2B", "Unit 204", "#5", "Apt 1", "Lower", "Upper", "Unit C", "Apt. 310", "#2R")
CITIES = ("Milwaukee, WI 53212", "Milwaukee, WI 53206", "Milwaukee WI 53215", "Milwaukee, WI 53208",
          "Milwaukee, Wisconsin 53204", "West Allis, WI 53214", "Milwaukee, WI 53216")


def street(rng: random.Random) -> str:
    return rng.choice(NS_STREETS + EW_STREETS)


def address(rng: random.Random, unit: bool | None = None, city: bool | None = None) -> str:
    number = rng.randint(100, 9899)
    text = f"{number} {street(rng)}"
    if rng.random() < 0.3:
        text = text.replace("St.", "Street").replace("Ave.", "Avenue").replace("N. ", "North ", 1)
    if unit if unit is not None else rng.random() < 0.45:
        text += rng.choice((" ", ", ")) + rng.choice(UNITS)
    if city if city is not None else rng.random() < 0.3:
        text += rng.choice((", ", " ")) + rng.choice(CITIES)
    return text


def block(rng: random.Random) -> str:
    return f"the {rng.randint(1, 98)}00 block of {street(rng)}"


def intersection(rng: random.Random) -> str:
    ns, ew = rng.choice(NS_STREETS), rng.choice(EW_STREETS)
    return rng.choice((f"{ns} and {ew}", f"{ew} and {ns}", f"{ns.split('.')[1].strip()} & {ew.split('.')[1].strip()}"))


# --- case and justice identifiers ------------------------------------------------------------

def incident_number(rng: random.Random) -> str:
    seq = rng.randint(1, 99999)
    return rng.choice((f"26-{seq:06d}", f"2026-{seq:05d}", f"I26{rng.randint(1, 365):03d}{seq:04d}"[:12],
                       f"M26-{seq:05d}", f"25{rng.randint(100, 365)}{seq % 10000:04d}"))


def court_case(rng: random.Random) -> str:
    return f"20{rng.choice(('25', '26'))}{rng.choice(('CF', 'CM', 'JV', 'TR', 'FO'))}{rng.randint(1, 9999):06d}"


def citation_number(rng: random.Random) -> str:
    return f"{rng.choice(('MK', 'AF', 'MP'))}{rng.randint(1000000, 9999999)}"


def fbi_number(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}{rng.choice('ABCDEFHJKLMNPRTVW')}{rng.choice('ABCDEFHJKLMNPRTVW')}{rng.randint(1, 9)}"


def state_id(rng: random.Random) -> str:
    return f"WI{rng.randint(10000000, 99999999)}"


def ncic_number(rng: random.Random) -> str:
    return f"{rng.choice('WVM')}{rng.randint(100000000, 999999999)}"


def warrant_number(rng: random.Random) -> str:
    return rng.choice((f"W26-{rng.randint(1000, 99999)}", f"{rng.randint(2025, 2026)}WA{rng.randint(100, 99999):05d}"))


def booking_number(rng: random.Random) -> str:
    return rng.choice((f"B2026-{rng.randint(1000, 999999):06d}", f"2026{rng.randint(100000, 999999)}"))


def informant_number(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1000, 9999)}", f"CS-{rng.randint(100, 9999)}", f"SOI-{rng.randint(10, 999):03d}",
                       f"26-CI-{rng.randint(10, 199)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"))


# --- medical ---------------------------------------------------------------------------------

DIAGNOSES = ("type 1 diabetes", "bipolar I disorder", "paranoid schizophrenia", "PTSD", "epilepsy",
             "stage 3 breast cancer", "HIV", "COPD", "major depressive disorder", "sickle cell anemia",
             "an opioid use disorder", "early-onset Alzheimer's", "hepatitis C", "autism spectrum disorder",
             "a traumatic brain injury", "schizoaffective disorder", "congestive heart failure")
MEDICATIONS = ("Seroquel 300 mg", "Suboxone", "metformin", "Depakote", "lithium", "Xanax", "naltrexone",
               "Haldol", "Keppra 500 mg", "Zoloft", "Adderall", "methadone", "Risperdal", "Eliquis",
               "Biktarvy", "clozapine")
INJURIES = ("a fractured left orbital", "a dislocated shoulder", "a 4 cm laceration that took 9 stitches",
            "two broken ribs", "a gunshot wound to the right thigh", "a concussion", "second-degree burns",
            "a broken jaw that was wired shut", "a stab wound to the abdomen", "a torn ACL",
            "a fractured wrist", "a collapsed lung")
MENTAL_HEALTH = ("three prior Chapter 51 emergency detentions", "a suicide attempt in March",
                 "an inpatient stay at the county psychiatric hospital", "treatment for psychosis",
                 "repeated self-harm", "severe postpartum depression", "a Chapter 51 commitment last year")

VEHICLES = ("silver 2014 Chevy Malibu", "black Dodge Charger", "maroon Buick LaCrosse", "white Ford Transit van",
            "blue 2019 Hyundai Elantra", "gray Nissan Altima", "green Honda Odyssey", "red Kia Optima",
            "tan GMC Yukon", "gold Toyota Camry")

# Invented public officials, named only when speaking publicly (never spans).
OFFICIALS = ("Alderwoman Renata Hollister", "Alderman Curtis Vandermolen", "District Attorney Pamela Okonski",
             "Mayor Gerald Whitcombe", "County Executive Dolores Fenwick", "Sheriff Raymond Tallis",
             "Fire and Police Commission Chair Lydia Marchetti", "Captain Howard Brill, District 3 commander",
             "Assistant Chief Louise Danvers", "State Senator Owen Pettibone")
