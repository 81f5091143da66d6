"""Hand-made word lists for geoparsing: country names and demonyms the packages lack, stop-words.

Written by hand for polemos (not copied from any corpus). Keys are ISO 3166-1 alpha-2 codes.
"""

from __future__ import annotations

# Short country names in ru / uk / ar (and a few fr/es forms) that pycountry's translations miss
# (it translates official names only).
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "SY": ("Сирия", "Сирія", "سوريا", "سورية", "Syrie", "Siria"),
    "IQ": ("Ирак", "Ірак", "العراق", "Irak"),
    "IR": ("Иран", "Іран", "إيران", "ايران", "Irán"),
    "RU": ("Россия", "Росія", "روسيا", "Russie", "Rusia", "РФ", "Soviet Union", "USSR",
           "U.S.S.R.", "СССР", "Советский Союз", "Радянський Союз", "Union soviétique", "URSS",
           "Unión Soviética", "الاتحاد السوفيتي", "الاتحاد السوفياتي"),
    "TT": ("T&T", "Trinidad & Tobago"),
    "UA": ("Украина", "Україна", "أوكرانيا", "اوكرانيا", "Ukraine", "Ucrania"),
    "ML": ("Мали", "Малі", "مالي"),
    "BF": ("Буркина-Фасо", "Буркіна-Фасо", "بوركينا فاسو"),
    "NE": ("Нигер", "Нігер", "النيجر"),
    "NG": ("Нигерия", "Нігерія", "نيجيريا"),
    "KE": ("Кения", "Кенія", "كينيا"),
    "CI": ("كوت ديفوار", "كوت دي فوار", "Кот-д'Ивуар", "Кот-д'Івуар"),
    "SO": ("Сомали", "Сомалі", "الصومال"),
    "AF": ("Афганистан", "Афганістан", "أفغانستان", "افغانستان"),
    "YE": ("Йемен", "Ємен", "اليمن", "Yémen"),
    "LY": ("Ливия", "Лівія", "ليبيا", "Libye"),
    "SD": ("Судан", "السودان", "Soudan"),
    "SS": ("Южный Судан", "Південний Судан", "جنوب السودان", "Soudan du Sud"),
    "EG": ("Египет", "Єгипет", "مصر", "Égypte", "Egipto"),
    "IL": ("Израиль", "Ізраїль", "إسرائيل", "Israël"),
    "PS": ("Палестина", "فلسطين", "Palestine", "Palestina"),
    "LB": ("Ливан", "Ліван", "لبنان", "Liban", "Líbano"),
    "JO": ("Иордания", "Йорданія", "الأردن"),
    "TR": ("Турция", "Туреччина", "تركيا", "Turquie", "Turquía"),
    "SA": ("Саудовская Аравия", "Саудівська Аравія", "السعودية"),
    "US": ("America", "США", "الولايات المتحدة", "أمريكا", "Etats-Unis", "EEUU", "EE UU", "USA", "U.S.", "US"),
    "GB": ("Великобритания", "Велика Британія", "بريطانيا", "Royaume-Uni", "Reino Unido", "UK", "U.K."),
    "FR": ("Франция", "Франція", "فرنسا"),
    "DE": ("Германия", "Німеччина", "ألمانيا"),
    "CN": ("Китай", "الصين", "Chine"),
    "BY": ("Беларусь", "Білорусь", "بيلاروسيا", "Biélorussie", "Bielorrusia"),
    "PL": ("Польша", "Польща", "بولندا"),
    "MD": ("Молдова", "Молдавия", "مولدوفا"),
    "GE": ("Грузия", "Грузія", "جورجيا"),
    "AM": ("Армения", "Вірменія", "أرمينيا"),
    "AZ": ("Азербайджан", "Азербайджан", "أذربيجان"),
    "TD": ("Чад", "تشاد", "Tchad"),
    "CF": ("ЦАР", "Centrafrique", "جمهورية أفريقيا الوسطى"),
    "CD": ("ДР Конго", "RDC", "RD Congo", "DRC", "الكونغو الديمقراطية"),
    "ET": ("Эфиопия", "Ефіопія", "إثيوبيا", "Éthiopie", "Etiopía"),
    "DZ": ("Алжир", "الجزائر", "Algérie", "Argelia"),
    "MA": ("Марокко", "Марокко", "المغرب", "Maroc", "Marruecos"),
    "TN": ("Тунис", "Туніс", "تونس", "Tunisie", "Túnez"),
    "MX": ("Мексика", "المكسيك", "Mexique", "México"),
    "CO": ("Колумбия", "Колумбія", "كولومبيا", "Colombie"),
    "VE": ("Венесуэла", "Венесуела", "فنزويلا"),
    "PK": ("Пакистан", "باكستان"),
    "IN": ("Индия", "Індія", "الهند", "Inde"),
    "MM": ("Мьянма", "М'янма", "ميانمار", "Birmanie"),
    "KP": ("КНДР", "Северная Корея", "كوريا الشمالية", "Corée du Nord", "Corea del Norte", "North Korea"),
    "KR": ("Южная Корея", "كوريا الجنوبية", "Corée du Sud", "Corea del Sur", "South Korea"),
}

# Abbreviations of countries that also abbreviate other places ("SA": South Africa, South
# Australia): indexed as abbreviations, so context and containment decide.
COUNTRY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ZA": ("SA",), "SA": ("KSA",), "AE": ("UAE",), "CD": ("DRC", "RDC"), "CF": ("CAR", "RCA"),
    "PG": ("PNG",), "BA": ("BiH",), "NZ": ("NZ",),
}

# GeoNames' own points for areas whose package-derived centre lies far from it (lat, lon).
AREA_POINTS: dict[int, tuple[float, float]] = {
    6252001: (39.76, -98.5),  # United States
    1861060: (35.68536, 139.75309),  # Japan
    1269750: (22.0, 79.0),  # India
    6251999: (60.10867, -113.64258),  # Canada
    2215636: (28.0, 17.0),  # Libya
    2077456: (-25.0, 135.0),  # Australia
    5855797: (20.75028, -156.50028),  # Hawaii
    # provinces whose towns crowd one edge: near their geographic centres
    5909050: (54.0, -125.0),  # British Columbia
    5883102: (55.0, -115.0),  # Alberta
    6141242: (54.0, -106.0),  # Saskatchewan
    6065171: (55.0, -97.0),  # Manitoba
    6093943: (50.0, -86.0),  # Ontario
    6115047: (52.0, -72.0),  # Quebec
    6354959: (53.0, -60.0),  # Newfoundland and Labrador
    6091732: (70.0, -90.0),  # Nunavut
    6091069: (64.0, -119.0),  # Northwest Territories
    6185811: (63.5, -136.0),  # Yukon
    2058645: (-25.0, 122.0),  # Western Australia
    2064513: (-20.0, 133.5),  # Northern Territory
    2152274: (-22.0, 144.5),  # Queensland
    2061327: (-30.0, 135.0),  # South Australia
    2155400: (-32.5, 147.0),  # New South Wales
    5879092: (64.0, -150.0),  # Alaska
}

# Continents (GeoNames ids) and the unions named after them, as news uses them.
CONTINENT_NAMES: dict[int, tuple[str, ...]] = {
    6255148: ("EU", "European Union", "Union européenne", "Unión Europea", "Евросоюз", "ЕС",
              "Європейський Союз", "ЄС", "الاتحاد الأوروبي"),
    6255146: ("African Union", "Union africaine", "Unión Africana", "Африканский союз"),
}
CONTINENT_DEMONYMS: dict[int, tuple[str, ...]] = {
    6255148: ("European", "Europeans", "européen", "européenne", "européens", "europeo", "europea",
              "европейский", "европейские", "європейський", "європейські", "الأوروبي", "الأوروبية"),
    6255146: ("African", "Africans", "africain", "africaine", "africano", "africana",
              "африканский", "африканський", "الأفريقي", "الأفريقية"),
    6255147: ("Asian", "Asians", "asiatique", "asiático", "asiática", "азиатский", "азійський"),
}

# Demonyms (adjective and plural forms) by country; English ones come from countryinfo as well.
# Lower-case forms are matched in languages that do not capitalise demonyms (fr, es, ru, uk).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "SY": ("Syrian", "Syrians", "syrien", "syrienne", "syriens", "syriennes", "sirio", "siria", "sirios",
           "сирийский", "сирийская", "сирийские", "сирийских", "сирийской", "сирійський", "сирійська",
           "сирійські", "السوري", "السورية", "سوري"),
    "RU": ("Russian", "Russians", "russe", "russes", "ruso", "rusa", "rusos", "российский",
           "российская", "российские", "российских", "российской", "российского", "русский",
           "російський", "російська", "російські", "російських", "російської", "російського",
           "الروسي", "الروسية", "россияне", "росіяни", "الروس"),
    "UA": ("Ukrainian", "Ukrainians", "ukrainien", "ukrainienne", "ukrainiens", "ucraniano",
           "ucraniana", "ucranianos", "украинский", "украинская", "украинские", "украинских",
           "украинской", "украинского", "український", "українська", "українські", "українських",
           "української", "українського", "الأوكراني", "الأوكرانية", "украинцы", "українці",
           "الأوكرانيون"),
    "ML": ("Malian", "Malians", "malien", "malienne", "maliens", "maliense", "malienses",
           "малийский", "малийская", "малійський", "المالي", "المالية"),
    "BF": ("Burkinabe", "Burkinabè", "burkinabè", "burkinabé", "burkinés", "буркинийский"),
    "KE": ("Kenyan", "Kenyans", "kényan", "kényane", "keniano", "keniana", "кенийский", "الكيني",
           "الكينية"),
    "AF": ("Afghan", "Afghans", "afghan", "afghane", "afghans", "afgano", "afgana", "афганский",
           "афганская", "афганські", "الأفغاني", "الأفغانية"),
    "IQ": ("Iraqi", "Iraqis", "irakien", "irakienne", "iraquí", "иракский", "иракская", "العراقي",
           "العراقية"),
    "IR": ("Iranian", "Iranians", "iranien", "iranienne", "iraní", "иранский", "иранская",
           "іранський", "الإيراني", "الإيرانية"),
    "IL": ("Israeli", "Israelis", "israélien", "israélienne", "israélo", "israelí", "израильский",
           "израильская", "израильские", "ізраїльський", "الإسرائيلي", "الإسرائيلية"),
    "US": ("American", "Americans", "américain", "américaine", "estadounidense", "американский",
           "американская", "американские", "американський", "الأمريكي", "الأمريكية", "الأميركي",
           "الأميركية"),
    "FR": ("French", "français", "française", "francés", "francesa", "французский",
           "французская", "французький", "الفرنسي", "الفرنسية"),
    "TR": ("Turkish", "turc", "turque", "turco", "turca", "турецкий", "турецкая", "турецький",
           "التركي", "التركية"),
    "NG": ("Nigerian", "Nigerians", "nigérian", "nigériane", "nigeriano", "нигерийский", "النيجيري"),
    "SO": ("Somali", "Somalis", "somalien", "somalienne", "somalí", "сомалийский", "الصومالي"),
    "YE": ("Yemeni", "Yemenis", "yéménite", "yemení", "йеменский", "اليمني", "اليمنية"),
    "LY": ("Libyan", "Libyans", "libyen", "libyenne", "libio", "ливийский", "الليبي", "الليبية"),
    "EG": ("Egyptian", "Egyptians", "égyptien", "égyptienne", "egipcio", "египетский", "المصري",
           "المصرية"),
    "NE": ("Nigerien", "nigérien", "nigérienne", "nigerino", "нигерский"),
    "SD": ("Sudanese", "soudanais", "soudanaise", "sudanés", "суданский", "السوداني", "السودانية"),
    "BY": ("Belarusian", "biélorusse", "bielorruso", "белорусский", "білоруський"),
    "CN": ("Chinese", "chinois", "chinoise", "chino", "china", "китайский", "китайська", "الصيني"),
    "KR": ("Korean", "Koreans", "sud-coréen", "surcoreano", "южнокорейский"),
    "GB": ("British", "britannique", "británico", "британский", "британський", "البريطاني"),
    "DE": ("German", "allemand", "allemande", "alemán", "немецкий", "німецький", "الألماني"),
    "PS": ("Palestinian", "Palestinians", "palestinien", "palestinienne", "palestino",
           "палестинский", "الفلسطيني", "الفلسطينية"),
    "LB": ("Lebanese", "libanais", "libanaise", "libanés", "ливанский", "اللبناني", "اللبنانية"),
    "TD": ("Chadian", "tchadien", "tchadienne", "chadiano", "чадский", "التشادي"),
    "ET": ("Ethiopian", "éthiopien", "éthiopienne", "etíope", "эфиопский", "الإثيوبي"),
    "PK": ("Pakistani", "pakistanais", "pakistaní", "пакистанский", "الباكستاني"),
    "IN": ("Indian", "indien", "indienne", "indio", "индийский", "الهندي"),
    "KZ": ("Kazakh", "Kazakhs", "Kazakhstani", "kazakh", "kazajo", "казахский", "казахстанский",
           "казахський", "الكازاخستاني"),
    "ZA": ("South African", "South Africans", "sud-africain", "sud-africaine", "sud-africains",
           "sud-africaines", "sudafricano", "sudafricana", "sudafricanos", "южноафриканский",
           "южноафриканская", "південноафриканський", "الجنوب أفريقي"),
    "SS": ("South Sudanese", "sud-soudanais", "sud-soudanaise", "sursudanés", "южносуданский",
           "південносуданський", "الجنوب سوداني"),
    "CD": ("Congolese", "congolais", "congolaise", "congoleño", "congoleña", "конголезский",
           "конголезький", "الكونغولي", "الكونغولية"),
    "CF": ("Central African", "centrafricain", "centrafricaine", "centrafricains",
           "centroafricano", "центральноафриканский"),
    "CM": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "камерунский"),
    "SN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "сенегальский"),
    "CI": ("Ivorian", "ivoirien", "ivoirienne", "ivoiriens", "marfileño", "ивуарийский"),
    "GN": ("Guinean", "guinéen", "guinéenne", "guineano", "гвинейский"),
    "BJ": ("Beninese", "béninois", "béninoise", "beninés", "бенинский"),
    "TG": ("Togolese", "togolais", "togolaise", "togolés", "тоголезский"),
    "TN": ("Tunisian", "Tunisians", "tunisien", "tunisienne", "tunisiens", "tunecino", "tunecina",
           "тунисский", "туніський", "التونسي", "التونسية"),
    "DZ": ("Algerian", "Algerians", "algérien", "algérienne", "algériens", "argelino", "argelina",
           "алжирский", "алжирський", "الجزائري", "الجزائرية"),
    "MA": ("Moroccan", "Moroccans", "marocain", "marocaine", "marocains", "marroquí",
           "марокканский", "марокканський", "المغربي", "المغربية"),
    "MZ": ("Mozambican", "mozambicain", "mozambicaine", "mozambiqueño", "мозамбикский"),
    "RW": ("Rwandan", "rwandais", "rwandaise", "ruandés", "руандийский", "الرواندي"),
    "BI": ("Burundian", "burundais", "burundaise", "burundés", "бурундийский"),
    "HT": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana", "гаитянский"),
    "MX": ("Mexican", "Mexicans", "mexicain", "mexicaine", "mexicano", "mexicana", "mexicanos",
           "мексиканский", "мексиканський", "المكسيكي", "المكسيكية"),
    "CO": ("Colombian", "Colombians", "colombien", "colombienne", "colombiano", "colombiana",
           "colombianos", "колумбийский", "колумбійський", "الكولومبي", "الكولومبية"),
    "VE": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana",
           "венесуэльский", "венесуельський", "الفنزويلي"),
    "MM": ("Burmese", "birman", "birmane", "birmans", "birmano", "birmana",
           "мьянманский", "бирманский", "м'янманський", "الميانماري"),
    "SA": ("Saudi", "Saudis", "saoudien", "saoudienne", "saudí", "саудовский", "саудівський",
           "السعودي"),
}

# Adjectives of first-level areas (GeoNames ids): "English" is England's, not the whole UK's.
AREA_DEMONYMS: dict[int, tuple[str, ...]] = {
    6269131: ("English", "anglais", "anglaise", "inglés", "inglesa", "английский", "англійський"),
    2638360: ("Scottish", "Scots", "écossais", "écossaise", "escocés", "шотландский"),
    2634895: ("Welsh", "gallois", "galloise", "galés", "валлийский"),
    2641364: ("Northern Irish",),
    5332921: ("Californian", "Californians"),
    6093943: ("Ontarian",),
    6115047: ("Quebecer", "Québécois", "québécois", "québécoise"),
    1279685: ("Tibetan", "Tibetans", "tibétain", "tibétaine", "тибетский"),
    703883: ("Crimean", "criméen", "крымский", "кримський"),
}

# Abbreviations of US states in AP/news style (postal codes come from the ISO 3166-2 codes).
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",), "CT": ("Conn.",), "DE": ("Del.",), "DC": ("D.C.",), "FL": ("Fla.",),
    "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",), "KS": ("Kan.", "Kans."), "KY": ("Ky.",),
    "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",),
    "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",), "NY": ("N.Y.",),
    "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."), "PA": ("Pa.",),
    "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",), "TX": ("Tex.",),
    "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",),
}
# Countries whose first-level areas are often written by their ISO 3166-2 suffix ("Fresno, CA").
ABBREVIATED_ADMIN_COUNTRIES = frozenset({"US", "CA", "AU"})
# Canadian provinces in news style.
CA_PROVINCE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "BC": ("B.C.",), "NB": ("N.B.",), "NS": ("N.S.",), "ON": ("Ont.",), "QC": ("Que.",),
    "AB": ("Alta.",), "SK": ("Sask.",), "MB": ("Man.",), "NL": ("N.L.", "Nfld."),
    "PE": ("P.E.I.",),
}

# First-level areas ACLED names apart from a namesake of the same country, by GeoNames code
# (country, admin1 code): Kyiv the city ("Kyiv City" in ACLED's rows) and Kyiv oblast ("Kyiv").
ADMIN1_BY_CODE: dict[tuple[str, str], str] = {("UA", "12"): "Kyiv City"}

# First-level areas ACLED names where the gazetteer has a region above them: (country, the
# gazetteer's admin1) -> {its admin2: ACLED's admin1}. GeoNames puts Iraqi Kurdistan's towns
# in one area, "Iqlim Kurdistan"; ACLED codes its governorates (acled-more: Duhok 83 rows,
# Erbil 20, Al Sulaymaniyah 6).
ADMIN1_FROM_ADMIN2: dict[tuple[str, str], dict[str, str]] = {
    ("IQ", "Iqlim Kurdistan"): {"Dahuk": "Duhok", "Arbil": "Erbil",
                                "As Sulaymaniyah": "Al Sulaymaniyah"},
}

# ACLED's spelling of first-level areas where GeoNames spells them otherwise (country, GeoNames).
ADMIN1_SPELLINGS: dict[tuple[str, str], str] = {
    ("AF", "Paktiya"): "Paktia", ("AF", "Uruzgan"): "Urozgan", ("AF", "Nimroz"): "Nimruz",
    ("AF", "Sar-e Pul"): "Sar-e Pol", ("AF", "Panjshayr"): "Panjshir",
    ("KE", "Taita-Taveta"): "Taita Taveta", ("IQ", "An Najaf"): "Al Najaf",
    # ACLED calls Lima's metropolitan area "Lima" (acled-more rows "Lima - Lima District")
    ("PE", "Municipalidad Metropolitana de Lima"): "Lima",
    # Russia: ACLED's short names where the ISO name has no English alias to strip
    ("RU", "Belgorodskaya oblast'"): "Belgorod", ("RU", "Kurskaya oblast'"): "Kursk",
    ("RU", "Kaluzhskaya oblast'"): "Kaluga", ("RU", "Volgogradskaya oblast'"): "Volgograd",
    ("RU", "Leningradskaya oblast'"): "Leningrad", ("RU", "Tyumenskaya oblast'"): "Tyumen",
    ("RU", "Tul'skaya oblast'"): "Tula", ("RU", "Tverskaya oblast'"): "Tver",
    ("RU", "Smolenskaya oblast'"): "Smolensk", ("RU", "Pskovskaya oblast'"): "Pskov",
    ("RU", "Orlovshchina"): "Oryol", ("RU", "Arkhangelskaya"): "Arkhangelsk",
    ("RU", "Moskva"): "Moscow", ("RU", "Sankt-Peterburg"): "Saint Petersburg",
    ("RU", "Krasnodarskiy kray"): "Krasnodar", ("RU", "Krasnoyarskiy kray"): "Krasnoyarsk",
    ("RU", "Permskiy kray"): "Perm", ("RU", "Primorskiy kray"): "Primorskiy",
    ("RU", "Zabaykal'skiy kray"): "Zabaykalskiy", ("RU", "Stavropol'skiy kray"): "Stavropol",
    ("RU", "Adygeya, Respublika"): "Republic of Adygea",
    ("RU", "Bashkortostan, Respublika"): "Republic of Bashkortostan",
    ("RU", "Karachayevo-Cherkesskaya Respublika"): "Republic of Karachay-Cherkessia",
    ("RU", "Saha, Respublika"): "Republic of Sakha", ("RU", "Udmurtskaya Respublika"):
    "Udmurt Republic", ("RU", "Dagestan, Respublika"): "Republic of Dagestan",
    ("RU", "Chechenskaya Respublika"): "Republic of Chechnya",
    ("RU", "Tatarstan, Respublika"): "Republic of Tatarstan",
}

# Generic words of facility and feature names: never a toponym on their own inside a longer name
# ("Woodman Point", "Third Presbyterian Church", "Barclays Center").
GENERIC_FEATURE_WORDS: frozenset[str] = frozenset(
    """
    point church cathedral mosque temple hill hills university college school academy hospital
    clinic center centre park lake river creek street road avenue square island islands bay
    harbor harbour valley mount mountain mountains republic union council commission house hall
    court airport station bridge beach mall market hotel palace stadium arena club summit cup
    bank township prison jail office embassy ministry company museum library theater theatre
    forest field fields camp base port gate tower plaza cemetery farm ranch village town city
    faubourg quarter district borough neighborhood neighbourhood suburb barangay
    national international united state states world global new old great little grand royal
    """.split()
)

# Capitalised words that are place names somewhere but rarely mean a place in news text.
STOP_WORDS: frozenset[str] = frozenset(
    """
    the a an and or but of in on at to by for from with as he she it they we you i his her its
    their this that these those there here when where while after before during since until
    mr mrs ms dr president minister police army government state city province region district
    county village town north south east west northern southern eastern western central
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today yesterday tomorrow
    le la les un une des du de et ou mais dans sur pour par avec sans sous chez entre selon lors
    il elle ils elles nous vous on ce cette ces son sa ses leur leurs
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
    aout septembre octobre novembre decembre
    el los las una unos unas del al y o pero en con sin por para segun tras ante
    lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre
    в во на с со к по из за у о об от до для при и а но или что как это он она они
    у в на з із до від для при і й та але або що як це він вона вони
    головне головного головному главное главного главному
    мирныи мирные мирных мирнии мирні мирних
    في من على إلى الى عن مع بعد قبل حتى أن ان التي الذي هذا هذه ذلك تلك وقد قد
    الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت امس اليوم يوم مدينه قريه بلده محافظه
    ولايه منطقه شمال جنوب شرق غرب مقتل
    كان وكان كانت وكانت الحي والحي الام الاتحاد والاتحاد ليل وكاله الان كبري المصدر الري
    congress parliament senate capitol assembly palace court
    reuters afp ap bbc cnn tass
    no not some many several all other unknown suspected presumed alleged police security forces
    one two three four five six seven eight nine ten eleven twelve twenty hundred dozens
    john paul george charles peter james david michael mary ken hassan mohamed mohammed ahmed ali
    ibrahim moussa omar abdul amadou joseph william samuel daniel moses
    taliban jubilee nasa odm jnim isgs koglweogo shabaab wagner hezbollah hamas houthis
    """.split()
)
