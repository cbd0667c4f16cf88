"""Fictitious fillers for the ninth held-out corpus (holdout9.jsonl).

Every person, number and place here is invented for this file: phones are 555-01xx, mail is
example.org / example.com, IPs sit in the documentation ranges, SSNs keep the area rules, VINs carry
their check digit and card numbers pass Luhn. Names are grouped by origin so that recall can be read
per group; women's and men's given names are kept apart so that pronouns in the templates agree.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NameGroup:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]                       # worn by women and men alike
    women_only_surnames: tuple[str, ...] = ()      # feminine forms (Polish -ska, Greek -ou, Uzbek -ova)
    men_only_surnames: tuple[str, ...] = ()
    no_second_given: bool = False                  # naming custom without a second given name

    @property
    def given(self) -> tuple[str, ...]:
        return self.women + self.men

    @property
    def middles_women(self) -> tuple[str, ...]:
        return ()

    @property
    def middles_men(self) -> tuple[str, ...]:
        return ()

    @property
    def all_surnames(self) -> tuple[str, ...]:
        return self.surnames + self.women_only_surnames + self.men_only_surnames

    def surname_for(self, woman: bool) -> tuple[str, ...]:
        return self.surnames + (self.women_only_surnames if woman else self.men_only_surnames)


def _w(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


NAME_GROUPS: dict[str, NameGroup] = {
    "anglo": NameGroup(
        _w("Abigail; Brittany; Caitlyn; Dana; Emily; Heather; Jennifer; Kelsey; Lauren; Megan; Molly; Paige; "
           "Rebecca; Sarah; Tiffany; Amber; Courtney; Holly; Kristen; Lindsey; Shannon; Whitney; Alyssa; Brooke"),
        _w("Austin; Brandon; Cody; Dustin; Garrett; Hunter; Jacob; Kyle; Logan; Mason; Nathan; Ryan; Travis; "
           "Tyler; Wyatt; Zachary; Bradley; Colton; Derek; Jeremy; Scott; Trevor; Chad; Dalton"),
        _w("Anderson; Baker; Bennett; Brooks; Carlson; Collins; Cooper; Dawson; Ellis; Fisher; Foster; Gardner; "
           "Griffin; Harper; Hayes; Holloway; Hughes; Jennings; Kendall; Lawson; Mitchell; Morgan; Palmer; Parker; "
           "Porter; Reed; Russell; Sawyer; Shepherd; Simmons; Spencer; Stevens; Thompson; Turner; Warren; Webb; "
           "Wheeler; Whitaker; Wright; Yates; Chambers; Goodwin")),
    "black_american": NameGroup(
        _w("Aaliyah; Ebony; Imani; Jasmine; Keisha; LaToya; Monique; Nia; Shanice; Tamika; Tanisha; Destiny; "
           "Jada; Kiara; Latrice; Precious; Shaniqua; Tierra; Essence; Dominique; Breonna; Ayanna; Raven; Kenyatta"),
        _w("Andre; Darnell; DeShawn; Jamal; Jaylen; Keon; Lamar; Malik; Marquise; Terrell; Tyrone; DeAndre; "
           "Demetrius; Darius; Jermaine; Quentin; Rashad; Reggie; Cedric; Devonte; Kendrick; Marcus; Isaiah; Terrance"),
        _w("Washington; Jefferson; Jackson; Banks; Booker; Freeman; Gaines; Glover; Haywood; Hollins; Ivory; "
           "Jenkins; Lockett; Mabry; McNeal; Merriweather; Nance; Odom; Pettaway; Pruitt; Rucker; Shivers; Starks; "
           "Tolliver; Vaughn; Whitfield; Woodson; Battle; Blackmon; Coleman; Dorsey; Grier; Hairston; Kimbrough; "
           "Moten; Peoples; Randle; Spears; Threatt; Thigpen")),
    "hispanic": NameGroup(
        _w("María; Guadalupe; Alejandra; Yesenia; Xiomara; Marisol; Leticia; Rocío; Araceli; Daniela; Fernanda; "
           "Itzel; Jimena; Lourdes; Maribel; Paola; Rosalba; Sofía; Verónica; Yadira; Ximena; Belén; Mónica; Noemí"),
        _w("José; Juan; Luis; Jesús; Alejandro; Rogelio; Eduardo; Fernando; Héctor; Joaquín; Julio; Marco; "
           "Octavio; Ramón; Rubén; Santiago; Tomás; Ulises; Víctor; Efraín; Iván; Gerardo; Arturo; Emiliano"),
        _w("García; Hernández; López; Martínez; Rodríguez; González; Pérez; Sánchez; Ramírez; Torres; Flores; "
           "Rivera; Gómez; Díaz; Reyes; Morales; Cruz; Ortiz; Gutiérrez; Chávez; Ramos; Ruiz; Mendoza; Álvarez; "
           "Castillo; Jiménez; Vargas; Romero; Herrera; Medina; Aguilar; Vega; Castro; Delgado; Salazar; Ibarra; "
           "Zúñiga; Cervantes; Peña; Ochoa; Villalobos; Espinoza")),
    "hmong": NameGroup(
        _w("Mai; Pa Nhia; Mai Nou; Kia; Bao; Nou; Yer; Choua; Pang; Xee; Zoua; Sheng; Gao; Ka Zoua; Houa; Maiv; "
           "Paj; Nkauj Hli; Dao; Ia; Phoua; Mai Chia; Ker"),
        _w("Tou; Chue; Fue; Kou; Neng; Pao; Teng; Toua; Xai; Yia; Nao; Cher; Koua; Ger; Chong; Tong; Meng; Lue; "
           "Pheng; Ying; Txoj; Tsav; Va; Nhia Pao"),
        _w("Vang; Vaj; Xiong; Xyooj; Yang; Yaj; Thao; Thoj; Lee; Lis; Ly; Lor; Lauj; Moua; Muas; Her; Hawj; Hang; "
           "Haam; Vue; Vwj; Khang; Khaab; Kue; Kwm; Cha; Tsab; Chang; Tsheej; Cheng; Fang; Faj; Kong; Koo; Pha; "
           "Phab; Lo; Hue; Mua; Vu; Thor"),
        no_second_given=True),
    "polish": NameGroup(
        _w("Agnieszka; Katarzyna; Małgorzata; Joanna; Magdalena; Ewa; Dorota; Zofia; Beata; Bożena; Grażyna; "
           "Halina; Jadwiga; Krystyna; Renata; Urszula; Wiesława; Aleksandra; Justyna; Iwona; Elżbieta; Danuta; "
           "Teresa; Marzena"),
        _w("Łukasz; Krzysztof; Tomasz; Piotr; Paweł; Michał; Grzegorz; Marek; Wojciech; Andrzej; Jarosław; "
           "Kazimierz; Mirosław; Stanisław; Zbigniew; Bartosz; Dariusz; Jacek; Rafał; Sławomir; Tadeusz; Witold; "
           "Zdzisław; Mateusz"),
        _w("Nowak; Wójcik; Kowalczyk; Woźniak; Mazur; Krawczyk; Kaczmarek; Zając; Król; Wieczorek; Pietrzak; "
           "Adamczyk; Dudek; Wróbel; Pawlak; Michalak; Sikora; Baran; Szewczyk; Nowak-Kowalczyk"),
        _w("Kowalska; Wiśniewska; Lewandowska; Zielińska; Szymańska; Dąbrowska; Kozłowska; Jankowska; "
           "Wojciechowska; Kwiatkowska; Kamińska; Jasińska; Zawadzka; Sadowska; Wróblewska; Nowak-Kowalska"),
        _w("Kowalski; Wiśniewski; Lewandowski; Zieliński; Szymański; Dąbrowski; Kozłowski; Jankowski; "
           "Wojciechowski; Kwiatkowski; Kamiński; Jasiński; Zawadzki; Sadowski; Wróblewski")),
    "german_wisconsin": NameGroup(
        _w("Gretchen; Heidi; Ilse; Liesl; Frieda; Greta; Hanna; Karin; Marlene; Renate; Ursula; Elke; Anneliese; "
           "Brigitte; Dagmar; Sabine; Lotte; Trudi; Erika; Kristin; Anke; Jutta; Wilhelmina; Hedwig"),
        _w("Dieter; Helmut; Gunther; Klaus; Werner; Wolfgang; Otto; Fritz; Heinz; Gerhard; Manfred; Rolf; Lukas; "
           "Jürgen; Uwe; Kurt; Ernst; Reinhold; Wilhelm; Konrad; Horst; Matthias; Arno; Bernd"),
        _w("Schmidt; Schneider; Müller; Mueller; Fischer; Weber; Schultz; Wagner; Becker; Hoffmann; Koch; Bauer; "
           "Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Braun; Krüger; Hartmann; Lange; Krause; "
           "Lehmann; Kohler; Schaefer; Vogel; Stein; Jaeger; Brandt; Haas; Ziegler; Kuehn; Pfeiffer; Dietrich; "
           "Engel; Hahn; Voss; Reinke; Gessner; Ebert; Kasten; Luedtke; Radtke; Schoenecker; Wiedemann")),
    "irish": NameGroup(
        _w("Siobhan; Aoife; Niamh; Caoimhe; Róisín; Saoirse; Máire; Bridget; Colleen; Maureen; Kathleen; "
           "Deirdre; Eileen; Fiona; Grainne; Orla; Sinéad; Aisling; Clodagh; Nuala; Mairead; Eimear; Ciara; Sheila"),
        _w("Seán; Ciarán; Pádraig; Liam; Declan; Cormac; Eoin; Fergus; Oisín; Darragh; Cillian; Rory; Brendan; "
           "Conor; Dermot; Killian; Niall; Ronan; Tadhg; Colm; Donal; Fintan; Kieran; Aidan"),
        _w("Murphy; Kelly; O'Sullivan; Walsh; O'Brien; Byrne; Ryan; O'Connor; O'Neill; O'Reilly; Doyle; McCarthy; "
           "Gallagher; O'Doherty; Kennedy; Lynch; Murray; Quinn; McLoughlin; O'Carroll; Connolly; Daly; "
           "O'Connell; Dunne; Brennan; Burke; Fitzgerald; Flanagan; Keane; Kavanagh; McGrath; Nolan; Power; "
           "Whelan; Hennessy; Mulcahy"),
        _w("Ní Bhriain; Ní Dhónaill; Nic Giolla Phádraig"),
        _w("Ó Briain; Ó Dónaill; Mac Giolla Phádraig")),
    "italian": NameGroup(
        _w("Giulia; Francesca; Chiara; Alessandra; Valentina; Federica; Martina; Elisa; Serena; Lucia; Rosalia; "
           "Concetta; Antonella; Graziella; Carmela; Teresa; Paola; Gianna; Mariangela; Roberta; Silvia; "
           "Donatella; Ilaria; Beatrice"),
        _w("Giuseppe; Giovanni; Antonio; Salvatore; Francesco; Vincenzo; Luca; Matteo; Lorenzo; Alessandro; "
           "Dario; Enzo; Fabrizio; Gennaro; Massimo; Nicola; Paolo; Raffaele; Sergio; Stefano; Vito; Carmine; "
           "Rocco; Domenico"),
        _w("Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; "
           "Conti; De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti; Barbieri; Fontana; Santoro; "
           "Mariani; Rinaldi; Caruso; Ferrara; Galli; Martini; Leone; Longo; Gentile; Martinelli; Vitale; "
           "Lombardo; Serra; Coppola; De Santis; D'Angelo; Marchetti; Parisi; Di Stefano; LoCicero; Balistreri")),
    "greek": NameGroup(
        _w("Eleni; Katerina; Despina; Athanasia; Sofia; Georgia; Vasiliki; Dimitra; Anastasia; Paraskevi; "
           "Christina; Ioanna; Evangelia; Konstantina; Panagiota; Stavroula; Theodora; Angeliki; Chrysoula; "
           "Kalliopi; Foteini; Zoe; Irini; Maria"),
        _w("Georgios; Dimitrios; Konstantinos; Ioannis; Nikolaos; Panagiotis; Vasilis; Christos; Athanasios; "
           "Evangelos; Spyros; Stavros; Theodoros; Michalis; Kostas; Yiannis; Petros; Andreas; Apostolos; "
           "Stelios; Thanasis; Manolis; Leonidas; Charalambos"),
        _w("Georgiou; Dimitriou; Ioannou; Pappas; Christou; Andreou; Nikolaou; Petrou; Athanasiou; Vasileiou; "
           "Antoniou; Economou; Stavrou; Kyriakou; Theodorou; Pavlou; Lambrou; Demos; Karras; Alexiou"),
        _w("Papadopoulou; Nikolaidou; Konstantinidou; Karagianni; Papadaki; Georgiadou; Vlachou; Makri; "
           "Oikonomidou; Lazaridou; Antonopoulou; Tsoukala"),
        _w("Papadopoulos; Nikolaidis; Konstantinidis; Karagiannis; Papadakis; Georgiadis; Vlachos; Makris; "
           "Oikonomidis; Lazaridis; Antonopoulos; Tsoukalas")),
    "armenian": NameGroup(
        _w("Ani; Anahit; Arpi; Araksi; Armine; Gayane; Hasmik; Knarik; Lusine; Mariam; Nairi; Nune; Ruzanna; "
           "Siranush; Sona; Tamar; Tatevik; Shushan; Lilit; Karine; Seda; Satenik; Margarit; Zabel"),
        _w("Aram; Armen; Arsen; Ashot; Avetik; Davit; Gagik; Garegin; Gevorg; Grigor; Hakob; Hayk; Hovhannes; "
           "Karen; Levon; Mher; Narek; Raffi; Sarkis; Suren; Tigran; Vahan; Vardan; Zaven"),
        _w("Petrosyan; Hovhannisyan; Harutyunyan; Sargsyan; Grigoryan; Khachatryan; Hakobyan; Vardanyan; "
           "Karapetyan; Gevorgyan; Mkrtchyan; Avetisyan; Manukyan; Ghazaryan; Galstyan; Poghosyan; Stepanyan; "
           "Martirosyan; Baghdasaryan; Asatryan; Torosyan; Kazarian; Keshishian; Boyajian; Der Bedrosian; "
           "Der Ohanessian; Papazian; Nalbandian; Tashjian; Manoogian; Arzoumanian; Demirjian; Kouyoumjian; "
           "Hagopian; Melkonian; Simonian; Yeghiazaryan; Aghajanian; Chakmakjian; Bedrossian")),
    "turkish": NameGroup(
        _w("Ayşe; Fatma; Elif; Zeynep; Emine; Hatice; Merve; Büşra; Esra; Gül; Hülya; Sevgi; Özlem; Derya; "
           "Selin; Ebru; Gamze; Dilek; Nur; Tuğba; Yasemin; Şule; Pınar; Melek"),
        _w("Mehmet; Mustafa; Ahmet; Ali; Hüseyin; Hasan; Murat; Emre; Burak; Serkan; Oğuz; Kemal; Cem; Volkan; "
           "Barış; Tolga; Uğur; Ömer; Yusuf; Erkan; Selçuk; Levent; Orhan; Cengiz"),
        _w("Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; Kılıç; "
           "Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Erdoğan; Güneş; Aksoy; Bulut; Korkmaz; Keskin; "
           "Ünal; Tekin; Karaca; Güler; Acar; Aktaş; Uçar; Bozkurt; Tunç; Coşkun; Yavuz; Sarı; Erdem; Altun; Ateş")),
    "uzbek": NameGroup(
        _w("Dilnoza; Gulnora; Nilufar; Malika; Mohira; Shahnoza; Zarina; Feruza; Dilfuza; Gulchehra; Madina; "
           "Nodira; Sevara; Umida; Yulduz; Zulfiya; Kamola; Lobar; Muhabbat; Nargiza; Saida; Barno; Gavhar; Ozoda"),
        _w("Akmal; Aziz; Bakhtiyor; Bobur; Davron; Farrukh; Jamshid; Jasur; Kamoliddin; Laziz; Mansur; Nodir; "
           "Otabek; Rustam; Sanjar; Sardor; Shavkat; Sherzod; Temur; Ulugbek; Abdulla; Islom; Dilshod; Zafar"),
        (),
        _w("Karimova; Rakhimova; Yusupova; Usmonova; Abdullayeva; Ismoilova; Nazarova; Rashidova; Sodiqova; "
           "Tursunova; Ergasheva; Khodjayeva; Mirzayeva; Qodirova; Saidova; Umarova; Yuldasheva; Alimova; "
           "Xolmatova; Nematova; Hamidova"),
        _w("Karimov; Rakhimov; Yusupov; Usmonov; Abdullayev; Ismoilov; Nazarov; Rashidov; Sodiqov; Tursunov; "
           "Ergashev; Khodjayev; Mirzayev; Qodirov; Saidov; Umarov; Yuldashev; Alimov; Xolmatov; Nematov; Hamidov"),
        no_second_given=True),
    "nepali": NameGroup(
        _w("Sita; Gita; Anjali; Sunita; Sabina; Pooja; Srijana; Sarita; Kamala; Laxmi; Manisha; Nirmala; "
           "Pramila; Rojina; Samjhana; Sushma; Bimala; Asmita; Dipika; Kabita; Menuka; Pabitra; Rupa; Sangita"),
        _w("Ram; Hari; Bikash; Bishnu; Dipak; Ganesh; Krishna; Binod; Prakash; Rajesh; Ramesh; Santosh; Sujan; "
           "Suman; Anil; Bibek; Dinesh; Gopal; Kiran; Nabin; Prabin; Roshan; Sagar; Umesh"),
        _w("Shrestha; Gurung; Tamang; Magar; Rai; Limbu; Sherpa; Thapa; Karki; Adhikari; Bhattarai; Poudel; "
           "Sharma; Khadka; Basnet; Bhandari; Dahal; Ghimire; Gautam; Koirala; Lama; Maharjan; Neupane; Pandey; "
           "Pokharel; Regmi; Rijal; Sapkota; Subedi; Tiwari; Chhetri; KC; Bista; Acharya; Giri; Joshi; Dhakal; "
           "Aryal; Timilsina; Subba; Ghalley; Mongar; Thapa Magar")),
    "thai": NameGroup(
        _w("Siriporn; Malee; Nittaya; Pornthip; Ratana; Sukanya; Wanida; Kanya; Apinya; Chanida; Duangjai; "
           "Jintana; Kanokwan; Lamai; Orathai; Pimchanok; Saowalak; Supaporn; Thida; Usa; Waraporn; Yupin; "
           "Achara; Busaba"),
        _w("Somchai; Somsak; Anan; Arthit; Boonmee; Chaiyaporn; Chatchai; Kittisak; Narong; Niran; Prasert; "
           "Sakda; Surachai; Thanawat; Wichai; Wirat; Anurak; Kraisorn; Nattapong; Pongsak; Sombat; Suchart; "
           "Teerawat; Weerachai"),
        _w("Srisuk; Saelim; Chaiyasit; Wongsawat; Rattanakorn; Sukprasert; Boonsong; Kaewmanee; Thongchai; "
           "Phromma; Charoenkul; Srisawat; Suwannarat; Wongchai; Intharasuk; Kittikhun; Nakprasit; Panyawong; "
           "Rojanasakul; Sangthong; Siripong; Somboon; Tangsiri; Wattana; Yodsuwan; Chantarasuk; Jaidee; "
           "Kongkaew; Limsakul; Meesuk; Naksawat; Phanthong; Ruangsri; Saetang; Sirikul; Thongdee; Udomsak; "
           "Vichitpan; Wisetsri; Pattanaporn; Chokchai"),
        no_second_given=True),
    "japanese": NameGroup(
        _w("Yuki; Haruka; Aiko; Ayumi; Emiko; Hana; Kaori; Keiko; Mariko; Megumi; Misaki; Naoko; Noriko; Rie; "
           "Sachiko; Sakura; Tomoko; Yoko; Yumiko; Chihiro; Asuka; Kanako; Natsuki; Mai"),
        _w("Hiroshi; Takeshi; Kenji; Daisuke; Haruto; Hiroki; Kazuo; Kenta; Makoto; Masashi; Naoki; Ryota; "
           "Satoshi; Shota; Takumi; Tetsuya; Yusuke; Akira; Koji; Shin; Toshiro; Yuto; Jun; Ryo"),
        _w("Sato; Suzuki; Takahashi; Tanaka; Watanabe; Ito; Yamamoto; Nakamura; Kobayashi; Kato; Yoshida; "
           "Yamada; Sasaki; Yamaguchi; Matsumoto; Inoue; Kimura; Hayashi; Shimizu; Yamazaki; Mori; Abe; Ikeda; "
           "Hashimoto; Ishikawa; Ogawa; Okada; Hasegawa; Fujita; Goto; Kondo; Murakami; Endo; Aoki; Sakamoto; "
           "Fukuda; Ōta; Nishimura; Fujii; Okamoto; Miyazaki; Kaneko; Satō"),
        no_second_given=True),
    "nigerian_yoruba": NameGroup(
        _w("Adebimpe; Adeola; Bolanle; Bukola; Folake; Funmilayo; Iyabo; Kehinde; Modupe; Morenike; Omolara; "
           "Oyinkansola; Temitope; Titilayo; Yetunde; Damilola; Folasade; Ibukun; Mojisola; Olufunke; Ronke; "
           "Simisola; Toyin; Aduke"),
        _w("Adebayo; Adewale; Ayodele; Babatunde; Olumide; Oluwaseun; Olusegun; Tunde; Femi; Kayode; Kunle; "
           "Gbenga; Dapo; Jide; Abiodun; Segun; Wale; Taiwo; Idowu; Akinwale; Oladipo; Rotimi; Olamide; Lanre"),
        _w("Adeyemi; Ogunleye; Adeleke; Afolabi; Akande; Akinola; Alabi; Babalola; Bakare; Balogun; Fashola; "
           "Ilori; Ishola; Lawal; Ogundipe; Ogunbiyi; Ojo; Okunola; Oladele; Olaniyan; Olatunji; Oyelaran; "
           "Oyewole; Salami; Sanusi; Shittu; Sowunmi; Adewumi; Adekunle; Ajayi; Akinyemi; Aina; Ayodeji; "
           "Ogunlesi; Oyebanji; Adeniran; Akintola; Odunsi; Ogunsanya; Adeyemi-Bakare; Ọlátúnjí")),
    "congolese": NameGroup(
        _w("Bijou; Mireille; Chantal; Grâce; Espérance; Félicité; Ornella; Merveille; Divine; Sylvie; Clarisse; "
           "Josiane; Patience; Mado; Solange; Fifi; Aimée; Odette; Jolie; Nadège; Gisèle; Furaha; Neema; Riziki"),
        _w("Jean-Pierre; Patrice; Fabrice; Didier; Papy; Trésor; Dieudonné; Guy; Héritier; Blaise; Christian; "
           "Serge; Jean-Claude; Olivier; Faustin; Augustin; Moïse; Junior; Prince; Bienvenu; Cédric; Landry; "
           "Emmanuel; Gloire"),
        _w("Mbuyi; Kabasele; Ilunga; Kalonji; Tshibangu; Mukendi; Kasongo; Mutombo; Nkulu; Lukusa; Mwamba; "
           "Kabeya; Tshimanga; Mbala; Nsimba; Makiese; Lusamba; Kanku; Kazadi; Matondo; Nzuzi; Bokele; Bolamba; "
           "Lokwa; Mabiala; Makengo; Malonga; Masamba; Mayala; Mbemba; Mpiana; Ngalula; Ngoy; Nkongolo; "
           "Tshiala; Banza; Kitenge; Kapinga; Luzolo; Mbiya; Muamba; Lubaki; Mbuyi Kabasele; Ilunga Kalonji")),
    "haitian_creole": NameGroup(
        _w("Marie-Claude; Marie-Ange; Guerline; Judeline; Fabiola; Guerda; Roselaure; Widline; Yolette; "
           "Mirlande; Jocelyne; Marjorie; Rose-Marie; Dieula; Edeline; Ketia; Manouchka; Rachelle; Nerlande; "
           "Lourdie; Nadine; Sherline; Marie-Thérèse; Fedeline"),
        _w("Jean-Robert; Wilner; Wisly; Frantz; Fritznel; Guerby; Dieuseul; Vladimyr; Kervens; Stanley; Roody; "
           "Wilfrid; Louckson; Ronald; Wesner; Evens; Clifford; Jean-Ronel; Mackenson; Peterson; Fednel; Jude; "
           "Widner; Jean-Claude"),
        _w("Jean-Baptiste; Pierre; Joseph; Louis; Charles; Jean-Louis; Étienne; Célestin; Desir; Dorvil; Dumas; "
           "Exantus; Fils-Aimé; Lafortune; Laguerre; Lamour; Noël; Paul; Philippe; Saint-Fleur; Saint-Louis; "
           "Telusma; Toussaint; Valcin; Vilsaint; Bastien; Cadet; Casimir; Daphnis; Destin; Elysée; François; "
           "Guerrier; Jeudy; Lubin; Mérilus; Pierre-Louis; Auguste; Jacques; Thélusma")),
}
GROUP_ORDER = ("anglo", "black_american", "hispanic", "hmong", "polish", "german_wisconsin", "irish", "italian",
               "greek", "armenian", "turkish", "uzbek", "nepali", "thai", "japanese", "nigerian_yoruba",
               "congolese", "haitian_creole")

# Street and family nicknames written in quotes inside a name or alone.
NICKNAMES = _w("Boo; Pookie; Lil Man; Tank; Smoke; Junebug; Peanut; Nene; Chino; Flaco; Gordo; Bubba; Red; "
               "Shorty; Tiny; Ghost; Moose; Sunny; Ace; Deuce; Bear; Cheeks; Slim; Biggie; Stretch; Kiki")

# Names a unit gives its informants; a span of its own (CONFIDENTIAL_SOURCE).
INFORMANT_NICKNAMES = _w("Sparrow; Bluebird; Cornbread; Deacon; Teacup; Lighthouse; Shoebox; Tumbleweed; "
                         "Weatherman; Postman; Biscuit; Lantern; Pinwheel; Domino; Thimble")

# Descriptions that single an informant out without a name (CONFIDENTIAL_SOURCE).
SOURCE_RELATIONS = _w("the cousin who drives for the tow lot; his downstairs tenant; the girlfriend's older "
                      "brother; the lady who runs the laundromat on the corner; the kid who cuts hair at the "
                      "shop next door; her ex's roommate; the night clerk at the motel; the guy who fixes "
                      "their phones")

STREETS = _w("N 27th St; W Burleigh St; S 16th St; W Lincoln Ave; N Sherman Blvd; W Oklahoma Ave; E Locust St; "
             "N Teutonia Ave; W Forest Home Ave; S Kinnickinnic Ave; W Capitol Dr; N Holton St; W Mitchell St; "
             "N 76th St; W Hampton Ave; S 6th St; W Greenfield Ave; N Humboldt Blvd; W Silver Spring Dr; "
             "E Oklahoma Ave; W Center St; N 35th St; W Fond du Lac Ave; S 35th St")
STREETS_LONG = _w("North 27th Street; West Burleigh Street; South 16th Street; West Lincoln Avenue; "
                  "North Sherman Boulevard; West Oklahoma Avenue; North Teutonia Avenue; West Capitol Drive; "
                  "South Kinnickinnic Avenue; West Center Street")
UNITS = _w("Apt 2; Apt 3B; #204; Unit 11; Lower; Upper; Apt 1R; Rear; #7; Ste 110")
CITY_ZIPS = _w("Milwaukee, WI 53206; Milwaukee WI 53215; Milwaukee, WI 53210; West Allis, WI 53214; "
               "Milwaukee 53204; Milwaukee, WI 53216; Greenfield WI 53220; Milwaukee, Wisconsin 53212")

# Medical details tied to a person, by kind, worded the way medics, nurses and officers write them.
MEDICAL: dict[str, tuple[str, ...]] = {
    "diagnosis": _w("type 1 diabetes; bipolar disorder; schizophrenia; COPD; early-onset dementia; epilepsy; "
                    "PTSD from the deployment; sickle cell; stage 3 kidney disease; HIV; "
                    "traumatic brain injury from 2019"),
    "medication": _w("Suboxone 8 mg daily; lithium 300 mg twice a day; Eliquis 5mg BID; Depakote 500 mg; "
                     "insulin glargine 20 units at night; clozapine 200mg; Adderall 20 mg; "
                     "methadone 90 mg at the clinic; Keppra 750 mg"),
    "pregnancy": _w("24 weeks pregnant; about 5 months pregnant; 31 weeks pregnant with her second; "
                    "8 weeks pregnant per the ER"),
    "overdose": _w("fentanyl overdose, 2 doses of Narcan; OD on xylazine-laced dope; "
                   "intentional overdose of Tylenol; opioid OD revived with nasal naloxone"),
    "psych_hold": _w("Chapter 51 emergency detention; placed on a 72-hour psych hold; "
                     "EM-1 to the county crisis unit; admitted to the behavioral health unit on a 51.15"),
    "self_harm": _w("cutting on both forearms; suicide attempt by hanging last spring; "
                    "superficial self-inflicted lacerations to the left wrist; took a bottle of sleeping pills"),
    "injury": _w("fractured left orbit, surgery scheduled; 14 staples to the scalp; "
                 "GSW to the right thigh, through and through, treated at Froedtert; "
                 "broken jaw wired shut; dislocated shoulder reduced in the ER; "
                 "second-degree burns to both hands, admitted to the burn unit"),
}

TIMES = _w("0500; 0530; 0600; 5am; 6:15; 2200; 10 pm; 0445; 1930; 4:30am; 0300; 11pm")
DAYS = _w("Thursday; tmrw; tomorrow; Friday morning; Sat; Tuesday; tonight; Wednesday; the 14th; Monday")

FIRST_LINES = _w("Quick one:; hey,; Need help with this.; Can you help?; Morning.; ok so; Question:")
LAST_LINES = _w("thx; Thanks.; ty; appreciate it; Thank you!; thanks in advance")


def fold(text: str) -> str:
    """The name as typed without diacritics ("Wiśniewska" -> "Wisniewska", "Yılmaz" -> "Yilmaz")."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9))),
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin_is_valid(vin: str) -> bool:
    return len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin[8] == vin_check_digit(vin)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_vin(rng: random.Random) -> str:
    body = [rng.choice(_VIN_CHARS) for _ in range(17)]
    body[0] = rng.choice("123JKW5")
    body[9] = rng.choice("LMNPRST")
    body[8] = "0"
    vin = "".join(body)
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def make_case(rng: random.Random) -> str:
    """Case, incident, CAD, court, citation and arrest numbers, in many shapes."""
    shape = rng.randrange(17)
    if shape == 0:
        return f"26-{_digits(rng, 6)}"
    if shape == 1:
        return f"26-{_digits(rng, 6)}-S{rng.randint(1, 4)}"
    if shape == 2:
        return f"2026-{_digits(rng, 7)}"
    if shape == 3:
        return f"C26{_digits(rng, 7)}"
    if shape == 4:
        return f"2026CF{_digits(rng, 6)}"
    if shape == 5:
        return f"2026CM{_digits(rng, 6)}"
    if shape == 6:
        return f"2026JV{_digits(rng, 6)}"
    if shape == 7:
        return f"26CF{_digits(rng, 4)}"
    if shape == 8:
        return f"MC-26-{_digits(rng, 5)}"
    if shape == 9:
        return f"DA26-{_digits(rng, 5)}"
    if shape == 10:
        return f"A26-{_digits(rng, 6)}"
    if shape == 11:
        return f"IR26-{_digits(rng, 5)}"
    if shape == 12:
        return f"{rng.choice('QRTX')}{_digits(rng, 7)}"
    if shape == 13:
        return f"26{_digits(rng, 3)}-{_digits(rng, 4)}"
    if shape == 14:
        return f"INC{_digits(rng, 8)}"
    if shape == 15:
        return f"26-{_digits(rng, 6)}.{rng.randint(1, 9)}"
    return f"2026-MPD-{_digits(rng, 5)}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def make_dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1958, 2009), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.randrange(8)
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}",
            f"{d} {_MONTHS[m - 1][:3]} {y}", f"{m:02d}-{d:02d}-{y}", f"{m:02d}{d:02d}{y}",
            f"{m}-{d}-{y}")[shape]


def make_address(rng: random.Random) -> str:
    number = str(rng.randint(100, 9899))
    street = rng.choice(STREETS_LONG) if rng.random() < 0.25 else rng.choice(STREETS)
    text = f"{number} {street}"
    if rng.random() < 0.4:
        text += (" " if rng.random() < 0.5 else ", ") + rng.choice(UNITS)
    if rng.random() < 0.4:
        text += (", " if rng.random() < 0.7 else " ") + rng.choice(CITY_ZIPS)
    return text


def make_phone(rng: random.Random) -> str:
    area, last = rng.choice(("414", "262", "608", "414")), f"01{_digits(rng, 2)}"
    return rng.choice((f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"555-{last}",
                       f"{area} 555 {last}"))


def make_plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    l3 = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice((f"{l3}-{_digits(rng, 4)}", f"{l3}{_digits(rng, 4)}", f"{_digits(rng, 3)}-{l3}",
                       f"{l3[:2]} {_digits(rng, 5)}", f"{_digits(rng, 4)}{l3[:2]}"))


def make_cji(rng: random.Random, kind: str | None = None) -> str:
    """A justice identifier; ``kind`` (fbi, sid, nic, bkg, wt, doc) asks for one shape."""
    letters = "ABCDEFGHJKLMNPRTVWXY"
    shapes = {
        "fbi": f"{_digits(rng, 6)}{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 1)}",
        "sid": f"WI{_digits(rng, 8)}",
        "nic": f"W{_digits(rng, 9)}",
        "bkg": f"B26-{_digits(rng, 6)}",
        "wt": f"26-W-{_digits(rng, 5)}",
        "doc": f"{_digits(rng, 6)}",
    }
    if kind:
        return shapes[kind]
    return rng.choice((
        f"{_digits(rng, 6)}{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 1)}",        # FBI number
        f"WI{_digits(rng, 8)}",                                                                # SID
        f"W{_digits(rng, 9)}",                                                                 # NIC number
        f"B26-{_digits(rng, 6)}",                                                              # booking
        f"26-W-{_digits(rng, 5)}",                                                             # warrant
        f"NIC/W{_digits(rng, 9)}",
    ))


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_dl(rng: random.Random) -> str:
    d = _digits(rng, 13)
    letter = rng.choice("ABCDGHKLMNPRSTW")
    return rng.choice((f"{letter}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}", f"{letter}{d}"))


def make_ip(rng: random.Random) -> str:
    return rng.choice((f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                       f"203.0.113.{rng.randint(1, 254)}", f"2001:db8::{rng.randint(1, 9999):x}"))


def make_account(rng: random.Random) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        prefix = rng.choice(("4", "51", "52", "6011"))
        card = luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
        return " ".join(card[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else card
    if shape == 1:
        return _digits(rng, rng.choice((10, 11, 12)))
    if shape == 2:
        return _digits(rng, 4)
    if shape == 3:
        return _digits(rng, 7)
    return f"{_digits(rng, 4)}-{_digits(rng, 5)}"


def make_source_code(rng: random.Random) -> str:
    return rng.choice((f"CI-{_digits(rng, 4)}", f"CS #{_digits(rng, 3)}", f"SOI {_digits(rng, 4)}",
                       f"MKE-CHS-{_digits(rng, 4)}", f"CI {rng.randint(10, 99)}-{_digits(rng, 3)}",
                       f"source {_digits(rng, 4)}", f"C/I #{_digits(rng, 4)}", f"CS-26-{_digits(rng, 2)}"))


EMAIL_DOMAINS = ("example.org", "example.com", "mail.example.org", "example.com")
