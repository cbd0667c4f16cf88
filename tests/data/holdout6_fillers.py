"""Fictitious fillers for the sixth held-out corpus (holdout6.jsonl).

Every value here is invented for this file: names picked per group, 555-01xx phone numbers,
example.org/.com mail, documentation IP ranges, SSNs that follow the area rules, VINs with their
check digit, card numbers that pass Luhn. Nothing is copied from another corpus.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


def fold(text: str) -> str:
    """The text without diacritics (how a member types a name on a phone)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("Đ", "D").replace("đ", "d")


@dataclass(frozen=True)
class Names:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    women_only_surnames: tuple[str, ...] = ()

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men


def _words(text: str) -> tuple[str, ...]:
    """One name per line or comma; a name may hold several words."""
    return tuple(n.strip() for n in text.replace("\n", ",").split(",") if n.strip())


NAME_GROUPS: dict[str, Names] = {
    "ethiopian_eritrean": Names(
        _words("Meron, Hiwot, Selamawit, Tigist, Bethlehem, Mahlet, Rahel, Saba, Senait, Feven, Lidya, Mekdes, "
               "Tsion, Yordanos, Kidist, Almaz, Azeb, Genet, Frehiwot, Hirut, Abeba, Luwam, Winta, Semhar, Aster"),
        _words("Dawit, Yonas, Biniam, Henok, Mulugeta, Tewodros, Girma, Mesfin, Amanuel, Filmon, Natnael, Eyob, "
               "Kaleb, Tsegaye, Mikias, Robel, Teklu, Yared, Fikru, Nahom, Efrem, Berhane, Kidane, Yohannes"),
        _words("Gebremedhin, Haile, Tekle, Woldemariam, Gebreyesus, Bekele, Alemu, Tadesse, Kebede, Mengistu, "
               "Negash, Asfaw, Berhe, Gebru, Kidane, Abraha, Tsegay, Hagos, Desta, Weldu, Mebrahtu, Zewdu, Assefa, "
               "Demissie, Getachew, Worku, Ayele, Girmay, Tesfamariam, Habte, Yohannes, Mehari, Ghebremichael, "
               "Okbazghi, Fesseha, Teklehaimanot, Woldu, Legesse, Shiferaw, Abebe, Tilahun, Mulatu")),
    "vietnamese": Names(
        _words("Lan, Hương, Thảo, Ngọc, Linh, Trang, Phương, Hạnh, Thủy, Hằng, Nga, Vy, Uyên, Nhung, Diễm, Hoa, "
               "Yến, Loan, Tuyết, Bích, Quyên, Oanh, Kim, Nhi"),
        _words("Minh, Tuấn, Hùng, Dũng, Quang, Khoa, Long, Phúc, Thắng, Huy, Hiếu, Bảo, Vinh, Sơn, Trung, Đức, "
               "Khải, Nam, Tài, Cường, Thịnh, Lộc, Hải, Toàn"),
        _words("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Lương, "
               "Trịnh, Đinh, Tạ, Cao, Lâm, Châu, Tô, Hà, Quách, Đoàn, Thái, Vương, Kiều, La, Triệu, Từ, Tăng, "
               "Khúc, Mạc, Lạc, Diệp, Giang, Âu, Mai, Chu")),
    "lao": Names(
        _words("Noy, Khamla, Bouavanh, Chanthavy, Manivone, Phetsamone, Souksavanh, Sengdao, Mouk, Daovone, "
               "Keomany, Latsamy, Malavanh, Ounkham, Phoudsady, Sengchanh, Vilayphone, Sengmany, Bouasone, "
               "Amphone, Chansamone, Viengkham, Thipphavanh"),
        _words("Khamphone, Khamphao, Bounmy, Somphone, Phouvong, Vongsa, Sengphet, Thongchanh, Souksakhone, "
               "Bounleuth, Khamsing, Phetsomphou, Sisavath, Vanxay, Kongkeo, Outhay, Bounthanh, Inpeng, Sommay, "
               "Khamtanh, Somchith, Thavisak, Kheuan"),
        _words("Phommachanh, Sisouphanh, Vongsavath, Keovilay, Inthavong, Chanthavong, Sengsouvanh, Phanthavong, "
               "Souvannavong, Rattanavong, Xayavong, Manivong, Luangrath, Khounsavath, Thammavongsa, Douangmala, "
               "Vilaysane, Phimmasone, Sayasith, Bounyavong, Keokhamphoui, Phetsarath, Sihavong, Soukhaseum, "
               "Vongphachanh, Chanthaboury, Siharath, Phengsavath, Malavong, Sayavong, Xaysana, Nanthavong, "
               "Phomsavanh, Khamvongsa, Singharath, Vorachith, Southammavong, Oudomsouk, Thepsouvanh, "
               "Boualavong, Kittikoun, Inthirath")),
    "nepali_bhutanese": Names(
        _words("Sita, Gita, Laxmi, Bishnu Maya, Dil Maya, Tika, Sarita, Mina, Durga, Kamala, Radhika, Sabitra, "
               "Ganga, Bhagirathi, Pabitra, Sunita, Ruk Maya, Chandra Kala, Hari Maya, Indra Maya, Rupa, Manisha, "
               "Puja, Samjhana"),
        _words("Hari, Ram, Krishna, Bhim, Dil Bahadur, Tek Nath, Khadga, Purna, Tilak, Bhakta, Ganesh, Narayan, "
               "Dhan Bahadur, Mani Kumar, Yam, Lok Nath, Suk Bahadur, Om, Dambar, Jit, Prem, Kamal, Nar Bahadur, "
               "Rudra"),
        _words("Adhikari, Gurung, Rai, Subba, Tamang, Sharma, Dahal, Pokhrel, Bhattarai, Ghimire, Chhetri, "
               "Koirala, Nepal, Bista, Dhakal, Acharya, Khatiwada, Timsina, Niroula, Basnet, Magar, Limbu, Mongar, "
               "Kafley, Luitel, Dulal, Phuyal, Tiwari, Pradhan, Baral, Siwakoti, Giri, Rizal, Karki, Katwal, "
               "Bhandari, Neopane, Chapagai, Dhungana, Ghalley, Biswa, Thapa")),
    "ukrainian": Names(
        _words("Oksana, Olena, Iryna, Nataliia, Tetiana, Yuliia, Svitlana, Halyna, Liudmyla, Mariia, Kateryna, "
               "Viktoriia, Daryna, Anastasiia, Sofiia, Khrystyna, Nadiia, Larysa, Zoriana, Solomiia, Vira, "
               "Oleksandra, Ulyana, Yaryna"),
        _words("Oleksandr, Andrii, Taras, Mykola, Volodymyr, Serhii, Dmytro, Yurii, Bohdan, Vasyl, Ihor, Petro, "
               "Stepan, Roman, Maksym, Vitalii, Oleh, Yaroslav, Ostap, Mykhailo, Artem, Denys, Orest, Ivan"),
        _words("Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Oliinyk, Melnyk, Moroz, Lysenko, "
               "Savchenko, Rudenko, Marchenko, Petrenko, Koval, Boyko, Tkachuk, Kovalchuk, Polishchuk, Ponomarenko, "
               "Levchenko, Karpenko, Vasylenko, Romaniuk, Hnatiuk, Pavlyuk, Dmytruk, Fedoruk, Klymenko, Yakovenko, "
               "Sydorenko, Kuzmenko, Honcharuk, Stepaniuk, Holub, Bilyk, Kostiuk, Humeniuk, Symonenko, Lytvyn, "
               "Nazarenko, Ostapchuk, Prokopenko, Havryliuk")),
    "native_american": Names(
        _words("Winona, Tashina, Cheyenne, Kateri, Shawnee, Tiana, Marlene, Darlene, Roberta, Leona, Vernita, "
               "Bernadette, Lorraine, Charlene, Rochelle, Brandi, Chantel, Autumn, Talia, Alanna, Delphine, "
               "Theresa, Lucinda, Sharon"),
        _words("Dakota, Waylon, Forrest, Marlon, Leland, Delbert, Gerald, Vernon, Travis, Hunter, Tyrel, Wade, "
               "Cody, Darrell, Lance, Rodney, Lyle, Kenneth, Wesley, Norbert, Clifford, Elgin, Everett, Chaske"),
        _words("Decorah, Funmaker, Whitewing, Lonetree, Greendeer, Blackdeer, Littlegeorge, Thundercloud, "
               "Hopinkah, Smoke, Cloud, Littlejohn, Whiterabbit, Waukau, Pyawasit, Grignon, Oshkosh, Tomow, "
               "Kaquatosh, Wapoose, Chevalier, Skenandore, Danforth, Cornelius, Metoxen, Doxtator, Ninham, Powless, "
               "Summers, Jourdan, Corbine, Denomie, Gokee, Soulier, Newago, Defoe, Butterfield, Bigboy, Wilber, "
               "Webster, Mike, Bearheart, Redcloud, Hindsley")),
    "congolese": Names(
        _words("Neema, Furaha, Riziki, Aline, Chantal, Nadège, Josiane, Solange, Gisèle, Clarisse, Benite, "
               "Espérance, Mireille, Francine, Ornella, Dorcas, Faida, Sifa, Zawadi, Mwamini, Nsimire, Masika, "
               "Kahindo, Ngalula"),
        _words("Jean-Paul, Patrice, Didier, Fiston, Blaise, Cédric, Héritier, Dieudonné, Prosper, Serge, Aimé, "
               "Guylain, Trésor, Kambale, Muhindo, Baraka, Olivier, Papy, Alain, Thierry, Rodrigue, Landry, "
               "Jacques, Mumbere"),
        _words("Ilunga, Mbuyi, Tshibangu, Kalonji, Mukendi, Kasongo, Ngoy, Lukusa, Kabongo, Mwamba, Nzuzi, "
               "Makiese, Lumbala, Kanku, Tshimanga, Mulumba, Kazadi, Banza, Kayembe, Mpoyi, Bakajika, Ntumba, "
               "Mbala, Kiala, Nsimba, Lusamba, Kapend, Mayala, Ndaya, Kabamba, Mbiya, Nkulu, Paluku, Kasereka, "
               "Bahati, Byamungu, Bisimwa, Cirhuza, Mugisho, Kavira, Kahambu, Masumbuko")),
    "karen_burmese": Names(
        _words("Naw Eh Paw, Naw Hser Wah, Naw Mu Lah, Naw Paw Htoo, Naw Say Wah, Naw Ku Paw, Naw Dah Blut, "
               "Naw Ler Moo, Naw Tha Blay, Naw Mya Paw, Naw Gay Htoo, Naw Bway Paw, Naw Eh Ku, Naw Hsa Moo, "
               "Naw Pleh, Naw Wah Wah, Naw Thaw Thaw, Naw Sheh Paw, Naw Lah Say, Naw Baw Meh, Naw Nay Htoo, "
               "Naw Ree Moo, Naw Hser Nay"),
        _words("Saw Kaw Htoo, Saw Eh Kler, Saw Ler Wah, Saw Htoo Say, Saw Moo Thaw, Saw Pah Doh, Saw Blut Hsoe, "
               "Saw Tha Dah, Saw Kyaw Win, Saw Lay Htoo, Saw Gay Doh, Saw Hsa Taw, Saw Eh Moo, Saw Nay Lah, "
               "Saw Thoo Lei, Saw Wah Htoo, Saw Pler Say, Saw Ker Doh, Saw Mu Kee, Saw Bee Htoo, Saw Shee Wah, "
               "Saw Htee Moo, Saw Day Kaw"),
        _words("Htoo, Paw, Moo, Say, Wah, Soe, Win, Aung, Thaw, Lay, Hser, Doh, Nay, Ler, Kyaw, Tun, Thein, Lwin, "
               "Naing, Zaw, Min, Htun, Shee, Poe, Dee, Bway, Taw, Dah, Plo, Mya, Nyunt, Maung, Oo, Htay, Myint, "
               "Khu, Kler, Kee, Blay, Thu, Hla, Lah")),
    "afghan": Names(
        _words("Fariba, Zarghona, Mursal, Shabana, Parwana, Nilofar, Freshta, Mahbooba, Laila, Hosai, Marwa, "
               "Nazifa, Roya, Sadaf, Shakila, Wazhma, Yalda, Zarmina, Gulalai, Tamana, Farzana, Arezo, Masooda, "
               "Spozhmai"),
        _words("Farid, Jawid, Nasir, Hamid, Wahid, Zabihullah, Mirwais, Rahmatullah, Ajmal, Khalid, Najib, "
               "Shafiq, Habib, Rohullah, Fawad, Samiullah, Qais, Tamim, Zalmai, Obaid, Hekmat, Asadullah, Idrees, "
               "Sohrab"),
        _words("Ahmadzai, Popal, Karimi, Rahimi, Hashimi, Noori, Sultani, Safi, Wardak, Stanikzai, Mohmand, Niazi, "
               "Yousufzai, Sadat, Rasuli, Amiri, Haidari, Mujadidi, Samadi, Qaderi, Baheer, Hotak, Durrani, "
               "Barakzai, Omarzai, Nazari, Jalali, Faizi, Sharifi, Azizi, Taheri, Naseri, Kakar, Achakzai, "
               "Shinwari, Hakimi, Mansoori, Habibi, Ghafoori, Hamidi, Tokhi, Wali")),
    "haitian": Names(
        _words("Marie-Claire, Widline, Fabienne, Guerline, Mirlande, Rose-Marie, Yolande, Marjorie, Dieula, "
               "Carline, Medjine, Islande, Fedna, Myrlande, Rosemène, Wislande, Darline, Sherline, Chrisla, "
               "Magalie, Lunise, Ketly, Nadine, Rachelle"),
        _words("Wesner, Fritznel, Ronel, Wilner, Dieuseul, Lesly, Rony, Jude, Evens, Frantz, Guerby, Wisly, Roody, "
               "Kervens, Woodly, Peterson, Ernst, Marckenson, Jean-Rony, Fednel, Kesner, Widlet, Mackenson, "
               "Jocelin"),
        _words("Pierre, Jean-Louis, Joseph, Charles, Baptiste, Dorvil, Desir, Exantus, Fils-Aimé, Saint-Louis, "
               "Jean-Baptiste, Toussaint, Célestin, Augustin, Jeune, Louissaint, Michel, Estimé, Dorcely, "
               "Pierre-Louis, Valcin, Dorélien, Florestal, Mondésir, Lafortune, Bazile, Charlot, Innocent, "
               "Métellus, Noël, Petit-Frère, Sénatus, Thélusma, Vilsaint, Zéphir, Altidor, Bélizaire, Cadet, "
               "Delva, Étienne, Guerrier, Lubin, Pierrelus")),
    "puerto_rican": Names(
        _words("Marisol, Yaritza, Nilda, Zoraida, Carmen, Wanda, Lizette, Migdalia, Yesenia, Maricelis, Awilda, "
               "Iris, Ivelisse, Nayda, Jannette, Luz, Yamilet, Xiomara, Damaris, Keishla, Glorimar, Nereida, "
               "Betzaida, Aixa"),
        _words("Luis, Ángel, Héctor, Wilfredo, Edwin, Orlando, Javier, Jorge, Efraín, Rafael, Carlos, Wilson, "
               "Radamés, Eliezer, Gadiel, Josué, Nelson, Joel, Iván, Ramón, Yadiel, Ismael, Noel, Elvin"),
        _words("Rivera, Ortiz, Colón, Rodríguez, Torres, Santiago, Vázquez, Cruz, Rosado, Figueroa, Meléndez, "
               "Quiñones, Negrón, Ocasio, Serrano, Maldonado, Pagán, Cintrón, Rosario, Velázquez, Acevedo, Báez, "
               "Cordero, Irizarry, Lugo, Matos, Nieves, Otero, Padilla, Quiles, Soto, Toledo, Vélez, Burgos, "
               "Camacho, Feliciano, Marrero, Santana, Caraballo, Arroyo, Class, Rolón")),
    "mexican": Names(
        _words("Alejandra, Verónica, Leticia, Rocío, Adriana, Araceli, Esmeralda, Guillermina, Maricela, Socorro, "
               "Xóchitl, Itzel, Dulce, Citlali, Rosalba, Elvira, Paola, Ximena, Karla, Lorena, Nayeli, Fernanda, "
               "Marisela, Yolanda"),
        _words("Juan Carlos, Alejandro, Jesús, Francisco, Miguel, Arturo, Gerardo, Rogelio, Ricardo, Fernando, "
               "Sergio, Armando, Joaquín, Ulises, Eduardo, Salvador, Gustavo, Emiliano, Rigoberto, Leonel, Alfredo, "
               "Octavio, Humberto, Ezequiel, Cuauhtémoc"),
        _words("Hernández, García, Martínez, López, González, Pérez, Sánchez, Ramírez, Flores, Gómez, Díaz, "
               "Morales, Jiménez, Ruiz, Gutiérrez, Mendoza, Aguilar, Castillo, Vargas, Ramos, Chávez, Domínguez, "
               "Herrera, Medina, Guzmán, Salazar, Delgado, Ríos, Estrada, Contreras, Navarro, Cervantes, Zamora, "
               "Ibarra, Trujillo, Villalobos, Ochoa, Zúñiga, Bautista, Alvarado, Cárdenas, Espinoza, Montoya, "
               "Juárez")),
    "filipino": Names(
        _words("Maricel, Rowena, Jocelyn, Analyn, Marites, Girlie, Lorna, Rosalinda, Divina, Evangeline, Ligaya, "
               "Luzviminda, Marilou, Jennylyn, Rhodora, Teresita, Perla, Leonora, Imelda, Precy, Mylene, Cherrie, "
               "Liezl, Mariel"),
        _words("Rodel, Romeo, Arnel, Jomar, Reynaldo, Ronaldo, Efren, Danilo, Rolando, Jericho, Dante, Nestor, "
               "Rommel, Renato, Ariel, Edgardo, Rey, Alvin, Jayson, Virgilio, Bienvenido, Ernesto, Marvin, Jun"),
        _words("Santos, Reyes, Dela Cruz, Bautista, Villanueva, Mendoza, Aquino, Manalo, Pascual, Ramos, Castillo, "
               "Mercado, Salvador, Tolentino, Dizon, Soriano, Gonzales, Macaraeg, Lacson, Magbanua, Panganiban, "
               "Ocampo, Dimaculangan, Cabrera, Buenaventura, Manalastas, Sison, Agustin, Mangubat, Dumalagan, "
               "Pangilinan, Quiambao, Sarmiento, Tuazon, Yap, Bernardo, Evangelista, Galang, Malonzo, De Guzman, "
               "Catapang, Lumibao")),
    "nigerian": Names(
        _words("Chiamaka, Ngozi, Adaeze, Folake, Funmilayo, Yetunde, Nkechi, Ifeoma, Aisha, Zainab, Bukola, "
               "Amaka, Titilayo, Omolara, Kemi, Ebere, Chidinma, Adanna, Halima, Hauwa, Nneka, Ronke, Abimbola, "
               "Obiageli"),
        _words("Chukwuemeka, Tunde, Babatunde, Emeka, Obinna, Ikenna, Chinedu, Adebayo, Olumide, Segun, Femi, "
               "Ifeanyi, Nnamdi, Yusuf, Ibrahim, Musa, Abubakar, Kayode, Olawale, Chijioke, Ugochukwu, Gbenga, "
               "Rotimi, Kunle"),
        _words("Okafor, Adeyemi, Okonkwo, Eze, Nwosu, Ogunleye, Balogun, Okeke, Chukwu, Nwachukwu, Oyelaran, "
               "Afolabi, Ibekwe, Obi, Uzoma, Adewale, Ogundipe, Akinola, Oladipo, Olatunji, Bello, Abdullahi, "
               "Danjuma, Suleiman, Ogbonna, Ezeani, Nnadi, Okwuosa, Onuoha, Akande, Ojo, Oyewole, Ilori, Agu, "
               "Anyanwu, Iwu, Onwuka, Obasi, Uchendu, Adeleke, Olaniyan")),
    "liberian": Names(
        _words("Musu, Korto, Yei, Oretha, Comfort, Massa, Kebbeh, Famatta, Tenneh, Hawa, Satta, Mamie, Garmai, "
               "Bendu, Jartu, Decontee, Fatu, Youngor, Wokie, Kou, Siah, Nyenpu, Sianeh, Watta"),
        _words("Momo, Varney, Sekou, Tarnue, Augustine, Kpadeh, Gbessay, Saah, Flomo, Tamba, Fallah, Forkpa, "
               "Mambu, Josephus, Kerkula, Zubah, Alpha, Boimah, Kortu, Jlateh, Mator, Nyumah, Sumo, Dweh"),
        _words("Kollie, Jallah, Kamara, Kromah, Tweh, Wesseh, Tokpah, Toe, Zayzay, Gbarbea, Gayflor, Kpoto, "
               "Karnga, Wleh, Nyan, Tarpeh, Mulbah, Sackor, Bropleh, Dahn, Gono, Kiazolu, Paye, Vani, Yarkpawolo, "
               "Zinnah, Dolo, Kpangbai, Massaquoi, Fahnbulleh, Sando, Zogbaye, Sumo, Dweh, Flomo, Saah, Gaye, "
               "Kerkula, Beyan, Bility, Kanneh")),
    "iraqi": Names(
        _words("Noor, Zainab, Shaymaa, Rasha, Hiba, Ruqaya, Sura, Dina, Farah, Yasmin, Huda, Nadia, Maysoon, "
               "Asmaa, Alyaa, Sahar, Israa, Zahraa, Wafaa, Iman, Suha, Lina, Aseel, Duaa"),
        _words("Ali, Mustafa, Haider, Hussein, Ahmed, Omar, Ammar, Yasir, Muhannad, Karrar, Sajjad, Zaid, "
               "Muntadher, Abbas, Qasim, Raed, Saif, Wisam, Firas, Layth, Ayad, Basim, Falah, Kadhim"),
        _words("Al-Jubouri, Al-Dulaimi, Al-Obaidi, Al-Tamimi, Al-Saadi, Al-Rubaie, Al-Khafaji, Al-Shammari, "
               "Al-Zubaidi, Al-Bayati, Al-Mousawi, Al-Hilli, Al-Kubaisi, Al-Ani, Al-Janabi, Al-Azzawi, Al-Jaberi, "
               "Al-Lami, Al-Saedi, Al-Tai, Al-Ameri, Al-Bazzaz, Al-Kinani, Al-Fatlawi, Al-Qaisi, Al-Mashhadani, "
               "Al-Rawi, Al-Kaabi, Al-Yasiri, Al-Hamdani, Al-Najjar, Al-Assadi, Khalaf, Jassim, Hamoudi, Kareem, "
               "Mahdi, Yousif, Shamoun, Toma, Abdulkareem, Hanna")),
    "black_american": Names(
        _words("Tamika, Latoya, Keisha, Ebony, Tanisha, Latrice, Shanice, Aaliyah, Jasmine, Imani, Monique, "
               "Destiny, Kiara, Deja, Tiara, Brianna, Shantel, Nakia, Yolonda, Felicia, Bernice, Gwendolyn, "
               "Lakisha, Tierra"),
        _words("DeShawn, Jamal, Terrell, Darnell, Marquise, Tyrone, Andre, Malik, Jalen, Demetrius, Cedric, "
               "Reginald, Lamar, Antoine, Devonte, Xavier, Darius, Quentin, Marcus, Jerome, Tyrell, Kendrick, "
               "Rashad, Montrell"),
        _words("Washington, Jefferson, Jackson, Robinson, Booker, Mosley, Gaines, Pruitt, Hairston, Wilkins, "
               "Tillman, Whitfield, Coleman, Blackmon, Dukes, Rucker, Stallworth, Haynes, Merriweather, Toliver, "
               "Ivory, Smalls, Bynum, Crenshaw, Fountain, Granger, Holloway, Lockhart, McNeal, Redmond, Sims, "
               "Tatum, Vaughn, Childress, Dorsey, Epps, Fulton, Givens, Hollins, Jenkins, Seals, Burrell")),
    "anglo": Names(
        _words("Megan, Heather, Kristin, Amanda, Jessica, Courtney, Lindsey, Brittany, Kelsey, Molly, Erin, "
               "Abigail, Hannah, Caitlin, Allison, Rebecca, Laura, Whitney, Stacy, Kimberly, Holly, Jennifer, "
               "Shannon, Melissa"),
        _words("Kyle, Tyler, Brandon, Dustin, Matthew, Ryan, Jacob, Connor, Brett, Logan, Garrett, Derek, Scott, "
               "Jason, Bradley, Nathan, Zachary, Trevor, Shane, Corey, Justin, Mitchell, Chad, Colin"),
        _words("Anderson, Thompson, Harrison, Fletcher, Whitaker, Bennett, Cartwright, Pembrook, Hollister, "
               "Aldridge, Barlow, Caldwell, Dunbar, Ellsworth, Fairbanks, Garland, Hadley, Kendall, Langley, "
               "Mansfield, Norwood, Oakley, Prescott, Radcliffe, Sutton, Thornton, Underwood, Wakefield, Yardley, "
               "Ashford, Blakely, Crawford, Dalton, Emerson, Fenwick, Gilmore, Hartley, Kingsley, Lowell, Merritt, "
               "Pickett, Stroud")),
}

GROUP_ORDER = ("ethiopian_eritrean", "vietnamese", "lao", "nepali_bhutanese", "ukrainian", "native_american",
               "congolese", "karen_burmese", "afghan", "haitian", "puerto_rican", "mexican", "filipino", "nigerian",
               "liberian", "iraqi", "black_american", "anglo")

# Groups whose names are written with diacritics in records; an item keeps them or types them plain.
DIACRITIC_GROUPS = ("vietnamese", "congolese", "haitian", "puerto_rican", "mexican")
# Groups where a second surname may be joined with a hyphen.
DOUBLE_SURNAME_GROUPS = ("puerto_rican", "mexican")

# Street nicknames, quoted inside a name or used alone.
NICKNAMES = ("Peanut", "Lil Bit", "Ghost", "Tiny", "Scooter", "Boogie", "Deuce", "Dolla", "Shorty", "Bam",
             "Pooh", "Killa", "Moose", "Noodle", "Pookie", "Red", "Slim", "Taz", "Bird", "Lefty", "Chino",
             "Junebug", "Biggie", "Smokey")


def feminine_surname(group: str, surname: str) -> str:
    """No group of this corpus changes a surname for women; kept for the shared shape tests."""
    return surname


# ---------------------------------------------------------------- numbers and places

MKE_STREETS = ("N 35th St", "W Burleigh St", "W Center St", "N Sherman Blvd", "W Lisbon Ave", "S 16th St",
               "W Lincoln Ave", "W Oklahoma Ave", "N Teutonia Ave", "W Capitol Dr", "N Holton St",
               "W Mitchell St", "S Layton Blvd", "W Hampton Ave", "N 76th St", "W Silver Spring Dr", "W Villard Ave",
               "E Locust St", "W Forest Home Ave", "N 27th St", "W Vliet St", "W Keefe Ave", "W Fond du Lac Ave",
               "S Kinnickinnic Ave", "W Greenfield Ave", "W National Ave", "N 19th St", "W Auer Ave",
               "N 51st Blvd", "W Hopkins St", "S 24th St", "W Morgan Ave", "N Green Bay Ave", "W Florist Ave",
               "N 91st St", "W Custer Ave", "S 13th St", "W Becher St", "N 44th St", "W Wright St")
UNITS = ("Apt 2", "Apt 3B", "Unit 104", "Upper", "Lower", "#6", "Apt 12", "Rear", "Unit C", "Apt 2F")
ZIPS = ("53206", "53210", "53216", "53204", "53215", "53218", "53209", "53212", "53233", "53223", "53225")


def address(rng: random.Random, unit: bool | None = None, city: bool | None = None) -> str:
    number = rng.randrange(1100, 9900)
    street = rng.choice(MKE_STREETS)
    text = f"{number} {street}"
    if unit if unit is not None else rng.random() < 0.35:
        text += " " + rng.choice(UNITS)
    if city if city is not None else rng.random() < 0.3:
        text += f", Milwaukee, WI {rng.choice(ZIPS)}"
    return text


def block(rng: random.Random) -> str:
    return f"{rng.randrange(11, 99)}00 block of {rng.choice(MKE_STREETS)}"


CROSS_STREETS = ("N 27th St and W Center St", "W Burleigh St and N Sherman Blvd", "S 16th St and W Lincoln Ave",
                 "N Teutonia Ave and W Capitol Dr", "W Fond du Lac Ave and N 35th St", "S 13th St and W Oklahoma Ave",
                 "N 76th St and W Silver Spring Dr", "W North Ave and N 60th St", "N Holton St and E Locust St",
                 "W Hampton Ave and N 51st St")


def phone(rng: random.Random) -> str:
    last = f"01{rng.randrange(0, 100):02d}"
    area = rng.choice(("414", "414", "262", "608"))
    return rng.choice((f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"555-{last}"))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def dob(rng: random.Random) -> str:
    year = rng.randrange(1952, 2010)
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{month:02d}/{day:02d}/{year}"
    if shape == 1:
        return f"{month}-{day}-{year % 100:02d}"
    if shape == 2:
        return f"{MONTHS[month - 1]} {day}, {year}"
    if shape == 3:
        return f"{year}-{month:02d}-{day:02d}"
    if shape == 4:
        return f"{day:02d} {MONTHS[month - 1][:3].upper()} {year}"
    return f"{month}/{day}/{year % 100:02d}"


def ssn(rng: random.Random) -> str:
    area = rng.randrange(600, 666)
    return f"{area:03d}-{rng.randrange(10, 99):02d}-{rng.randrange(1000, 9999):04d}"


PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    shape = rng.randrange(4)
    if shape == 0:
        return f"{letters}-{rng.randrange(1000, 9999)}"
    if shape == 1:
        return f"{letters}{rng.randrange(1000, 9999)}"
    if shape == 2:
        return f"{rng.randrange(100, 999)}-{letters}"
    return f"{letters[:2]} {rng.randrange(10000, 99999)}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def vin(rng: random.Random) -> str:
    body = [rng.choice(VIN_CHARS) for _ in range(17)]
    body[0] = rng.choice("1245J")
    body[9] = rng.choice("GHJKLMNPRS")  # model years 2016-2025
    body[8] = "0"
    body[8] = _vin_check("".join(body))
    return "".join(body)


def vin_is_valid(text: str) -> bool:
    return len(text) == 17 and all(c in VIN_CHARS for c in text) and _vin_check(text) == text[8]


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
    digits = [rng.choice("45")] + [str(rng.randrange(10)) for _ in range(14)]
    for check in "0123456789":
        if luhn_ok("".join(digits) + check):
            digits.append(check)
            break
    text = "".join(digits)
    return " ".join(text[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else text


def bank_account(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(rng.choice((8, 9, 10, 12))))


def driver_license(rng: random.Random, surname: str = "") -> str:
    first = fold(surname)[:1].upper() if surname and fold(surname)[:1].isalpha() else rng.choice("BCDGHKLMPRSTW")
    d = "".join(str(rng.randrange(10)) for _ in range(13))
    return f"{first}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}" if rng.random() < 0.7 else first + d


def ip_address(rng: random.Random) -> str:
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(2, 254)}"


def email(rng: random.Random, given: str, surname: str) -> str:
    g = fold(given).lower().replace(" ", "").replace("-", "")
    s = fold(surname).lower().replace(" ", "").replace("-", "")
    local = rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randrange(10, 99)}", f"{s}.{g}"))
    return f"{local}@{rng.choice(('example.org', 'example.com'))}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


CASE_SHAPES = ("mpd", "mpd_long", "county", "county_short", "citation", "municipal", "da", "arrest", "cad",
               "supplement", "federal", "juvenile")


# Shapes a member writes after a bare "case": the others (citations, federal, municipal, juvenile, DA and
# arrest numbers) are asked for by name in a template that says what they are.
GENERAL_CASE_SHAPES = ("mpd", "mpd_long", "cad", "supplement", "county", "county_short")


def case_number(rng: random.Random, shape: str | None = None) -> str:
    shape = shape or rng.choice(GENERAL_CASE_SHAPES)
    year = rng.choice(("25", "26"))
    if shape == "mpd":
        return f"{year}-{rng.randrange(100000, 199999)}"
    if shape == "mpd_long":
        return f"20{year}-{_digits(rng, 8)}"
    if shape == "county":
        return f"20{year}{rng.choice(('CF', 'CM', 'CT', 'FA'))}{rng.randrange(0, 9000):06d}"
    if shape == "county_short":
        return f"{year}{rng.choice(('CF', 'CM'))}{rng.randrange(100, 4999)}"
    if shape == "citation":
        return f"{rng.choice('EKTY')}{_digits(rng, 7)}"
    if shape == "municipal":
        return f"MC-{year}-{rng.randrange(10000, 99999)}"
    if shape == "da":
        return f"DA{year}-{rng.randrange(1000, 9999)}-{rng.choice('ABC')}"
    if shape == "arrest":
        return f"A{year}-{_digits(rng, 6)}"
    if shape == "cad":
        return f"{year}{rng.randrange(1, 366):03d}-{_digits(rng, 4)}"
    if shape == "supplement":
        return f"{year}-{rng.randrange(100000, 199999)}-S{rng.randrange(1, 9)}"
    if shape == "federal":
        return f"2:{year}-cr-{rng.randrange(1, 400):05d}"
    if shape == "juvenile":
        return f"20{year}JV{rng.randrange(0, 900):06d}"
    raise ValueError(shape)


def cji_identifier(rng: random.Random, shape: str | None = None) -> str:
    shape = shape or rng.choice(("fbi", "sid", "nic", "warrant", "booking"))
    if shape == "fbi":
        return f"{_digits(rng, 6)}{rng.choice('ABCDEHKL')}{rng.choice('ABCDEHKL')}{rng.randrange(10)}"
    if shape == "sid":
        return f"WI{_digits(rng, 8)}"
    if shape == "nic":
        return f"{rng.choice('WPV')}{_digits(rng, 9)}"
    if shape == "warrant":
        return f"W{rng.choice(('25', '26'))}-{_digits(rng, 5)}"
    if shape == "booking":
        return f"{rng.choice(('2025', '2026'))}-{_digits(rng, 6)}"
    if shape == "ori":
        return f"WI0{_digits(rng, 6)}"
    raise ValueError(shape)


def source_code(rng: random.Random) -> str:
    return rng.choice((f"CI-{_digits(rng, 4)}", f"SOI-{rng.randrange(100, 999)}", f"CS-26-{_digits(rng, 3)}",
                       f"MPD-CI-{_digits(rng, 4)}", f"CHS-{_digits(rng, 5)}", f"C{_digits(rng, 4)}"))


# ---------------------------------------------------------------- medical phrases (each one gold span)

MEDICAL = {
    "dx": ("type 1 diabetes", "paranoid schizophrenia", "bipolar I disorder", "PTSD", "stage 3 breast cancer",
           "HIV", "early-onset dementia", "epilepsy", "hepatitis C", "autism spectrum disorder",
           "sickle cell disease", "COPD", "major depressive disorder", "opioid use disorder",
           "a seizure disorder", "schizoaffective disorder", "fetal alcohol syndrome", "multiple sclerosis"),
    "preg": ("24 weeks pregnant", "about 31 weeks pregnant", "19 weeks along", "32 weeks pregnant with twins",
             "8 weeks pregnant", "pregnant, 27 weeks", "36 weeks pregnant", "roughly 14 weeks pregnant"),
    "od": ("a fentanyl overdose", "an oxycodone overdose", "a suspected fentanyl and xylazine overdose",
           "an alprazolam overdose", "a heroin overdose", "a methamphetamine overdose", "a clonazepam overdose",
           "a carfentanil overdose", "an overdose on fentanyl-laced pills"),
    "psych": ("placed on a Chapter 51 emergency detention", "admitted to the psychiatric crisis unit",
              "committed to the county mental health complex", "admitted inpatient to the psychiatric unit",
              "held on an emergency detention under 51.15", "placed on a 72-hour involuntary psychiatric hold"),
    "psychn": ("emergency detention under 51.15", "72-hour involuntary psychiatric hold", "Chapter 51 emergency detention",
               "inpatient psychiatric admission", "involuntary psychiatric commitment",
               "emergency detention at the Behavioral Health crisis service"),
    "selfharm": ("a suicide attempt by hanging", "self-inflicted cuts to both forearms", "self-inflicted lacerations to the left wrist",
                 "an intentional ingestion of 40 acetaminophen tablets", "a suicide attempt with a belt",
                 "self-inflicted burns to the forearms", "a suicide attempt by cutting"),
    "inj": ("a fractured left orbital repaired with surgery", "a stab wound to the abdomen that needed surgery",
            "a gunshot wound to the right thigh, treated and released", "a broken wrist set in a cast",
            "twelve stitches above the right eye", "a concussion and two cracked ribs",
            "second-degree burns to both hands treated in the burn unit", "a dislocated shoulder reduced in the ER",
            "a collapsed lung treated with a chest tube", "a fractured jaw wired shut", "a skull fracture and a brain bleed",
            "a bite wound to the forearm closed with sutures"),
    "injb": ("a fractured left orbital repaired with surgery", "twelve stitches above the right eye",
             "a concussion and two cracked ribs", "a broken wrist set in a cast", "a fractured jaw wired shut",
             "a skull fracture and a brain bleed", "a dislocated shoulder reduced in the ER",
             "a broken nose packed in the ER", "a fractured cheekbone needing surgery"),
    "injg": ("a gunshot wound to the right thigh, treated and released", "a gunshot wound to the abdomen that needed surgery",
             "a through-and-through gunshot wound to the left arm", "a graze wound to the scalp closed with staples",
             "a gunshot wound to the chest with a collapsed lung"),
    "rx": ("sertraline 100 mg daily", "Suboxone 8 mg twice a day", "lithium 300 mg three times a day",
           "Seroquel 200 mg at bedtime", "insulin glargine 20 units nightly", "Depakote 500 mg twice daily",
           "methadone 90 mg a day", "Eliquis 5 mg twice daily", "clozapine 400 mg", "Adderall 20 mg",
           "Keppra 750 mg twice a day", "Biktarvy once daily", "haloperidol decanoate 100 mg monthly shots"),
}

# ---------------------------------------------------------------- tactical phrases (each one gold span)

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def tactical_time_place(rng: random.Random) -> str:
    hour = rng.choice(("0430", "0445", "0500", "0515", "0530", "0600", "2200", "2330", "1900"))
    day = rng.choice(DAYS)
    shape = rng.randrange(3)
    if shape == 0:
        return f"{hour} hrs {day} at {address(rng, city=False)}"
    if shape == 1:
        return f"{day} {rng.randrange(3, 12)}/{rng.randrange(1, 29)} at {hour}, {address(rng, city=False)}"
    return f"{address(rng, unit=False, city=False)} on {day} at {hour} hours"


STAGING = ("the Pick 'n Save lot at 35th and Capitol", "the lot behind the closed Walgreens on W Burleigh St",
           "the church lot at N 51st St and W Hampton Ave", "the fire station lot on W Fond du Lac Ave",
           "the District 7 back lot", "the Mitchell Park Domes lot", "the school bus yard on W Mill Rd",
           "the Aldi lot at 76th and Good Hope", "the vacant Kmart lot on S 27th St", "the gas station at 60th and Villard")
POSTS = ("the second-floor window of the vacant duplex across the street", "an unmarked van on the east curb of N 29th St facing north",
         "the rooftop of the laundromat across from the target", "the alley garage behind the target house",
         "the upstairs flat at the corner, rented for the week", "a pole camera on the alley light pole",
         "the parking structure across from the bar, third level", "the church bell tower on the next block")
ENTRIES = ("breach the rear door while Team 2 holds the front", "knock-and-announce at the side door with the ram team",
           "rear entry through the kitchen door, K9 on the north side", "flashbang in the front room then entry from the porch",
           "entry through the basement door off the alley", "SWAT takes the upper, Team 3 the lower, simultaneous entry")
UC_IDENTITIES = ("Nina from Waukegan", "Big Lou from Rockford", "Tee from the South Side", "Jay Kenosha",
                 "Cuz from Gary", "Mona the nail tech", "Ricky Racine", "Dee from Beloit", "Stacks", "Auntie Pearl")

# ---------------------------------------------------------------- phrases that are not spans

STATUTES = ("Wis. Stat. § 940.19(1)", "§ 943.20(1)(a)", "Wis. Stat. § 346.04(3)", "§ 968.24", "§ 961.41(1m)",
            "Wis. Stat. § 51.15", "§ 947.01", "§ 948.02(2)", "§ 939.05", "Wis. Stat. § 968.075")
CRIME_STATUTES = ("Wis. Stat. § 940.19(1)", "§ 943.20(1)(a)", "§ 947.01(1)", "Wis. Stat. § 943.10(1m)",
                  "§ 961.41(3g)", "§ 946.41(1)", "Wis. Stat. § 941.23", "§ 943.23(2)")
SOPS = ("SOP 682", "SOP 682.35", "SOP 682.30", "SOP 001", "SOP 085", "SOP 300", "SOP 460", "SOP 660", "SOP 730",
        "SOP 263")
CASE_LAW = ("Terry v. Ohio", "Graham v. Connor", "Miranda v. Arizona", "Rodriguez v. United States",
            "Carpenter v. United States", "Brady v. Maryland", "Mapp v. Ohio", "Pennsylvania v. Mimms",
            "Riley v. California", "Tennessee v. Garner")
TIMES = ("0214 hours", "2317 hrs", "about 1:40 am", "1845 hours", "around 11:15 pm", "0932 hrs", "1608 hours")
DATES = ("March 3", "the 14th", "Saturday the 8th", "Feb. 22", "October 9", "New Year's Eve", "June 30")
PARKS = ("Washington Park", "Sherman Park", "Kosciuszko Park", "Mitchell Park", "Dineen Park", "Lincoln Park",
         "Humboldt Park", "Tiefenthaler Park")
PERSON_STREETS = ("Martin Luther King Jr. Dr", "Cesar E. Chavez Dr", "Vel R. Phillips Ave", "Hank Aaron State Trail",
                  "N Doctor M.L.K. Jr. Dr", "W Hank Aaron St", "S Cesar E. Chavez Dr", "N Vel R. Phillips Ave")
