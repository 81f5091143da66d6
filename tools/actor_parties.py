"""Political parties: ACLED actor names with aliases, for finding an article's country.

Roles never make a party actor1/actor2 by itself (ACLED codes party supporters as rioters or
protesters with the party as an associated actor); the registry uses them as a country cue.
(name, country alpha-2, aliases per language; "*" for every language).
"""

from __future__ import annotations

PARTIES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("ODM: Orange Democratic Movement", "KE", {
        "*": ["ODM", "Orange Democratic Movement"],
        "fr": ["Mouvement démocratique orange"], "es": ["Movimiento Democrático Naranja"],
        "ar": ["الحركة الديمقراطية البرتقالية"],
        "ru": ["Оранжевое демократическое движение", "Оранжевого демократического движения"],
        "uk": ["Помаранчевий демократичний рух", "Помаранчевого демократичного руху"]}),
    ("Jubilee Party", "KE", {
        "*": ["Jubilee", "Jubilee Party", "Jubilee Coalition", "Jubilee Alliance"],
        "fr": ["Parti Jubilee"], "es": ["Partido Jubilee"], "ar": ["حزب اليوبيل"],
        "ru": ["партия Юбилей"], "uk": ["партія Ювілей"]}),
    ("NASA: National Super Alliance", "KE", {
        "*": ["NASA coalition", "NASA supporters", "NASA leader", "NASA leaders", "NASA rally",
              "NASA members", "NASA protesters", "National Super Alliance"],
        "fr": ["Super alliance nationale"], "es": ["Súper Alianza Nacional"],
        "ar": ["التحالف الوطني الكبير"], "ru": ["Национальный суперальянс"],
        "uk": ["Національний суперальянс"]}),
    ("KANU: Kenya African National Union", "KE", {
        "*": ["KANU", "Kenya African National Union"],
        "fr": ["Union nationale africaine du Kenya"], "es": ["Unión Nacional Africana de Kenia"],
        "ar": ["الاتحاد الوطني الإفريقي الكيني"], "ru": ["Африканский национальный союз Кении"],
        "uk": ["Африканський національний союз Кенії"]}),
    ("ANC: Amani National Congress", "KE", {"*": ["Amani National Congress"]}),
    ("Wiper Democratic Movement", "KE", {"*": ["Wiper Democratic Movement", "Wiper party"]}),
    ("FORD-Kenya: Forum for the Restoration of Democracy-Kenya", "KE", {
        "*": ["FORD-Kenya", "Ford Kenya", "Forum for the Restoration of Democracy"]}),
    ("IEBC: Independent Electoral and Boundaries Commission", "KE", {
        "*": ["IEBC", "Independent Electoral and Boundaries Commission"]}),
    ("MPP: People's Movement for Progress", "BF", {
        "*": ["MPP", "Mouvement du peuple pour le progrès", "People's Movement for Progress"]}),
    ("CDP: Congress for Democracy and Progress", "BF", {
        "*": ["Congrès pour la démocratie et le progrès", "Congress for Democracy and Progress"]}),
    ("UPC: Union for Progress and Change", "BF", {
        "*": ["Union pour le progrès et le changement", "Union for Progress and Change"]}),
    ("RPM: Rally for Mali", "ML", {
        "*": ["RPM", "Rassemblement pour le Mali", "Rally for Mali"],
        "es": ["Agrupación por Malí"], "ar": ["التجمع من أجل مالي"], "ru": ["Объединение за Мали"],
        "uk": ["Об'єднання за Малі"]}),
    ("URD: Union for the Republic and Democracy", "ML", {
        "*": ["Union pour la République et la démocratie", "Union for the Republic and Democracy"]}),
]
