"""Hand-written seed lists for the actor registry (read by tools/build_actors.py).

Everything here is typed by hand from general knowledge and ACLED's published naming
conventions (actor names and inter codes are facts of the codebook); no notes text.
"""

from __future__ import annotations

from actor_lexicon import LOCAL_POLICE

# ACLED's short country names where they differ from pycountry's ``common_name``/``name``.
ACLED_COUNTRY_NAMES: dict[str, str] = {
    "BO": "Bolivia", "CV": "Cape Verde", "CZ": "Czech Republic", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "TL": "East Timor", "IR": "Iran", "CI": "Ivory Coast", "XK": "Kosovo",
    "MD": "Moldova", "KP": "North Korea", "KR": "South Korea", "PS": "Palestine", "RE": "Reunion",
    "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "TR": "Turkey", "VE": "Venezuela",
    "VN": "Vietnam", "SZ": "eSwatini", "LA": "Laos", "BN": "Brunei", "FM": "Micronesia",
    "MK": "North Macedonia", "VA": "Vatican City", "GB": "United Kingdom", "US": "United States",
    "CW": "Curacao", "BL": "Saint-Barthelemy", "MF": "Saint-Martin", "SX": "Sint Maarten",
}

# Countries whose state forces ACLED names with "the": "Military Forces of the Philippines".
THE_COUNTRIES: set[str] = {
    "CF", "CD", "DO", "NL", "PH", "GB", "US", "AE", "GM", "BS", "KM", "MV", "MH", "SB", "CZ",
}

# Government period suffixes as ACLED uses them for the period of the development data.
ERAS: dict[str, str] = {
    "AF": "2014-", "DZ": "2019-", "AR": "2019-", "AM": "2018-", "AU": "2022-", "AZ": "2003-",
    "BH": "1999-", "BD": "2009-2024", "BY": "1994-", "BJ": "2016-", "BO": "2020-", "BR": "2019-",
    "BF": "2015-", "BI": "2005-", "CM": "1982-", "CA": "2015-", "TD": "2021-", "CL": "2022-",
    "CN": "2012-", "CO": "2018-", "CU": "1959-", "EC": "2021-", "EG": "2014-", "SV": "2019-",
    "ET": "2018-", "FR": "2017-", "DE": "2021-", "GH": "2017-", "GT": "2020-", "GN": "2021-",
    "HT": "2017-", "HN": "2022-", "IN": "2014-", "ID": "2014-", "IR": "1989-", "IQ": "2020-",
    "IL": "2021-", "JM": "2016-", "KZ": "2019-", "KE": "2013-", "LB": "2021-", "LY": "2021-",
    "MW": "2014-", "ML": "2013-2020", "MX": "2018-", "MA": "1999-", "MZ": "1990-", "MM": "2021-",
    "NP": "2015-", "NI": "2007-", "NE": "2021-", "NG": "2015-", "KP": "2011-", "PK": "2022-",
    "PE": "2021-", "PH": "2016-", "RU": "2000-", "SA": "2015-", "SN": "2012-", "SO": "2022-",
    "ZA": "1994-", "SS": "2011-", "SD": "2019-", "SY": "2000-", "TW": "2016-", "TZ": "1964-",
    "TR": "2016-", "UG": "1986-", "UA": "2019-", "US": "2017-", "YE": "2012-", "CD": "2019-",
    "CF": "2016-", "GB": "2010-", "NL": "2010-", "SZ": "1986-", "CG": "1997-", "ZW": "2017-",
}

# Demonyms of the main countries: en adjective, fr masculine singular, es masculine singular,
# ar masculine nisba with article, ru and uk plural adjectives (nominative).
DEMONYMS: dict[str, tuple[str, str, str, str, str, str]] = {
    "ML": ("Malian", "malien", "maliense", "المالي", "малийские", "малійські"),
    "BF": ("Burkinabe", "burkinabè", "burkinés", "البوركيني", "буркинийские", "буркінійські"),
    "NE": ("Nigerien", "nigérien", "nigerino", "النيجري", "нигерские", "нігерські"),
    "TD": ("Chadian", "tchadien", "chadiano", "التشادي", "чадские", "чадські"),
    "NG": ("Nigerian", "nigérian", "nigeriano", "النيجيري", "нигерийские", "нігерійські"),
    "CM": ("Cameroonian", "camerounais", "camerunés", "الكاميروني", "камерунские", "камерунські"),
    "KE": ("Kenyan", "kényan", "keniano", "الكيني", "кенийские", "кенійські"),
    "SO": ("Somali", "somalien", "somalí", "الصومالي", "сомалийские", "сомалійські"),
    "ET": ("Ethiopian", "éthiopien", "etíope", "الإثيوبي", "эфиопские", "ефіопські"),
    "SD": ("Sudanese", "soudanais", "sudanés", "السوداني", "суданские", "суданські"),
    "SS": ("South Sudanese", "sud-soudanais", "sursudanés", "الجنوب سوداني", "южносуданские",
           "південносуданські"),
    "CD": ("Congolese", "congolais", "congoleño", "الكونغولي", "конголезские", "конголезькі"),
    "CF": ("Central African", "centrafricain", "centroafricano", "الأفريقي الوسطى",
           "центральноафриканские", "центральноафриканські"),
    "UG": ("Ugandan", "ougandais", "ugandés", "الأوغندي", "угандийские", "угандійські"),
    "MZ": ("Mozambican", "mozambicain", "mozambiqueño", "الموزمبيقي", "мозамбикские",
           "мозамбіцькі"),
    "LY": ("Libyan", "libyen", "libio", "الليبي", "ливийские", "лівійські"),
    "DZ": ("Algerian", "algérien", "argelino", "الجزائري", "алжирские", "алжирські"),
    "MA": ("Moroccan", "marocain", "marroquí", "المغربي", "марокканские", "марокканські"),
    "TN": ("Tunisian", "tunisien", "tunecino", "التونسي", "тунисские", "туніські"),
    "EG": ("Egyptian", "égyptien", "egipcio", "المصري", "египетские", "єгипетські"),
    "SY": ("Syrian", "syrien", "sirio", "السوري", "сирийские", "сирійські"),
    "IQ": ("Iraqi", "irakien", "iraquí", "العراقي", "иракские", "іракські"),
    "IR": ("Iranian", "iranien", "iraní", "الإيراني", "иранские", "іранські"),
    "IL": ("Israeli", "israélien", "israelí", "الإسرائيلي", "израильские", "ізраїльські"),
    "PS": ("Palestinian", "palestinien", "palestino", "الفلسطيني", "палестинские",
           "палестинські"),
    "LB": ("Lebanese", "libanais", "libanés", "اللبناني", "ливанские", "ліванські"),
    "YE": ("Yemeni", "yéménite", "yemení", "اليمني", "йеменские", "єменські"),
    "SA": ("Saudi", "saoudien", "saudí", "السعودي", "саудовские", "саудівські"),
    "TR": ("Turkish", "turc", "turco", "التركي", "турецкие", "турецькі"),
    "AF": ("Afghan", "afghan", "afgano", "الأفغاني", "афганские", "афганські"),
    "PK": ("Pakistani", "pakistanais", "pakistaní", "الباكستاني", "пакистанские", "пакистанські"),
    "IN": ("Indian", "indien", "indio", "الهندي", "индийские", "індійські"),
    "RU": ("Russian", "russe", "ruso", "الروسي", "российские", "російські"),
    "UA": ("Ukrainian", "ukrainien", "ucraniano", "الأوكراني", "украинские", "українські"),
    "BY": ("Belarusian", "biélorusse", "bielorruso", "البيلاروسي", "белорусские", "білоруські"),
    "FR": ("French", "français", "francés", "الفرنسي", "французские", "французькі"),
    "US": ("US", "américain", "estadounidense", "الأمريكي", "американские", "американські"),
    "GB": ("British", "britannique", "británico", "البريطاني", "британские", "британські"),
    "CN": ("Chinese", "chinois", "chino", "الصيني", "китайские", "китайські"),
    "MM": ("Myanmar", "birman", "birmano", "الميانماري", "мьянманские", "м'янманські"),
    "PH": ("Philippine", "philippin", "filipino", "الفلبيني", "филиппинские", "філіппінські"),
    "CO": ("Colombian", "colombien", "colombiano", "الكولومبي", "колумбийские", "колумбійські"),
    "MX": ("Mexican", "mexicain", "mexicano", "المكسيكي", "мексиканские", "мексиканські"),
    "VE": ("Venezuelan", "vénézuélien", "venezolano", "الفنزويلي", "венесуэльские",
           "венесуельські"),
    "BJ": ("Beninese", "béninois", "beninés", "البنيني", "бенинские", "бенінські"),
    "TG": ("Togolese", "togolais", "togolés", "التوغولي", "тоголезские", "тоголезькі"),
    "CI": ("Ivorian", "ivoirien", "marfileño", "الإيفواري", "ивуарийские", "івуарійські"),
    "SN": ("Senegalese", "sénégalais", "senegalés", "السنغالي", "сенегальские", "сенегальські"),
    "GN": ("Guinean", "guinéen", "guineano", "الغيني", "гвинейские", "гвінейські"),
    "MR": ("Mauritanian", "mauritanien", "mauritano", "الموريتاني", "мавританские",
           "мавританські"),
    "BD": ("Bangladeshi", "bangladais", "bangladesí", "البنغلاديشي", "бангладешские",
           "бангладеські"),
    "ID": ("Indonesian", "indonésien", "indonesio", "الإندونيسي", "индонезийские",
           "індонезійські"),
    "BI": ("Burundian", "burundais", "burundés", "البوروندي", "бурундийские", "бурундійські"),
    "RW": ("Rwandan", "rwandais", "ruandés", "الرواندي", "руандийские", "руандійські"),
    "TZ": ("Tanzanian", "tanzanien", "tanzano", "التنزاني", "танзанийские", "танзанійські"),
}

# Short country names pycountry's catalogues lack (they give official names only).
EXTRA_NAMES: dict[str, dict[str, list[str]]] = {
    "RU": {"fr": ["Russie"], "es": ["Rusia"], "ar": ["روسيا"], "ru": ["Россия", "РФ"], "uk": ["Росія", "РФ"]},
    "SY": {"fr": ["Syrie"], "es": ["Siria"], "ar": ["سوريا"], "ru": ["Сирия"], "uk": ["Сирія"]},
    "IR": {"fr": ["Iran"], "es": ["Irán"], "ar": ["إيران"], "ru": ["Иран"], "uk": ["Іран"]},
    "US": {"fr": ["États-Unis"], "es": ["Estados Unidos"], "ar": ["أمريكا"], "ru": ["США"], "uk": ["США"]},
    "CD": {"en": ["DRC", "DR Congo"], "fr": ["RDC"], "es": ["RDC"]},
    "TZ": {"fr": ["Tanzanie"], "es": ["Tanzania"], "ru": ["Танзания"]},
    "VE": {"fr": ["Venezuela"], "es": ["Venezuela"], "ar": ["فنزويلا"], "ru": ["Венесуэла"], "uk": ["Венесуела"]},
    "BO": {"es": ["Bolivia"], "fr": ["Bolivie"]},
    "MD": {"fr": ["Moldavie"], "ru": ["Молдавия", "Молдова"], "uk": ["Молдова"]},
}

# Countries where ACLED names the gendarmerie as a sub-unit of the police forces.
GENDARMERIE: set[str] = {
    "BF", "ML", "NE", "SN", "CI", "CM", "TD", "BJ", "TG", "GN", "MR", "FR", "DZ", "MA", "TN",
    "CF", "CD", "CG", "GA", "BI", "MG",
}

# Named non-state and international actors: (name, inter, country or "", {lang: aliases}).
# Aliases in "*" are written the same in every Latin-script language.
GROUPS: list[tuple[str, int, str, dict[str, list[str]]]] = [
    ("JNIM: Group for Support of Islam and Muslims", 2, "", {
        "*": ["JNIM", "GSIM", "RVIM", "Katiba Macina", "Katiba Massina", "Jama'at Nusrat al-Islam wal-Muslimin",
              "Jamaat Nusrat al-Islam wal-Muslimin", "JNIM militants", "JNIM fighters"],
        "en": ["Group for Support of Islam and Muslims", "Support Group for Islam and Muslims",
               "Macina Liberation Front", "Katiba Serma"],
        "fr": ["Groupe de soutien à l'islam et aux musulmans", "Front de libération du Macina", "FLM"],
        "es": ["Grupo de Apoyo al Islam y los Musulmanes"],
        "ar": ["جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين", "كتيبة ماسينا"],
        "ru": ["ДжНИМ", "Джамаат нусрат аль-ислам валь-муслимин", "Группа поддержки ислама и мусульман"],
        "uk": ["ДжНІМ", "Група підтримки ісламу та мусульман"]}),
    ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", 2, "", {
        "*": ["JNIM and/or ISGS", "JNIM or ISGS", "JNIM and ISGS", "JNIM and/or IS Greater Sahara"],
        "fr": ["GSIM et/ou EIGS", "GSIM ou EIGS", "JNIM et/ou EIGS", "JNIM ou EIGS"]}),
    ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", 2, "", {
        "*": ["JNIM and/or IS Sahel", "JNIM or IS Sahel", "JNIM and/or ISSP"],
        "fr": ["JNIM et/ou EIS", "GSIM et/ou EIS"]}),
    ("Islamic State (Greater Sahara)", 2, "", {
        "*": ["ISGS", "EIGS", "IS Greater Sahara", "ISGS militants", "Islamic State in the Greater Sahara",
              "Islamic State of the Greater Sahara", "IS-GS"],
        "fr": ["État islamique au Grand Sahara", "Etat islamique dans le Grand Sahara", "EI au Grand Sahara"],
        "es": ["Estado Islámico en el Gran Sahara", "Estado Islámico del Gran Sáhara"],
        "ar": ["تنظيم الدولة الإسلامية في الصحراء الكبرى", "داعش في الصحراء الكبرى"],
        "ru": ["Исламское государство в Большой Сахаре", "ИГБС"],
        "uk": ["Ісламська держава у Великій Сахарі"]}),
    # From April 2019 ACLED's Mali data names ISGS "Islamic State (West Africa) - Greater Sahara Faction".
    ("Islamic State (West Africa) - Greater Sahara Faction", 2, "ML", {
        "*": ["ISWAP-GS", "ISWAP Greater Sahara", "ISWAP - Greater Sahara", "ISGS", "EIGS", "IS Greater Sahara",
              "ISGS militants", "Islamic State in the Greater Sahara", "Islamic State of the Greater Sahara"],
        "fr": ["État islamique au Grand Sahara", "Etat islamique dans le Grand Sahara", "EI au Grand Sahara"]}),
    ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction",
     2, "ML", {"*": ["JNIM and/or ISGS", "JNIM or ISGS", "JNIM and ISGS"],
               "fr": ["GSIM et/ou EIGS", "GSIM ou EIGS", "JNIM et/ou EIGS", "JNIM ou EIGS"]}),
    ("Islamic State (Sahel)", 2, "", {
        "*": ["IS Sahel", "ISSP", "Islamic State Sahel Province", "EIS"],
        "fr": ["État islamique au Sahel", "Etat islamique au Sahel"],
        "ar": ["ولاية الساحل"], "ru": ["ИГ Сахель"]}),
    ("Islamic State (West Africa)", 2, "", {
        "*": ["ISWAP", "Islamic State West Africa Province", "Islamic State West Africa", "ISWA"],
        "fr": ["État islamique en Afrique de l'Ouest", "EIAO", "Etat islamique en Afrique de l'Ouest"],
        "es": ["Estado Islámico en África Occidental", "Estado Islámico de África Occidental"],
        "ar": ["ولاية غرب أفريقيا", "تنظيم الدولة في غرب أفريقيا"],
        "ru": ["Исламское государство в Западной Африке", "ИГЗАП"],
        "uk": ["Ісламська держава в Західній Африці"]}),
    ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, "", {
        "*": ["Boko Haram", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"],
        "ar": ["بوكو حرام", "جماعة أهل السنة للدعوة والجهاد"], "ru": ["Боко Харам"], "uk": ["Боко Харам"]}),
    ("Ansaroul Islam", 2, "", {
        "*": ["Ansaroul Islam", "Ansarul Islam", "Ansar ul Islam", "Ansar al-Islam", "Ansarul-Islam"],
        "ar": ["أنصار الإسلام"], "ru": ["Ансарул Ислам"], "uk": ["Ансарул Іслам"]}),
    ("Ansar Dine", 2, "", {
        "*": ["Ansar Dine", "Ansar Eddine", "Ansar ed-Dine"], "ar": ["أنصار الدين"],
        "ru": ["Ансар ад-Дин"], "uk": ["Ансар ад-Дін"]}),
    ("Al Mourabitoune Battalion", 2, "", {
        "*": ["Al Mourabitoune", "Al-Mourabitoune", "Al-Mourabitoun", "Al Mourabitoun"],
        "ar": ["المرابطون"]}),
    ("AQIM: Al Qaeda in the Islamic Maghreb", 2, "", {
        "*": ["AQIM", "AQMI"], "en": ["Al Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb"],
        "fr": ["Al-Qaïda au Maghreb islamique", "Al-Qaida au Maghreb islamique"],
        "es": ["Al Qaeda en el Magreb Islámico"], "ar": ["القاعدة في بلاد المغرب الإسلامي"],
        "ru": ["Аль-Каида в странах исламского Магриба"], "uk": ["Аль-Каїда в країнах ісламського Магрибу"]}),
    ("CMA: Coordination of Movements of the Azawad", 2, "ML", {
        "*": ["CMA"], "en": ["Coordination of Azawad Movements", "Coordination of Movements of the Azawad"],
        "fr": ["Coordination des mouvements de l'Azawad"], "ar": ["تنسيقية الحركات الأزوادية"]}),
    ("MNLA: National Movement for the Liberation of Azawad", 2, "ML", {
        "*": ["MNLA"], "en": ["National Movement for the Liberation of Azawad"],
        "fr": ["Mouvement national de libération de l'Azawad"], "ar": ["الحركة الوطنية لتحرير أزواد"],
        "ru": ["НДОА"]}),
    ("HCUA: High Council for the Unity of Azawad", 3, "ML", {
        "*": ["HCUA"], "fr": ["Haut conseil pour l'unité de l'Azawad"]}),
    ("GATIA: Imghad Tuareg and Allies Self-Defense Group", 3, "ML", {
        "*": ["GATIA"], "fr": ["Groupe d'autodéfense touareg Imghad et alliés"]}),
    ("MSA: Movement for Azawad Salvation", 3, "ML", {
        "*": ["MSA"], "en": ["Movement for the Salvation of Azawad"],
        "fr": ["Mouvement pour le salut de l'Azawad"]}),
    ("Dan Na Ambassagou", 4, "ML", {
        "*": ["Dan Na Ambassagou", "Dana Ambassagou", "Dan Na Amassagou", "Dan Nan Ambassagou",
              "Dana Amassagou"], "ar": ["دان نا أمباساغو"]}),
    ("Ganda Izo", 3, "ML", {"*": ["Ganda Izo"]}),
    ("Koglweogo Militia", 3, "BF", {"*": ["Koglweogo", "Kogl-weogo", "Koglweogos", "Koglweogo militia",
                                          "Koglweogo militiamen"]}),
    ("VDP: Volunteer for Defense of Homeland", 4, "BF", {
        "*": ["VDP"], "en": ["Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland"],
        "fr": ["Volontaires pour la défense de la patrie"]}),
    ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)", 8, "ML", {
        "*": ["MINUSMA", "MINUSMA peacekeepers"], "ar": ["مينوسما"], "ru": ["МИНУСМА"], "uk": ["МІНУСМА"]}),
    ("G5 Sahel Joint Force", 8, "", {"*": ["G5 Sahel", "G5 Sahel Joint Force", "FC-G5S"],
                                     "fr": ["Force conjointe du G5 Sahel"]}),
    ("Wagner Group", 8, "", {
        "*": ["Wagner", "Wagner Group", "Wagner mercenaries"], "fr": ["groupe Wagner", "mercenaires de Wagner"],
        "es": ["Grupo Wagner"], "ar": ["فاغنر", "مجموعة فاغنر"],
        "ru": ["ЧВК Вагнер", "Вагнер", "ЧВК «Вагнер»", "вагнеровцы"], "uk": ["ПВК Вагнер", "Вагнер", "вагнерівці"]}),
    ("Al Shabaab", 2, "", {
        "*": ["Al Shabaab", "Al-Shabaab", "al-Shabab", "Al Shabab", "Shabaab", "Shebab", "Shebabs", "Chabab",
              "Harakat al-Shabaab al-Mujahideen", "al-Shebab", "Shabab"],
        "ar": ["الشباب", "حركة الشباب", "حركة الشباب المجاهدين"],
        "ru": ["Аш-Шабааб", "Аш-Шабаб", "Аль-Шабаб", "Аль-Шабааб"], "uk": ["Аш-Шабаб", "Аль-Шабаб", "Аш-Шабааб"]}),
    ("Mungiki Militia", 3, "KE", {"*": ["Mungiki", "Mungiki sect", "Mungiki members"]}),
    ("MRC: Mombasa Republican Council", 3, "KE", {"*": ["MRC", "Mombasa Republican Council"]}),
    ("SLDF: Sabaot Land Defence Force", 3, "KE", {"*": ["SLDF", "Sabaot Land Defence Force",
                                                         "Sabaot Land Defense Force"]}),
    ("OLF: Oromo Liberation Front", 2, "ET", {"*": ["OLF", "Oromo Liberation Front", "OLA",
                                                     "Oromo Liberation Army"]}),
    ("ADF: Allied Democratic Forces", 2, "CD", {
        "*": ["ADF", "Allied Democratic Forces"], "fr": ["Forces démocratiques alliées"], "ar": ["القوات الديمقراطية المتحالفة"]}),
    ("M23: March 23 Movement", 2, "CD", {
        "*": ["M23", "M23 rebels", "AFC/M23", "AFC-M23"], "en": ["March 23 Movement"],
        "fr": ["Mouvement du 23 mars"],
        "es": ["Movimiento 23 de Marzo"], "ru": ["М23"], "uk": ["М23"]}),
    ("CODECO: Cooperative for Development of Congo", 3, "CD", {
        "*": ["CODECO"], "en": ["Cooperative for Development of Congo",
                                "Cooperative for the Development of Congo"],
        "fr": ["Coopérative pour le développement du Congo"]}),
    ("FLA: Azawad Liberation Front", 2, "ML", {
        "*": ["Azawad Liberation Front"], "fr": ["Front de libération de l'Azawad", "Front de libération de l’Azawad"],
        "es": ["Frente de Liberación de Azawad", "Frente de Liberación del Azawad"],
        "ar": ["جبهة تحرير أزواد"], "ru": ["Фронт освобождения Азавада"], "uk": ["Фронт визволення Азаваду"]}),
    ("Rapid Support Forces", 2, "SD", {
        "*": ["RSF", "Rapid Support Forces", "Janjaweed"], "fr": ["Forces de soutien rapide", "FSR"],
        "es": ["Fuerzas de Apoyo Rápido"], "ar": ["قوات الدعم السريع", "الدعم السريع"],
        "ru": ["Силы быстрого реагирования", "СБР"],
        "uk": ["Сили швидкої підтримки", "Сили швидкого реагування", "СШР"]}),
    ("TPLF: Tigray People's Liberation Front", 3, "ET", {"*": ["TPLF", "Tigray People's Liberation Front",
                                                                "Tigrayan forces", "TDF"]}),
    ("Hezbollah", 2, "LB", {
        "*": ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Hezbollah fighters"],
        "ar": ["حزب الله"], "ru": ["Хезболла", "Хизбалла"], "uk": ["Хезболла", "Хезбола"]}),
    ("Hamas Movement", 2, "PS", {
        "*": ["Hamas", "Qassam Brigades", "Al-Qassam Brigades", "Ezzedine al-Qassam Brigades"],
        "ar": ["حماس", "حركة حماس", "كتائب القسام"], "ru": ["ХАМАС"], "uk": ["ХАМАС"]}),
    ("PIJ: Palestinian Islamic Jihad", 2, "PS", {
        "*": ["PIJ", "Saraya al-Quds"], "en": ["Palestinian Islamic Jihad", "Islamic Jihad"],
        "fr": ["Jihad islamique palestinien", "Jihad islamique"], "es": ["Yihad Islámica"],
        "ar": ["الجهاد الإسلامي", "سرايا القدس"], "ru": ["Исламский джихад"], "uk": ["Ісламський джихад"]}),
    ("QSD: Syrian Democratic Forces", 2, "SY", {
        "*": ["SDF", "Syrian Democratic Forces"], "fr": ["Forces démocratiques syriennes", "FDS", "FDS kurdes"],
        "es": ["Fuerzas Democráticas Sirias"], "ar": ["قسد", "قوات سوريا الديمقراطية"],
        "ru": ["Сирийские демократические силы", "СДС"], "uk": ["Сирійські демократичні сили"]}),
    ("YPG: Peoples Protection Units", 2, "SY", {
        "*": ["YPG"], "en": ["People's Protection Units"], "fr": ["Unités de protection du peuple"],
        "ar": ["وحدات حماية الشعب"], "ru": ["Отряды народной самообороны"]}),
    ("PKK: Kurdistan Workers Party", 2, "TR", {
        "*": ["PKK"], "en": ["Kurdistan Workers' Party", "Kurdistan Workers Party"],
        "fr": ["Parti des travailleurs du Kurdistan"], "es": ["Partido de los Trabajadores de Kurdistán"],
        "ar": ["حزب العمال الكردستاني"], "ru": ["РПК", "ПКК", "Рабочая партия Курдистана"],
        "uk": ["Робітнича партія Курдистану", "РПК", "ПКК"]}),
    ("HTS: Hayat Tahrir al Sham", 2, "SY", {
        "*": ["HTS", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "Tahrir al-Sham"],
        "ar": ["هيئة تحرير الشام"], "ru": ["Хайят Тахрир аш-Шам", "ХТШ"], "uk": ["Хаят Тахрір аш-Шам"]}),
    ("JWS: Syrian National Army", 2, "SY", {
        "en": ["Syrian National Army"], "fr": ["Armée nationale syrienne"], "es": ["Ejército Nacional Sirio"],
        "ar": ["الجيش الوطني السوري"], "ru": ["Сирийская национальная армия"]}),
    ("Ansar Allah", 2, "YE", {
        "*": ["Houthis", "Houthi", "Huthis", "Houthi rebels", "Ansar Allah", "Ansarallah"],
        "fr": ["Houthistes", "rebelles houthis"], "es": ["hutíes", "rebeldes hutíes"],
        "ar": ["الحوثيين", "الحوثيون", "أنصار الله", "جماعة الحوثي"], "ru": ["хуситы", "Ансар Аллах"],
        "uk": ["хусити", "Ансар Аллах"]}),
    ("AQAP: Al Qaeda in the Arabian Peninsula", 2, "YE", {
        "*": ["AQAP"], "en": ["Al Qaeda in the Arabian Peninsula"], "ar": ["القاعدة في جزيرة العرب"]}),
    ("Taliban", 2, "AF", {
        "*": ["Taliban", "Talibans", "Taleban", "Haqqani network", "Taliban militants", "Taliban fighters"],
        "fr": ["talibans", "taliban"], "es": ["talibanes"], "ar": ["طالبان", "حركة طالبان"],
        "ru": ["Талибан", "талибы", "движение Талибан"], "uk": ["Талібан", "таліби"]}),
    ("Islamic State (Afghanistan)", 2, "AF", {
        "*": ["ISKP", "IS-K", "ISIS-K", "ISIL-K", "Islamic State Khorasan", "Islamic State Khorasan Province",
              "Daesh-K"], "fr": ["État islamique au Khorasan", "EI-K"], "es": ["Estado Islámico del Gran Jorasán"],
        "ar": ["ولاية خراسان", "داعش خراسان"], "ru": ["ИГИЛ-Хорасан", "ИГ-Хорасан"], "uk": ["ІДІЛ-Хорасан"]}),
    ("National Resistance Front", 2, "AF", {"*": ["NRF", "National Resistance Front"],
                                             "fr": ["Front national de résistance"]}),
    ("Militia (Pro-Government)", 3, "AF", {"en": ["pro-government militia", "pro-government militias",
                                                  "uprising forces", "Arbaki", "public uprising forces"]}),
    ("TTP: Tehreek-i-Taliban Pakistan", 2, "PK", {
        "*": ["TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"]}),
    ("BLA: Baloch Liberation Army", 2, "PK", {"*": ["BLA", "Baloch Liberation Army"]}),
    ("NAF: United Armed Forces of Novorossiya", 2, "UA", {
        "*": ["DPR forces", "LPR forces", "DNR", "LNR", "Donetsk People's Republic", "Luhansk People's Republic",
              "pro-Russian separatists", "Russian-backed separatists"],
        "fr": ["séparatistes prorusses", "séparatistes pro-russes", "forces de la RPD"],
        "es": ["separatistas prorrusos"], "ar": ["الانفصاليين الموالين لروسيا"],
        "ru": ["ДНР", "ЛНР", "Народная милиция ДНР", "Народная милиция ЛНР", "сепаратисты"],
        "uk": ["ДНР", "ЛНР", "сепаратисти", "бойовики ДНР", "бойовики ЛНР"]}),
    ("NPA: New People's Army", 2, "PH", {"*": ["NPA", "New People's Army"], "es": ["Nuevo Ejército del Pueblo"]}),
    ("ASG: Abu Sayyaf", 2, "PH", {"*": ["Abu Sayyaf", "ASG", "Abu Sayyaf Group"], "ar": ["أبو سياف"]}),
    ("BIFF: Bangsamoro Islamic Freedom Fighters", 2, "PH", {"*": ["BIFF", "Bangsamoro Islamic Freedom Fighters"]}),
    ("MILF: Moro Islamic Liberation Front", 2, "PH", {"*": ["MILF", "Moro Islamic Liberation Front"]}),
    ("Maute Group", 2, "PH", {"*": ["Maute Group", "Maute"]}),
    ("KIA: Kachin Independence Organization/Kachin Independence Army", 2, "MM", {
        "*": ["KIA", "KIO", "Kachin Independence Army"],
        "fr": ["Armée pour l'indépendance kachin", "Armée de l'indépendance kachin"],
        "es": ["Ejército para la Independencia Kachin", "Ejército de Independencia Kachin"],
        "ar": ["جيش استقلال كاتشين"], "ru": ["Армия независимости Качина"],
        "uk": ["Армія незалежності Качину", "Армія незалежності Качина"]}),
    ("ULA/AA: United League of Arakan/Arakan Army", 2, "MM", {
        "*": ["Arakan Army", "United League of Arakan", "ULA/AA"], "fr": ["Armée d'Arakan", "Armée de l'Arakan"],
        "es": ["Ejército de Arakan", "Ejército Arakan"], "ar": ["جيش أراكان"], "ru": ["Армия Аракана"],
        "uk": ["Армія Аракану"]}),
    ("KNU: Karen National Union", 2, "MM", {
        "*": ["KNU", "Karen National Union"], "fr": ["Union nationale karen"], "es": ["Unión Nacional Karen"],
        "ru": ["Каренский национальный союз"], "uk": ["Каренський національний союз"]}),
    ("KNLA: Karen National Liberation Army", 2, "MM", {
        "*": ["KNLA", "Karen National Liberation Army"], "fr": ["Armée de libération nationale karen"],
        "es": ["Ejército de Liberación Nacional Karen"], "ru": ["Каренская национально-освободительная армия"]}),
    ("TNLA: Ta'ang National Liberation Army", 2, "MM", {
        "*": ["TNLA", "Ta'ang National Liberation Army"], "fr": ["Armée de libération nationale ta'ang"],
        "es": ["Ejército de Liberación Nacional Ta'ang"], "ru": ["Армия национального освобождения Таанг"]}),
    ("MNDAA: Myanmar National Democratic Alliance Army", 2, "MM", {
        "*": ["MNDAA", "Myanmar National Democratic Alliance Army", "Kokang army"],
        "fr": ["Armée de l'alliance démocratique nationale du Myanmar"],
        "ru": ["Армия национально-демократического альянса Мьянмы"]}),
    ("PDF: People's Defense Force", 3, "MM", {"*": ["People's Defense Force", "People's Defence Force", "PDF"]}),
    ("ELN: National Liberation Army", 2, "CO", {"*": ["ELN"], "es": ["Ejército de Liberación Nacional"],
                                                "en": ["National Liberation Army"],
                                                "fr": ["Armée de libération nationale"],
                                                "ru": ["Армия национального освобождения"],
                                                "uk": ["Армія національного визволення"],
                                                "ar": ["جيش التحرير الوطني"]}),
    ("FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction", 2, "CO", {
        "*": ["FARC dissidents", "FARC dissident", "dissident FARC", "FARC dissident rebels",
              "FARC dissident fighters", "dissident rebels of the FARC", "dissident rebels",
              "dissident guerrillas", "dissident fighters"],
        "es": ["disidentes de las FARC", "disidencias de las FARC", "disidencia de las FARC",
               "disidentes de las FARC-EP", "disidencias de las extintas FARC",
               "disidencias armadas", "rebeldes disidentes", "guerrilleros disidentes"],
        "fr": ["dissidents des FARC", "dissidences des FARC", "dissidents de l'ex-guérilla des FARC",
               "rebelles dissidents", "guérilleros dissidents"],
        "ru": ["диссиденты ФАРК"], "uk": ["дисиденти ФАРК"], "ar": ["منشقون عن فارك"]}),
    ("FARC Dissident - Jaime Martinez: Revolutionary Armed Forces of Colombia Dissident Faction (Jaime Martinez)",
     2, "CO", {"*": ["Jaime Martínez", "Jaime Martinez"],
               "es": ["columna Jaime Martínez", "columna móvil Jaime Martínez", "frente Jaime Martínez"],
               "en": ["Jaime Martinez column", "Jaime Martinez front"], "fr": ["colonne Jaime Martínez"]}),
    ("FARC-EMC: Revolutionary Armed Forces of Colombia - Central General Staff", 2, "CO", {
        "*": ["FARC-EMC", "EMC"], "es": ["Estado Mayor Central", "Estado Mayor Central de las FARC"],
        "en": ["Central General Staff"], "fr": ["État-major central", "Etat-major central"],
        "ru": ["Центральный генеральный штаб"]}),
    ("Viv Ansanm", 3, "HT", {"*": ["Viv Ansanm"], "fr": ["coalition Viv Ansanm"],
                              "ru": ["Вив Ансанм"], "uk": ["Вів Ансанм"], "ar": ["فيف أنسانم"]}),
    ("400 Mawozo Gang", 3, "HT", {"*": ["400 Mawozo", "400 Mawozo gang"], "fr": ["gang 400 Mawozo"],
                                   "es": ["pandilla 400 Mawozo"]}),
    ("Gulf Clan", 3, "CO", {"*": ["Clan del Golfo", "Gulf Clan", "AGC", "Autodefensas Gaitanistas de Colombia"]}),
    ("CJNG: Jalisco New Generation Cartel", 3, "MX", {"*": ["CJNG", "Jalisco New Generation Cartel",
                                                             "Cártel de Jalisco Nueva Generación", "Jalisco cartel"]}),
    ("Sinaloa Cartel", 3, "MX", {"*": ["Sinaloa Cartel", "Cártel de Sinaloa"]}),
    ("MS-13: Mara Salvatrucha", 3, "", {"*": ["MS-13", "Mara Salvatrucha"]}),
    ("LeT: Lashkar-e-Taiba", 2, "IN", {"*": ["Lashkar-e-Taiba", "LeT", "Lashkar-e-Toiba"]}),
    ("JeM: Jaish-e-Mohammed", 2, "IN", {"*": ["Jaish-e-Mohammed", "JeM", "Jaish-e-Muhammad"]}),
    ("CPI (Maoist): Communist Party of India (Maoist)", 2, "IN", {"*": ["CPI (Maoist)", "Maoists", "Naxals",
                                                                         "Naxalites", "Maoist rebels"]}),
    ("Ambazonian Separatists (Cameroon)", 2, "CM", {
        "*": ["Ambazonian separatists", "Amba boys", "Anglophone separatists", "Ambazonia Defence Forces"],
        "fr": ["séparatistes anglophones", "séparatistes ambazoniens", "groupe séparatiste anglophone",
               "combattants séparatistes anglophones"],
        "en": ["Anglophone separatist group", "Anglophone separatist fighters"]}),
    ("CPC: Coalition of Patriots for Change", 3, "CF", {"*": ["CPC"], "en": ["Coalition of Patriots for Change"],
                                                          "fr": ["Coalition des patriotes pour le changement"]}),
    ("Anti-Balaka", 4, "CF", {"*": ["Anti-Balaka", "anti-balaka"]}),
    ("IPOB: Indigenous Peoples of Biafra", 2, "NG", {"*": ["IPOB", "Indigenous People of Biafra", "ESN",
                                                           "Eastern Security Network"]}),
    ("Settlers (Israel)", 3, "PS", {"en": ["Israeli settlers", "settlers"], "fr": ["colons israéliens", "colons"],
                                    "es": ["colonos israelíes", "colonos"], "ar": ["المستوطنين", "مستوطنون"],
                                    "ru": ["израильские поселенцы", "поселенцы"], "uk": ["ізраїльські поселенці"]}),
    ("NATO: North Atlantic Treaty Organization", 8, "", {
        "*": ["NATO", "ISAF"], "fr": ["OTAN"], "es": ["OTAN"], "ar": ["الناتو", "حلف شمال الأطلسي"],
        "ru": ["НАТО"], "uk": ["НАТО"]}),
    ("Global Coalition Against Daesh", 8, "", {
        "en": ["US-led coalition", "international coalition", "anti-IS coalition"],
        "fr": ["coalition internationale"], "es": ["coalición internacional"], "ar": ["التحالف الدولي"],
        "ru": ["международная коалиция"], "uk": ["міжнародна коаліція"]}),
    ("Military Forces of France (2017-)", 1, "FR", {
        "*": ["Barkhane", "Operation Barkhane", "Barkhane forces", "Serval", "Sabre"],
        "fr": ["force Barkhane", "opération Barkhane"]}),
    ("Military Forces of Israel (2021-)", 1, "IL", {
        "*": ["IDF", "Tsahal"], "en": ["Israel Defense Forces", "Israeli Defence Forces"],
        "ar": ["جيش الاحتلال", "قوات الاحتلال", "الجيش الإسرائيلي"], "ru": ["ЦАХАЛ", "Армия обороны Израиля"],
        "uk": ["ЦАХАЛ", "Армія оборони Ізраїлю"]}),
    ("Military Forces of Russia (2000-)", 1, "RU", {
        "en": ["Russian Armed Forces"], "ru": ["ВС РФ", "армия РФ", "ВС России", "Минобороны России", "оккупанты",
                                          "российские оккупанты", "оккупационные войска"],
        "uk": ["ЗС РФ", "армія РФ", "окупанти", "російські окупанти", "рашисти", "окупаційні війська"]}),
    ("Military Forces of Ukraine (2019-)", 1, "UA", {
        "*": ["AFU", "ZSU"], "en": ["Armed Forces of Ukraine"], "ru": ["ВСУ", "ВС Украины", "ВФУ"],
        "uk": ["ЗСУ", "Збройні сили України", "Сили оборони України"]}),
    ("Military Forces of Afghanistan (2014-)", 1, "AF", {
        "*": ["ANA", "ANDSF", "ANSF", "Afghan National Army", "Afghan commandos", "Afghan National Defense and Security Forces"]}),
    ("Police Forces of Afghanistan (2014-)", 1, "AF", {"*": ["ANP", "Afghan National Police"]}),
    ("Police Forces of Afghanistan (2014-) Afghan Local Police", 1, "AF", {
        "*": ["ALP", "Afghan Local Police", "Arbaki"], **LOCAL_POLICE}),
    ("Military Forces of Kenya (2013-)", 1, "KE", {"*": ["KDF", "Kenya Defence Forces", "Kenya Defense Forces"]}),
    ("Police Forces of Kenya (2013-) General Service Unit", 1, "KE", {"*": ["GSU", "General Service Unit"]}),
    ("Police Forces of Kenya (2013-) Kenya Wildlife Service", 1, "KE", {"*": ["KWS", "Kenya Wildlife Service"]}),
    ("Military Forces of Mali (2013-2020)", 1, "ML", {"*": ["FAMa", "FAMA"]}),
    ("Police Forces of Burkina Faso (2015-) Forest Guards", 1, "BF", {
        "en": ["forest guards", "forest guard", "forest rangers", "Water and Forest"], "fr": ["eaux et forêts",
                                                                                              "agents des eaux et forêts"]}),
    ("Military Forces of Nigeria (2015-)", 1, "NG", {"*": ["Nigerian Army", "MNJTF"]}),
    ("Military Forces of Iraq (2020-) Popular Mobilization Forces", 1, "IQ", {
        "*": ["PMF", "PMU", "Hashd al-Shaabi", "Popular Mobilization Forces", "Popular Mobilisation Forces"],
        "ar": ["الحشد الشعبي"], "fr": ["Hachd al-Chaabi", "Unités de mobilisation populaire"],
        "es": ["Fuerzas de Movilización Popular"], "ru": ["Силы народной мобилизации"],
        "uk": ["Сили народної мобілізації"]}),
    ("Military Forces of Mexico (2018-)", 1, "MX", {
        "*": ["Sedena", "SEDENA", "Semar", "SEMAR"], "es": ["Secretaría de la Defensa Nacional", "Secretaría de Marina",
                                                        "elementos de la Marina", "marinos", "Marina Armada de México"],
        "en": ["Mexican Navy", "Mexican marines"]}),
    ("Military Forces of Venezuela", 1, "VE", {
        "*": ["FANB", "GNB", "Guardia Nacional Bolivariana"], "es": ["Fuerza Armada Nacional Bolivariana"],
        "en": ["Bolivarian National Guard", "Venezuelan National Guard"]}),
    ("Military Forces of the Democratic Republic of Congo (2019-)", 1, "CD", {
        "*": ["FARDC"], "fr": ["Forces armées de la RDC", "Forces armées de la République démocratique du Congo"],
        "ar": ["القوات المسلحة الكونغولية"], "ru": ["ВС ДРК"], "uk": ["ЗС ДРК"]}),
    ("Military Forces of Ethiopia (2018-)", 1, "ET", {
        "*": ["ENDF"], "en": ["Ethiopian National Defense Force", "Ethiopian National Defence Force"],
        "fr": ["Force de défense nationale éthiopienne"]}),
    ("Military Forces of Syria (2000-)", 1, "SY", {
        "en": ["Syrian regime forces"], "fr": ["forces du régime syrien", "forces gouvernementales syriennes"],
        "es": ["fuerzas del régimen sirio"], "ar": ["قوات النظام", "قوات النظام السوري", "جيش النظام"],
        "ru": ["сирийская армия", "правительственные войска Сирии"], "uk": ["сирійська армія"]}),
    ("Police Forces of Ukraine (2019-)", 1, "UA", {
        "en": ["National Police of Ukraine", "Ukraine's National Police"], "fr": ["Police nationale ukrainienne"],
        "ru": ["Нацполиция", "Национальная полиция Украины"],
        "uk": ["Нацполіція", "Національна поліція", "Національна поліція України"]}),
    ("Military Forces of Ukraine (2019-)", 1, "UA", {
        "ru": ["украинская ДРГ", "украинские ДРГ", "ДРГ ВСУ", "украинские диверсанты",
               # military intelligence (HUR), whose operations ACLED codes as the military's
               "ГУР", "ГУР Минобороны Украины", "Главное управление разведки Минобороны Украины",
               "украинская военная разведка"],
        "uk": ["ДРГ ЗСУ", "ГУР", "ГУР МО", "Головне управління розвідки",
               "Головне управління розвідки Міноборони України", "воєнна розвідка України"],
        "en": ["Ukraine's military intelligence", "Ukrainian military intelligence", "HUR",
               "Defence Intelligence of Ukraine"],
        "fr": ["renseignement militaire ukrainien"], "es": ["inteligencia militar ucraniana"]}),
    ("Military Forces of Russia (2000-)", 1, "RU", {
        "ru": ["российская ДРГ", "ДРГ ВС РФ"], "uk": ["російська ДРГ", "російські ДРГ", "ДРГ РФ", "ДРГ ворога"]}),
    ("CJTF: Civilian Joint Task Force", 3, "NG", {
        "*": ["CJTF", "Civilian JTF", "Civilian Joint Task Force"], "fr": ["Force civile conjointe"]}),
    ("Carteles Unidos", 3, "MX", {"*": ["Cárteles Unidos", "Carteles Unidos"]}),
    ("La Familia Michoacana", 3, "MX", {"*": ["La Familia Michoacana", "Familia Michoacana"]}),
    ("Los Choneros", 3, "EC", {"*": ["Los Choneros", "Choneros"]}),
    ("Los Lobos", 3, "EC", {"*": ["Los Lobos"]}),
    ("Military Forces of Myanmar (2021-)", 1, "MM", {"*": ["Tatmadaw", "junta troops", "junta forces"]}),
    ("AMISOM: African Union Mission in Somalia (2007-2022)", 8, "SO", {"*": ["AMISOM", "ATMIS"]}),
]

# Ethnic groups for "<X> Ethnic Militia (<Country>)": country -> [(name, extra spellings)].
ETHNIC: dict[str, list[tuple[str, list[str]]]] = {
    "KE": [("Pokot", []), ("Turkana", []), ("Samburu", []), ("Borana", ["Boran"]), ("Gabra", []),
           ("Garre", []), ("Degodia", []), ("Orma", []), ("Pokomo", []), ("Maasai", ["Masai"]),
           ("Kipsigi", ["Kipsigis"]), ("Kisii", []), ("Kuria", []), ("Luo", []), ("Kikuyu", []),
           ("Kalenjin", []), ("Marakwet", []), ("Tugen", []), ("Meru", []), ("Somali", []), ("Ajuran", []),
           ("Rendille", []), ("Nandi", []), ("Luhya", []), ("Ogiek", []), ("Burji", []), ("Tharaka", []),
           ("Murulle", []), ("Merrile", ["Merille"]), ("Toposa", []), ("Murle", []), ("Moran", ["Morans"])],
    "ML": [("Fulani", ["Peul", "Peulh", "Peuls", "Peulhs", "Fula"]), ("Dogon", []), ("Bambara", []),
           ("Arab", []), ("Songhai", []), ("Tuareg", ["Touareg"]), ("Bozo", []), ("Gandakoy", ["Ganda Koy"])],
    "BF": [("Fulani", ["Peul", "Peulh", "Peuls", "Peulhs"]), ("Mossi", []), ("Foulse", []), ("Lobi", []),
           ("Bwaba", [])],
    "NG": [("Fulani", ["Fulani herdsmen"]), ("Tiv", []), ("Jukun", [])],
    "NE": [("Fulani", ["Peul", "Peulh"]), ("Tuareg", ["Touareg"])],
    "ET": [("Merrile", []), ("Dassanach", []), ("Borana", []), ("Garre", []), ("Oromo", []), ("Amhara", [])],
    "SS": [("Dinka", []), ("Nuer", []), ("Murle", []), ("Toposa", [])],
    "CD": [("Hema", []), ("Lendu", [])],
    "UG": [("Karamajong", ["Karamojong"])],
    "BJ": [("Fulani", ["Peul", "Peulh"])],
}

# Communal militias named after a group that is not an ethnicity.
COMMUNAL: dict[str, list[tuple[str, list[str]]]] = {
    "ML": [("Dozo", ["Dozos", "Donso", "Donzo", "chasseurs dozos", "chasseurs traditionnels", "traditional hunters"])],
    "BF": [("Dozo", ["Dozos", "Donso"])],
    "CI": [("Dozo", ["Dozos", "Donso"])],
}

# The insurgent group ACLED attributes unnamed jihadist "militants" to, per country.
DEFAULT_MILITANT: dict[str, str] = {
    "ML": "JNIM: Group for Support of Islam and Muslims",
    "BF": "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)",
    "AF": "Taliban",
    "KE": "Al Shabaab",
    "SO": "Al Shabaab",
    "NG": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    "NE": "Islamic State (Greater Sahara)",
    "PK": "TTP: Tehreek-i-Taliban Pakistan",
    "CD": "ADF: Allied Democratic Forces",
    # Not Ukraine: ACLED gave unattributed shelling there to the NAF until 2022 and to Russia's
    # forces since; an unnamed shooter stays "Unidentified Armed Group (Ukraine)".
}

# Countries with an "Islamic State (<X>)" branch that "IS", "Daesh", "داعش" refer to.
IS_BRANCH: dict[str, str] = {
    "IQ": "Islamic State (Iraq)", "SY": "Islamic State (Syria)", "AF": "Islamic State (Afghanistan)",
    "EG": "Islamic State (Egypt)", "NG": "Islamic State (West Africa)", "ML": "Islamic State (West Africa) - Greater Sahara Faction",
    "NE": "Islamic State (Greater Sahara)", "BF": "Islamic State (Greater Sahara)", "SO": "Islamic State (Somalia)",
    "MZ": "Islamic State (Mozambique)", "PH": "Islamic State (Philippines)", "LY": "Islamic State (Libya)",
    "YE": "Islamic State (Yemen)", "PK": "Islamic State (Pakistan)", "CD": "Islamic State (Central Africa)",
    "KE": "Islamic State (Kenya)", "ID": "Islamic State (Indonesia)", "TD": "Islamic State (West Africa)",
    "CM": "Islamic State (West Africa)",
}
IS_ALIASES: dict[str, list[str]] = {
    "*": ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Daech", "IS militants", "ISIS militants", "IS fighters"],
    "fr": ["État islamique", "Etat islamique", "EI", "groupe État islamique"],
    "es": ["Estado Islámico", "EI"], "ar": ["داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"],
    "ru": ["ИГИЛ", "ИГ", "Исламское государство"], "uk": ["ІДІЛ", "ІД", "Ісламська держава"],
}


# Sub-units ACLED names after the state force ("Police Forces of Ukraine (2019-) Security Service
# of Ukraine"): (country, "Military" or "Police", suffix) -> aliases. They count as state forces.
SUBUNITS: dict[tuple[str, str, str], dict[str, list[str]]] = {
    ("UA", "Police", "Security Service of Ukraine"): {
        "*": ["SBU"], "en": ["Security Service of Ukraine", "Ukraine's Security Service",
                             "Ukrainian security service", "Ukraine's security service"],
        "fr": ["Service de sécurité d'Ukraine", "services de sécurité ukrainiens"],
        "es": ["Servicio de Seguridad de Ucrania"], "ar": ["جهاز الأمن الأوكراني"],
        "ru": ["СБУ", "Служба безопасности Украины"], "uk": ["СБУ", "Служба безпеки України"]},
    ("UA", "Police", "State Border Guard Service"): {
        "en": ["State Border Guard Service", "Ukrainian border guards", "Ukraine's border guards"],
        "fr": ["garde-frontières ukrainiens"], "es": ["guardias fronterizos ucranianos"],
        "ru": ["Госпогранслужба Украины", "украинские пограничники"],
        "uk": ["Держприкордонслужба", "ДПСУ", "українські прикордонники"]},
    ("UA", "Military", "National Guard"): {
        "en": ["National Guard of Ukraine", "Ukrainian National Guard", "Ukraine's National Guard"],
        "fr": ["Garde nationale ukrainienne", "Garde nationale d'Ukraine"],
        "es": ["Guardia Nacional de Ucrania"], "ru": ["Национальная гвардия Украины", "Нацгвардия Украины"],
        "uk": ["Національна гвардія України", "Нацгвардія", "НГУ"]},
    ("RU", "Military", "National Guard"): {
        "en": ["Rosgvardia", "Russian National Guard", "Russia's National Guard"],
        "fr": ["Rosgvardia", "Garde nationale russe"], "es": ["Rosgvardia", "Guardia Nacional rusa"],
        "ru": ["Росгвардия", "Росгвардии"], "uk": ["Росгвардія"]},
    ("RU", "Police", "Federal Security Service"): {
        "*": ["FSB"], "en": ["Federal Security Service"], "fr": ["Service fédéral de sécurité"],
        "es": ["Servicio Federal de Seguridad"], "ar": ["جهاز الأمن الفيدرالي الروسي"],
        "ru": ["ФСБ", "Федеральная служба безопасности"], "uk": ["ФСБ"]},
    ("IR", "Military", "Islamic Revolutionary Guard Corps"): {
        "*": ["IRGC"], "en": ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Iran's Revolutionary Guards"],
        "fr": ["Gardiens de la révolution", "Corps des gardiens de la révolution islamique"],
        "es": ["Guardia Revolucionaria", "Cuerpo de la Guardia Revolucionaria Islámica"],
        "ar": ["الحرس الثوري", "الحرس الثوري الإيراني"], "ru": ["КСИР", "Корпус стражей исламской революции"],
        "uk": ["КВІР", "Корпус вартових ісламської революції"]},
    ("MX", "Police", "National Guard"): {
        "en": ["Mexican National Guard", "Mexico's National Guard", "National Guard troops"],
        "es": ["Guardia Nacional", "elementos de la Guardia Nacional", "guardias nacionales"],
        "fr": ["Garde nationale mexicaine"], "ar": ["الحرس الوطني المكسيكي"],
        "ru": ["Национальная гвардия Мексики"], "uk": ["Національна гвардія Мексики"]},
    ("KE", "Police", "General Service Unit"): {
        "en": ["General Service Unit", "GSU officers", "GSU"], "fr": ["General Service Unit"]},
}


# ACLED names a state's forces after the government in office on the event's day ("Military
# Forces of Mali (2021-)" since the May 2021 coup). (first day, era) in order; before the first
# day the era of ERAS applies, written with its end year where it has ended. Only changes that
# ACLED's own rows in shared/data show (a new era label after the date), or that the dev
# fixtures' coders used, are listed.
ERA_HISTORY: dict[str, list[tuple[str, str]]] = {
    "AF": [("0001-01-01", "2014-2021"), ("2021-08-15", "2021-")],
    "BF": [("0001-01-01", "2015-2022"), ("2022-01-24", "2022-")],
    "ML": [("0001-01-01", "2013-2020"), ("2020-08-18", "2020-2021"), ("2021-05-24", "2021-")],
    "NE": [("0001-01-01", "2011-2021"), ("2021-04-02", "2021-2023"), ("2023-07-26", "2023-")],
    "MM": [("0001-01-01", "2016-2021"), ("2021-02-01", "2021-")],
    "PK": [("0001-01-01", "2018-2022"), ("2022-04-10", "2022-")],
    "SO": [("0001-01-01", "2017-2022"), ("2022-05-15", "2022-")],
    "KE": [("0001-01-01", "2013-2022"), ("2022-09-13", "2022-")],
    "CO": [("0001-01-01", "2018-2022"), ("2022-08-07", "2022-")],
    "IL": [("0001-01-01", "2021-2022"), ("2022-12-29", "2022-")],
    "PH": [("0001-01-01", "2016-2022"), ("2022-06-30", "2022-")],
    "US": [("0001-01-01", "2017-2021"), ("2021-01-20", "2021-2025"), ("2025-01-20", "2025-")],
    "BD": [("0001-01-01", "2009-2024"), ("2024-08-08", "2024-")],
    "GN": [("0001-01-01", "2010-2021"), ("2021-09-05", "2021-")],
}
# Groups ACLED renamed from a day on ("Islamic State (Greater Sahara)" rows end in 2019, the
# "Islamic State (Sahel)" rows of shared/data start in March 2022).
RENAMED: dict[str, list[tuple[str, str]]] = {
    "Islamic State (Greater Sahara)": [("2022-03-01", "Islamic State (Sahel)")],
}
