"""Fictitious fillers for holdout7.jsonl: names in eighteen groups, places, numbers, and the medical,
tactical and informant phrases the generator drops into templates.

Everything is invented. Phones are 555-01xx, mail is example.org / example.com, IPs are from the
documentation ranges, SSNs keep the area rules, VINs carry their check digit and card numbers pass Luhn.
Written for this file only; nothing is copied from another corpus.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field


def fold(text: str) -> str:
    """The same text typed without diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    feminine: dict = field(default_factory=dict)   # surname -> the form a woman carries

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men

    @property
    def women_only_surnames(self) -> tuple[str, ...]:
        return tuple(self.feminine.values())

    def surname_for(self, surname: str, woman: bool) -> str:
        return self.feminine.get(surname, surname) if woman else surname


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split("|") if w.strip())


def _russian_feminine(surnames: tuple[str, ...]) -> dict:
    out = {}
    for s in surnames:
        if s.endswith(("ov", "ev", "yov", "in", "yn")):
            out[s] = s + "a"
        elif s.endswith("sky"):
            out[s] = s[:-3] + "skaya"
    return out


_RUSSIAN_SURNAMES = _split(
    "Ivanov|Smirnov|Kuznetsov|Sokolov|Lebedev|Kozlov|Novikov|Morozov|Volkov|Solovyov|Zaitsev|Semyonov|"
    "Vinogradov|Bogdanov|Vorobyov|Belyaev|Tarasov|Komarov|Orlov|Kiselyov|Makarov|Kovalyov|Ilyin|Gusev|"
    "Titov|Kuzmin|Kudryavtsev|Kulikov|Stepanov|Sorokin|Zakharov|Gerasimov|Ponomaryov|Lazarev|Nikitin|"
    "Sobolev|Tsvetkov|Zhuravlyov|Krylov|Osipov|Yegorov|Bobrov|Kalinin|Petukhov|Gromov|Fomin|Karpov|"
    "Rodionov|Gorbunov|Tretyakov|Rybakov|Mukhin|Ovchinnikov|Lobanov|Zhdanov|Vorontsov|Savin|Kapustin|"
    "Yudin|Laptev|Zhitomirsky|Belinsky")

NAME_GROUPS: dict[str, Names] = {
    "anglo": Names(
        _split("Jennifer|Emily|Sarah|Megan|Ashley|Amanda|Rebecca|Katherine|Lauren|Heather|Melissa|Rachel|"
               "Brittany|Kayla|Hannah|Abigail|Courtney|Allison|Lindsey|Molly|Kelsey|Caroline|Erin|Shannon"),
        _split("Michael|Matthew|Christopher|Joshua|Andrew|Ryan|Tyler|Brandon|Kyle|Justin|Zachary|Jacob|Nathan|"
               "Travis|Cody|Dustin|Garrett|Connor|Logan|Bradley|Timothy|Gregory|Wesley|Spencer"),
        _split("Smith|Miller|Davis|Wilson|Taylor|Moore|White|Harrison|Martin|Clark|Lewis|Walker|Hall|Young|"
               "Allen|Wright|Hill|Green|Adams|Baker|Carter|Parker|Evans|Edwards|Collins|Morris|Murphy|Cook|"
               "Rogers|Cooper|Reed|Bell|Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Bennett|Gray|Hughes|"
               "Price|Sanders|Myers|Foster|Jenkins|Sullivan|Fisher|Hayes|Ashworth-Bell")),
    "black_american": Names(
        _split("Latasha|Keisha|Shaniqua|Tamika|Aaliyah|Imani|Jasmine|Ebony|Tiara|Kiara|Precious|Shanelle|"
               "Destiny|Dominique|Tanesha|Lakeisha|Raven|Brianna|Jada|Nia|Aisha|Deja|Shayla|Essence"),
        _split("DeShawn|Jamal|Tyrone|Darnell|Terrell|Marquise|DeAndre|Lamar|Malik|Jalen|Trevon|Darius|"
               "Demetrius|Cedric|Reginald|Maurice|Rashad|Kendrick|Javon|Xavier|Quentin|Tremaine|Dontae|Antwan"),
        _split("Washington|Jefferson|Jackson|Robinson|Harris|Coleman|Freeman|Banks|Mitchell|Booker|Gaines|"
               "Pettiford|Mayfield|Bledsoe|Toliver|Simmons|Dixon|Tate|Hairston|Whitfield|Wooten|Battle|Ware|"
               "Gadson|Haynes|Gilliam|Mosley|Pruitt|Tubbs|Sledge|Merriweather|Stallworth|Cager|Dumas|Spivey|"
               "Brantley|Holloway|Lockett|Bynum|Fountain|Blackmon|Gaines-Whitfield")),
    "hispanic": Names(
        _split("María|Guadalupe|Rosa|Ana|Carmen|Verónica|Alejandra|Gabriela|Patricia|Leticia|Marisol|Daniela|"
               "Esperanza|Claudia|Araceli|Yesenia|Beatriz|Lucía|Sofía|Mariana|Isabel|Norma|María José|Itzel"),
        _split("José|Juan|Luis|Carlos|Jesús|Miguel|Francisco|Alejandro|Javier|Ricardo|Fernando|Eduardo|Sergio|"
               "Arturo|Rafael|Héctor|Manuel|Roberto|Andrés|Diego|Gerardo|Ignacio|Joaquín|Mauricio|Juan Carlos"),
        _split("García|Martínez|Rodríguez|López|González|Sánchez|Ramírez|Torres|Flores|Morales|Ortiz|Gutiérrez|"
               "Ramos|Castillo|Jiménez|Vásquez|Mendoza|Ruiz|Álvarez|Romero|Herrera|Vargas|Castro|Guzmán|Salazar|"
               "Delgado|Contreras|Domínguez|Cortez|Ibarra|Navarro|Fuentes|Rojas|Sandoval|Cervantes|Orozco|"
               "Villarreal|De la Cruz|De León|Luna|Juárez|Carrillo|García-Ruiz")),
    "hmong": Names(
        _split("Mai|Pa|Nou|Yer|Kia|Ka|Bao|Choua|Youa|Der|Mai Nou|Mai Yia|Pang|Xee|Zoua|Maiv|Ntxhi|Sheng|Lia|"
               "Gao|Kalia|Palee|Shoua|Blia"),
        _split("Tou|Pao|Chong|Teng|Xeng|Fue|Neng|Kou|Seng|Nhia|Tong|Doua|Ger|Koua|Yeng|Tou Ger|Long|Meng|Phong|"
               "Nao|Xia|Lue|Nhiaj|Txoov"),
        _split("Vang|Vaj|Xiong|Xyooj|Lee|Lis|Ly|Lor|Lauj|Lo|Moua|Muas|Thao|Thoj|Yang|Yaj|Her|Hawj|Heu|Hang|"
               "Haam|Vue|Vwj|Vu|Kue|Kwm|Khang|Khaab|Chang|Tsaab|Cha|Tsab|Chue|Tswb|Fang|Faj|Kong|Koo|Pha|Phab|"
               "Thor")),
    "russian": Names(
        _split("Anastasia|Ekaterina|Natalia|Olga|Tatiana|Svetlana|Irina|Yulia|Elena|Daria|Ksenia|Polina|Alina|"
               "Valentina|Galina|Lyudmila|Marina|Veronika|Nadezhda|Larisa|Zoya|Yevgenia|Alla|Lyubov"),
        _split("Dmitri|Sergei|Alexei|Nikolai|Ivan|Mikhail|Andrei|Vladimir|Yuri|Pavel|Oleg|Igor|Maxim|"
               "Konstantin|Artyom|Boris|Gennady|Viktor|Anatoly|Vadim|Kirill|Yevgeny|Grigory|Fyodor"),
        _RUSSIAN_SURNAMES, _russian_feminine(_RUSSIAN_SURNAMES)),
    "romanian": Names(
        _split("Ioana|Andreea|Alexandra|Cristina|Mihaela|Gabriela|Roxana|Simona|Raluca|Bianca|Oana|Corina|"
               "Loredana|Camelia|Adriana|Florentina|Georgiana|Anca|Teodora|Luminița|Ramona|Alina-Maria|Denisa|Irina"),
        _split("Mihai|Ionuț|Alexandru|Cristian|Bogdan|Florin|Marius|Adrian|Ștefan|Gheorghe|Vasile|Dorin|"
               "Lucian|Cătălin|Sorin|Ovidiu|Răzvan|Tudor|Radu|Nicolae|Emil|Octavian|Valentin|Iulian"),
        _split("Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Rusu|Munteanu|Matei|Constantin|Șerban|Moldovan|Lungu|"
               "Marin|Florea|Dinu|Barbu|Nistor|Ene|Cristea|Toma|Mocanu|Georgescu|Diaconu|Stănescu|Dobre|Oprea|"
               "Voicu|Neagu|Manea|Iordache|Crăciun|Ungureanu|Bălan|Zamfir|Sârbu|Costache|Niculescu|Tănase|"
               "Lazăr|Popa-Ionescu")),
    "albanian": Names(
        _split("Arta|Blerina|Drita|Elira|Fatjona|Teuta|Valbona|Mimoza|Lindita|Shpresa|Vjollca|Albana|Besa|"
               "Donika|Entela|Flutura|Gentiana|Jehona|Klea|Liridona|Mirela|Rozafa|Ardita|Erjona"),
        _split("Arben|Besnik|Dritan|Agron|Bujar|Fatmir|Gëzim|Ilir|Kujtim|Luan|Mentor|Naim|Petrit|Shkëlzen|Valon|"
               "Ylli|Arjan|Bledar|Edmond|Kastriot|Leotrim|Armend|Fisnik|Skënder"),
        _split("Hoxha|Krasniqi|Gashi|Berisha|Shala|Morina|Kelmendi|Hoti|Bytyqi|Leka|Dervishi|Kola|Mehmeti|Hysa|"
               "Basha|Dushku|Gjoka|Lleshi|Marku|Prenga|Spahiu|Tahiri|Zeqiri|Bajrami|Ahmeti|Musliu|Osmani|"
               "Rexhepi|Salihu|Haxhiu|Dibra|Toska|Çela|Gjonaj|Dedaj|Lulaj|Nikaj|Pepaj|Sinani|Veseli|Kryeziu")),
    "syrian": Names(
        _split("Rasha|Lama|Ghada|Hiba|Nour|Rana|Dima|Yara|Lina|Reem|Maysa|Hala|Rima|Aya|Salma|Bushra|Rahaf|"
               "Samar|Ruba|Mais|Lubna|Kinda|Sawsan|Raghad"),
        _split("Omar|Khaled|Ahmad|Ammar|Bassam|Fadi|Ghassan|Hussam|Iyad|Majd|Nizar|Rami|Samer|Tarek|Wassim|"
               "Yazan|Zaid|Firas|Louay|Mazen|Muhannad|Qusai|Anas|Obaida"),
        _split("Al-Halabi|Al-Khatib|Haddad|Kassab|Khoury|Al-Masri|Najjar|Sabbagh|Shami|Al-Hamwi|Darwish|"
               "Al-Homsi|Qabbani|Hijazi|Attar|Zaher|Kayali|Akkad|Atassi|Baroudi|Dabbagh|Fakhouri|Ghanem|Hallak|"
               "Jabri|Kurdi|Mardini|Nahhas|Qassem|Rifai|Sayegh|Tayara|Zoubi|Al-Shaar|Hamdan|Sharaf|Idlibi|"
               "Jaber|Mousa|Sukkar|Abou Saleh")),
    "yemeni": Names(
        _split("Arwa|Bilqis|Entisar|Huda|Ibtisam|Jamila|Khadija|Marwa|Nabila|Raja|Sabah|Safia|Samira|Shaima|"
               "Suad|Tahani|Wafa|Widad|Zahra|Afrah|Asma|Ebtihal|Hanan|Sumaya"),
        _split("Abdulrahman|Abdullah|Ali|Faisal|Fuad|Hamoud|Hashem|Jamal|Mohsen|Mukhtar|Nabil|Nasser|Qasim|"
               "Saleh|Salem|Tawfiq|Waleed|Yahya|Yasser|Abdo|Adel|Ghaleb|Mansoor|Murad"),
        _split("Al-Ahdal|Al-Amoudi|Al-Sanani|Al-Hadrami|Al-Yafei|Al-Maqtari|Al-Zubairi|Al-Aghbari|Al-Saqqaf|"
               "Bawazir|Al-Kibsi|Al-Eryani|Al-Hubaishi|Al-Absi|Al-Ansi|Al-Baidani|Al-Dhubhani|Al-Hakimi|"
               "Al-Mikhlafi|Al-Nahari|Al-Qadhi|Al-Raimi|Al-Sharabi|Al-Shuaibi|Al-Wazir|Al-Yamani|Bin Mahfouz|"
               "Bin Talib|Al-Hamdani|Al-Adeni|Al-Qubati|Al-Sabri|Al-Selwi|Al-Khulaidi|Al-Harazi|Saif|Ghanim|"
               "Murshed|Hezam|Obadi|Nagi")),
    "ghanaian": Names(
        _split("Ama|Akua|Abena|Esi|Efua|Adwoa|Afua|Akosua|Yaa|Afia|Ekua|Araba|Adjoa|Maame|Serwaa|Naa|Ohemaa|"
               "Comfort|Gifty|Abenaa|Efia|Dede|Akweley|Mansa"),
        _split("Kwame|Kofi|Kwesi|Kwaku|Yaw|Kwabena|Kojo|Kwadwo|Kwasi|Kobina|Kweku|Ekow|Fiifi|Kwamena|Yoofi|"
               "Kwakye|Ebenezer|Kingsley|Godfred|Nii|Fiifi Ato|Kodwo|Akwasi|Yeboah"),
        _split("Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Amoah|Adjei|Acheampong|Badu|Bonsu|Darko|Danso|"
               "Frimpong|Gyamfi|Kuffour|Manu|Nkansah|Ofori|Opoku|Poku|Sarpong|Takyi|Addo|Ansah|Antwi|Amponsah|"
               "Asamoah|Baffour|Dankwa|Duah|Fosu|Kyei|Obeng|Oppong|Quaye|Tetteh|Wiredu|Afriyie|Agyei-Mensah|"
               "Kwarteng|Ampofo")),
    "kenyan": Names(
        _split("Wanjiru|Achieng|Njeri|Wambui|Atieno|Akinyi|Chebet|Jepkoech|Wairimu|Nyambura|Muthoni|Auma|"
               "Awino|Kerubo|Moraa|Mumbua|Nduku|Wanjiku|Njoki|Cherono|Naliaka|Nafula|Wangari|Jelagat"),
        _split("Otieno|Kiprono|Njoroge|Omondi|Kibet|Musyoka|Wafula|Wekesa|Barasa|Onyango|Kiptoo|Gitau|Ouma|"
               "Juma|Wanyama|Oduor|Wycliffe|Collins|Evans|Amos|Geoffrey|Kipchumba|Mwenda|Odongo"),
        _split("Kamau|Mwangi|Ochieng|Kiprop|Odhiambo|Kariuki|Kimani|Macharia|Maina|Mugo|Mutua|Cheruiyot|Rotich|"
               "Koech|Langat|Kirui|Chepkwony|Ngugi|Mbugua|Githinji|Waweru|Nyaga|Muriuki|Kinyua|Njuguna|Oloo|"
               "Okoth|Owino|Wambua|Kioko|Mulwa|Nzioka|Mutiso|Simiyu|Wanyonyi|Chege|Kahiga|Korir|Achola|Nyamweya")),
    "jamaican": Names(
        _split("Shanice|Kerry-Ann|Tanisha|Sherika|Kimoy|Latoya|Shelly-Ann|Nadine|Yanique|Shauna|Kadian|"
               "Stacy-Ann|Jodi-Ann|Sasha-Gaye|Tameka|Nordia|Claudette|Paulette|Kemisha|Jhanelle|Ackeema|Rushell|"
               "Tashana|Odessa"),
        _split("Dwayne|Kemar|Jermaine|Rohan|Delroy|Leroy|Winston|Clive|Fitzroy|Garfield|Devon|Marlon|Nickoy|"
               "Shamar|Oneil|Romario|Kemoy|Tajay|Dwight|Errol|Everton|Neville|Damion|Alrick"),
        _split("Campbell|Brown|Williams|Thompson|Clarke|Reid|Grant|McKenzie|Morrison|Gordon|Henry|Bailey|"
               "Powell|Francis|Stewart|Walters|Lewin|Fraser|Beckford|Blake|Dacosta|Gayle|Hinds|Lindo|Malcolm|"
               "Nembhard|Palmer|Samuels|Spence|Tulloch|Wint|Chambers|Anglin|Bogle|Facey|Gooden|Hylton|"
               "McFarlane|Mullings|Rowe|Wedderburn|Brown-Hylton")),
    "cuban": Names(
        _split("Yamilé|Yusleidy|Yanelis|Dayana|Mayelín|Yoandra|Odalys|Marisleysis|Yaimara|Yudith|Lisandra|"
               "Migdalia|Daymí|Arelys|Yailín|Maritza|Caridad|Niurka|Yanet|Yuleisy|Zenaida|Ileana|Madelín|Leydis"),
        _split("Yoel|Yunior|Yosvany|Osmany|Yasmany|Reinier|Lázaro|Yordanis|Dagoberto|Osvaldo|Ernesto|Orlando|"
               "Rigoberto|Yuniel|Maikel|Dayron|Yandy|Leonel|Arístides|Adalberto|Eliécer|Yaniel|Roilán|Yulieski"),
        _split("Betancourt|Cabrera|Valdés|Quintana|Fonseca|Companioni|Castellanos|Despaigne|Echevarría|"
               "Figueredo|Guerra|Iglesias|Labrada|Llanes|Mesa|Milián|Montalvo|Ordóñez|Pacheco|Portuondo|Quesada|"
               "Rivero|Sotolongo|Suárez|Trujillo|Urquiola|Varona|Zamora|Acosta|Alfonso|Barrios|Céspedes|"
               "Duquesne|Fajardo|Garcés|Hidalgo|Lorenzo|Machado|Oliva|Piñeiro|Rondón|Valdés Cabrera")),
    "honduran": Names(
        _split("Karla|Dania|Xiomara|Wendy|Lesly|Yolany|Suyapa|Glenda|Iris|Marlen|Nohemí|Sindy|Yessenia|Dilcia|"
               "Gladys|Reina|Lourdes|Brenda|Ninfa|Keila|Yadira|Fanny|Rosibel|Mirna"),
        _split("Wilmer|Elvin|Darwin|Edwin|Nelson|Marvin|Selvin|Óscar|Denis|Jairo|Franklin|Wilson|Fredy|Nery|"
               "Olvin|Ever|Josué|Wilfredo|Cristhian|Erick|Bayron|Reynaldo|Santos|Osman"),
        _split("Zelaya|Maradiaga|Mejía|Murillo|Bonilla|Banegas|Ayala|Amador|Aguilar|Cálix|Cerrato|Chávez|"
               "Espinal|Fúnez|Girón|Lagos|Medina|Osorto|Paz|Pineda|Rápalo|Reyes|Rivera|Sabillón|Sierra|Turcios|"
               "Ulloa|Varela|Velásquez|Zúniga|Irías|Matute|Mondragón|Ponce|Alvarado|Carías|Escoto|Fiallos|Godoy|"
               "Lanza|Suazo|Valladares|Andino|Mejía Paz")),
    "bengali": Names(
        _split("Fatema|Nusrat|Sharmin|Tahmina|Rumana|Farzana|Sabina|Nasrin|Shirin|Mousumi|Rupa|Tania|Shapla|"
               "Mitali|Priyanka|Sanjida|Afroza|Sumaiya|Rokeya|Shahana|Lipika|Jharna|Nazma|Sadia"),
        _split("Rahim|Arif|Tanvir|Shahid|Rafiq|Mahbub|Anwar|Jahangir|Habib|Imran|Sabbir|Shafiqul|Mizanur|"
               "Aminul|Sujon|Partha|Sourav|Debashis|Anirban|Subir|Pranab|Rajib|Tapan|Nazrul"),
        _split("Rahman|Hossain|Ahmed|Islam|Chowdhury|Uddin|Sarkar|Das|Roy|Chakraborty|Banerjee|Mukherjee|"
               "Bhattacharya|Sen|Ghosh|Dutta|Mondal|Biswas|Saha|Haque|Alam|Karim|Miah|Talukder|Mahmud|Bhuiyan|"
               "Sikder|Majumder|Paul|Barua|Kabir|Siddique|Mollah|Howlader|Munshi|Patwary|Dey|Bose|Kundu|Sheikh")),
    "gujarati": Names(
        _split("Priya|Nisha|Hetal|Bhavna|Rupal|Dipti|Komal|Kinjal|Mittal|Falguni|Jigna|Nirali|Purvi|Shital|"
               "Urvashi|Vaishali|Hiral|Krupa|Minal|Nayna|Sejal|Trupti|Avni|Khushi"),
        _split("Hitesh|Jignesh|Nilesh|Paresh|Mukesh|Bhavesh|Chirag|Dhaval|Harshad|Ketan|Mehul|Nirav|Pankaj|"
               "Rakesh|Tushar|Vipul|Yogesh|Kalpesh|Alpesh|Darshan|Hardik|Jayesh|Sandip|Ashwin"),
        _split("Patel|Shah|Desai|Mehta|Parikh|Joshi|Trivedi|Pandya|Bhatt|Modi|Amin|Vyas|Dave|Thakkar|Chauhan|"
               "Solanki|Parmar|Rathod|Vaghela|Panchal|Soni|Chokshi|Dalal|Kapadia|Majmudar|Mistry|Naik|Oza|Raval|"
               "Sheth|Upadhyay|Jani|Kothari|Brahmbhatt|Prajapati|Makwana|Zaveri|Bhagat|Nanavati|Bhavsar")),
    "tibetan": Names(
        _split("Dolma|Dolkar|Lhamo|Yangchen|Yangzom|Choedon|Chemi|Dickey|Pema|Dechen|Tsomo|Palmo|Drolma|"
               "Lhakyi|Kunsang|Youdon|Sangmo|Tsering Dolma|Dawa Lhamo|Pasang|Rigzin|Kelsang|Nyima|Tsamchoe"),
        _split("Tenzin|Lobsang|Thupten|Jigme|Dorje|Norbu|Ngawang|Karma|Sonam|Dawa|Kunga|Phuntsok|Gyaltsen|"
               "Wangdu|Tsewang|Namgyal|Rinchen|Samten|Topgyal|Gelek|Jampa|Tsultrim|Chophel|Lhakpa"),
        _split("Tsering|Dhondup|Namgyal|Gyatso|Wangchuk|Dorjee|Phuntsok|Norbu|Lhundup|Tashi|Youdon|Sangpo|"
               "Gyaltsen|Tsultrim|Dolkar|Lhamo|Choephel|Tenzin|Rinchen|Chodak|Samdup|Wangmo|Dawa|Tobgyal|Kalsang|"
               "Sonam|Tsomo|Gompo|Jorden|Lodoe|Migmar|Ngodup|Paljor|Rabgyal|Sherab|Tseten|Yeshi|Zangpo|Dakpa|"
               "Lhakpa|Tsering-Norbu")),
    "scandinavian": Names(
        _split("Ingrid|Astrid|Solveig|Sigrid|Karin|Britt|Linnea|Kirsten|Marit|Greta|Elsa|Annika|Liv|Signe|"
               "Ragnhild|Gudrun|Inga|Kari|Maren|Sonja|Tove|Dagny|Helga|Siri"),
        _split("Lars|Nils|Olaf|Sven|Erik|Anders|Gunnar|Bjorn|Leif|Knut|Per|Arne|Einar|Haakon|Sigurd|Magnus|"
               "Johan|Gustav|Torsten|Ole|Halvor|Ivar|Rolf|Stig"),
        _split("Olson|Larson|Hanson|Nelson|Peterson|Anderson|Swenson|Halvorson|Gunderson|Erickson|Amundson|"
               "Christianson|Torkelson|Skaar|Lund|Berg|Dahl|Strand|Haugen|Moe|Bakken|Ness|Hegge|Tollefson|"
               "Knutson|Sorensen|Lindqvist|Lindgren|Bergström|Sandberg|Nyquist|Holmgren|Ekström|Sjöberg|Carlson|"
               "Gustafson|Lindahl|Engstrom|Hedlund|Nordstrom|Haugland|Kvale|Aasen|Thorson|Evenson|Brekke|"
               "Fossum|Solberg|Berg-Lindahl")),
}

GROUP_ORDER = ("anglo", "black_american", "hispanic", "hmong", "russian", "romanian", "albanian", "syrian", "yemeni",
               "ghanaian", "kenyan", "jamaican", "cuban", "honduran", "bengali", "gujarati", "tibetan", "scandinavian")

# Street nicknames, and the names a unit gives its informants; used inside quotes or alone.
NICKNAMES = _split("Boo|Smoke|Peanut|Tiny|Lil Man|Red|Dre|Bookie|Pooh|Man-Man|Sauce|Fats|Cash|Scooter|Juice|"
                   "Biscuit|Deuce|Skinny|Bam|Snoop|Chico|Flaco|Goldie|Ghost|Trigger|Sunny|Cookie|Nephew|"
                   "Slim|Bird|Magpie|Tinman|Wrench|Cricket|Domino|Pepper")

INFORMANT_NICKNAMES = _split("Biscuit|Magpie|Tinman|Wrench|Cricket|Domino|Pepper|Bird|Ghost|Sunny")

MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"

STREETS = _split("N. 35th St|W. Burleigh St|S. 16th St|W. Lincoln Ave|N. Sherman Blvd|W. Capitol Dr|"
                 "N. Teutonia Ave|W. Center St|S. Layton Blvd|W. Forest Home Ave|N. 76th St|W. Oklahoma Ave|"
                 "E. Locust St|N. Holton St|W. Mitchell St|S. Kinnickinnic Ave|N. Hopkins St|W. Hampton Ave|"
                 "W. Fond du Lac Ave|N. 27th St|W. Vliet St|S. 13th St|W. Greenfield Ave|N. Palmer St|"
                 "W. Silver Spring Dr|N. 91st St|W. Good Hope Rd|S. 6th St|E. Oklahoma Ave|W. Keefe Ave|"
                 "N. 48th St|W. Villard Ave|S. 27th St|W. North Ave|N. Port Washington Rd|W. Lapham St")
UNITS = _split("Apt. 3|Apt. 2B|#4|Upper|Lower|Unit 204|Rear|Apt. 17|Unit C|#1R|Apt 6|Lower Rear")
CITIES = _split("Milwaukee, WI 53210|Milwaukee 53206|Milwaukee, WI 53215|West Allis, WI 53214|Milwaukee 53218|"
                "Milwaukee, Wisconsin 53204|Wauwatosa, WI 53213|Milwaukee 53209|Greenfield, WI 53221|"
                "Milwaukee, WI 53223")
INTERSECTIONS = _split("N. 35th and W. Burleigh|S. 16th and W. Lincoln|Teutonia and Capitol|Sherman and Center|"
                       "27th and Wisconsin|Holton and Locust|76th and Good Hope|Layton and Oklahoma|"
                       "Fond du Lac and North|KK and Bay")
STREETS_NAMED_FOR_PEOPLE = _split("Martin Luther King Jr. Drive|Cesar E. Chavez Drive|Vel R. Phillips Avenue|"
                                  "Dr. Maya Angelou Way|Lincoln Avenue|Pulaski Street|Sherman Boulevard|"
                                  "Hank Aaron Way")
PARKS = _split("Washington Park|Sherman Park|Kosciuszko Park|Lincoln Park|Humboldt Park|Jackson Park|"
               "Mitchell Park|Kern Park|Gordon Park|Clarke Square Park")
BUSINESSES = _split("the Citgo on Capitol|Family Dollar on Center|the Speedway at 27th and Highland|"
                    "El Rey on Cesar Chavez|the Walgreens on Fond du Lac|Pick 'n Save on Hampton|"
                    "the Dollar General on Teutonia|the BP on Layton|Lena's Food Market|the Aldi on Oklahoma")
HOSPITALS = _split("Froedtert|Aurora Sinai|St. Luke's|Children's Wisconsin|Ascension St. Joseph|"
                   "Aurora St. Luke's South Shore|the VA Medical Center|Ascension St. Francis")
VEHICLES = _split("silver 2014 Nissan Altima|black 2019 Dodge Durango|white Ford Transit van|gray 2011 Honda "
                  "Accord|maroon Chevy Impala|blue 2017 Kia Optima|red Jeep Cherokee|black Chrysler 300|"
                  "green Toyota Sienna|white 2020 Hyundai Elantra")
TIMES = _split("0400|0500|0545|0600|0615|2130|2200|2315|1400|1830|4 in the morning|5:30 in the morning|10 at night|midnight|"
               "first light|2 in the afternoon")
DAYS = _split("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|the 14th|the 22nd|"
              "next Tuesday|this Friday")
INCIDENT_DATES = _split("November 3|October 28|Nov. 19|11/12|Thursday the 6th|September 30|the 2nd|Oct. 14")
DISTRICTS = _split("District 3|District 5|District 7|District 2|D4|D6|the Third District|District 1")
RANKS = _split("Officer|Ofc.|P.O.|Det.|Detective|Sgt.|Lt.|Capt.|Investigator|Agent")

# Relations that single out an informant without a name (a CONFIDENTIAL_SOURCE span, like a code).
SOURCE_RELATIONS = _split(
    "the target's cousin who has been feeding us|his baby mama's brother who talks to us|"
    "the nephew who works the counter at the corner store|"
    "the tenant in the rear upper who has been giving us the plate numbers|"
    "the girlfriend's sister who came in to talk to us|the bartender who has been passing us information|"
    "the guy from his crew who flipped last month|the neighbor lady who has been calling in his traffic for us")

# ---- numbers ----

def phone(rng: random.Random) -> str:
    n = f"{rng.randint(0, 99):02d}"
    area = rng.choice(["414", "262", "608", "414"])
    return rng.choice([f"({area}) 555-01{n}", f"{area}-555-01{n}", f"{area}.555.01{n}", f"555-01{n}",
                       f"{area} 555 01{n}", f"{area}55501{n}"])


def dob(rng: random.Random, shape: str = "") -> str:
    years = {"juv": (2009, 2010), "young": (1991, 2004)}.get(shape, (1948, 2006))
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                       f"{months[m - 1]} {d}, {y}", f"{d:02d}{months[m - 1][:3].upper()}{y}",
                       f"{m:02d}{d:02d}{str(y)[2:]}"])


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666 and a not in (123, 987)])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}",
                       f"{area:03d}{group:02d}{serial:04d}"])


def driver_license(rng: random.Random) -> str:
    letter = rng.choice("ABCDGHKLMPRSTW")
    d = "".join(str(rng.randint(0, 9)) for _ in range(13))
    return rng.choice([f"{letter}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}", f"{letter}{d}"])


def plate(rng: random.Random) -> str:
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return rng.choice([f"{L(3)}-{D(4)}", f"{L(3)}{D(4)}", f"{D(3)}-{L(3)}", f"{L(2)} {D(5)}", f"{D(3)}{L(3)}",
                       f"{L(1)}{D(2)}-{L(3)}"])


_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = [rng.choice(["1", "2", "3", "5", "J", "K", "W"])] + [rng.choice(chars) for _ in range(16)]
    body[9] = rng.choice("KLMNPRS")   # model year 2019-2025
    body[8] = "0"
    body[8] = _vin_check("".join(body))
    return "".join(body)


def vin_is_valid(value: str) -> bool:
    return len(value) == 17 and all(c in _VIN_VALUES for c in value) and value[8] == _vin_check(value)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card(rng: random.Random) -> str:
    body = rng.choice(["4", "5"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    for last in "0123456789":
        if luhn_ok(body + last):
            full = body + last
            break
    return rng.choice([full, " ".join(full[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(full[i:i + 4] for i in range(0, 16, 4))])


def account(rng: random.Random, shape: str = "") -> str:
    shape = shape or rng.choice(["bank", "last4", "card", "member", "bank"])
    if shape == "card":
        return card(rng)
    if shape == "last4":
        return f"{rng.randint(0, 9999):04d}"
    if shape == "member":
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([9, 10, 11, 12])))


def routing(rng: random.Random) -> str:
    return "0" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def ip(rng: random.Random) -> str:
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


CASE_SHAPES = ("mpd", "mpd_supp", "incident", "cad", "county", "juvenile", "short_court", "citation", "municipal",
               "da", "arrest", "federal", "hash", "county_cm", "ir")


def case_number(rng: random.Random, shape: str = "") -> str:
    shape = shape or rng.choice(CASE_SHAPES)
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    yy = rng.choice(["25", "26"])
    return {
        "mpd": f"{yy}-{D(6)}",
        "mpd_supp": f"{yy}-{D(6)}-S{rng.randint(1, 4)}",
        "incident": f"I{yy}{D(7)}",
        "cad": f"{yy}{rng.randint(10, 12)}{rng.randint(10, 28)}-{D(4)}",
        "county": f"20{yy}CF{D(6)}",
        "juvenile": f"20{yy}JV{D(6)}",
        "short_court": f"{yy}CF{D(4)}",
        "citation": f"E{D(7)}-{rng.randint(0, 9)}",
        "municipal": f"MC-{yy}-{D(5)}",
        "da": f"DA{yy}-{D(5)}",
        "arrest": f"A{yy}-{D(5)}",
        "federal": f"2:{yy}-cr-{D(5)}",
        "hash": f"20{yy}-{D(8)}",
        "county_cm": f"20{yy}CM{D(6)}",
        "ir": f"IR-{yy}-{D(4)}-{D(3)}",
    }[shape]


def cji_identifier(rng: random.Random, shape: str = "") -> str:
    shape = shape or rng.choice(["fbi", "sid", "ncic", "warrant", "booking", "iii"])
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFHJKLMNPRTVWX") for _ in range(n))
    return {
        "fbi": f"{D(6)}{L(2)}{D(1)}",
        "sid": f"WI{D(8)}",
        "ncic": f"W{D(9)}",
        "warrant": f"WT-{rng.choice(['25', '26'])}-{D(6)}",
        "booking": f"BK{rng.choice(['25', '26'])}{D(6)}",
        "iii": f"MKE{D(7)}",
    }[shape]


def informant_code(rng: random.Random) -> str:
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return rng.choice([f"CI-{D(4)}", f"CS-{D(3)}", f"SOI-{D(2)}-{D(3)}", f"MKE-CI-{D(4)}", f"CI #{D(4)}",
                       f"CHS-{D(4)}", f"{D(2)}-CI-{D(3)}", f"SOURCE-{D(4)}"])


# ---- MEDICAL: phrases tied to a person, by kind ----
MEDICAL: dict[str, tuple[str, ...]] = {
    # after "has" / "history of"
    "diagnosis": _split("type 1 diabetes|paranoid schizophrenia|bipolar I disorder|stage 3 breast cancer|"
                        "hepatitis C|early-onset dementia|COPD|epilepsy|PTSD from a deployment|"
                        "major depressive disorder|a traumatic brain injury from 2019|sickle cell disease"),
    # after "takes" / "his/her"
    "medication": _split("Seroquel 300 mg at night|methadone 90 mg daily|Suboxone 8 mg twice a day|"
                         "Xanax 2 mg|insulin glargine 20 units|lithium 600 mg|Eliquis 5 mg twice daily|"
                         "Adderall 20 mg|clozapine 200 mg|oxycodone 10 mg every six hours|"
                         "Depakote 500 mg twice a day|Risperdal 2 mg"),
    # after "is"
    "pregnancy": _split("about 28 weeks pregnant|pregnant with her third child|six months pregnant|"
                        "12 weeks pregnant|in her second trimester|pregnant and due in March"),
    # after "suspected"
    "overdose": _split("fentanyl overdose|opioid overdose, revived with two doses of Narcan|xylazine overdose|"
                       "overdose on pressed pills|overdose on Percocet that turned out to be fentanyl"),
    # after "was"
    "psych_hold": _split("placed on a Chapter 51 emergency detention|placed on a 72-hour psychiatric hold|"
                         "admitted to BHD under a 51.15|admitted to the inpatient psych unit"),
    # after "admitted after"
    "self_harm": _split("a suicide attempt by hanging|self-inflicted cuts to both forearms|"
                        "swallowing a bottle of Tylenol|an intentional overdose of sleeping pills"),
    # after "had"
    "injury": _split("a fractured orbital socket repaired at Froedtert|six stitches over the left eye|"
                     "a broken wrist that was splinted in the ER|a gunshot wound to the thigh, surgery at Froedtert|"
                     "second-degree burns on both hands, dressed by MFD|a concussion, kept overnight for observation|"
                     "two broken ribs, treated and released"),
    # after "is"
    "disability": _split("deaf and uses ASL|legally blind|autistic and nonverbal|"
                         "living with a moderate intellectual disability|paraplegic after a 2017 crash|"
                         "in a wheelchair since a spinal cord injury"),
    # after "showed"
    "test_result": _split("a BAC of .19|a BAC of 0.24|fentanyl and cocaine in the blood|a blood sugar of 42|"
                          "methamphetamine and THC"),
}

# ---- TACTICAL: non-public plans (slots inside are filled with plain text) ----
TACTICAL: dict[str, tuple[str, ...]] = {
    "warrant": ("hitting {addr} at {time} on {day}", "serving the search warrant at {time} {day}",
                "the no-knock at {addr} {day} at {time}", "going in at {time} {day} on the {street} house",
                "the arrest warrant service {day} at {time} at {addr}"),
    "raid": ("the raid on the trap house at {addr} at {time}", "SWAT makes entry at {time} {day}",
             "the hit on {street} {day} at {time}"),
    "buy": ("the buy-bust at {biz} {day} at {time}", "the controlled buy {day} around {time} in the parking lot of {biz}",
            "the reverse sting at {biz} {day}"),
    "delivery": ("the controlled delivery of the package to {addr} {day} at {time}",
                 "the UPS driver swap at {time} {day}, UC in the brown uniform"),
    "post": ("the eye on the house from the upper flat across the street at {addr}",
             "a plainclothes post in the {vehicle} on {street} facing the front door",
             "the OP in the church parking lot kitty-corner from {addr}", "the pole camera on the alley behind {addr}"),
    "staging": ("staging at the {park} lot at {time2}", "rally point at the District {num} back lot at {time2}",
                "stage behind {biz} at {time2}", "briefing and staging at the Academy lot {day2} at {time2}"),
    "entry": ("breach team through the rear door off the alley, second team on the side porch",
              "ram the front door, bang-and-clear the upper first", "entry by the side door with the halligan, K9 holds the yard"),
    "perimeter": ("perimeter cars at {inter} and on the alley", "two marked squads holding the north and south ends of the alley"),
    "undercover": ("undercover as a tow driver named Marcus", "UC posing as a cousin from Chicago who goes by 'Dre' on the phone",
                   "the UC goes in as a buyer from Racine named Tony"),
    "signal": ("the bust signal is the UC taking his hat off", "arrest signal is 'call my brother' over the wire"),
    "tracker": ("the GPS tracker going on the {vehicle} tonight in the parking lot of {biz}",
                "slap the tracker on the car while the target is inside the laundromat {day}"),
}
