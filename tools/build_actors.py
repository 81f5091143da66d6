"""Generate src/polemos/data/actors.json from the hand-written seeds and pycountry's names.

Run: ``.venv/bin/python tools/build_actors.py`` (idempotent; the JSON is committed).
State forces of every ISO 3166 country get military and police entries with aliases built
from the country's name in six languages (pycountry's translations) and, for the main
countries, hand-written demonyms.
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_lexicon import AGENT_MARKERS, GENERIC, NOT_ACTOR, POLICE_IMPLIED  # noqa: E402
from actor_parties import PARTIES  # noqa: E402
from actor_seeds import (  # noqa: E402
    ACLED_COUNTRY_NAMES,
    COMMUNAL,
    DEFAULT_MILITANT,
    DEMONYMS,
    ERA_HISTORY,
    ERAS,
    ETHNIC,
    EXTRA_NAMES,
    GENDARMERIE,
    GROUPS,
    IS_ALIASES,
    IS_BRANCH,
    RENAMED,
    SUBUNITS,
    THE_COUNTRIES,
)

LANGS = ("en", "fr", "es", "ar", "ru", "uk")
OUT = Path(__file__).resolve().parents[1] / "src" / "polemos" / "data" / "actors.json"


def acled_country_name(alpha2: str) -> str:
    """ACLED's short name of a country (pycountry's common name unless ACLED differs)."""
    if alpha2 in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return getattr(c, "common_name", None) or c.name


def translated_names(alpha2: str) -> dict[str, list[str]]:
    """The country's name in each language (pycountry's gettext catalogues), commas skipped."""
    c = pycountry.countries.get(alpha_2=alpha2)
    out: dict[str, list[str]] = {"en": sorted({acled_country_name(alpha2), c.name,
                                               getattr(c, "common_name", c.name)})}
    for lang in LANGS[1:]:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        names = {tr.gettext(getattr(c, "common_name", c.name)), tr.gettext(c.name)}
        out[lang] = sorted(n for n in names if "," not in n)
    out["en"] = [n for n in out["en"] if "," not in n]
    for lang, extra in EXTRA_NAMES.get(alpha2, {}).items():
        out[lang] = sorted(set(out.get(lang, [])) | set(extra))
    return out


def fr_forms(ms: str) -> tuple[str, str, str, str]:
    """French adjective forms (ms, fs, mp, fp) from the masculine singular."""
    if ms.endswith(("e", "è")):
        fs = ms
    elif ms.endswith(("ien", "éen", "en")):
        fs = ms + "ne"
    else:
        fs = ms + "e"
    mp = ms if ms.endswith(("s", "x")) else ms + "s"
    return ms, fs, mp, fs + "s"


def es_forms(ms: str) -> tuple[str, str, str, str]:
    """Spanish adjective forms (ms, fs, mp, fp) from the masculine singular."""
    if ms.endswith("o"):
        fs = ms[:-1] + "a"
    elif ms.endswith(("e", "í", "a")):
        fs = ms
    else:
        fs = ms.replace("é", "e").replace("á", "a") + "a"
    mp = ms + "es" if ms.endswith(("s", "í", "n", "l", "r")) and not ms.endswith("e") else ms + "s"
    if ms.endswith(("és", "án", "ón")):
        mp = ms.replace("é", "e").replace("á", "a").replace("ó", "o") + "es"
    return ms, fs, mp, fs + "s"


def state_aliases(alpha2: str, which: str) -> dict[str, list[str]]:
    """Aliases of a country's military ("military") or police ("police") in six languages."""
    names = translated_names(alpha2)
    al: dict[str, list[str]] = {lang: [] for lang in LANGS}
    mil_en = ["army", "military", "soldiers", "soldier", "troops", "forces", "armed forces", "security forces",
              "defence forces", "defense forces", "air force", "airstrike", "airstrikes", "air strike",
              "air strikes", "military forces", "special forces", "navy", "jets", "aircraft", "drone", "drones",
              "commandos", "army soldiers", "military personnel", "security personnel"]
    pol_en = ["police", "policemen", "police officers", "police officer", "police forces", "riot police"]
    words_en = mil_en if which == "military" else pol_en
    for n in names.get("en", []):
        al["en"] += [f"{n} {w}" for w in words_en] + [f"{words_en[0]} of {n}", f"{n}'s {words_en[0]}"]
    if which == "military":
        tpl = {"fr": ["armée {n}", "forces armées {n}", "soldats {n}", "militaires {n}"],
               "es": ["ejército {n}", "fuerzas armadas {n}", "soldados {n}", "militares {n}"],
               "ar": ["جيش {n}", "قوات {n}", "جنود {n}"],
               "ru": ["армия {n}", "вооруженные силы {n}", "войска {n}", "военные {n}"],
               "uk": ["армія {n}", "збройні сили {n}", "війська {n}", "військові {n}"]}
    else:
        tpl = {"fr": ["police {n}"], "es": ["policía {n}"], "ar": ["شرطة {n}"],
               "ru": ["полиция {n}"], "uk": ["поліція {n}"]}
    for lang, forms in tpl.items():
        for n in names.get(lang, []):
            al[lang] += [f.format(n=n) for f in forms]
    if which == "military":  # "ракетний удар Росії", "обстрел Украины": the state's strike
        for lang, nouns in (("ru", _STRIKES_RU), ("uk", _STRIKES_UK)):
            al[lang] += [f"{w} {n}" for n in names.get(lang, []) for w in nouns]
    if alpha2 in DEMONYMS:
        en, fr, es, ar, ru, uk = DEMONYMS[alpha2]
        fms, ffs, fmp, ffp = fr_forms(fr)
        ems, efs, emp, efp = es_forms(es)
        arf = ar + "ة"
        al["en"] += [f"{en} {w}" for w in words_en]
        if which == "military":
            al["fr"] += [f"armée {ffs}", f"soldats {fmp}", f"militaires {fmp}", f"forces armées {ffp}",
                         f"troupes {ffp}", f"forces {ffp}", f"aviation {ffs}", f"forces spéciales {ffp}",
                         f"forces de défense et de sécurité {ffp}", f"FDS {ffp}"]
            al["es"] += [f"ejército {ems}", f"soldados {emp}", f"militares {emp}", f"fuerzas armadas {efp}",
                         f"tropas {efp}", f"fuerzas {efp}", f"aviación {efs}"]
            al["ar"] += [f"الجيش {ar}", f"القوات {arf}", f"القوات المسلحة {arf}", f"الجنود {ar}",
                         f"الطيران {ar}", f"جنود الجيش {ar}"]
            al["ru"] += [f"{ru} {w}" for w in ("войска", "военные", "военнослужащие", "солдаты", "силы",
                                              "силовики", "вооруженные силы")] + [f"{ru[:-2]}ая армия"]
            al["uk"] += [f"{uk} {w}" for w in ("війська", "військові", "військовослужбовці", "солдати",
                                              "сили", "збройні сили")] + [f"{uk[:-1]}а армія"]
            _weapon_aliases(al, DEMONYMS[alpha2])
        else:
            al["fr"] += [f"police {ffs}", f"policiers {fmp}", f"police nationale {ffs}"]
            al["es"] += [f"policía {efs}", f"policías {emp}", f"policía nacional {efs}"]
            al["ar"] += [f"الشرطة {arf}", f"قوات الأمن {arf}", f"الأمن {ar}"]
            al["ru"] += [f"{ru} полицейские", f"{ru[:-2]}ая полиция"]
            al["uk"] += [f"{uk} поліцейські", f"{uk[:-1]}а поліція"]
    return {k: sorted(set(v)) for k, v in al.items() if v}


# A state's weapons and strikes name its forces as the perpetrator ("a Russian missile struck",
# "frappe israélienne", "атака російських дронів"): ACLED codes the state's military. Bare
# "strike" is left out (a "Kenyan strike" is a labour strike).
_WEAPONS_EN = ("missile", "missiles", "missile strike", "missile strikes", "missile attack",
               "missile attacks", "rocket", "rockets", "rocket attack", "rocket attacks", "rocket fire",
               "shelling", "artillery", "artillery fire", "shells", "mortar fire", "bombardment",
               "bombardments", "drone strike", "drone strikes", "drone attack", "drone attacks",
               "warplane", "warplanes", "fighter jets", "helicopter", "helicopters", "gunships",
               "air raid", "air raids", "attack", "attacks", "air defence", "air defense",
               "air defences", "air defenses")
_WEAPONS_RU = ("ракеты", "удары", "ракетные удары", "беспилотники", "ударные беспилотники", "дроны",
               "ударные дроны", "обстрелы", "авиаудары", "артиллерия", "авиация", "снаряды",
               "бомбардировки", "атаки", "самолеты", "вертолеты", "ПВО")
_WEAPONS_UK = ("ракети", "удари", "ракетні удари", "безпілотники", "ударні безпілотники", "дрони",
               "ударні дрони", "обстріли", "авіаудари", "артилерія", "авіація", "снаряди",
               "бомбардування", "атаки", "літаки", "гелікоптери", "ППО")
_WEAPON_RU_F = ("ракета", "атака", "ракетная атака", "авиация", "артиллерия")
_WEAPON_RU_M = ("удар", "ракетный удар", "беспилотник", "дрон", "обстрел", "авиаудар", "самолет",
                "вертолет", "снаряд")
_WEAPON_UK_F = ("ракета", "атака", "ракетна атака", "авіація", "артилерія")
_WEAPON_UK_M = ("удар", "ракетний удар", "безпілотник", "дрон", "обстріл", "авіаудар", "літак",
                "гелікоптер", "снаряд")
# Strike nouns followed by the country's name in the genitive (the folding strips the case).
_STRIKES_RU = ("удар", "ракетный удар", "атака", "обстрел", "авиаудар")
_STRIKES_UK = ("удар", "ракетний удар", "атака", "обстріл", "авіаудар")
_WEAPONS_FR = {"ms": ("missile", "bombardement", "drone", "tir", "raid", "hélicoptère", "avion"),
               "mp": ("missiles", "bombardements", "drones", "tirs", "raids", "hélicoptères", "avions",
                      "obus"),
               "fs": ("frappe", "frappe aérienne", "roquette", "artillerie", "attaque",
                      "défense antiaérienne", "défense aérienne"),
               "fp": ("frappes", "frappes aériennes", "roquettes", "attaques")}
_WEAPONS_ES = {"ms": ("misil", "ataque", "ataque aéreo", "bombardeo", "dron", "cohete", "helicóptero"),
               "mp": ("misiles", "ataques", "ataques aéreos", "bombardeos", "drones", "cohetes",
                      "helicópteros", "proyectiles"),
               "fs": ("artillería", "defensa antiaérea", "ofensiva"), "fp": ()}
# Arabic: masculine and feminine nouns with the indefinite adjective, then with the article.
_WEAPONS_AR = {"m": ("صاروخ", "قصف", "هجوم"),
               "f": ("صواريخ", "غارة", "غارات", "غارة جوية", "غارات جوية", "ضربة", "ضربات",
                     "طائرة مسيرة", "مسيرة", "مسيرات", "طائرات", "طائرة حربية", "طائرات حربية",
               "مقاتلة", "مقاتلات", "مدفعية"),
               "dm": ("القصف", "الهجوم", "الدفاع الجوي"),
               "df": ("الصواريخ", "الغارة", "الغارات", "الغارات الجوية", "الضربات", "الطائرات",
                      "المسيرات", "المدفعية", "الدفاعات الجوية", "الطائرات الحربية")}


def _weapon_aliases(al: dict[str, list[str]], demonyms: tuple[str, ...]) -> None:
    """Add "<demonym> missile / strike / drone ..." aliases of a country's military."""
    en, fr, es, ar, ru, uk = demonyms
    fr_adj = dict(zip(("ms", "fs", "mp", "fp"), fr_forms(fr), strict=True))
    es_adj = dict(zip(("ms", "fs", "mp", "fp"), es_forms(es), strict=True))
    al["en"] += [f"{en} {w}" for w in _WEAPONS_EN]
    al["fr"] += [f"{w} {fr_adj[g]}" for g, words in _WEAPONS_FR.items() for w in words]
    al["es"] += [f"{w} {es_adj[g]}" for g, words in _WEAPONS_ES.items() for w in words]
    first, *rest = ar.split()
    indef = " ".join([first.removeprefix("ال"), *rest])
    ar_adj = {"m": indef, "f": indef + "ة", "dm": ar, "df": ar + "ة"}
    al["ar"] += [f"{w} {ar_adj[g]}" for g, words in _WEAPONS_AR.items() for w in words]
    al["ru"] += [f"{ru} {w}" for w in _WEAPONS_RU]
    al["uk"] += [f"{uk} {w}" for w in _WEAPONS_UK]
    # one missile, one drone: "российская ракета", "російський дрон" (adjective in the singular)
    al["ru"] += [f"{ru[:-2]}ая {w}" for w in _WEAPON_RU_F] + [f"{ru[:-2]}ий {w}" for w in _WEAPON_RU_M]
    al["uk"] += [f"{uk[:-1]}а {w}" for w in _WEAPON_UK_F] + [f"{uk[:-1]}ий {w}" for w in _WEAPON_UK_M]


def gendarmerie_aliases(alpha2: str) -> dict[str, list[str]]:
    """Aliases of a francophone country's gendarmerie (a sub-unit of its police in ACLED)."""
    al: dict[str, list[str]] = {"en": [], "fr": []}
    for n in translated_names(alpha2).get("en", []):
        al["en"] += [f"{n} gendarmerie", f"{n} gendarmes"]
    if alpha2 in DEMONYMS:
        en, fr = DEMONYMS[alpha2][:2]
        fms, ffs, fmp, ffp = fr_forms(fr)
        al["en"] += [f"{en} gendarmes", f"{en} gendarmerie"]
        al["fr"] += [f"gendarmes {fmp}", f"gendarmerie {ffs}", f"gendarmerie nationale {ffs}"]
    return {k: sorted(set(v)) for k, v in al.items() if v}


def state_name(kind: str, alpha2: str) -> str:
    """ACLED's canonical name of a country's military or police forces, with its era suffix."""
    the = "the " if alpha2 in THE_COUNTRIES else ""
    era = f" ({ERAS[alpha2]})" if alpha2 in ERAS else ""
    return f"{kind} Forces of {the}{acled_country_name(alpha2)}{era}"


def build() -> dict:
    """The whole registry as a JSON-ready dict."""
    actors: list[dict] = []
    countries: dict[str, dict] = {}
    for c in pycountry.countries:
        a2 = c.alpha_2
        countries[a2] = {"name": acled_country_name(a2), "the": a2 in THE_COUNTRIES, "era": ERAS.get(a2),
                         "gendarmerie": a2 in GENDARMERIE, "default_militant": DEFAULT_MILITANT.get(a2),
                         "islamic_state": IS_BRANCH.get(a2), "eras": ERA_HISTORY.get(a2, [])}
        actors.append({"name": state_name("Military", a2), "inter": 1, "country": a2, "kind": "military",
                       "aliases": state_aliases(a2, "military")})
        actors.append({"name": state_name("Police", a2), "inter": 1, "country": a2, "kind": "police",
                       "aliases": state_aliases(a2, "police")})
        if a2 in GENDARMERIE:
            actors.append({"name": state_name("Police", a2) + " Gendarmerie", "inter": 1, "country": a2,
                           "kind": "gendarmes", "aliases": gendarmerie_aliases(a2)})
    for (a2, force, suffix), aliases in SUBUNITS.items():  # a state force's named unit
        actors.append({"name": f"{state_name(force, a2)} {suffix}", "inter": 1, "country": a2,
                       "kind": "subunit", "aliases": {lang: list(v) for lang, v in aliases.items()}})
    seen = {a["name"]: a for a in actors}
    for name, inter, country, aliases in GROUPS:
        al = {lang: list(v) for lang, v in aliases.items()}
        if name in seen:  # extra aliases for a generated state entry
            for lang, v in al.items():
                merged = seen[name]["aliases"].setdefault(lang, [])
                merged += [x for x in v if x not in merged]
            continue
        entry = {"name": name, "inter": inter, "country": country or None, "kind": "group", "aliases": al}
        actors.append(entry)
        seen[name] = entry
    for a2, groups in ETHNIC.items():
        cname = acled_country_name(a2)
        for eth, extra in groups:
            forms = [eth, *extra]
            nouns = ["militia", "militias", "militiamen", "raiders", "gunmen", "attackers", "assailants",
                     "herders", "herdsmen", "warriors", "youths", "bandits", "fighters", "ethnic militia",
                     "community members", "morans", "vigilantes", "armed men", "hunters"]
            en = [f"{f} {n}" for f in forms for n in nouns]
            fr = [f"{w} {f.lower()}s" for f in forms
                  for w in ("miliciens", "assaillants", "hommes armés", "chasseurs")]
            fr += [f"milice {f.lower()}" for f in forms] + [f"milices {f.lower()}s" for f in forms]
            actors.append({"name": f"{eth} Ethnic Militia ({cname})", "inter": 4, "country": a2,
                           "kind": "ethnic", "aliases": {"en": en, "fr": fr}, "weak_aliases": forms})
    for a2, groups in COMMUNAL.items():
        cname = acled_country_name(a2)
        for grp, extra in groups:
            forms = [grp, *extra]
            en = forms + [f"{grp} {n}" for n in ("militia", "militiamen", "hunters", "fighters")]
            fr = [f"chasseurs {grp.lower()}", f"chasseurs {grp.lower()}s", f"miliciens {grp.lower()}s"]
            actors.append({"name": f"{grp} Communal Militia ({cname})", "inter": 4, "country": a2,
                           "kind": "group", "aliases": {"*": en, "fr": fr}})
    for name, a2, aliases in PARTIES:  # a country cue; roles never pick a party by itself
        actors.append({"name": name, "inter": 6, "country": a2, "kind": "party",
                       "aliases": {lang: list(v) for lang, v in aliases.items()}})
    generic = dict(GENERIC)
    generic["police_implied"] = POLICE_IMPLIED
    generic["islamic_state"] = IS_ALIASES
    generic["not_actor"] = NOT_ACTOR  # resolves to no actor (ActorRegistry.generic_actor -> None)
    return {"version": 1, "languages": list(LANGS), "countries": countries, "actors": actors,
            "generic": generic, "agent_markers": AGENT_MARKERS, "renamed": RENAMED}


def main() -> None:
    """Write the registry JSON next to the package's other data."""
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                   encoding="utf-8")
    n_alias = sum(len(v) for a in data["actors"] for v in a["aliases"].values())
    print(f"wrote {OUT}: {len(data['actors'])} actors, {n_alias} aliases")


if __name__ == "__main__":
    main()
