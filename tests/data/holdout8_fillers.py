"""Fictitious fillers for the eighth held-out corpus (holdout8.jsonl).

Every value here is invented for this file: names are common given names and surnames of each group put
together at random, phones are 555-01xx, mail is example.org/.com, IPs are documentation ranges, SSNs keep
the area rules, VINs carry their check digit, cards pass Luhn. Nothing is shared with any other corpus.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    women_only_surnames: tuple[str, ...] = ()
    men_only_surnames: tuple[str, ...] = ()
    middles_women: tuple[str, ...] = ()     # a word some groups put between the names (Vietnamese Thi/Van)
    middles_men: tuple[str, ...] = ()
    diacritics: bool = False
    surname_first: bool = False             # the group often writes the surname first (Vietnamese)

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men


def N(women: str, men: str, surnames: str, **extra) -> Names:
    converted = {k: (_split(v) if isinstance(v, str) else v) for k, v in extra.items()}
    return Names(_split(women), _split(men), _split(surnames), **converted)


NAME_GROUPS: dict[str, Names] = {
    "anglo": N(
        "Brittany, Kayla, Megan, Heather, Courtney, Ashley, Lindsey, Shannon, Kelsey, Tara, Molly, Rebecca, Allison, "
        "Jenna, Caitlin, Erin, Holly, Whitney, Paige, Amber, Colleen, Deborah, Kristen",
        "Tyler, Cody, Dustin, Travis, Kyle, Brandon, Garrett, Wesley, Dalton, Chad, Trevor, Zachary, Logan, Bradley, "
        "Shane, Derek, Colton, Randall, Mitchell, Grant, Spencer, Clayton, Nolan",
        "Schultz, Kowalczyk, Thompson, Whitaker, Bergstrom, Hendricks, McAllister, Pruitt, Sorensen, Caldwell, "
        "Hollister, Brennan, Lindqvist, Ackerman, Dempsey, Fairbanks, Gallagher, Hartwell, Kessler, Lockhart, "
        "Mayfield, Nygaard, Osterberg, Pennington, Radcliffe, Stanhope, Thornton, Underwood, Vandermeer, Wakefield, "
        "Yeager, Ziegler, Bauer, Callahan, Dunleavy, Easton, Fitzgerald, Greer, Holloway, Iverson, Jorgensen"),
    "black_american": N(
        "Shaniqua, Keisha, Latoya, Tanisha, Ebony, Imani, Aaliyah, Jasmine, Monique, Tiara, Destiny, Kiara, "
        "Shantel, Tamika, Nia, Precious, LaDonna, Shayla, Janae, Kenya, Octavia, Raven, Dominique",
        "DeShawn, Jamal, Tyrone, Marquis, Darnell, Terrell, Andre, Jalen, Malik, Cedric, Dante, Reginald, Lamar, "
        "Darius, Quentin, Rasheed, DeAndre, Jermaine, Tavion, Kendrick, Montrell, Antwan, Cortez",
        "Washington, Jefferson, Jackson, Robinson, Coleman, Hairston, Bellamy, Pettaway, Bolden, Gaines, Holloway, "
        "McKinney, Person, Merriweather, Toliver, Spraggins, Stallworth, Boyd, Dukes, Ealy, Frazier, Gooden, "
        "Hubbard, Ivory, Jeter, Kimbrough, Ledbetter, Mabry, Nunnally, Outlaw, Pippins, Quarles, Rucker, Sims, "
        "Tolbert, Upshaw, Vance, Whitfield, Yarbrough, Calloway, Dozier"),
    "hispanic": N(
        "María, Guadalupe, Yesenia, Marisol, Araceli, Leticia, Rocío, Beatriz, Xiomara, Graciela, Maribel, "
        "Alejandra, Daniela, Verónica, Lourdes, Itzel, Noemí, Paola, Rosalba, Esperanza, Fernanda, Mónica, Yadira",
        "José, Juan Carlos, Alejandro, Jesús, Luis Ángel, Rigoberto, Efraín, Osvaldo, Ramón, Armando, Héctor, "
        "Sergio, Joaquín, Rubén, Fernando, Gerardo, Iván, Julián, Mauricio, Octavio, Raúl, Tomás, Víctor",
        "García, Hernández, Martínez, Rodríguez, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, "
        "Díaz, Reyes, Morales, Jiménez, Ruiz, Álvarez, Castillo, Ortega, Delgado, Vázquez, Medina, Aguilar, Núñez, "
        "Ibarra, Carrillo, Zamora, Valenzuela, Escobedo, Quiñones, Maldonado, Cervantes, Orozco, Salgado, "
        "Barragán, Treviño, Villarreal, Del Toro, De León, Peña",
        diacritics=True),
    "hmong": N(
        "Pa Houa, Mai Nou, Bao, Der, Kia, Mai Yer, Nou, Pa Nhia, Zoua, Yer, Choua, Ka Bao, Mee, Nhia Lor, Sheng, "
        "Youa, Xee, Khou, Pang, Mai See, Dua, Chia, Maiv Xees",
        "Tou, Chue, Neng, Fue, Kou, Xay, Nhia, Pao, Vue, Chong, Toua, Yeng, Koua, Tong, Lue, Blia, Xeng, Cher, "
        "Pheng, Ying, Txawj, Nom, Tsheej",
        "Vang, Vaj, Xiong, Xyooj, Yang, Yaj, Lor, Lauj, Lo, Her, Hawj, Heu, Thao, Thoj, Moua, Muas, Mua, Lee, Lis, "
        "Ly, Vue, Vwj, Chang, Tsaab, Hang, Haam, Kue, Kwm, Khang, Khaab, Cha, Tsab, Chue, Tswb, Fang, Faaj, Kong, "
        "Koo, Pha, Phab"),
    "somali": N(
        "Hodan, Faadumo, Sahra, Ifrah, Ayaan, Hibaaq, Ubah, Nasteho, Sagal, Hamdi, Khadra, Deeqa, Ilhaan, Warsan, "
        "Najma, Fartun, Muna, Hawo, Farhiyo, Asli, Idil, Shukri, Ladan",
        "Abdirahman, Mohamed, Abdullahi, Yusuf, Hassan, Abdiwali, Omar, Said, Liban, Guled, Bashir, Mahad, "
        "Abdikadir, Ismail, Khalid, Hamza, Mukhtar, Jama, Osman, Abdirizak, Sakariye, Mustafe, Ilyas",
        "Warsame, Abdi, Farah, Jama, Hersi, Dirie, Egal, Aden, Nur, Elmi, Gedi, Yusuf, Mohamud, Ahmed, Samatar, "
        "Duale, Guled, Shire, Barre, Abdullahi, Osman, Hussein, Ibrahim, Dahir, Adan, Warfa, Roble, Gure, Isse, "
        "Haji, Mahamud, Qasim, Sheikh, Bihi, Awale, Gelle, Hirsi, Keynan, Afrah, Muse"),
    "arabic_gulf": N(
        "Noura, Haya, Reem, Lulwa, Maha, Al Anoud, Shaikha, Hessa, Latifa, Jawaher, Moza, Nouf, Dalal, Shahad, "
        "Abeer, Wadha, Bashayer, Ghala, Mashael, Hind, Alia, Sheikha Mai, Munira",
        "Khalid, Faisal, Saud, Sultan, Turki, Abdulaziz, Nasser, Hamad, Rashid, Mubarak, Saeed, Majed, Fahad, "
        "Bandar, Mishaal, Thamer, Nawaf, Salem, Jassim, Hamdan, Mansour, Talal, Obaid",
        "Al-Otaibi, Al-Qahtani, Al-Ghamdi, Al-Harbi, Al-Mutairi, Al-Dosari, Al-Shammari, Al-Zahrani, Al-Subaie, "
        "Al-Anazi, Al-Rashidi, Al-Mansoori, Al-Suwaidi, Al-Mazrouei, Al-Ketbi, Al-Hammadi, Al-Falasi, Al-Marri, "
        "Al-Kuwari, Al-Sulaiti, Al-Mohannadi, Al-Kaabi, Al-Ajmi, Al-Hajri, Al-Shehhi, Al-Nuaimi, Al-Zaabi, "
        "Al-Rumaithi, Al-Naqbi, Al-Blooshi, Al-Muhairi, Al-Dhaheri, Al-Khaldi, Al-Yami, Al-Malki, Bin Hamdan, "
        "Bin Suwaidan, Al Jaber, Al Shamsi, Al Tamimi"),
    "egyptian": N(
        "Nermeen, Dina, Yasmine, Rania, Heba, Mona, Shaimaa, Doaa, Marwa, Ghada, Nevine, Mervat, Samah, Amira, "
        "Hala, Eman, Sherine, Noha, Radwa, Reham, Aya, Nahed, Marianne",
        "Mahmoud, Mostafa, Karim, Tarek, Amr, Hesham, Sherif, Ehab, Waleed, Ashraf, Ayman, Hany, Khaled, Magdy, "
        "Osama, Tamer, Yasser, Hossam, Sameh, Ramy, Mina, Bishoy, Girgis",
        "El-Sayed, Abdel-Fattah, Mansour, Fahmy, Soliman, Shenouda, Farag, El-Masry, Abdelrahman, Saad, Kamel, "
        "Zaki, Hegazy, Khalil, Ragab, Younis, Abdel Aziz, Salama, Naguib, Ghali, Tawfik, Rizk, Barsoum, Wahba, "
        "Shawky, Fouad, Ashour, Gaber, Badawi, El-Shazly, Abou El-Ela, Lotfy, Nassar, Sabry, Helmy, Habib, "
        "Iskander, Metwally, Sedky, Morcos"),
    "iranian": N(
        "Shirin, Maryam, Parisa, Niloufar, Roya, Azadeh, Mahsa, Negar, Shadi, Yasaman, Golnaz, Fereshteh, Mitra, "
        "Soheila, Bahar, Nasrin, Ziba, Haleh, Atefeh, Elham, Mahnaz, Forough, Parvaneh",
        "Reza, Mehdi, Amir, Dariush, Kourosh, Farhad, Behrouz, Hamid, Arash, Babak, Kamran, Omid, Payam, Shahram, "
        "Siamak, Hossein, Majid, Navid, Ramin, Vahid, Pouya, Bijan, Keyvan",
        "Hosseini, Mohammadi, Rezaei, Ahmadi, Karimi, Moradi, Jafari, Rahimi, Ghorbani, Tehrani, Shirazi, Esfahani, "
        "Kazemi, Sadeghi, Hashemi, Mousavi, Azizi, Farahani, Rostami, Najafi, Bagheri, Akbari, Zamani, Ebrahimi, "
        "Asadi, Nouri, Soltani, Amini, Alavi, Safavi, Yazdani, Ghaffari, Khorasani, Sharifi, Pourmand, Parsa, "
        "Kamali, Darvishi, Mirzaei, Golestani, Hosseini-Nejad, Tabatabaei"),
    "pashtun": N(
        "Malalai, Zarghona, Palwasha, Nazia, Gulalai, Shabana, Spogmai, Wagma, Zarmina, Nargis, Bibi Gul, "
        "Farzana, Rahima, Shaista, Storai, Sadaf, Hadia, Khalida, Parwana, Mursal, Nazo, Shakila, Zarlasht",
        "Zalmai, Rahmatullah, Hamidullah, Naqibullah, Sardar, Gul Agha, Mirwais, Ahmad Shah, Bilal, Noor, Shafiq, "
        "Zabihullah, Samiullah, Asadullah, Qadir, Dawood, Tamim, Baryalai, Wahidullah, Sher Ali, Inayat, Ajmal, "
        "Niamatullah",
        "Durrani, Popalzai, Barakzai, Achakzai, Mohmand, Yousafzai, Afridi, Khattak, Wardak, Ghilzai, Stanikzai, "
        "Ahmadzai, Noorzai, Alizai, Shinwari, Kakar, Mangal, Zadran, Sulaimankhel, Tanai, Safi, Momand, Jadoon, "
        "Bangash, Orakzai, Niazi, Lodhi, Marwat, Wazir, Mehsud, Khan, Hotak, Tarakai, Kharoti, Sahak, "
        "Mohammadzai, Ishaqzai, Bettani, Jalalzai, Karokhel"),
    "punjabi_sikh": N(
        "Harpreet, Simran, Jasleen, Manpreet, Navneet, Gurleen, Rajwinder, Kulwinder, Baljit, Harjeet, Amrit, "
        "Gurpreet, Sukhmani, Prabhjot, Jasmeen, Ravneet, Kirandeep, Mandeep, Gagandeep, Inderjit, Sarbjit, "
        "Harleen, Tejinder",
        "Jaswinder, Gurdeep, Harjit, Balwinder, Sukhwinder, Ranjit, Kuldip, Paramjit, Davinder, Tarsem, Gurmeet, "
        "Hardeep, Jagdeep, Lakhwinder, Manjinder, Rupinder, Satnam, Amarjit, Karanveer, Harbhajan, Jasvir, "
        "Bikramjit, Gurcharan",
        "Gill, Sandhu, Dhillon, Sidhu, Grewal, Brar, Bains, Randhawa, Cheema, Sekhon, Virk, Mann, Bajwa, "
        "Dhaliwal, Chahal, Johal, Atwal, Bhullar, Pannu, Aulakh, Sangha, Hundal, Kang, Khaira, Mangat, Purewal, "
        "Saini, Toor, Basra, Kalsi, Chatha, Hayer, Rai, Jhaj, Boparai, Nijjar, Dosanjh, Uppal, Gosal, Kahlon, Deol",
        women_only_surnames="Kaur", men_only_surnames="Singh"),
    "tamil": N(
        "Kavitha, Lakshmi, Meenakshi, Revathi, Anitha, Divya, Geetha, Janani, Kalaivani, Malathi, Nandhini, "
        "Padmini, Radhika, Saranya, Selvi, Thenmozhi, Vasanthi, Yamuna, Ilakkiya, Abirami, Kanimozhi, Sangeetha, "
        "Tamilselvi",
        "Arun, Karthik, Murugan, Senthil, Balaji, Ganesh, Raja, Selvam, Velu, Saravanan, Kumaravel, Dinesh, "
        "Prakash, Ramesh, Vignesh, Elango, Anbu, Manikandan, Sivakumar, Palani, Arjun, Thirumalai, Muthu",
        "Subramaniam, Krishnan, Ramasamy, Natarajan, Venkatesan, Rajendran, Sundaram, Murugesan, Pillai, "
        "Annamalai, Arumugam, Balasubramanian, Chandrasekaran, Duraisamy, Ganesan, Jayaraman, Kandasamy, "
        "Loganathan, Mahalingam, Nagarajan, Palanisamy, Ramachandran, Selvaraj, Thangavel, Vaithilingam, "
        "Velayudham, Kathiresan, Shanmugam, Sivaraman, Muthusamy, Govindasamy, Rajagopal, Periyasamy, "
        "Sethuraman, Ilangovan, Manickam, Kumarasamy, Thiruvengadam, Alagesan, Pandian"),
    "korean": N(
        "Ji-woo, Seo-yeon, Min-seo, Ha-eun, Soo-jin, Eun-ji, Hye-jin, Ji-hye, Yuna, Da-eun, Na-rae, Mi-kyung, "
        "Young-hee, Sun-hee, Jung-ah, Bo-ram, Ye-jin, Ga-young, Hyun-joo, Seul-gi, Chae-won, Mi-sook, Eun-hye",
        "Min-jun, Ji-hoon, Seo-jun, Do-yoon, Jae-won, Hyun-woo, Sung-min, Dong-hyun, Jun-ho, Tae-yang, Kyung-soo, "
        "Young-ho, Sang-woo, Jin-ho, Woo-jin, Byung-chul, Seung-hoon, Joon-young, Dae-sung, Chang-min, Hyuk, "
        "Kwang-soo, Myung-ho",
        "Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Jeon, "
        "Hong, Yoo, Ko, Moon, Yang, Son, Bae, Baek, Heo, Nam, Shim, Noh, Kwak, Sung, Joo, Woo, Min, Ryu, Jin, "
        "Chun, Byun, Lee, Namgung"),
    "chinese_cantonese": N(
        "Ka Yan, Wing Sze, Mei Ling, Suk Fan, Lai Ching, Yuk Lan, Pui Shan, Hoi Yan, Man Yee, Oi Lun, Winnie, "
        "Queenie, Fanny, Phoebe, Yvonne, Cherry, Mandy, Bonnie, Siu Kuen, Wai Ying, Ching Man, Kit Ying, Lok Yi",
        "Chi Keung, Kwok Wai, Siu Ming, Ka Ho, Wing Kit, Chun Kit, Man Kit, Tsz Hin, Yiu Fai, Kin Wah, Hon Ming, "
        "Wai Lun, Kelvin, Dickson, Alvin, Jacky, Terence, Sunny, Ho Yin, Chun Wai, Kwan Lok, Pak Hei, Tak Ming",
        "Chan, Wong, Leung, Cheung, Lau, Ng, Ho, Cheng, Tang, Yip, Lam, Chow, Mak, Kwok, Fung, Tse, Lo, Lai, "
        "Tsang, Chu, Yeung, Kwan, Siu, Tam, Mok, Poon, Au, Hui, Yuen, Ma, Fong, Sze, Luk, Tong, Chiu, Shek, Kam, "
        "Szeto, Au-Yeung, Ngai"),
    "vietnamese": N(
        "Lan, Hoa, Mai, Hương, Thảo, Ngọc, Linh, Trang, Phương, Hằng, Thúy, Yến, Nhung, Dung, Quỳnh, Vy, "
        "Tuyết, Loan, Hạnh, Oanh, Xuân, Kim Anh, Bích Ngọc",
        "Minh, Tuấn, Hùng, Dũng, Khánh, Quang, Long, Phúc, Thành, Huy, Đức, Bảo, Nam, Sơn, Trung, Hải, Việt, "
        "Cường, Tài, Thắng, Hiếu, Vinh, Quốc Bảo",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trương, Đinh, "
        "Lâm, Tô, Châu, Quách, Thái, La, Cao, Tăng, Kiều, Hà, Lưu, Từ, Tạ, Đoàn, Triệu, Lương, Diệp, Tiêu, Khúc, "
        "Kha, Mạc, Vương",
        middles_women="Thị", middles_men="Văn", diacritics=True, surname_first=True),
    "filipino": N(
        "Rowena, Marites, Jocelyn, Analyn, Lorelei, Maricel, Rosalinda, Divina, Jovelyn, Liezel, Charmaine, "
        "Cherry Mae, Mary Grace, Imelda, Leonora, Erlinda, Marivic, Girlie, Rhea, Precious Joy, Jonalyn, "
        "Marilou, Arlene",
        "Rodrigo, Ernesto, Jose Mari, Romeo, Rolando, Arnel, Jericho, Dindo, Reynaldo, Efren, Danilo, Marlon, "
        "Jomar, Rommel, Noel, Ferdinand, Jaime, Bayani, Isagani, Mark Anthony, Nestor, Teodoro, Wilfredo",
        "Santos, Reyes, Bautista, Ocampo, Mendoza, Tomas, Andrada, Villanueva, Ramos, Aquino, Navarro, Salazar, "
        "Mercado, Dela Cruz, De Leon, Dimaculangan, Macaraeg, Pangilinan, Manalo, Magbanua, Lacson, Soriano, "
        "Tolentino, Dizon, Panganiban, Sison, Lualhati, Bituin, Dalisay, Capistrano, Evangelista, Agbayani, "
        "Baluyot, Galang, Del Rosario, San Juan, Macaspac, Buenaventura, Pascual, Tiongson"),
    "oromo": N(
        "Chaltu, Lalise, Hawi, Ayantu, Obse, Boontu, Gadise, Lensa, Meti, Sena, Darartu, Ebise, Hawani, Iftu, "
        "Jaalane, Dinkitu, Soreti, Urjii, Tolani, Bilise, Hirut, Kuli, Ifaa",
        "Gemechu, Tolera, Abdisa, Chala, Fayisa, Guddina, Boru, Lencho, Obsa, Biqila, Gamachis, Merga, Dhaba, "
        "Gutu, Hundee, Bulcha, Galgalo, Kumsa, Lammii, Bayisa, Negasa, Olana, Wako",
        "Tufa, Dinsa, Gudeta, Kenenisa, Wakjira, Abdissa, Chimdessa, Debela, Gurmessa, Hirpa, Jiru, Kebede, "
        "Fufa, Tolasa, Regassa, Dadhi, Edosa, Feyisa, Gammada, Hordofa, Itana, Jaleta, Kitessa, Leta, Mulugeta, "
        "Nagari, Oljira, Roba, Sori, Tasisa, Urgessa, Wayessa, Yadeta, Bedasa, Dhugassa, Galata, Kadir, Bayissa, "
        "Dabessa, Terfa"),
    "dinka": N(
        "Achol, Nyandeng, Abuk, Adut, Ajok, Aluel, Athieng, Ayen, Nyibol, Akuol, Aker, Alek, Abiei, Ayak, "
        "Nyanut, Achan, Adhieu, Awut, Amer, Nyankiir, Agum, Apajok, Nyakuer",
        "Deng, Garang, Majok, Mabior, Kuol, Makuei, Bol, Ajak, Akol, Mayen, Chol, Dut, Manyang, Thon, Aguer, "
        "Malual, Mading, Lual, Ayuel, Biar, Marial, Riak, Makur",
        "Deng, Garang, Majok, Mabior, Kuol, Makuei, Bol, Ajak, Akol, Mayen, Chol, Dut, Manyang, Thon, Aguer, "
        "Malual, Mading, Lual, Ayuel, Biar, Marial, Riak, Kuany, Makur, Arok, Wol, Atem, Bior, Ngor, Kuir, "
        "Anyang, Akuei, Machar, Yak, Maker, Ater, Alier, Diing, Chan, Kur, Mathiang"),
    "mexican_indigenous": N(
        "Eufemia, Florentina, Rufina, Macaria, Petrona, Tomasa, Juventina, Felícitas, Ofelia, Anastasia, "
        "Crescencia, Domitila, Modesta, Isidra, Gregoria, Natividad, Teófila, Xóchitl, Citlali, Nayeli, "
        "María de Jesús, Eleuteria, Reyna",
        "Abundio, Eleuterio, Fidencio, Crisóforo, Rutilio, Hermenegildo, Cirilo, Tiburcio, Serafín, Anselmo, "
        "Eusebio, Isauro, Porfirio, Faustino, Heriberto, Leobardo, Nicéforo, Odilón, Pánfilo, Zenón, Bonifacio, "
        "José Luis, Macedonio",
        "Santiago, Bautista, Feria, Hipólito, Matías, Lázaro, Pablo, Alavez, Quero, Ventura, Jerónimo, Nicolás, "
        "Silvestre, Aquino, Vásquez, Bernabé, Zárate, Hilario, Merino, Celestino, Olivera, Avendaño, Apolinar, "
        "Marcial, Teodoro, Narváez, Cruz, Ramírez, Mendoza, Velasco, Sosa, López, Cortés, Mejía, Vicente, "
        "Ortiz, Luna, Antonio, Guzmán, De la Cruz, Chávez",
        diacritics=True),
}

GROUP_ORDER = ("anglo", "black_american", "hispanic", "hmong", "somali", "arabic_gulf", "egyptian", "iranian",
               "pashtun", "punjabi_sikh", "tamil", "korean", "chinese_cantonese", "vietnamese", "filipino", "oromo",
               "dinka", "mexican_indigenous")

# Street names people give each other; a nickname goes inside a name ("Given "Nick" Surname") or stands alone.
NICKNAMES = _split("Smoke, Peanut, Lil Bit, Boog, Tank, Scrappy, Juice, Manny, Red, Slim, Pooh, Dre, Bam, "
                   "Nephew, Snacks, Cuz, Biggie, Pumpkin, Shorty, Tiny, Wop, Nitty")

# What a unit calls its informant when it will not write the code or the name.
INFORMANT_NICKNAMES = _split("Lighthouse, Bluebird, Deacon, Checkers, Mailman, Sparrow, Biscuit, Uncle Pete, "
                             "Big Sister, Weatherman, Kickstand, Popcorn")

STREETS = _split("N 27th St, W Burleigh St, W Capitol Dr, N Sherman Blvd, W Center St, S 16th St, W Lincoln Ave, "
                 "N Teutonia Ave, W Fond du Lac Ave, S Muskego Ave, N 76th St, W Hampton Ave, W Villard Ave, "
                 "W Oklahoma Ave, S Layton Blvd, N Holton St, W Keefe Ave, W Mitchell St, N 35th St, W Silver Spring Dr, "
                 "E Locust St, N Palmer St, W Greenfield Ave, S Cesar E Chavez Dr, N 91st St, W Good Hope Rd")
UNITS = _split("Apt 2, Apt 3B, Unit 104, Lower, Upper, #7, Apt 211, Rear, Apt 1F, Unit C")
CITIES = ("Milwaukee, WI 53206", "Milwaukee, WI 53210", "Milwaukee, WI 53215", "Milwaukee, WI 53218",
          "Milwaukee WI 53204", "West Allis, WI 53214", "Milwaukee, WI 53209", "Milwaukee 53212")
HOSPITALS = _split("Froedtert, Children's, St. Luke's, Sinai, Mount Sinai, Columbia St. Mary's, Ascension St. Francis, "
                   "the VA, Aurora West Allis, Behavioral Health")
PARKS = _split("Washington Park, Humboldt Park, Lincoln Park, Mitchell Park, Dineen Park, Kosciuszko Park, Jackson Park")
INTERSECTIONS = _split("35th and Center, 27th and Burleigh, 16th and Mitchell, Sherman and Capitol, 76th and Good Hope, "
                       "Teutonia and Villard, 20th and Keefe, Fond du Lac and North")
DAYS = _split("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, tmrw, tomorrow, Thurs, Fri")
TIMES = _split("0430, 0500, 0545, 0600, 0615, 1300, 1730, 1900, 2100, 2230, 0200, 5 am, 6am, 4:45, 10 pm, "
               "zero-five-hundred, 3:30 in the morning")
MONTHS = _split("January, February, March, April, May, June, July, August, September, October, November, December")

# Medical wordings of each kind, clinical and casual; templates also write their own by hand.
MEDICAL: dict[str, tuple[str, ...]] = {
    "diagnosis": _split(
        "type 2 diabetes, schizoaffective disorder, bipolar I, PTSD, HIV, hep C, stage 3 breast cancer, "
        "early onset dementia, epilepsy, sickle cell disease, COPD on home oxygen, paranoid schizophrenia, "
        "fetal alcohol syndrome, traumatic brain injury from a 2019 crash, autism (nonverbal), major depressive disorder"),
    "medication": _split(
        "Suboxone 8 mg twice a day, Seroquel 300mg at night, Xanax 2 mg, Depakote 500 mg BID, "
        "methadone 90 mg daily, naltrexone 50 mg, insulin glargine 30 units, lithium 600 mg, "
        "Zoloft 100 mg, Adderall 20mg, Haldol 5 mg, Eliquis 5 mg, oxycodone 10 mg q6h, Keppra 750 mg"),
    "pregnancy": _split(
        "about 7 months pregnant, 22 weeks pregnant, pregnant (first trimester), 34 wks pregnant w/ twins, "
        "pregnant and due in March, 5 months along"),
    "overdose": _split(
        "fentanyl OD, overdosed on fentanyl, suspected xylazine overdose, OD'd on pills, "
        "heroin overdose, overdose on her mother's oxycodone"),
    "psych_hold": _split(
        "Chapter 51 emergency detention, 72-hour hold at BHD, EM-1 hold at the psych crisis unit, "
        "emergency detention at Behavioral Health, mental health hold"),
    "self_harm": _split(
        "history of cutting both wrists, self-inflicted lacerations to the forearm, suicide attempt by hanging last month, "
        "suicide attempt by cutting, history of self-harm"),
    "injury": tuple(p.strip() for p in (
        "fractured orbital, surgery at Froedtert; broken jaw wired shut; scalp laceration closed with 14 staples; "
        "GSW to the left thigh, through and through, treated and released; dog bite to the calf with 9 stitches; "
        "collapsed lung, chest tube placed; concussion, CT clear, kept overnight; "
        "second-degree burn to both hands needing skin grafts; ruptured spleen removed in surgery").split(";")),
}

SOURCE_PREFIXES = ("CI-", "CI #", "CS-", "SOI ", "SOI-", "source #", "CHS ", "CI ")


def fold(text: str) -> str:
    """The name as it is typed without diacritics (Đ and đ become D and d)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# -- numbers that are invented but well formed ---------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        d = int(char)
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_is_valid(vin: str) -> bool:
    return len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin[8] == vin_check(vin)


VIN_STARTS = ("1FTFW1E5", "2HGFC2F6", "1G1ZD5ST", "5NPE24AF", "3N1AB7AP", "1C4RJFAG", "JTDKN3DU", "4T1B11HK",
              "1HGCV1F3", "KNDJN2A2", "WBA3A5C5", "1FMCU9GD")
VIN_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# Plain openings and closings a member puts around a request (never spans).
OPENERS = ("Quick one: ", "hey, ", "Can you help? ", "Morning. ", "For my sergeant: ", "Not urgent. ", "Question - ",
           "Need a hand: ", "ok so ", "Before end of shift: ")
CLOSERS = (" Thanks.", " thx", " Appreciate it.", " Keep it short.", " Plain English please.", " Thank you!",
           " Need it by 1500.", " ty")

# Informants the templates describe by their relation to the target instead of a name (CONFIDENTIAL_SOURCE).
SOURCE_RELATIONS = ("the nephew who works the counter at the corner store", "our guy inside the Vice Lords set",
                    "his barber")
