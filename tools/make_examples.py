"""Write examples/articles.jsonl: wire-style articles written for polemos's demo and tests.

Every text here was written for this project (no agency copy); places and groups are real,
the incidents are invented. Run: python tools/make_examples.py
"""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {
        "id": "demo-en-mali",
        "lang": "en",
        "published": "2024-03-14",
        "url": "https://example.org/news/mali-attack",
        "title": "Gunmen kill soldiers in central Mali",
        "text": (
            "BAMAKO, March 14 - Suspected jihadists attacked an army post in Boni, in the Mopti "
            "region of central Mali, on Tuesday, killing at least seven soldiers, the army said "
            "in a statement.\n\n"
            "The attackers arrived on motorcycles before dawn and set fire to two vehicles, "
            "according to a local official who asked not to be named.\n\n"
            "The JNIM group, linked to al-Qaeda, claimed responsibility for the attack on "
            "Wednesday.\n\n"
            "Violence in the Sahel has killed thousands of people since 2012 and displaced "
            "more than two million."
        ),
    },
    {
        "id": "demo-en-kenya-protest",
        "lang": "en",
        "published": "2024-06-26",
        "url": "https://example.org/news/nairobi-protest",
        "title": "Police fire tear gas at protesters in Nairobi",
        "text": (
            "NAIROBI, June 26 - Kenyan police fired tear gas and water cannon on Tuesday to "
            "disperse thousands of protesters who marched on parliament in Nairobi against "
            "proposed tax increases.\n\n"
            "Dozens of people were arrested, police said.\n\n"
            "In Mombasa, hundreds of traders demonstrated peacefully outside the county offices "
            "on the same day."
        ),
    },
    {
        "id": "demo-fr-burkina",
        "lang": "fr",
        "published": "2024-05-09",
        "url": "https://example.org/fr/burkina",
        "title": "Burkina Faso : une attaque contre un convoi fait douze morts",
        "text": (
            "OUAGADOUGOU, 9 mai - Des hommes armés ont attaqué mardi dernier un convoi de "
            "ravitaillement près de Djibo, dans la province du Soum, tuant douze civils, selon "
            "des sources sécuritaires.\n\n"
            "Plusieurs autres personnes ont été blessées lors de l'attaque.\n\n"
            "L'armée burkinabè a mené des frappes aériennes contre les assaillants le lendemain "
            "dans la même zone."
        ),
    },
    {
        "id": "demo-es-colombia",
        "lang": "es",
        "published": "2024-04-22",
        "url": "https://example.org/es/colombia",
        "title": "Explosión en el Cauca",
        "text": (
            "BOGOTÁ, 22 de abril - Un artefacto explosivo detonó el domingo al paso de una "
            "patrulla del Ejército en Suárez, en el departamento del Cauca, y mató a dos "
            "soldados, informó el Ministerio de Defensa.\n\n"
            "Las autoridades atribuyeron el ataque a disidencias de las FARC."
        ),
    },
    {
        "id": "demo-ar-syria",
        "lang": "ar",
        "published": "2024-02-12",
        "url": "https://example.org/ar/syria",
        "title": "قصف مدفعي على ريف الحسكة",
        "text": (
            "قتل ثلاثة مدنيين أمس في قصف مدفعي استهدف قرية قرب مدينة الحسكة في شمال شرق سوريا، "
            "بحسب المرصد السوري لحقوق الإنسان.\n\n"
            "وأصيب خمسة أشخاص آخرون بجروح."
        ),
    },
    {
        "id": "demo-ru-belgorod",
        "lang": "ru",
        "published": "2024-03-18",
        "url": "https://example.org/ru/belgorod",
        "title": "Обстрел Белгорода",
        "text": (
            "В воскресенье в результате ракетного обстрела Белгорода погибли два человека, "
            "сообщил губернатор области.\n\n"
            "По его словам, повреждены несколько жилых домов."
        ),
    },
    {
        "id": "demo-uk-kharkiv",
        "lang": "uk",
        "published": "2024-05-20",
        "url": "https://example.org/uk/kharkiv",
        "title": "Удар по Харкову",
        "text": (
            "Учора російські війська завдали удару дронами по Харкову, загинули четверо "
            "цивільних, повідомив голова обласної військової адміністрації.\n\n"
            "Ще дев'ять людей отримали поранення."
        ),
    },
]

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Protesters storm regional office in Niger - Example Wire</title>
<meta property="article:published_time" content="2024-07-30T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Protesters storm regional office in Niger</h1>
<p>NIAMEY, July 30 - Hundreds of young men ransacked the regional governor's office in Zinder,
Niger, on Monday after a student was shot dead at a checkpoint, witnesses said.</p>
<p>Security forces fired shots in the air to disperse the crowd. No deaths were reported.</p>
<p>The city has seen repeated demonstrations against fuel prices in recent years.</p>
</article>
<footer>Subscribe to our newsletter. Cookie settings. All rights reserved.</footer>
</body></html>
"""


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "examples"
    out.mkdir(exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for a in ARTICLES:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    (out / "niger-protest.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    main()
