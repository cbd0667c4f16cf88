"""Fictitious fillers for the fourth held-out corpus (holdout4.jsonl).

Every name list, number and place here was written for this file. Names are combined at
random, so no person here is real; numbers are well formed but invented (555-01xx phones,
example.org / example.com mail, documentation IP ranges, VINs with their check digit,
card numbers passing Luhn, SSNs that follow the area rules).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men


def _names(women: str, men: str, surnames: str) -> Names:
    split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
    return Names(split(women), split(men), split(surnames))


NAME_GROUPS: dict[str, Names] = {
    "anglo": _names(
        "Abigail|Brenda|Caroline|Deborah|Eleanor|Felicity|Gwendolyn|Heather|Imogen|Jocelyn|Kimberly|Lindsay|"
        "Meredith|Natalie|Olivia|Penelope|Rebecca|Shannon|Tabitha|Valerie|Whitney|Yvonne|Harriet|Rosalind",
        "Bradley|Clifford|Douglas|Everett|Franklin|Garrett|Harold|Irving|Jeremy|Kenneth|Lawrence|Mitchell|"
        "Nathaniel|Oliver|Preston|Russell|Spencer|Theodore|Vincent|Wesley|Graham|Howard",
        "Ashby|Bartlett|Caldwell|Dunmore|Eastwood|Fairbanks|Gilmore|Hathaway|Ingram|Jennings|Kingsley|Lockwood|"
        "Merriweather|Northcott|Osgood|Pemberton|Radcliffe|Sherwood|Thornton|Underhill|Whitaker|Yardley|Abbott|"
        "Blackwell|Crane|Danforth|Ellsworth|Fletcher|Greaves|Holloway|Kendrick|Langford|Marlowe|Newcombe|"
        "Prescott|Rutherford|Stanhope|Townsend|Wakefield|Hargrove|Chadwick|Pryor"),
    "black_american": _names(
        "Aaliyah|Brianna|Chantelle|Destiny|Ebony|Imani|Jasmine|Kiara|LaToya|Monique|Nia|Precious|Shaniqua|"
        "Tanisha|Unique|Keisha|Raven|Tamika|Ayanna|Jazmine|Shanice|Deja",
        "Andre|Cedric|DeShawn|Darnell|Jamal|Jerome|Keon|Lamont|Marquise|Rashad|Terrell|Tyrone|DaQuan|"
        "Demetrius|Jalen|Kareem|Malik|Reginald|Trevon|Antwan|Cornell|Javion",
        "Washington|Jefferson|Jackson|Booker|Mayfield|Whitfield|Gaines|Tolliver|Battle|Pettaway|McCray|Wooten|"
        "Blakely|Hairston|Staples|Coleman|Dorsey|Hollins|Dukes|Moten|Peoples|Fields|Stovall|Ivory|Truitt|Bynum|"
        "Cooley|Pugh|Mosley|Langston|Peebles|Sampson|Goins|Barksdale|Threatt|Redmond|Faison|Outlaw|Hightower|"
        "Winfield|Rucker|Sewell|Kimble"),
    "hispanic": _names(
        "Alejandra|Beatriz|Carolina|Daniela|Esperanza|Fernanda|Graciela|Isabel|Jimena|Leticia|Marisol|Nayeli|"
        "Paloma|Rocío|Soledad|Ximena|Yesenia|Araceli|Guadalupe|Lourdes|Mariela|Citlali",
        "Alejandro|Benjamín|Cristóbal|Eduardo|Fernando|Gerardo|Héctor|Ignacio|Joaquín|Leonardo|Mauricio|"
        "Octavio|Ramiro|Salvador|Tomás|Ulises|Valentín|Rigoberto|Armando|Efraín|Rodrigo|Santiago",
        "Aguilar|Benavides|Cárdenas|Delgado|Escobar|Fuentes|Guerrero|Ibarra|Jiménez|Lozano|Maldonado|Navarro|"
        "Ochoa|Pacheco|Quintero|Rosales|Salazar|Trujillo|Villanueva|Zamora|Arellano|Bustamante|Camacho|"
        "Domínguez|Espinoza|Figueroa|Galván|Hurtado|Montoya|Orozco|Peralta|Ríos|Sandoval|Tapia|Vega|Zúñiga|"
        "Cervantes|Barajas|Medina|Olvera|Treviño|Carrillo"),
    "hmong": _names(
        "Maiv|Paj|Nkauj|Ntxawm|Yer|Nou|Kia|Bao|Choua|Zoua|Youa|Hli|Ka|Der|Pang|Ia|Mai Yia|Sheng|Gaonou|"
        "Maichao|Mayhoua|Ntxhi",
        "Tou|Pao|Neng|Chue|Fue|Kou|Nhia|Xeng|Tong|Cher|Meng|Vam|Txawj|Tswb|Ntxhoo|Pheej|Koua|Phong|Shoua|"
        "Boua|Yeej|Lue",
        "Vang|Vaj|Xiong|Xyooj|Yang|Yaj|Lee|Ly|Lis|Thao|Thoj|Her|Hur|Hawj|Moua|Muas|Lor|Lo|Lauj|Vue|Vu|Vwj|"
        "Hang|Haam|Chang|Tsab|Kue|Kwm|Khang|Khaab|Cha|Tsawb|Fang|Faaj|Kong|Koo|Pha|Phab|Lyfoung|Thor|Heu"),
    "arabic": _names(
        "Amira|Basma|Dalia|Farah|Ghada|Hana|Iman|Jamila|Khadija|Layla|Mariam|Nadia|Rania|Salma|Tahani|Wafa|"
        "Yasmin|Zainab|Lubna|Noor|Reem|Suha",
        "Ahmad|Bilal|Fadi|Ghassan|Hamza|Issam|Karim|Marwan|Nabil|Omar|Qasim|Rami|Samir|Tariq|Walid|Yousef|"
        "Ziad|Mahmoud|Khalil|Anas|Faris|Hisham",
        "Al-Haddad|Abboud|Barakat|Darwish|Farouk|Ghanem|Haddad|Issa|Jaber|Khoury|Mansour|Nasser|Qasem|Rahal|"
        "Saleh|Tamimi|Yassin|Zaher|Al-Masri|Haidar|Hijazi|Nassar|Odeh|Sabbagh|Shaheen|Shalabi|Suleiman|Zayed|"
        "Awad|Bishara|Dabbagh|Ayoub|Al-Khatib|Kanaan|Attia|Jarrar|Hamdan|Salameh|Abdelaziz|Mubarak|El-Sayed"),
    "somali": _names(
        "Hodan|Ayaan|Faadumo|Hibo|Ifrah|Khadra|Ladan|Maryan|Nasteho|Qamar|Sahra|Shukri|Ubah|Warsan|Hawa|"
        "Deeqa|Idil|Sagal|Fartun|Hamdi|Ilhan|Nimco",
        "Abdirahman|Abdullahi|Bashir|Cabdi|Daahir|Guled|Hassan|Ismail|Jama|Liban|Mahad|Mohamud|Nuur|Osman|"
        "Said|Yusuf|Abdiwali|Mustafe|Khalid|Sharmarke|Cumar|Farhan",
        "Warsame|Hirsi|Egal|Aden|Duale|Elmi|Gedi|Hersi|Isse|Kahin|Mire|Roble|Samatar|Shire|Ugas|Yare|Abdi|"
        "Barre|Dirie|Faarax|Haji|Ibrahim|Jibril|Keynan|Awale|Gutale|Xasan|Warfaa|Bulhan|Cigaal|Dualeh|Qorane|"
        "Hussein|Adow|Sugule|Guleid|Magan|Nageeye|Xuseen|Farah|Afrah"),
    "polish": _names(
        "Agnieszka|Bożena|Danuta|Ewa|Grażyna|Halina|Irena|Jadwiga|Katarzyna|Lucyna|Małgorzata|Oliwia|"
        "Patrycja|Renata|Sylwia|Teresa|Urszula|Wiesława|Zofia|Dorota|Krystyna|Beata",
        "Andrzej|Bogdan|Czesław|Dariusz|Grzegorz|Henryk|Jarosław|Krzysztof|Leszek|Mirosław|Paweł|Radosław|"
        "Sławomir|Tadeusz|Waldemar|Zbigniew|Wojciech|Marek|Piotr|Stanisław|Bartosz|Kazimierz",
        "Kowalski|Wiśniewski|Zieliński|Lewandowski|Dąbrowski|Kamiński|Szymański|Woźniak|Kaczmarek|Mazur|"
        "Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawłowski|Michalski|Jabłoński|Wróblewski|Zawadzki|Sadowski|"
        "Jasiński|Kubiak|Kołodziej|Szczepański|Walczak|Baran|Laskowski|Sikora|Wysocki|Czarnecki|Ostrowski|"
        "Pietrzak|Majewski|Górski|Rutkowski|Kozłowski|Sobczak|Chmielewski|Witkowski|Tomaszewski|Urbański|"
        "Gajewski"),
    "karen_burmese": _names(
        "Naw Paw|Hser Paw|Mu Lah|Eh Kaw|Naw Htoo|Ku Ku|Paw Moo|Dah Eh|Hla Hla|Thin Thin|Moo Moo|Naw Say|"
        "Sah Mu|Ree Paw|Wah Paw|Htee Paw|Pee Lay|Hser Moo|Tha Blay|Naw Tha|Nan Thida|Cho Cho",
        "Saw Htoo|Saw Ler|Eh Doh|Kaw Htoo|Ler Moo|Saw Kpru|Htoo Eh|Hsa Blu|Kyaw Win|Aung Myint|Thaw Tha|"
        "Pah Wah|Saw Wah|Tha Kaw|Maung Maung|Zaw Min|Soe Win|Ko Ko|Saw Eh Doh|Hsa Moo|Tun Tun|Htet Naing",
        "Htoo|Paw|Moo|Lah|Say|Htay|Win|Aung|Thein|Oo|Myint|Tun|Soe|Kyaw|Naing|Hlaing|Zaw|Lwin|Maw|Wah|Doh|"
        "Ler|Blu|Htun|Shwe|Thaw|Kpaw|Nay|Mya|Nyein|Thu|Khin|Phyo|Lay|Khaing|Sein|Tin|Hla|Thant|Moe|Po|Wai"),
    "congolese": _names(
        "Aline|Béatrice|Chantal|Clarisse|Espérance|Faida|Furaha|Gisèle|Immaculée|Jeannette|Josiane|Mapendo|"
        "Nadège|Neema|Odette|Pascaline|Riziki|Sifa|Solange|Vumilia|Yvette|Zawadi",
        "Amisi|Bienvenu|Christophe|Dieudonné|Emmanuel|Fiston|Gaston|Héritier|Innocent|Jean-Claude|Justin|"
        "Lambert|Patrice|Prosper|Serge|Trésor|Célestin|Espoir|Fabrice|Guylain|Jonas|Blaise",
        "Mukendi|Kabeya|Tshibangu|Ilunga|Kalonji|Mbuyi|Ngoy|Kasongo|Lukusa|Mutombo|Nkulu|Banza|Kazadi|Mwamba|"
        "Kapinga|Mulumba|Nsimba|Makiadi|Lusamba|Bisimwa|Cirhuza|Murhula|Bahati|Amani|Byamungu|Kambale|"
        "Kasereka|Mumbere|Paluku|Kahindo|Masika|Kavira|Mbusa|Muhindo|Lokondo|Bolamba|Ndaye|Kalala|Mpiana|"
        "Kitenge|Mbala"),
    "afghan": _names(
        "Zahra|Fereshta|Shabnam|Mursal|Lida|Nilofar|Parwana|Roya|Sediqa|Tamana|Wahida|Yalda|Zarghona|Khatera|"
        "Mahbooba|Nazifa|Pashtana|Malalai|Sahar|Gulalai|Homaira|Shakiba",
        "Baryalai|Dawood|Esmatullah|Farid|Ghulam|Habibullah|Jawad|Khalid|Mirwais|Najibullah|Obaidullah|"
        "Qudratullah|Rahmatullah|Sayed|Shafiq|Wali|Zabihullah|Zalmai|Asadullah|Hekmat|Jamshid|Nasrullah",
        "Ahmadzai|Popal|Karimi|Stanikzai|Wardak|Safi|Noorzai|Sultani|Rahimi|Hotak|Barakzai|Durrani|Mohammadi|"
        "Hashimi|Sadat|Amiri|Azizi|Haidari|Jalali|Kakar|Mangal|Nazari|Niazi|Omari|Qaderi|Rasuli|Samadi|"
        "Shinwari|Tokhi|Yusufzai|Zazai|Zadran|Habibi|Faizi|Ghaznawi|Hakimi|Ludin|Mujadidi|Nuristani|Panjshiri|"
        "Akbari|Bakhtiari"),
    "chinese": _names(
        "Xiaoling|Meiling|Yuting|Jingyi|Xinyi|Shuang|Huiying|Lanfang|Qiuyue|Ruolan|Wenjing|Yanhong|Zhenzhen|"
        "Ling|Xiulan|Fang|Hui|Mei|Yan|Jiayi|Ziyi|Shufen",
        "Wei|Jun|Hao|Zhiwei|Jianguo|Dongsheng|Haoran|Zihao|Yichen|Bo|Gang|Qiang|Lei|Tao|Xiaoming|Yong|"
        "Zhiqiang|Chenggang|Jiahao|Mingyu|Guowei|Shengli",
        "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Zheng|Liang|Xie|"
        "Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Ye|Cheng|Su|Lu|Chan|"
        "Wong|Leung|Cheung|Lau"),
    "japanese": _names(
        "Akiko|Ayaka|Chihiro|Emiko|Fumiko|Haruka|Hiroko|Kaori|Keiko|Machiko|Mayumi|Naomi|Noriko|Sachiko|"
        "Sakura|Tomoko|Yoko|Yumiko|Megumi|Rie|Asuka|Kanako",
        "Akira|Daisuke|Haruto|Hiroshi|Ichiro|Kenji|Kazuki|Makoto|Masato|Noboru|Osamu|Ryota|Satoshi|Shinji|"
        "Takeshi|Tatsuya|Yuto|Yoshio|Kenta|Shota|Takumi|Isamu",
        "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|"
        "Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori|Abe|Ikeda|Hashimoto|Ishikawa|Ogawa|"
        "Fujita|Okada|Goto|Hasegawa|Murakami|Kondo|Ishii|Sakamoto|Endo|Aoki|Fujii|Nishimura|Fukuda|Ota|Miura|"
        "Okamoto"),
    "pakistani": _names(
        "Ayesha|Bushra|Farzana|Huma|Iqra|Javeria|Kiran|Mehwish|Naila|Rabia|Saima|Sana|Shazia|Tahira|Uzma|"
        "Zunaira|Fariha|Mahnoor|Sidra|Anum|Hira|Ambreen",
        "Adeel|Asif|Babar|Danish|Faisal|Fawad|Haris|Imran|Junaid|Kamran|Mohsin|Naveed|Rizwan|Saqib|Shahid|"
        "Tahir|Usman|Waqas|Zeeshan|Arsalan|Owais|Shoaib",
        "Qureshi|Chaudhry|Malik|Butt|Raza|Siddiqui|Abbasi|Awan|Bhatti|Cheema|Gondal|Hashmi|Javed|Khokhar|"
        "Mirza|Rajput|Sheikh|Warraich|Zaidi|Jafri|Rana|Tarar|Gilani|Baig|Ansari|Memon|Soomro|Shah|Iqbal|Aslam|"
        "Farooqi|Lodhi|Janjua|Kayani|Minhas|Nawaz|Rehman|Saleem|Durrani-Khan|Paracha|Ghauri|Bajwa"),
    "nepali_bhutanese": _names(
        "Sita|Gita|Laxmi|Radhika|Sarita|Sunita|Kamala|Pabitra|Bhagirathi|Januka|Mina|Sabitra|Dil Maya|"
        "Tika Maya|Ganga|Durga|Parbati|Bindu|Asha|Sumitra|Chandrakala|Bimala",
        "Bhim|Hari|Krishna|Tilak|Dambar|Ganesh|Narayan|Purna|Lok|Mani|Kul|Om Prakash|Yam|Suk|Tek Nath|Dhan|"
        "Bal|Chandra|Rudra|Shankar|Devendra|Khadga",
        "Adhikari|Gurung|Rai|Subba|Dhakal|Pokhrel|Khatiwada|Bhattarai|Chhetri|Tamang|Mongar|Ghimire|Dahal|"
        "Koirala|Sharma|Giri|Biswa|Limbu|Magar|Thapa|Basnet|Karki|Bista|Luitel|Niroula|Poudel|Rizal|Timsina|"
        "Acharya|Baral|Chapagai|Dulal|Gautam|Kafley|Mishra|Pradhan|Regmi|Sapkota|Siwakoti|Tiwari|Upreti|"
        "Bhandari"),
    "guatemalan": _names(
        "Candelaria|Dominga|Elvira|Floridalma|Glendy|Heidy|Ingrid|Juana|Lesbia|Marleny|Nidia|Olga|Petrona|"
        "Rosaura|Sandra|Telma|Vilma|Yesica|Zoila|Maribel|Aura|Delfina",
        "Abelino|Byron|Cándido|Domingo|Edwin|Fredy|Gilberto|Hugo|Ismael|Julio|Lisandro|Marvin|Nery|Otoniel|"
        "Pascual|Rony|Selvin|Wilmer|Yovani|Baltazar|Eliseo|Mynor",
        "Ajanel|Batz|Cac|Coc|Cuc|Chiquín|Choc|Ixcot|Tzul|Tum|Pop|Xol|Caal|Maquín|Barrios|Castañeda|"
        "Cifuentes|Godínez|Juárez|Monzón|Orellana|Recinos|Sicán|Sontay|Tzunún|Velásquez|Xitumul|Yat|Ordóñez|"
        "Sacor|Quej|Tux|Ical|Chun|Bol|Tiul|Coy|Tec|Ixchop|Cutzal|Ramírez-Tzoc"),
    "laotian": _names(
        "Bouavanh|Chanthala|Daovone|Latsamy|Manivanh|Noy|Phetsamone|Vilayvanh|Keomany|Sengdao|Davanh|Kesone|"
        "Malavanh|Sisouda|Phouvieng|Ketsana|Soudaly|Amphay|Chanpheng|Khanthaly|Viengkham|Douangmala",
        "Bounthanh|Khamphong|Somphone|Sengphet|Thongchanh|Vilay|Khamsing|Bouasone|Phoumy|Sisomphone|Outhai|"
        "Chansamone|Soulivong|Keo|Khampheng|Bounlieng|Sithong|Somchith|Xaysana|Phonsavan|Vanthong|Oudomsack",
        "Phommachanh|Sayavong|Keophila|Inthavong|Vongsavath|Phanthavong|Souvannavong|Chanthavong|Xayavong|"
        "Sisouphanh|Keomanivong|Rattanavong|Luangrath|Phengsavath|Douangsavanh|Khounborinh|Manivong|Vilaysack|"
        "Thammavong|Sengsouvanh|Phetsavong|Soukhaseum|Vongphachanh|Bounthavy|Sihalath|Phimmasone|Khamvongsa|"
        "Siharath|Outhavong|Vorachak|Chanthakoummane|Insixiengmai|Phanouvong|Sourinthone|Keovilay|"
        "Syvongsay|Sysavath|Phothisane|Vongkhamchanh|Sayasith|Thepvongsa|Xaypanya"),
    "ethiopian_eritrean": _names(
        "Abeba|Almaz|Bethlehem|Eden|Fikirte|Genet|Hirut|Kidist|Lemlem|Mahlet|Meron|Rahel|Selam|Senait|Tigist|"
        "Tsion|Yordanos|Zewditu|Saba|Meseret|Azeb|Feven",
        "Abebe|Dawit|Ermias|Fikru|Girma|Kahsay|Negash|Tesfaye|Tewodros|Yonas|Biniam|Amanuel|Berhane|Eyob|"
        "Filmon|Gebremedhin|Habtom|Kidane|Mulugeta|Yared|Henok|Natnael",
        "Haile|Mekonnen|Tadesse|Bekele|Gebre|Tesfamariam|Woldemariam|Alemu|Assefa|Ayele|Berhe|Demissie|Desta|"
        "Fisseha|Gebreyesus|Getachew|Girmay|Kebede|Legesse|Mengistu|Negussie|Tekle|Teklehaimanot|Wolde|"
        "Yohannes|Zerihun|Abraha|Asfaha|Ghebremichael|Habte|Mebrahtu|Okbazghi|Tsegay|Weldu|Yemane|Zeray|"
        "Araya|Belay|Derese|Fantahun|Hagos|Lemma|Shiferaw"),
    "irish_italian": _names(
        "Aoife|Bridget|Caitlin|Deirdre|Fiona|Maeve|Nora|Siobhan|Colleen|Kathleen|Giulia|Francesca|Chiara|"
        "Rosaria|Antonella|Carmela|Loretta|Gianna|Serafina|Concetta|Annunziata|Orla",
        "Aidan|Brendan|Cormac|Declan|Eamon|Fergus|Liam|Padraig|Ronan|Seamus|Kieran|Dominic|Salvatore|"
        "Giuseppe|Vincenzo|Carmine|Angelo|Enzo|Luca|Matteo|Rocco|Gennaro",
        "O'Brien|O'Malley|McCarthy|Gallagher|Fitzgerald|Donnelly|Kavanagh|Brennan|Doherty|Flanagan|Houlihan|"
        "Keane|Mulcahy|Nolan|Quinlan|Sheehan|Twomey|Delaney|Costello|McGinty|Romano|Esposito|Russo|Ferraro|"
        "Lombardi|Marchetti|DiNapoli|Caruso|Giordano|Mancini|Palermo|Santangelo|Vitale|Bellini|Amato|Colombo|"
        "Fiorentino|LoBianco|Zito|Cusumano|Balistreri|Sciortino|Passalacqua"),
}

GROUP_ORDER: tuple[str, ...] = (
    "anglo", "black_american", "hispanic", "hmong", "arabic", "somali", "polish", "karen_burmese",
    "congolese", "afghan", "chinese", "japanese", "pakistani", "nepali_bhutanese", "guatemalan", "laotian",
    "ethiopian_eritrean", "irish_italian")

# Street nicknames; written in the text as their own PERSON span, apart from the legal name.
NICKNAMES: tuple[str, ...] = ("Peanut", "Smoke", "Junebug", "Scooter", "Lefty", "Chubbs", "Mook", "Boogie",
                              "Slim", "Pooh", "Gizmo", "Sarge", "Biscuit", "Taco", "Deuce", "Nugget")


def feminine_surname(group: str, surname: str) -> str:
    """A woman's form of a surname: Polish -ski/-cki/-dzki become -ska/-cka/-dzka."""
    if group == "polish" and surname.endswith("ki"):
        return surname[:-1] + "a"
    return surname


# ---------------------------------------------------------------- places (not spans unless an address)

STREETS = ("N. 35th St", "W. Burleigh St", "W. Center St", "W. North Ave", "W. Capitol Dr", "N. Teutonia Ave",
           "W. Fond du Lac Ave", "S. 16th St", "W. Lincoln Ave", "S. Cesar E. Chavez Dr", "W. Oklahoma Ave",
           "N. Sherman Blvd", "W. Silver Spring Dr", "N. Holton St", "W. Mitchell St", "S. Layton Blvd",
           "N. Humboldt Blvd", "W. Forest Home Ave", "N. 76th St", "W. Good Hope Rd", "W. Hampton Ave",
           "W. Villard Ave", "W. Lisbon Ave", "N. Green Bay Ave", "W. Greenfield Ave", "S. 27th St",
           "E. Brady St", "N. 27th St", "W. Vliet St", "S. Kinnickinnic Ave", "W. Becher St", "N. 60th St",
           "W. Keefe Ave", "N. Port Washington Rd", "W. Morgan Ave", "S. 13th St", "W. Locust St",
           "N. Dr. Martin Luther King Jr. Dr", "W. Appleton Ave", "S. 20th St")
STREET_NUMBERED = ("N. 35th St", "N. 27th St", "N. 76th St", "S. 16th St", "S. 27th St", "N. 60th St",
                   "S. 13th St", "S. 20th St", "N. 38th St", "N. 44th St", "N. 51st St", "S. 9th St")
CITIES = ("Milwaukee, WI 53206", "Milwaukee, WI 53210", "Milwaukee, WI 53215", "Milwaukee, WI 53204",
          "Milwaukee, WI 53218", "Milwaukee, WI 53216", "West Allis, WI 53214", "Milwaukee, WI 53223",
          "Milwaukee, WI 53207", "Wauwatosa, WI 53213", "Milwaukee, WI 53209", "Cudahy, WI 53110")
UNITS = ("Apt 2", "Apt 104", "Unit B", "#3", "Upper", "Lower", "Apt 6C", "Rear", "#211", "Apt 1F")
DISTRICTS = ("District 1", "District 2", "District 3", "District 4", "District 5", "District 6", "District 7")
RANKS = ("the second-shift sergeant", "a district captain", "the duty lieutenant", "the desk sergeant",
         "the on-call detective", "a field training officer", "the early-shift lieutenant",
         "a probationary officer", "the evidence technician", "the CIB sergeant")
STATUTES = ("Wis. Stat. § 943.20", "Wis. Stat. § 940.19(1)", "Wis. Stat. § 346.04(3)", "Wis. Stat. § 961.41(1m)",
            "Wis. Stat. § 947.01", "Wis. Stat. § 968.24", "Wis. Stat. § 941.29", "Wis. Stat. § 943.10(1m)",
            "Wis. Stat. § 346.63(1)(a)", "Wis. Stat. § 948.02", "Wis. Stat. § 968.075", "Wis. Stat. § 51.15")
ORDINANCES = ("MCO 106-1", "MCO 105-138", "MCO 101-34", "MCO 80-63", "MCO 106-23")
SOPS = ("SOP 682", "SOP 085", "SOP 263", "SOP 300", "SOP 460", "SOP 660", "SOP 747", "SOP 810", "SOP 130")
CASE_LAW = ("Terry v. Ohio", "Miranda v. Arizona", "Graham v. Connor", "Tennessee v. Garner",
            "Rodriguez v. United States", "Carpenter v. United States", "State v. Dearborn", "Riley v. California",
            "Brady v. Maryland", "Illinois v. Wardlow", "Pennsylvania v. Mimms", "State v. Post")
HOSPITALS = ("Froedtert", "Children's Wisconsin", "St. Luke's", "Aurora Sinai", "Ascension St. Joseph",
             "the VA on National Ave", "Aurora West Allis")
MAKES = ("silver 2014 Nissan Altima", "black Dodge Charger", "white Ford Transit van", "maroon Chevy Impala",
         "gray Hyundai Sonata", "blue Kia Optima", "green Jeep Cherokee", "red Toyota Camry",
         "tan Buick LaCrosse", "black GMC Yukon", "white Honda Civic", "gold Chrysler 300")
TIMES = ("0214 hours", "2347 hours", "1530 hrs", "0805 hours", "about 10:40 p.m.", "1912 hrs", "0345 hours",
         "around 6:15 a.m.", "1658 hours", "2209 hrs", "noon", "0120 hours")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
AGES = ("a 17-year-old", "a man in his 40s", "a woman about 30", "a juvenile male", "an elderly female",
        "a 22-year-old male", "a teenager", "a man in his 20s", "a 60-year-old woman", "a 15-year-old girl")

# ---------------------------------------------------------------- identifiers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    area = rng.choice(("414", "262", "608", "920"))
    line = f"555-01{rng.randint(0, 99):02d}"
    return rng.choice((f"({area}) {line}", f"{area}-{line}", f"{area}.{line.replace('-', '.')}",
                       f"{area} {line.replace('-', ' ')}", f"{area}{line.replace('-', '')}"))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(("{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}{:02d}{:04d}")).format(
        area, group, serial)


def driver_license(rng: random.Random) -> str:
    letter = rng.choice("ABCDFGHKLMNPRSTWZ")
    d = _digits(rng, 13)
    return rng.choice((f"{letter}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}", f"{letter}{d}"))


def plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    letters = "".join(rng.choice(L) for _ in range(3))
    return rng.choice((f"{letters}-{_digits(rng, 4)}", f"{letters}{_digits(rng, 4)}",
                       f"{_digits(rng, 3)}-{letters}", f"{letters} {_digits(rng, 4)}",
                       f"{_digits(rng, 2)}{rng.choice(L)}{_digits(rng, 3)}"))


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_is_valid(vin: str) -> bool:
    return (len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin[8] == _vin_check(vin))


def vin(rng: random.Random) -> str:
    wmi = rng.choice(("1FT", "2HG", "1G1", "3VW", "5NP", "JTD", "1C4", "KMH", "4T1", "1N4", "2T3", "WBA"))
    body = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRST")
    tail = rng.choice(_VIN_CHARS) + _digits(rng, 6)
    raw = wmi + body + "0" + year + tail
    return raw[:8] + _vin_check(raw) + raw[9:]


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError("unreachable")


def card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "mc", "amex"))
    if kind == "amex":
        n = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        return rng.choice((f"{n[:4]} {n[4:10]} {n[10:]}", n))
    n = _luhn_complete("4" if kind == "visa" else rng.choice(("51", "53", "55")), 16, rng)
    groups = [n[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice((" ".join(groups), "-".join(groups), n))


def bank_account(rng: random.Random) -> str:
    return rng.choice((_digits(rng, 10), _digits(rng, 12), f"{_digits(rng, 4)}-{_digits(rng, 6)}"))


def ip(rng: random.Random) -> str:
    return rng.choice((f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}",
                       f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"))


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1948, 2011), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}",
                       f"{m:02d}-{d:02d}-{str(y)[2:]}", f"{d} {MONTHS[m - 1][:3]} {y}"))


def incident_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 11), rng.randint(1, 28)
    return rng.choice((f"{m}/{d}/26", f"{MONTHS[m - 1]} {d}", f"{m:02d}/{d:02d}/2026"))


def case_number(rng: random.Random) -> str:
    return rng.choice((f"26-{_digits(rng, 6)}", f"2026CF{_digits(rng, 6)}", f"I26{_digits(rng, 7)}",
                       f"MPD-26-{_digits(rng, 5)}", f"2026CM{_digits(rng, 6)}",
                       f"{rng.randint(260101, 261126)}{_digits(rng, 3)}"))


def citation_number(rng: random.Random) -> str:
    return rng.choice((f"C{_digits(rng, 7)}", f"MC-{_digits(rng, 8)}", f"E{_digits(rng, 3)}-{_digits(rng, 4)}"))


def arrest_number(rng: random.Random) -> str:
    return rng.choice((f"A26-{_digits(rng, 5)}", f"AR{_digits(rng, 7)}"))


def fbi_number(rng: random.Random) -> str:
    L = "ABCDEFHJKLMNPRTVWX"
    return rng.choice((f"{_digits(rng, 6)}{rng.choice(L)}{rng.choice(L)}{rng.randint(0, 9)}",
                       f"{_digits(rng, 7)}{rng.choice(L)}{rng.randint(1, 9)}"))


def sid(rng: random.Random) -> str:
    return rng.choice((f"WI{_digits(rng, 8)}", f"WI-{_digits(rng, 7)}", f"IL{_digits(rng, 8)}"))


def ncic_number(rng: random.Random) -> str:
    return f"{rng.choice('WMVLQ')}{_digits(rng, 9)}"


def warrant_number(rng: random.Random) -> str:
    return rng.choice((f"26-WT-{_digits(rng, 5)}", f"W{_digits(rng, 8)}", f"2026CF{_digits(rng, 6)}-W1"))


def booking_number(rng: random.Random) -> str:
    return rng.choice((f"B26-{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"MCJ{_digits(rng, 7)}"))


def informant(rng: random.Random) -> str:
    return rng.choice((f"CI #{rng.randint(100, 9999)}", f"CI-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                       f"CS {rng.randint(1000, 9999)}", f"SOI-{_digits(rng, 4)}", f"informant {rng.randint(100, 999)}"))


MEDICAL = ("type 1 diabetes", "a seizure disorder", "schizoaffective disorder", "bipolar I disorder",
           "a fractured left orbital bone", "a closed head injury", "stage 3 kidney disease", "COPD",
           "PTSD from a prior assault", "HIV", "early-onset dementia", "a 4 cm laceration that took nine stitches",
           "a broken right wrist that was splinted", "major depressive disorder", "opioid use disorder",
           "paranoid schizophrenia", "a torn ACL", "sickle cell disease", "a concussion", "a collapsed lung")
MEDICATIONS = ("Seroquel", "lithium", "Suboxone", "insulin", "Keppra", "Depakote", "methadone", "Abilify",
               "Xanax", "sertraline", "Eliquis", "Haldol")
# A medication with the condition it treats, so the two agree within an item.
PRESCRIPTIONS = (("Keppra", "a seizure disorder"), ("insulin", "type 1 diabetes"), ("lithium", "bipolar I disorder"),
                 ("Suboxone", "opioid use disorder"), ("Seroquel", "schizoaffective disorder"),
                 ("Haldol", "paranoid schizophrenia"), ("sertraline", "major depressive disorder"),
                 ("Depakote", "epilepsy"), ("Eliquis", "atrial fibrillation"), ("albuterol", "severe asthma"),
                 ("Aricept", "early Alzheimer's"), ("methadone", "opioid use disorder"))
DEMENTIA = ("early-onset dementia", "Alzheimer's disease", "vascular dementia", "memory loss after a stroke",
            "Lewy body dementia")
INJURIES = ("a broken jaw wired shut at {hosp}", "a gunshot wound to the left thigh treated at {hosp}",
            "two cracked ribs diagnosed at {hosp}", "a dog bite on the forearm stitched at {hosp}",
            "second-degree burns on both hands treated at {hosp}", "a stab wound to the abdomen, in surgery at {hosp}",
            "a dislocated shoulder reduced in the ER at {hosp}", "a skull fracture, admitted to {hosp}")

TACTICAL = (
    "0500 hrs {day} at the rear door of {addr}",
    "the {day} {time} entry at {addr}",
    "the surveillance post in the {color} van parked on the {block}",
    "staging at {park} at 0430 before the {day} hit",
    "the second-floor OP across from {addr}",
    "a knock at {time} {day}, SWAT on the back, entry team on the front of {addr}",
    "the controlled buy set for {day} at the gas station at {xst}",
    "the pole camera on the {block}",
    "the takedown at {xst} as soon as the {make} pulls in, {day} around {time}",
    "the perimeter on the {block} starting {time} {day}",
)
TACTICAL_PARKS = ("the Sherman Park lot", "the Washington Park pavilion", "the District 5 sally port",
                  "the Kohl's lot on Capitol", "the Humboldt Park boat launch", "the old Sears lot on Burleigh")
UNDERCOVER = ('"Tay from Racine"', '"Nikki B"', '"Cuz from Chicago"', '"Rell"', '"Big Los"', '"Jojo"',
              '"Miss Val"', '"Kee from the North Side"')
COLORS = ("white", "gray", "black", "tan", "silver", "blue")

# Public hotlines and public officials speaking publicly: not findings.
HOTLINES = ("911", "988", "the non-emergency line", "Crime Stoppers at 414-224-TIPS", "211",
            "the district front desk")
PUBLIC_OFFICIALS = ("Chief Jeffrey Norman", "Mayor Cavalier Johnson", "District Attorney John Chisholm",
                    "Governor Tony Evers")
