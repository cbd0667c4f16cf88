"""Fictitious fillers for the fifth held-out corpus (holdout5.jsonl).

Every value here is invented for this file: names are common given names and surnames of each
group put together at random (no real person is meant), phones are 555-01xx, mail is at
example.org / example.com, IPs are documentation ranges, SSNs follow the area rules, VINs carry
their check digit and card numbers pass Luhn. Each filler takes the item's own ``random.Random``.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------
# Names: eighteen groups, rotated round-robin over the items that hold names.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    women_only_surnames: tuple[str, ...] = field(default=())   # taken only by women (Begum, Khatun)
    double_surname: float = 0.0     # chance of two surnames ("Ibarra Zepeda")
    patronymic: float = 0.0         # chance of a father's name between given name and surname

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men


def _t(words: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split(";") if w.strip())


NAME_GROUPS: dict[str, Names] = {
    "anglo": Names(
        _t("Brittany; Heather; Amanda; Kelsey; Courtney; Megan; Lindsay; Tara; Shannon; Holly; Erin; Kristen; "
           "Paige; Whitney; Molly; Jenna; Carrie; Danielle; Allison; Brooke; Meredith; Colleen"),
        _t("Tyler; Brandon; Cody; Travis; Dustin; Kyle; Garrett; Wesley; Shane; Derek; Chad; Bradley; Jeremy; "
           "Colin; Trent; Grant; Mitchell; Spencer; Logan; Clayton; Dalton; Russell"),
        _t("Whitaker; Holloway; Pennington; Ashworth; Caldwell; Hargrove; Sutherland; Barlow; Crandall; Dunbar; "
           "Fairbanks; Gilchrist; Hollis; Kimball; Lockwood; Merriman; Northcott; Osgood; Prescott; Radcliffe; "
           "Stanhope; Thornton; Underhill; Vickers; Westbrook; Yardley; Bramwell; Chadwick; Elsworth; Fenwick; "
           "Garland; Hastings; Ingram; Langley; Mansfield; Pickering; Rutherford; Sheffield; Wakefield; Winslow; "
           "Schaefer-Lund")),
    "black_american": Names(
        _t("Latoya; Keisha; Tamika; Shanice; Ebony; Precious; Aaliyah; Imani; Jasmine; Tiara; Monique; Lakisha; "
           "Deja; Destiny; Kiara; Shantel; Tanisha; Brianna; Nia; Raven; Yolanda; Octavia"),
        _t("DeShawn; Jamal; Tyrone; Darnell; Marquise; Terrell; Demetrius; Jaylen; DaQuan; Cedric; Lamont; "
           "Reginald; Dwayne; Andre; Malik; Rashad; Javon; Kendrick; Tremaine; Darius; Cornelius; Antwan"),
        _t("Washington; Jefferson; Booker; Gaines; Mosley; Rivers; Coleman; Pettaway; Dorsey; Whitfield; Holmes; "
           "Banks; Gillespie; McCray; Hairston; Spivey; Lattimore; Boykin; Cherry; Fountain; Glover; Wimberly; "
           "Redmond; Battle; Staten; Tubbs; Strickland; Peoples; Merriweather; Bynum; Easley; Outlaw; Pryor; "
           "Ricks; Sledge; Threatt; Worthy; Goodloe; Blakely; Crump; Dixon; Haynes-Wilder")),
    "hispanic": Names(
        _t("Guadalupe; Xóchitl; Maribel; Yesenia; Araceli; Leticia; Rocío; Nayeli; Itzel; Marisol; Esperanza; "
           "Graciela; Lourdes; Adriana; Beatriz; Citlali; Dulce; Fernanda; Jimena; Mayra; Rosalba; Viridiana"),
        _t("Jesús; Alejandro; Rigoberto; Efraín; Guillermo; Héctor; Joaquín; Leonel; Mauricio; Octavio; Rogelio; "
           "Saúl; Ulises; Arturo; Cuauhtémoc; Eduardo; Fidel; Gerardo; Ismael; Osvaldo; Ramiro; Tomás"),
        _t("Hernández; Gutiérrez; Villaseñor; Zamora; Cervantes; Ochoa; Bañuelos; Quintero; Arreola; Barragán; "
           "Camacho; Delgadillo; Esparza; Figueroa; Galván; Ibarra; Jaramillo; Lozano; Maldonado; Navarrete; "
           "Orozco; Padilla; Quiñones; Rentería; Sandoval; Trujillo; Valdivia; Zepeda; Alcántar; Becerra; "
           "Carrillo; Díaz de León; Espinoza; García-Lemus; Hinojosa; Magaña; Mendoza; Olvera; Pulido; Saucedo; "
           "Tapia; Urquiza"),
        double_surname=0.3),
    "hmong": Names(
        _t("Mai; Pa Nhia; Nou; Bao; Kia; Yer; Chia; Kalia; Xee; Mai Nou; Pa Houa; Youa; Dia; Zoua; Sheng; Choua; "
           "Gaonou; Nkauj Hli; Mai Yia; Ntxhi; Maiv; Pa Kou"),
        _t("Tou; Pao; Neng; Chue; Kou; Fue; Xeng; Nhia Lue; Teng; Tong; Cher; Txawj; Yia; Doua; Lue; Chong; Seng; "
           "Boua; Kong Meng; Chai; Xai; Phong"),
        _t("Vang; Vaj; Xiong; Xyooj; Yang; Yaj; Thao; Thoj; Thor; Lee; Lis; Ly; Lor; Lauj; Lo; Moua; Muas; Her; "
           "Hawj; Heu; Vue; Vwj; Vu; Hang; Haam; Khang; Khab; Kue; Kwm; Chang; Tsaab; Cha; Tsab; Fang; Faj; Kong; "
           "Koo; Pha; Phab; Chue")),
    "somali": Names(
        _t("Hodan; Fadumo; Ayaan; Ubah; Sagal; Hibo; Idil; Nasteho; Ifrah; Shukri; Deeqa; Hamdi; Sahra; Nimco; "
           "Ladan; Muna; Farhiya; Sucaad; Istar; Ruun; Hawo; Maryan"),
        _t("Abdirahman; Abdullahi; Mahad; Guled; Bashir; Liban; Abdiwali; Mukhtar; Yusuf; Hassan; Said; Ilyas; "
           "Khadar; Abshir; Dahir; Cabdi; Siyad; Hamza; Mohamud; Abdikarim; Bile; Jibril"),
        _t("Warsame; Jama; Egal; Hersi; Aden; Abdi; Nur; Osman; Duale; Samatar; Gedi; Mohamed; Ali; Isse; Roble; "
           "Farah; Omar; Abdulle; Hirsi; Ahmed; Elmi; Shire; Dirie; Barre; Ismail; Keynan; Guleid; Hussein; Qasim; "
           "Ugas; Wardheere; Afrah; Galaydh; Cumar; Xasan; Cali; Maxamed; Yuusuf; Jimcaale; Faarax"),
        patronymic=0.4),
    "arabic": Names(
        _t("Fatima; Layla; Noor; Rania; Yasmin; Huda; Amira; Salma; Dalia; Reem; Mariam; Hanan; Lina; Zainab; "
           "Samira; Nadia; Rasha; Aya; Dina; Ghada; Lubna; Hala"),
        _t("Omar; Khalid; Tariq; Yousef; Ibrahim; Mahmoud; Samir; Bilal; Karim; Walid; Fadi; Nabil; Rami; Ziad; "
           "Majid; Anas; Adel; Hisham; Mustafa; Nasser; Sami; Faisal"),
        _t("Al-Haddad; Haddad; Khoury; Mansour; Saleh; Hamdan; Abu-Taha; Al-Masri; Darwish; El-Sayed; Farouk; "
           "Ghanem; Hijazi; Issa; Jaber; Kassem; Maalouf; Nassar; Odeh; Rahal; Shalabi; Tamimi; Yassin; Zaher; "
           "Al-Khatib; Barakat; Awad; Abdelaziz; Bishara; Dabbagh; Fakhoury; Habib; Karam; Mahfouz; Nimer; "
           "Sabbagh; Suleiman; Touma; Zureikat; Abu Ghosh")),
    "polish": Names(
        _t("Agnieszka; Małgorzata; Katarzyna; Joanna; Dorota; Magdalena; Ewa; Beata; Grażyna; Krystyna; Urszula; "
           "Monika; Aleksandra; Zofia; Halina; Jadwiga; Bożena; Renata; Iwona; Wiesława; Justyna; Marzena"),
        _t("Krzysztof; Tomasz; Grzegorz; Wojciech; Piotr; Paweł; Marek; Andrzej; Jarosław; Zbigniew; Mirosław; "
           "Dariusz; Łukasz; Bartosz; Kazimierz; Stanisław; Tadeusz; Sławomir; Radosław; Mateusz; Jacek; Ryszard"),
        _t("Kowalczyk; Wiśniewski; Wróblewski; Zieliński; Szymański; Woźniak; Dąbrowski; Kozłowski; Jankowski; "
           "Mazur; Kwiatkowski; Krawczyk; Piotrowski; Grabowski; Nowakowski; Pawłowski; Michalski; Adamczyk; "
           "Dudek; Zając; Wieczorek; Jabłoński; Król; Majewski; Olszewski; Jaworski; Malinowski; Witkowski; "
           "Walczak; Stępień; Górski; Rutkowski; Sikora; Baran; Ostrowski; Chmielewski; Borkowski; Czarnecki; "
           "Sawicki; Sokołowski; Przybylski; Zawisza")),
    "khmer": Names(
        _t("Sophea; Srey Mom; Chanthou; Sokha; Bopha; Channary; Kanha; Leakhena; Malis; Phalla; Rachana; Sreymao; "
           "Theary; Chenda; Sopheap; Kolab; Sokunthea; Romduol; Sreyneang; Nary; Davy; Kunthea"),
        _t("Sokhom; Vuthy; Rithy; Sovann; Bunthoeun; Dara; Narith; Samnang; Sophal; Veasna; Visal; Kosal; Piseth; "
           "Ratanak; Sambath; Makara; Chamroeun; Virak; Sokun; Vichet; Pheakdey; Thearith"),
        _t("Chhim; Sok; Keo; Chea; Prak; Ouk; Nhem; Sem; Huy; Meas; Touch; Sorn; Pen; Mao; Chhun; Yim; Lim; Heng; "
           "Hem; Oum; Kong; Phan; Nuon; Sin; Chan; Kim; Ros; Seng; Tep; Uch; Vong; Mey; Chhoeun; Ek; Kuy; Leng; "
           "Pich; Nget; Soeun; Thach; Chum")),
    "persian": Names(
        _t("Shirin; Parisa; Nasrin; Roya; Azadeh; Leila; Mahnaz; Golnaz; Shadi; Niloufar; Farnaz; Mitra; Soraya; "
           "Taraneh; Yasaman; Behnaz; Fereshteh; Mahsa; Negar; Pegah; Sepideh; Forough"),
        _t("Dariush; Kourosh; Arash; Babak; Farhad; Mehrdad; Reza; Siamak; Behrouz; Kaveh; Hooman; Payam; Ramin; "
           "Shahram; Omid; Bijan; Navid; Amir; Parviz; Jamshid; Houshang; Afshin"),
        _t("Tehrani; Mohammadi; Rahimi; Hosseini; Ahmadi; Karimi; Jafari; Moradi; Sadeghi; Rostami; Hashemi; "
           "Ebrahimi; Ghasemi; Kazemi; Shirazi; Esfahani; Farahani; Mirzaei; Azadi; Bahrami; Daneshvar; Eskandari; "
           "Faridani; Golshiri; Hakimzadeh; Javaheri; Kashani; Lotfi; Mahmoudian; Najafi; Pourmand; Rezaei; "
           "Safavi; Tabrizi; Vaziri; Yazdani; Zand; Amini; Behbahani; Ghorbani; Khosravi; Nikpour")),
    "turkish": Names(
        _t("Ayşe; Elif; Zeynep; Merve; Büşra; Emine; Hatice; Gülşen; Özlem; Derya; Sevgi; Ebru; Dilek; Nurcan; "
           "Filiz; Selin; Tuğba; Songül; Esra; Gizem; Canan; Hülya"),
        _t("Mehmet; Mustafa; Emre; Burak; Serkan; Hakan; Murat; Onur; Volkan; Cem; Kemal; Ercan; Oğuz; Barış; "
           "Tolga; Yusuf; Uğur; Halil; Erkan; Selim; Kaan; Tayfun"),
        _t("Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; Kılıç; "
           "Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Erdem; Güneş; Aksoy; Bulut; Karaca; Tekin; Akın; "
           "Uysal; Ünal; Korkmaz; Güler; Başaran; Ekinci; Taşdemir; Sarıkaya; Keskin; Altun; Bozkurt; Özer; Tunç; "
           "Gündoğdu")),
    "kurdish": Names(
        _t("Berivan; Rojda; Nazdar; Shilan; Dilan; Hêvî; Zilan; Ronahî; Jiyan; Gulistan; Bahar; Narin; Evin; "
           "Sozdar; Nesrin; Avin; Delal; Rojin; Viyan; Helin; Berfin; Xezal"),
        _t("Rebwar; Karwan; Dilshad; Shwan; Hemin; Azad; Soran; Sherko; Baran; Kawa; Rizgar; Serhat; Hawar; Zana; "
           "Aram; Bakhtiyar; Diyar; Firat; Welat; Berzan; Rekan; Hejar"),
        _t("Hawrami; Jaff; Kurdi; Amedi; Duhoki; Sindi; Goran; Baban; Doski; Hamawandi; Xoshnaw; Bradosti; Mizuri; "
           "Shexani; Rekani; Berwari; Zaxoyi; Kaka; Qadir; Salih; Karim; Aziz; Khoshnaw; Shaways; Bapir; Zangana; "
           "Hasan; Abdulla; Tofiq; Jalal; Bakir; Fattah; Sabir; Sharif; Nuri; Hama; Rauf; Mirza; Sherwani; "
           "Dizayee; Hawezi")),
    "bosnian": Names(
        _t("Amra; Selma; Lejla; Emina; Aida; Alma; Merima; Jasmina; Sabina; Azra; Elma; Nermina; Senada; Edina; "
           "Belma; Mirela; Sanela; Dženana; Ajla; Hana; Amela; Fikreta"),
        _t("Emir; Adnan; Edin; Haris; Mirza; Nedim; Samir; Kenan; Almir; Damir; Senad; Jasmin; Armin; Tarik; "
           "Dino; Enes; Faruk; Muhamed; Sead; Zlatan; Nihad; Mevludin"),
        _t("Hodžić; Hadžić; Begić; Mehmedović; Hasanović; Delić; Čaušević; Kovačević; Mujić; Omerović; "
           "Salihović; Alić; Hadžiomerović; Softić; Zukić; Huskić; Ibrahimović; Karić; Mešić; Pašić; Selimović; "
           "Šabić; Terzić; Velagić; Bešlagić; Ćatić; Dedić; Fazlić; Garibović; Imamović; Jusić; Kadić; Memić; "
           "Nuhanović; Osmanović; Prljača; Redžić; Smajić; Topalović; Avdić; Bajrić; Zahirović")),
    "dominican": Names(
        _t("Yokasta; Altagracia; Yudelka; Yanira; Dilcia; Ramona; Ysabel; Miledys; Nathaly; Yaritza; Mercedes; "
           "Lisbeth; Yahaira; Dayana; Francisca; Rosanna; Nairoby; Yenny; Cristal; Awilda; Anyelina; Marleny"),
        _t("Wilkin; Yunior; Franklin; Wascar; Elvin; Deivi; Yeison; Robinson; Starlin; Aneudy; Frankely; "
           "Juan Carlos; José Miguel; Ramón; Rafael; Kelvin; Edwin; Ángel; Yohan; Eury; Nelson; Radhamés"),
        _t("Peralta; Almonte; Taveras; Rosario; De la Cruz; Polanco; Batista; Mejía; Castillo; Ureña; Rodríguez; "
           "Familia; Vásquez; Núñez; Santana; Tejada; Paulino; Ventura; Abreu; Reyes; Féliz; Guzmán; Pimentel; "
           "Espaillat; Encarnación; Cabrera; Jiménez; Marte; Lantigua; Brito; Disla; Acosta; Frías; Hidalgo; "
           "Minaya; Ozuna; Sosa; Tavárez; Báez; De los Santos; Cepeda; Morel"),
        double_surname=0.3),
    "salvadoran": Names(
        _t("Roxana; Sandra; Glenda; Xiomara; Yanet; Iris; Reina; Delmy; Ana Gladis; Blanca; Sonia; Marina; "
           "Flor de María; Lorena; Evelyn; Maritza; Dinora; Zuleyma; Karla; Wendy; Brenda; Silvia"),
        _t("José Roberto; Wilfredo; Salvador; Santos; Élmer; Walter; Oscar; Cristian; Geovanny; Edgardo; Herbert; "
           "Douglas; Milton; Rolando; Rubén; Néstor; Ever; Denis; Manuel; Napoleón; Balmore; Nelson"),
        _t("Alvarenga; Argueta; Ayala; Benítez; Chávez; Cornejo; Escobar; Flores; Guardado; Henríquez; "
           "Interiano; Lemus; Menjívar; Molina; Orellana; Portillo; Quintanilla; Rivas; Romero; Sorto; Turcios; "
           "Umaña; Villalobos; Zelaya; Amaya; Bonilla; Cáceres; Deras; Erazo; Funes; Granados; Hernández-Portillo; "
           "Jovel; Landaverde; Martínez; Osorio; Palacios; Rauda; Serrano; Valladares; Aguilar; Mejía"),
        double_surname=0.3),
    "south_sudanese": Names(
        _t("Achol; Nyandeng; Abuk; Ayen; Adut; Akech; Nyakim; Nyaluak; Nyachuol; Aluel; Apajok; Nyibol; Awien; "
           "Akuol; Nyagoa; Nyapal; Athieng; Yar; Nyamal; Akuac; Angelina; Nyanhial"),
        _t("Deng; Garang; Mabior; Majok; Kuol; Manyang; Chol; Bol; Malual; Ater; Gatluak; Gatkuoth; Ruot; Tut; "
           "Koang; Gai; Thon; Makuei; Dut; Lual; Akol; Mayen"),
        _t("Mading; Majak; Ajak; Aguer; Makur; Mayom; Nhial; Kuany; Ayuel; Atem; Biar; Dau; Mabil; Wol; Arop; "
           "Madut; Maker; Lueth; Jok; Thiong; Gatwech; Kuach; Puok; Reath; Diew; Nyuon; Bichiok; Chuol; Duop; "
           "Gach; Jal; Deng; Garang; Bol; Chol; Akol; Lual; Manyok; Ruai; Kuol; Kiir-Akot"),
        patronymic=0.3),
    "samoan_tongan": Names(
        _t("Mele; Salote; Sina; Lupe; Malia; Losaline; Seini; Tupou; Fipe; Lesieli; Tasi; Lagi; Ioana; Fuatino; "
           "Fa'amoana; Ofa; Pisila; Vailea; Elisiva; Hulita; Sela; Teuila"),
        _t("Sione; Siosaia; Tevita; Viliami; Sefo; Iosefa; Tavita; Pita; Semisi; Mosese; Feleti; Paulo; Tomasi; "
           "Falani; Lopeti; Manu; Afa; Ioane; Taniela; Kalolo; Sitani; Alapati"),
        _t("Tuilagi; Faleolo; Fonoti; Leota; Mafi; Taufa; Vaipulu; Tuipulotu; Fifita; Havili; Kaufusi; Latu; "
           "Mahe; Naufahu; Pulu; Vake; Fa'alogo; Aumua; Fiso; Lealaiauloto; Pouono; Sapolu; Tauiliili; Toleafoa; "
           "Tupuola; Uluave; Vaifale; Afamasaga; Lauina; Masoe; Pese; Soliai; Sopoaga; Tafuna; Tuimavave; "
           "Fuimaono; Leavasa; Mulitalo; Moala; Tapueluelu; Fakatava")),
    "greek": Names(
        _t("Eleni; Katerina; Despina; Sofia; Athina; Vasiliki; Dimitra; Panagiota; Stavroula; Evangelia; "
           "Konstantina; Chrysoula; Paraskevi; Eirini; Theodora; Angeliki; Fotini; Kalliopi; Ourania; Anastasia; "
           "Antigoni; Maro"),
        _t("Georgios; Dimitrios; Konstantinos; Nikolaos; Ioannis; Panagiotis; Vasilis; Christos; Spyros; Stavros; "
           "Thanasis; Kostas; Giannis; Evangelos; Apostolos; Lefteris; Manolis; Stelios; Michalis; Savvas; "
           "Theodoros; Achilleas"),
        _t("Papadopoulos; Georgiou; Nikolaidis; Papadakis; Vlachos; Konstantinidis; Dimopoulos; Alexiou; "
           "Mavromatis; Christodoulou; Antonopoulos; Kouris; Lambrakis; Manolakis; Panagiotopoulos; Stavrakis; "
           "Theodorou; Tsakiris; Xenakis; Zografos; Andreadis; Bakas; Chatzis; Dimitriou; Oikonomou; Fotiadis; "
           "Galanis; Iliopoulos; Kalogeropoulos; Liakos; Michailidis; Ntalianis; Pappas; Rallis; Sarris; "
           "Triantafyllou; Vasileiou; Zervas; Kyriakou; Karagiannis; Petrakis")),
    "rohingya": Names(
        _t("Hasina; Rashida; Setara; Jannat Ara; Minara; Rokeya; Hamida; Shamima; Sufia; Nur Kalima; Rahima; "
           "Taslima; Jamalida; Asma; Khurshida; Senuara; Formida; Rozina; Anwara; Nurjahan; Dilbahar; Umme Salma"),
        _t("Ayub; Nurul Amin; Abdul Hamid; Rafique; Sayed Alam; Kamal Hussain; Anwar; Shafiq; Dil Mohammed; "
           "Nur Hossain; Zakir; Habibullah; Rashid Ahmed; Yasin; Enayet; Faisal; Shamsul Alam; Jubair; Salim Ullah; "
           "Azizul Haque; Ibrahim Khalil; Mohammed Tayub"),
        _t("Ullah; Alam; Hussain; Islam; Amin; Haque; Ahmed; Karim; Rahman; Uddin; Miah; Hossain; Kabir; Sultan; "
           "Jalal; Noor; Shah; Salam; Sadek; Zubair; Ansar; Hakim; Ayaz; Mostafa; Nabi; Siddique; Rafiq; Shakur; "
           "Latif; Mannan; Majid; Hashim; Faruk; Aziz; Jamil; Taher; Kasim; Hamid; Osman; Sayeed"),
        women_only_surnames=_t("Begum; Khatun; Bibi")),
}

GROUP_ORDER = ("anglo", "black_american", "hispanic", "hmong", "somali", "arabic", "polish", "khmer", "persian",
               "turkish", "kurdish", "bosnian", "dominican", "salvadoran", "south_sudanese", "samoan_tongan",
               "greek", "rohingya")

# Street names given to people in reports; any group's person may carry one.
NICKNAMES = _t("Boo; Lil Man; Smoke; Peanut; Tiny; Junebug; Scooter; Red; Bam; Ghost; Pooh; Man-Man; Flaco; "
               "Gordo; Spider; Shorty; Kiki; Cash; Tank; Nephew; Dreads; Slim; Lucky; Pumpkin; Chino; Bookie")


def feminine_surname(group: str, surname: str) -> str:
    """The form a woman of the group carries: Polish -ski/-cki/-dzki become -ska/-cka/-dzka, Greek surnames
    take the feminine (genitive) form; every other group keeps the surname as it is."""
    if group == "polish":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
        return surname
    if group == "greek":
        for male, female in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("ou", "ou"),
                             ("is", "i"), ("as", "a"), ("os", "ou")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    return surname


def fold(text: str) -> str:
    """Without diacritics, for mail addresses and sloppy typing (Wiśniewska -> Wisniewska, Yılmaz -> Yilmaz)."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    group: str
    woman: bool
    given: str
    surname: str
    middle: str          # a single initial letter
    nickname: str
    patronym: str = ""   # a father's name written between given name and surname, or ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.patronym, self.surname) if p)


def make_person(rng: random.Random, group: str, woman: bool, taken: set[str]) -> Person:
    names = NAME_GROUPS[group]
    for _ in range(200):
        given = rng.choice(names.women if woman else names.men)
        pool = names.surnames + (names.women_only_surnames if woman else ())
        surname = rng.choice(pool)
        if names.double_surname and rng.random() < names.double_surname:
            second = rng.choice(names.surnames)
            if second != surname and " " not in surname and " " not in second:
                surname = f"{surname} {second}"
        if woman:
            surname = " ".join(feminine_surname(group, s) for s in surname.split(" "))
        patronym = ""
        if names.patronymic and rng.random() < names.patronymic:
            patronym = rng.choice(names.men)
            if " " in patronym or patronym in (given, surname):
                patronym = ""
        if given not in taken and surname not in taken:
            taken.update((given, surname))
            break
    middle = rng.choice("ABCDEFGHJKLMNPRSTVW")
    return Person(group, woman, given, surname, middle, rng.choice(NICKNAMES), patronym)


# --------------------------------------------------------------------------------------------
# Places (an ADDRESS is someone's; blocks, intersections and bare streets are not spans).
# --------------------------------------------------------------------------------------------

STREETS = _t("N. 35th St.; N. 27th St.; W. Burleigh St.; W. Center St.; N. Teutonia Ave.; S. 16th St.; "
             "W. Lincoln Ave.; W. Forest Home Ave.; N. Sherman Blvd.; W. Fond du Lac Ave.; W. Capitol Dr.; "
             "W. Hampton Ave.; S. Cesar E. Chavez Dr.; N. 51st St.; W. Villard Ave.; W. Oklahoma Ave.; "
             "S. 20th St.; N. Holton St.; W. Vliet St.; W. Keefe Ave.; N. Humboldt Blvd.; W. Mitchell St.; "
             "S. Kinnickinnic Ave.; N. 76th St.; W. Silver Spring Dr.; W. Greenfield Ave.; N. Palmer St.; "
             "W. Locust St.; N. 60th St.; W. Lisbon Ave.; W. North Ave.; S. 13th St.; W. Good Hope Rd.; "
             "E. Oklahoma Ave.; N. Green Bay Ave.; W. Mill Rd.; N. Port Washington Rd.; S. Layton Blvd.")
STREETS_PLAIN = _t("35th St; 27th; Burleigh; Center St; Teutonia; 16th St; Lincoln Ave; Forest Home; Sherman; "
                   "Fond du Lac; Capitol Dr; Hampton; Villard; Oklahoma Ave; Holton; Vliet; Keefe; Mitchell St; "
                   "KK; 76th; Silver Spring; Greenfield; Locust; Lisbon; North Ave; Good Hope")
UNITS = _t("Apt. 2; Apt. 104; #3; Unit B; Upper; Lower; Apt 7; Rear; Apt. 2F; #210")
ZIPS = _t("53206; 53208; 53210; 53212; 53215; 53216; 53218; 53204; 53221; 53223; 53209; 53233")
PARKS = _t("Washington Park; Mitchell Park; Humboldt Park; Lincoln Park; Kosciuszko Park; Johnsons Park; "
           "Tiefenthaler Park; Sherman Park; Dineen Park; Carver Park")
PLACES = _t("the Walgreens lot; the Family Dollar; the gas station; the laundromat; the bus shelter; "
            "the corner store; the library branch; the church parking lot; the tire shop; the daycare")


def address(rng: random.Random) -> str:
    number = rng.choice([rng.randint(1000, 9899), rng.randint(100, 999), rng.randint(2000, 4999)])
    text = f"{number} {rng.choice(STREETS)}"
    shape = rng.random()
    if shape < 0.3:
        text += f", {rng.choice(UNITS)}"
    elif shape < 0.45:
        text += f" {rng.choice(UNITS)}"
    if rng.random() < 0.35:
        text += f", Milwaukee, WI {rng.choice(ZIPS)}"
    return text


def short_address(rng: random.Random) -> str:
    """How people type an address in a hurry: "2417 n 35th", "3318 Lisbon"."""
    return f"{rng.randint(1000, 9899)} {rng.choice(STREETS_PLAIN)}"


def block(rng: random.Random) -> str:
    return f"the {rng.randint(10, 98)}00 block of {rng.choice(STREETS)}"


def intersection(rng: random.Random) -> str:
    a, b = rng.sample(STREETS, 2)
    return f"{a.removesuffix('.')} and {b}"


# --------------------------------------------------------------------------------------------
# Personal identifiers.
# --------------------------------------------------------------------------------------------

MONTHS = _t("January; February; March; April; May; June; July; August; September; October; November; December")


def dob(rng: random.Random, shape: str = "") -> str:
    year, month, day = rng.randint(1950, 2009), rng.randint(1, 12), rng.randint(1, 28)
    shape = shape or rng.choice(["slash", "slash", "iso", "long", "short", "dash", "ncic"])
    return {
        "slash": f"{month:02d}/{day:02d}/{year}",
        "iso": f"{year}-{month:02d}-{day:02d}",
        "long": f"{MONTHS[month - 1]} {day}, {year}",
        "short": f"{month}/{day}/{str(year)[2:]}",
        "dash": f"{month}-{day}-{year}",
        "ncic": f"{year}{month:02d}{day:02d}",
    }[shape]


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def driver_license(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
    digits = "".join(rng.choice("0123456789") for _ in range(13))
    if rng.random() < 0.6:
        return f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}-{digits[11:]}"
    return letter + digits


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shape = rng.random()
    if shape < 0.4:
        return "".join(rng.choice(letters) for _ in range(3)) + rng.choice(["-", " ", ""]) + f"{rng.randint(1000, 9999)}"
    if shape < 0.7:
        return f"{rng.randint(100, 999)}" + rng.choice(["-", " ", ""]) + "".join(rng.choice(letters) for _ in range(3))
    return "".join(rng.choice(letters) for _ in range(2)) + f"{rng.randint(10000, 99999)}"


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_is_valid(vin: str) -> bool:
    return (len(vin) == 17 and all(c in _VIN_ALPHABET for c in vin)
            and vin[8] == _vin_check(vin))


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1HG", "2T1", "1FT", "3VW", "5NP", "1G1", "JN8", "KMH", "4T1", "1C4", "WBA", "2HK"])
    body = "".join(rng.choice(_VIN_ALPHABET) for _ in range(5))
    year = rng.choice("BCDEFGHJKLMNPR")
    tail = rng.choice(_VIN_ALPHABET) + "".join(rng.choice("0123456789") for _ in range(6))
    draft = wmi + body + "0" + year + tail
    return draft[:8] + _vin_check(draft) + draft[9:]


def phone(rng: random.Random) -> str:
    area = rng.choice(["414", "414", "414", "262", "608", "920"])
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"{area}555{line}",
                       f"555-{line}", f"+1 {area} 555 {line}"])


def email_for(rng: random.Random, person: Person) -> str:
    given = fold(person.given).lower().replace(" ", "").replace("'", "")
    surname = fold(person.surname).lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname}{rng.randint(1, 99)}",
                        f"{surname}.{given}", f"{given}_{surname[:4]}"])
    return f"{local}@{rng.choice(['example.org', 'example.com', 'mail.example.com', 'example.org'])}"


def plain_email(rng: random.Random) -> str:
    local = rng.choice(["tipsbox", "northsidemom", "grillmaster", "jazzyk", "blessed4ever", "landlordpm",
                        "bigdawg", "cutiepie", "mkeproperty", "sunflower"]) + str(rng.randint(10, 999))
    return f"{local}@{rng.choice(['example.com', 'example.org'])}"


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    return total % 10 == 0


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "55", "6011"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    check = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
    digits = body + check
    if rng.random() < 0.6:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    return digits


def bank_account(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 11, 12])))


# --------------------------------------------------------------------------------------------
# Case and justice identifiers.
# --------------------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def case_number(rng: random.Random, shape: str = "") -> str:
    year = rng.choice(["25", "26", "26"])
    shapes = {
        "mpd": lambda: f"{year}-{_d(rng, 6)}",
        "mpd_long": lambda: f"M{year}{_d(rng, 7)}",
        "court": lambda: f"20{year}{rng.choice(['CF', 'CF', 'CM', 'CT', 'JV', 'FA'])}{_d(rng, 6)}",
        "court_short": lambda: f"{year}{rng.choice(['CF', 'CM', 'CV', 'TR'])}{_d(rng, 4)}",
        "citation": lambda: f"{rng.choice('EQRTZ')}{_d(rng, 7)}-{rng.randint(1, 9)}",
        "citation2": lambda: f"MKE{_d(rng, 8)}",
        "incident": lambda: f"I{year}{_d(rng, 2)}{_d(rng, 2)}-{_d(rng, 4)}",
        "cad": lambda: f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_d(rng, 4)}",
        "arrest": lambda: f"A{year}-{_d(rng, 5)}",
        "muni": lambda: f"{year}-MC-{_d(rng, 5)}",
        "da": lambda: f"DA-{year}-{_d(rng, 5)}",
        "bare": lambda: f"{year}{_d(rng, 7)}",
    }
    return shapes[shape or rng.choice(list(shapes))]()


def cji_identifier(rng: random.Random, shape: str = "") -> str:
    shapes = {
        "fbi": lambda: f"{_d(rng, 6)}{rng.choice(['AA', 'KB', 'LC', 'MD', 'RE'])}{rng.randint(0, 9)}",
        "sid": lambda: f"WI{_d(rng, 8)}",
        "nic": lambda: f"{rng.choice('WVMP')}{_d(rng, 9)}",
        "warrant": lambda: f"W{rng.choice(['25', '26'])}-{_d(rng, 6)}",
        "booking": lambda: f"{rng.choice(['25', '26'])}-{_d(rng, 6)}B",
        "booking2": lambda: f"BK{_d(rng, 8)}",
        "doc": lambda: f"{_d(rng, 6)}",
    }
    return shapes[shape or rng.choice(list(shapes))]()


# --------------------------------------------------------------------------------------------
# Medical phrases (tied to a person by the template) and non-span odds and ends.
# --------------------------------------------------------------------------------------------

DIAGNOSES = _t("type 2 diabetes; paranoid schizophrenia; bipolar I disorder; PTSD; a seizure disorder; "
               "stage 3 breast cancer; COPD; sickle cell disease; early-onset dementia; epilepsy; "
               "major depressive disorder; a traumatic brain injury from 2019; congestive heart failure; "
               "hepatitis C; autism spectrum disorder; multiple sclerosis; borderline personality disorder; "
               "end-stage renal disease (dialysis three times a week)")
MEDICATIONS = _t("Seroquel 200 mg; methadone 80 mg daily; Suboxone strips; lithium; Eliquis; insulin; "
                 "Risperdal injections; Adderall 20 mg; clozapine; Depakote; Keppra 500 mg twice a day; "
                 "Zoloft 100 mg; prednisone; Xanax 1 mg; Vivitrol shots; oxycodone 10 mg; Haldol decanoate; "
                 "Lamictal")
INJURIES = _t("a fractured left orbital bone, repaired surgically; a scalp laceration closed with nine staples; "
              "a broken right wrist, set and casted; second-degree burns on both forearms, treated in the burn unit; "
              "a collapsed lung that needed a chest tube; a concussion with a two-night admission; "
              "a gunshot wound to the left thigh, through and through, treated and released; "
              "a dislocated shoulder that was reduced in the ER; a fractured jaw wired shut; "
              "three broken ribs and a bruised spleen; stab wounds to the abdomen requiring surgery; "
              "a torn ACL from the fall, surgery scheduled")
MENTAL_HOLDS = _t("placed on a Chapter 51 emergency detention; admitted to the psychiatric crisis unit; "
                  "on a 72-hour hold at the county mental health complex; under a 51.20 commitment; "
                  "expressing suicidal ideation with a prior attempt; taken for an emergency psych evaluation")
OVERDOSES = _t("a fentanyl overdose, revived with two doses of Narcan; a suspected opioid overdose, Narcan x2 on "
               "scene; an oxycodone overdose from a relative's prescription; a cocaine-induced heart attack; "
               "alcohol poisoning with a BAC of .31")
PREGNANCIES = _t("about 24 weeks pregnant; pregnant with twins; eight months pregnant; in her first trimester; "
                 "pregnant and on bed rest")
HIV = _t("HIV-positive; HIV positive and on antiretrovirals; living with HIV; on PrEP")

AGES = tuple(range(14, 71))
TIMES = _t("0215 hours; 2340 hrs; 1:45 a.m.; 11:10 p.m.; 0630; 1915 hours; 3:20 pm; 0045; 2205; 4 a.m.")
DAYS = _t("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday")
VEHICLES = _t("silver 2014 Nissan Altima; black Dodge Charger; maroon Chevy Impala; white Ford Transit van; "
              "gray Jeep Cherokee; blue Honda Civic; red Kia Optima; green Toyota Camry; tan Buick LaCrosse; "
              "black Chrysler 300")
DISTRICTS = _t("District 1; District 2; District 3; District 4; District 5; District 6; District 7")
RANKS = _t("the sergeant; the lieutenant; a captain; the shift commander; the district captain; "
           "the desk sergeant; an inspector; the on-call ADA")
STATUTES = _t("Wis. Stat. § 940.19(1); Wis. Stat. § 943.20; Wis. Stat. § 346.04(3); Wis. Stat. § 961.41(1m); "
              "Wis. Stat. § 968.24; Wis. Stat. § 941.29; Wis. Stat. § 940.225(3); Wis. Stat. § 947.01; "
              "Wis. Stat. § 948.02(2); Wis. Stat. § 813.12; Wis. Stat. § 968.075; Wis. Stat. § 346.63(1)(a)")
ORDINANCES = _t("MCO 105-31; MCO 101-20.5; MCO 106-35; MCO 105-75; MCO 80-66")
SOPS = _t("SOP 682.35; SOP 001; SOP 085; SOP 460; SOP 263; SOP 300; SOP 730; SOP 682.30")
CASE_LAW = _t("Terry v. Ohio; Graham v. Connor; Tennessee v. Garner; Miranda v. Arizona; Carpenter v. United States; "
              "Riley v. California; Mapp v. Ohio; Rodriguez v. United States; Arizona v. Gant; Kentucky v. King; "
              "Illinois v. Wardlow; Heien v. North Carolina")
