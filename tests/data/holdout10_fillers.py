"""Fictitious fillers for the tenth held-out corpus (holdout10.jsonl).

Every value here is invented for this file: people's names are common names of their groups, put
together at random, never a real person's; phones are 555-01xx; mail is at example.org/.com; IP
addresses sit in the documentation ranges; SSNs follow the area rules; VINs carry their check digit;
cards pass Luhn. Nothing here is shared with another corpus.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    women_only_surnames: tuple[str, ...] = ()
    men_only_surnames: tuple[str, ...] = ()

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men

    @property
    def all_surnames(self) -> tuple[str, ...]:
        return self.surnames + self.women_only_surnames + self.men_only_surnames


def _w(text: str) -> tuple[str, ...]:
    """A list written one name per line or separated by '|' (names may hold spaces)."""
    return tuple(part.strip() for part in text.replace("\n", "|").split("|") if part.strip())


NAME_GROUPS: dict[str, Names] = {
    "anglo": Names(
        _w("Abigail|Brenda|Caitlin|Deborah|Emily|Faith|Gretchen|Heather|Jill|Kathleen|Lindsay|Megan|Nancy|Paige|"
           "Rebecca|Sharon|Tammy|Vanessa|Wendy|Holly|Courtney|Allison|Molly|Erin"),
        _w("Aaron|Bradley|Colin|Dustin|Edward|Garrett|Harold|Ian|Jeremy|Keith|Logan|Mitchell|Neil|Owen|Patrick|"
           "Russell|Scott|Trevor|Wesley|Zachary|Brian|Cody|Dennis|Gary"),
        _w("Anderson|Baker|Callahan|Dawson|Ellis|Fletcher|Graves|Holloway|Ingram|Jennings|Kendall|Lambert|Mercer|"
           "Norris|Osborne|Prescott|Quinn|Rowe|Sheffield|Thornton|Underwood|Vaughn|Whitaker|Yates|Barlow|Chambers|"
           "Draper|Eastman|Fowler|Gibbs|Hartley|Lowell|Marsh|Nash|Pruitt|Radcliffe|Stanton|Tate|Carter-Lowe|"
           "Pemberton"),
    ),
    "black_american": Names(
        _w("Aaliyah|Brianna|Chanelle|Desiree|Ebony|Felicia|Imani|Jasmine|Keisha|LaToya|Monique|Nia|Octavia|"
           "Precious|Raven|Shaniqua|Tanisha|Yolanda|Zaria|Kiara|Tiara|Latrice|Shontae|Jalisa"),
        _w("Andre|Brandon|Cedric|DaShawn|Darnell|Demetrius|Jamal|Jerome|Kendrick|Lamar|Marquise|Malik|Reginald|"
           "Rashad|Terrell|Tyrone|Vernell|Willie|Xavier|DeAndre|Javon|Quentin|Maurice|Cornell"),
        _w("Washington|Jefferson|Jackson|Booker|Coleman|Dorsey|Ellison|Freeman|Gaines|Hairston|Ivory|Jeter|"
           "Kimbrough|Lockett|Mabry|Merriweather|Nettles|Odom|Pettaway|Ragland|Sims|Toliver|Upshaw|Valentine|"
           "Whitfield|Wooten|Youngblood|Bynum|Crump|Dukes|Fountain|Gholston|Hampton|Jernigan|Lott|McCants|Polk|"
           "Tubbs|Starks|Bell-Toliver"),
    ),
    "hmong": Names(
        _w("Pa Nhia|Mai Nou|Xee|Bao|Chia|Ka|Kia|Mai Yer|Nou|Paj|Sheng|Youa|Zoua|Pang|Mai Kou|Lia|Ying|Mee|Dao|"
           "Gao Nou|Nkauj Ntxhi|Blia|Yer"),
        _w("Tou|Chue|Cher|Kou|Neng|Pao|Teng|Fue|Xeng|Tong|Yia|Seng|Koua|Long|Ger|Pheng|Chong|Lue|Nao Kao|Sai|"
           "Chai|Tswv Yim|Txawj"),
        _w("Vang|Vaj|Xiong|Xyooj|Yang|Yaj|Lee|Ly|Lis|Her|Hawj|Thao|Thoj|Moua|Muas|Lor|Lo|Lauj|Vue|Vwj|Hang|Ham|"
           "Kue|Khue|Chang|Tsab|Khang|Khab|Cha|Fang|Faj|Kong|Koo|Pha|Phab|Tsuas|Heu|Song|Yaaj|Hawj Yaj"),
    ),
    "puerto_rican": Names(
        _w("Marisol|Yamilet|Migdalia|Noemí|Zoraida|Lizbeth|Yaritza|Xiomara|Nilda|Carmen|Damaris|Ivelisse|Wanda|"
           "Glenda|Aracelis|Maribel|Yesenia|Keishla|Jaritza|Lourdes|Gladys|Nereida|Awilda|Luz"),
        _w("Yadiel|Edwin|Wilfredo|Héctor|Luis|Ángel|Jaime|Nelson|Radamés|Orlando|Efraín|Julio|Israel|Eliezer|"
           "Xavier|Rubén|Wilson|Joel|Gilberto|Néstor|Yamil|Edgardo|Jomar|Osvaldo"),
        _w("Rivera|Colón|Ortiz|Santiago|Torres|Pagán|Rosario|Cruz|Figueroa|Vázquez|Quiñones|Negrón|Meléndez|"
           "Cintrón|Acevedo|Burgos|Maldonado|Matos|Nieves|Otero|Pabón|Rodríguez|Serrano|Soto|Velázquez|Álamo|Báez|"
           "Cordero|Díaz|Irizarry|Laboy|Marrero|Ocasio|Padilla|Reyes|Rivera-Colón|Santos|Toro|Vega|Zayas|Feliciano|"
           "Bonilla|Ortiz Meléndez|Cruz-Negrón"),
    ),
    "mexican": Names(
        _w("Guadalupe|Araceli|Yesenia|Xóchitl|Itzel|Nayeli|Citlali|Rocío|Marisela|Leticia|Alejandra|Brisa|Dulce|"
           "Esmeralda|Fernanda|Graciela|Jimena|Maricela|Paola|Reyna|Socorro|Ximena|Yareli|María José"),
        _w("Alejandro|Bernardo|Cuauhtémoc|Eduardo|Fidel|Gerardo|Humberto|Ignacio|Jesús|Leonel|Marco Antonio|"
           "Nicolás|Octavio|Pedro|Rigoberto|Salvador|Tomás|Ulises|Valentín|Jorge|Arturo|Efrén|Juan Carlos|Raúl"),
        _w("García|Hernández|López|Martínez|González|Pérez|Sánchez|Ramírez|Flores|Gutiérrez|Mendoza|Castillo|"
           "Jiménez|Moreno|Ruiz|Aguilar|Delgado|Espinoza|Guerrero|Ibarra|Juárez|Luna|Medina|Navarro|Orozco|Salazar|"
           "Trejo|Valdez|Zamora|Camacho|Cervantes|Domínguez|Estrada|Fuentes|Galindo|Lara|Montes de Oca|De la Rosa|"
           "Villaseñor|Zúñiga|Ochoa|Hernández-Trejo"),
    ),
    "somali": Names(
        _w("Hodan|Ayan|Fadumo|Hibaaq|Ifrah|Khadra|Ladan|Maryan|Nasra|Qamar|Sagal|Sahra|Ubah|Warsan|Yasmin|Zamzam|"
           "Faiza|Hawa|Idil|Luul|Muna|Nimco|Deeqa|Shukri"),
        _w("Abdirahman|Abdiwali|Bashir|Cabdi|Dahir|Faysal|Guled|Hassan|Ilyas|Liban|Mahad|Mohamud|Nuur|Omar|Qasim|"
           "Saciid|Yusuf|Zakariye|Ahmed|Bile|Mukhtar|Abdikarim|Sharmarke|Hamza"),
        _w("Abdi|Ali|Aden|Barre|Dualeh|Egal|Farah|Geedi|Hersi|Ismail|Jibril|Kahin|Mohamed|Nur|Osman|Roble|"
           "Samatar|Shire|Warsame|Yusuf|Abdullahi|Ahmed|Dirie|Elmi|Gulaid|Hashi|Isse|Jama|Madar|Mire|Noor|Omar|"
           "Qalib|Sheikh|Warfa|Yare|Abshir|Bihi|Cumar|Haji|Galaal"),
    ),
    "ethiopian_amharic": Names(
        _w("Almaz|Bethlehem|Bezawit|Eden|Frehiwot|Genet|Hanna|Kidist|Lidya|Meron|Mekdes|Rahel|Selam|Tigist|Tsion|"
           "Wubit|Yeshi|Zewditu|Azeb|Tsehay|Mahlet|Sosina|Yordanos|Hirut"),
        _w("Abebe|Bereket|Dawit|Ermias|Fikru|Getachew|Haile|Kebede|Mesfin|Nahom|Solomon|Tesfaye|Tewodros|Yohannes|"
           "Yonas|Zerihun|Alemayehu|Biniam|Girma|Kassahun|Mulugeta|Tadesse|Wondimu|Henok"),
        _w("Abera|Alemu|Assefa|Ayele|Bekele|Berhanu|Demissie|Desta|Gebre|Gebremedhin|Girma|Hailu|Kassa|Lemma|"
           "Mekonnen|Mengistu|Negash|Tadesse|Tefera|Tesfaye|Woldemariam|Worku|Yilma|Zewde|Asfaw|Belay|Dagne|"
           "Fantahun|Getahun|Kebede|Mulatu|Seyoum|Taye|Wolde|Yimer|Amare|Birhane|Gashaw|Habte|Mamo|Gebre Selassie"),
    ),
    "vietnamese": Names(
        _w("Lan|Hương|Mai|Ngọc|Thảo|Trang|Linh|Hạnh|Phương|Thúy|Hằng|Yến|Nhung|Vy|Quỳnh|Diễm|Loan|Tuyết|Hoa|Nga|"
           "Xuân|Kim Anh|Bích|Uyên|Thị Hạnh"),
        _w("Minh|Tuấn|Dũng|Hùng|Quang|Thắng|Phúc|Long|Hải|Khoa|Nam|Bảo|Đức|Huy|Trung|Sơn|Thành|Vinh|Cường|Hiếu|"
           "Lộc|Phong|Toàn|Quốc|Văn Dũng"),
        _w("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lâm|Tạ|Lương|"
           "Cao|Châu|Quách|Tô|Đoàn|Kiều|Triệu|La|Thái|Hà|Tăng|Từ|Doãn|Khúc|Âu|Giang|Mạc|Vương|Diệp"),
    ),
    "korean": Names(
        _w("Ji-woo|Seo-yeon|Min-ji|Hye-jin|Eun-ji|Su-bin|Ha-eun|Yoo-jin|Soo-ah|Da-eun|Ji-hye|Mi-kyung|Young-hee|"
           "Sun-hee|Eun-young|Hyun-joo|Na-rae|Bo-ra|Ye-jin|Kyung-ah|Jung-hwa|Seung-mi|Hae-won"),
        _w("Min-jun|Seo-jun|Do-hyun|Ji-hoon|Sung-min|Jae-won|Hyun-woo|Dong-hyun|Tae-yang|Jun-ho|Sang-woo|"
           "Young-soo|Kwang-ho|Chul-soo|Byung-hoon|Seung-ho|Jin-woo|Dae-jung|Hyuk|Woo-jin|Joon-young|Ki-tae|"
           "Jong-min"),
        _w("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|"
           "Moon|Yang|Son|Bae|Baek|Heo|Nam|Sim|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Min|Ryu|Na|Jin|Chae|Pyo|Namgung"),
    ),
    "chinese_pinyin": Names(
        _w("Xiaoling|Meiling|Yuxin|Jiayi|Huimin|Lixia|Xiuying|Yanping|Jing|Ying|Fang|Qian|Wenjing|Xue|Ruoxi|"
           "Shuang|Yifei|Zihan|Lanfang|Xiaoyan|Mingyue|Yating|Chunhua"),
        _w("Wei|Jun|Hao|Lei|Peng|Tao|Jian|Bo|Chao|Gang|Zhiwei|Jianguo|Haoran|Yichen|Zihao|Minghao|Xiaolong|"
           "Guowei|Jiahao|Kai|Liang|Qiang|Shengli|Yong"),
        _w("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Gao|Lin|Luo|Zheng|Liang|Xie|"
           "Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Pan|Jiang|Cai|Jia|Ding|Lu|Ouyang|Sima"),
    ),
    "filipino": Names(
        _w("Maricel|Rowena|Jocelyn|Marites|Analyn|Lorelie|Rhodora|Charmaine|Jennylyn|Kristine|Mylene|Arlene|"
           "Rosalinda|Teresita|Divina|Imelda|Lovely|Princess|Cherry|Girlie|Marivic|Leonora|Aileen|Ma. Cristina"),
        _w("Rodrigo|Jericho|Renato|Ferdinand|Rommel|Arnel|Danilo|Reynaldo|Joselito|Marlon|Ramil|Bienvenido|Efren|"
           "Honorio|Noel|Rolando|Romeo|Virgilio|Emmanuel|Ariel|Dionisio|Benigno|Crisanto|Jun-Jun"),
        _w("dela Cruz|Santos|Reyes|Bautista|Villanueva|Ramos|Aquino|Manalo|Dizon|Pangilinan|Magbanua|Macaraeg|"
           "Dimaculangan|Mangubat|Tolentino|Salonga|Lacson|Soriano|Gatchalian|Ocampo|Panganiban|Quisumbing|Sison|"
           "Tan|Yap|Cabrera|Domingo|Fajardo|Guevarra|Ilagan|Lualhati|Malabanan|Nepomuceno|Pascual|Sarmiento|"
           "de los Reyes|Peñaflor|Buenaventura|Agbayani|Dela Paz"),
    ),
    "punjabi": Names(
        _w("Gurleen|Jasleen|Harleen|Navleen|Prabhleen|Manleen|Sukhleen|Simran|Noor|Sukhmani|Seerat|Mehak|Pooja|"
           "Sunita|Neelam|Rajni|Gurnoor|Harnoor|Jasnoor|Kiranjot|Ravleen|Amanjot|Komal"),
        _w("Harbhajan|Gurbachan|Jaswant|Balwant|Lakhvir|Manvir|Jasvir|Ranvir|Sukhvir|Harvir|Ranjit|Jagtar|Baldev|"
           "Gurdev|Kulbir|Satnam|Tarsem|Mohinder|Darshan|Angad|Arjun|Karan|Jagjit|Bhupinder"),
        _w("Sandhu|Sidhu|Gill|Grewal|Dhillon|Brar|Bains|Bajwa|Cheema|Chahal|Dhaliwal|Johal|Kang|Mann|Randhawa|"
           "Sekhon|Toor|Virk|Aulakh|Atwal|Basra|Bhullar|Dhindsa|Garcha|Hundal|Kahlon|Khaira|Malhi|Nijjar|Pannu|"
           "Sahota|Saini|Sangha|Sohal|Thind|Uppal|Walia|Ahluwalia|Bedi|Chadha|Kohli|Sethi"),
        women_only_surnames=_w("Kaur|Kaur Grewal|Kaur Dhillon|Kaur Brar|Kaur Sandhu"),
        men_only_surnames=_w("Singh|Singh Bains|Singh Gill|Singh Sidhu|Singh Randhawa"),
    ),
    "bosnian": Names(
        _w("Amra|Aida|Ajla|Alma|Azra|Belma|Dženana|Elma|Emina|Fatima|Jasmina|Lejla|Mirela|Nermina|Selma|Sabina|"
           "Šejla|Zerina|Amela|Edina|Merima|Esma|Naida|Adna"),
        _w("Adnan|Almir|Amir|Armin|Damir|Dino|Edin|Emir|Haris|Jasmin|Kenan|Mirza|Nedim|Samir|Senad|Tarik|Zlatan|"
           "Enes|Faruk|Mustafa|Nihad|Elvir|Ismet|Suad|Mehmed"),
        _w("Hodžić|Hadžić|Begović|Delić|Mehmedović|Kovačević|Hasanović|Husić|Alić|Omerović|Selimović|Ibrahimović|"
           "Halilović|Mujić|Salihović|Avdić|Bešić|Čolić|Dedić|Džafić|Efendić|Fazlić|Grabovica|Hrustić|Imamović|"
           "Jusufović|Karić|Mahmutović|Nuhanović|Osmanović|Pašić|Ramić|Softić|Šabić|Tahirović|Topalović|Zukić|"
           "Žilić|Bajramović|Smajić|Muratović|Kurtović|Hadžiahmetović"),
    ),
    "ukrainian": Names(
        _w("Oksana|Olena|Iryna|Nataliya|Tetiana|Yulia|Halyna|Liudmyla|Svitlana|Khrystyna|Solomiia|Oleksandra|"
           "Mariia|Daryna|Zoriana|Ulyana|Bohdana|Roksolana|Viktoriia|Nadiia|Larysa|Vira|Lesia"),
        _w("Oleksandr|Andriy|Bohdan|Dmytro|Taras|Mykola|Serhiy|Volodymyr|Yaroslav|Vasyl|Ostap|Petro|Ihor|Yurii|"
           "Oleh|Roman|Stepan|Maksym|Vitalii|Pavlo|Mykhailo|Anatolii|Hryhorii|Oleksii"),
        _w("Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Kovalchuk|Oliynyk|Shevchuk|"
           "Polishchuk|Lysenko|Marchenko|Savchenko|Rudenko|Moroz|Pavlenko|Petrenko|Klymenko|Hnatyuk|Romanyshyn|"
           "Tymoshchuk|Zinchenko|Yatsenko|Kuzmenko|Levchenko|Ostapchuk|Prokopenko|Sydorenko|Tarasiuk|Vovk|"
           "Hrytsenko|Fedoruk|Demchuk|Kostiuk|Lytvyn|Maksymiv|Stasiv|Holovko|Dovzhenko|Ivanyshyn-Boyko"),
        women_only_surnames=_w("Zahorska|Kovalska|Dolynska|Yavorska|Sadovska"),
        men_only_surnames=_w("Zahorsky|Kovalsky|Dolynsky|Yavorsky|Sadovsky"),
    ),
    "lao": Names(
        _w("Vilayvanh|Phetsamone|Keomany|Manivanh|Malavanh|Bouavanh|Chanthaly|Kanya|Latsamy|Phonesavanh|"
           "Souphaphone|Viengkham|Daovone|Khamla|Noy|Sengdao|Dara|Mali|Kesone|Soudaly|Thipphavanh|Vandara|Amphone"),
        _w("Bounmy|Khamphay|Somsack|Souksavath|Thongsavanh|Vilaysack|Bounthanh|Khamsing|Somchanh|Sisavath|"
           "Phouvong|Anousone|Chansamone|Kongphet|Sompong|Thavisack|Vongsack|Xaysomphou|Bouasy|Khampheng|Sithong|"
           "Vanthong|Onekeo"),
        _w("Phommachanh|Sengdara|Vongphachanh|Keovilay|Sisoulath|Phimmasone|Inthavong|Souvannavong|Chanthavong|"
           "Sayavong|Luangrath|Thammavong|Vongsavath|Keomanivong|Phanthavong|Rattanavong|Sihavong|Khounlavong|"
           "Douangdara|Manivong|Phetsavong|Sengsavang|Xayarath|Oudomsouk|Vilaythong|Khamvongsa|Phengsavanh|"
           "Soukhaseum|Vannavong|Chaleunsouk|Inthalangsy|Keophila|Latsavong|Norasing|Sayasith|Thongdy|"
           "Vongkhamsao|Bouaphanh|Chounlamany|Souriyavong|Vixaysouk"),
    ),
    "ho_chunk_menominee": Names(
        _w("Marlene|Winona|Kateri|Lorraine|Bernadette|Rhonda|Jolene|Delphine|Ramona|Tashina|Autumn|Sierra|Starla|"
           "Trista|Cheyenne|Shawnee|Lena|Gwendolyn|Mariah|Destiny|Roberta|Charlene|Wenonah"),
        _w("Elgin|Forrest|Jonah|Vernon|Lyle|Darrell|Wayne|Marlon|Dakota|Tyrell|Gerald|Travis|Curtis|Clifford|"
           "Royce|Lance|Harlan|Duane|Shane|Reuben|Eldon|Ervin|Lloyd|Merlin|Chaske"),
        _w("Decorah|Cloud|Funmaker|Greendeer|Blackdeer|Whitewing|Lonetree|Littlegeorge|Thundercloud|Whiterabbit|"
           "Smoke|Winneshiek|Hopinkah|Falcon|Snowball|Goodbear|White Eagle|Redhorn|Littlejohn|Greengrass|Waukau|"
           "Kakkak|Oshkosh|Pyawasit|Wapoose|Tourtillott|Grignon|Fish|Teller|Corn|Dodge|Hawpetoss|Lookaround|"
           "Neconish|Pamonicutt|Sanapaw|Waupochick|Weso|Besaw|Chevalier|Frechette|Beauprey|Pettibone"),
    ),
    "albanian": Names(
        _w("Arta|Blerta|Drita|Elira|Fatjona|Gentiana|Ilirjana|Jehona|Klea|Lindita|Mimoza|Nora|Rina|Shqipe|Teuta|"
           "Valbona|Vjosa|Xhensila|Yllka|Zana|Ardita|Besjana|Dafina|Erëza|Albana"),
        _w("Agron|Arben|Besnik|Bujar|Dritan|Edmond|Fatmir|Gazmend|Ilir|Kastriot|Labinot|Mentor|Petrit|Skënder|"
           "Valon|Ylber|Alban|Ardian|Blerim|Driton|Florian|Genc|Lulzim|Mërgim"),
        _w("Hoxha|Krasniqi|Berisha|Gashi|Shala|Morina|Kelmendi|Bytyqi|Hasani|Rexhepi|Dushku|Zeqiri|Mehmeti|Ahmeti|"
           "Aliu|Bajrami|Çela|Dervishi|Elezi|Frashëri|Gjoka|Haxhiu|Isufi|Jashari|Kastrati|Leka|Marku|Osmani|Prenga|"
           "Qosja|Rama|Sadiku|Tahiri|Ukaj|Veseli|Xhaferi|Ymeri|Zogaj|Bregu|Dedaj|Gjonaj|Lulaj|Nikaj"),
    ),
    "palestinian_arabic": Names(
        _w("Rania|Lina|Dalia|Hiba|Ghada|Nour|Yasmeen|Abeer|Amal|Basma|Dima|Hanan|Inas|Jumana|Khulood|Lubna|Maha|"
           "Nisreen|Reem|Salwa|Suha|Tahani|Wafa|Zeina"),
        _w("Ahmad|Bassam|Fadi|Ghassan|Hani|Ibrahim|Jamal|Khaled|Mahmoud|Nabil|Omar|Rami|Samer|Tareq|Wael|Yousef|"
           "Ziad|Amjad|Hussam|Majed|Nidal|Saleh|Issa|Murad"),
        _w("Abu Khalil|Abu-Ghazaleh|Al-Masri|Awad|Barghouti|Darwish|Haddad|Hamdan|Hijazi|Jaber|Khoury|Mansour|"
           "Nasser|Odeh|Qasem|Saleh|Shaheen|Tamimi|Zayed|Abed|Amro|Bishara|Dajani|Ghanem|Issa|Jarrar|Kanaan|"
           "Khalidi|Mustafa|Najjar|Qaddoura|Sabbagh|Salameh|Shalabi|Suleiman|Yassin|Abu Shanab|Al-Khatib|Budeiri|"
           "Abu Eid"),
    ),
}

GROUP_ORDER = ("anglo", "black_american", "hmong", "puerto_rican", "mexican", "somali", "ethiopian_amharic",
               "vietnamese", "korean", "chinese_pinyin", "filipino", "punjabi", "bosnian", "ukrainian", "lao",
               "ho_chunk_menominee", "albanian", "palestinian_arabic")

# Street nicknames written inside a name ('Marlon "Tank" Decorah') or on their own.
NICKNAMES = _w("Boo|Peanut|Tiny|Lil Man|Junebug|Pooh|Scrappy|Chino|Flaco|Gordo|Bebe|Tank|Shorty|Red|Boogie|Nene|"
               "Kiki|Sunny|Scooter|Bam|Twin|Duke|Cookie|Pumpkin")

_SPECIAL = {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}


def fold(text: str) -> str:
    """The name as it is typed on a keyboard without accents: 'Hodžić' -> 'Hodzic', 'Đặng' -> 'Dang'."""
    text = "".join(_SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# ---- places -------------------------------------------------------------------------------------------------
STREETS = _w("N 37th St|W Center St|N Teutonia Ave|W Lisbon Ave|S 16th St|W Lincoln Ave|N Sherman Blvd|"
             "W Capitol Dr|S Kinnickinnic Ave|N Holton St|W Burnham St|N 91st St|W Oklahoma Ave|N Humboldt Blvd|"
             "W Hampton Ave|S 27th St|W Fond du Lac Ave|N 68th St|W Greenfield Ave|E Locust St|W Silver Spring Dr|"
             "S Layton Blvd|N Palmer St|W Keefe Ave|W Mitchell St|N 24th Pl|W Villard Ave|S 9th Pl")
UNITS = _w("Apt 3|Apt 2R|Unit 104|#5|Lower|Upper|Apt B|Rear|Apt 211|Unit 7C")
CITIES = _w("Milwaukee, WI 53206|Milwaukee, WI 53215|Milwaukee, WI 53210|Milwaukee WI 53204|West Allis, WI 53214|"
            "Wauwatosa, WI 53213|Cudahy, WI 53110|Milwaukee, WI 53218|Greenfield, WI 53221")
HOSPITALS = _w("Froedtert|Sinai|St. Luke's|Children's|St. Joe's|the VA|Aurora West Allis|Ascension St. Francis|"
               "Columbia St. Mary's|BHD|Mt. Sinai ER|Froedtert trauma")
TIMES = _w("0500|0530|0545|6am|5:15am|0415|2200|9:30pm|2330|0600|1900|4:45 am|1430|0630")
DAYS = _w("Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Monday|tomorrow|tonight|Thurs|Fri")

# ---- informants ---------------------------------------------------------------------------------------------
SOURCE_CODE_SHAPES = ("CI-{4}", "CI #{4}", "CS-{3}-{2}", "SOI {4}", "CHS {3}{1}", "ci {4}", "CI {2}-{4}",
                      "source #{3}", "CS{4}", "C.I. {4}")
INFORMANT_NICKNAMES = _w("Bluejay|Checkers|Lucky Penny|Sparrow|Mr. Clean|Dollar Store|Ringo|Pinwheel|Backstroke|"
                         "Honeybee|Slim Jim|Tumbleweed")

# ---- medical (phrases the templates do not write themselves) --------------------------------------------------
MEDICAL: dict[str, tuple[str, ...]] = {
    "diagnosis": _w("type 1 diabetes|stage 4 kidney disease|COPD on 2 liters home oxygen|seizure disorder|"
                    "paranoid schizophrenia|bipolar 1 disorder|early-onset Alzheimer's|HIV positive, on Biktarvy|"
                    "hep C, untreated|sickle cell disease|congestive heart failure|MS, relapsing-remitting"),
    "medication": _w("metformin 1000 mg twice daily|Suboxone 8 mg/2 mg strips|lithium 300 mg three times a day|"
                     "Eliquis 5 mg BID|sertraline 100mg|Lantus 22 units at bedtime|methadone 95 mg daily|"
                     "Seroquel 200 mg at night|Keppra 750 mg twice a day|clozapine 400 mg|Adderall XR 20 mg|"
                     "Invega Sustenna 156 mg monthly shot"),
    "injury": _w("fractured left orbital, admitted overnight|4 cm forehead laceration closed with 9 sutures|"
                 "GSW to the right thigh, through and through, treated and released|two broken ribs and a "
                 "collapsed lung, chest tube placed|dislocated shoulder reduced in the ER|second-degree burns to "
                 "both forearms, dressed at the burn unit|boxer's fracture of the right hand, splinted|"
                 "concussion with a brief loss of consciousness, CT negative"),
    "mental_health": _w("Chapter 51 emergency detention|suicidal ideation with a plan|PTSD from combat|"
                        "major depressive disorder|psychiatric hold at BHD|postpartum psychosis|"
                        "eating disorder, inpatient at Rogers|command hallucinations"),
    "overdose": _w("fentanyl overdose reversed with two doses of Narcan|opioid OD, 4 mg intranasal naloxone|"
                   "intentional overdose of Tylenol PM|suspected xylazine overdose"),
    "pregnancy": _w("about 26 weeks pregnant|pregnant with twins|eight months pregnant|expecting in June|"
                    "12 weeks along|high-risk pregnant, due in August"),
    "disability": _w("legally blind|paraplegic since a car crash|Deaf and signs ASL|autistic and nonverbal|"
                     "living with a moderate intellectual disability|memory-impaired from early dementia"),
}

MED_KINDS = tuple(MEDICAL)


# ---- checksums ----------------------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """``prefix`` (one digit short) with the check digit that makes it pass Luhn."""
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_is_valid(vin: str) -> bool:
    vin = vin.upper()
    if len(vin) != 17 or any(ch not in VIN_ALPHABET for ch in vin):
        return False
    return vin[8] == vin_check_digit(vin)


WMI = ("1G1", "1FT", "2T1", "3N1", "1HG", "5YJ", "JTD", "KMH", "1C4", "WBA", "4T1", "1N4")
