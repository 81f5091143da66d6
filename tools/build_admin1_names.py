"""Learn ACLED's names of first-level areas from ACLED's own rows (train parts only).

For each ACLED row with coordinates, the nearest town of a gazetteer built without this table
(a temporary one, as `polemos gazetteer build` makes it) in the same
country (within 30 km) says which first-level area polemos would name; counting ACLED's
`admin1` for each of them gives ACLED's name ("Halab" -> "Aleppo", "Jenin" -> "West Bank",
"Banaadir" -> "Banadir"). A name is kept when at least 2 rows agree and they are at least 60 %
of the area's rows, or when a single row gives a spelling of the same name ("Hims" -> "Homs":
difflib ratio >= 0.5; a lone row near a border, "West Kordofan" -> "Abyei", is not). Held-out rows are never read: the test split of acled/ (and, for its
countries, every acled-more row from the first held-out date on) and the test part (April-June)
of acled-more's 2022 global sample. Its dev part (January-March) is read: admin1 naming is not
what that sample measures, and it holds most of the Middle East rows.

Run: ``.venv/bin/python tools/build_admin1_names.py [../shared/data]``; it writes
src/polemos/data/acled_admin1.tsv (committed), which the gazetteer build applies.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

import polemos.gazetteer_build as gazetteer_build
from polemos.actors import ActorRegistry
from polemos.datasets import acled_split, shared_data_dir
from polemos.gazetteer import Gazetteer
from polemos.training import acled_more_records, global_sample

OUT = Path(__file__).resolve().parents[1] / "src" / "polemos" / "data" / "acled_admin1.tsv"
MAX_KM = 30.0
MIN_ROWS = 2
MIN_SIMILAR = 0.5
MIN_SHARE = 0.6


def _records(root: Path) -> list:
    files = sorted((root / "acled").glob("*.csv"))
    held = acled_split("test", files)
    rows = list(acled_split("train", files)) + list(acled_split("dev", files))
    more = root / "acled-more" / "acled_more.csv"
    if more.exists():
        rows += acled_more_records(more, exclude=held, us_protest_cap=10**9, per_label_cap=0)
        rows += global_sample(root, "dev")
    return rows


def _towns(gaz: Gazetteer) -> dict[str, tuple[np.ndarray, list[str]]]:
    """Per country: coordinates (radians) and shown admin1 of the gazetteer's towns."""
    per: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    q = ("SELECT country_code, latitude, longitude, admin1 FROM places WHERE feature_class = 'P' "
         "AND admin1 IS NOT NULL AND latitude IS NOT NULL")
    for cc, lat, lon, a1 in gaz._db.execute(q):  # noqa: SLF001 - a build tool reads the table
        per[cc][0].append((lat, lon))
        per[cc][1].append(a1)
    return {cc: (np.radians(np.array(pts)), names) for cc, (pts, names) in per.items()}


def learn(root: Path) -> list[tuple[str, str, str, int, float]]:
    """(country code, polemos's admin1, ACLED's admin1, rows, share) for every area renamed."""
    codes = {v["name"]: k for k, v in ActorRegistry.default().countries.items()}
    with tempfile.TemporaryDirectory() as tmp:  # the gazetteer's own names: without this table
        path = Path(tmp) / "gazetteer.sqlite"
        gazetteer_build.build(path, learnt_admin1=False)
        gaz = Gazetteer(path)
        towns = _towns(gaz)
        gaz.close()
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in _records(root):
        cc = codes.get(r.country)
        if not cc or cc not in towns or r.latitude is None or r.longitude is None or not r.admin1:
            continue
        pts, names = towns[cc]
        lat, lon = np.radians(r.latitude), np.radians(r.longitude)
        d = np.sin((pts[:, 0] - lat) / 2) ** 2 + np.cos(lat) * np.cos(pts[:, 0]) * np.sin(
            (pts[:, 1] - lon) / 2) ** 2
        k = int(np.argmin(d))
        if 2 * 6371.0 * np.arcsin(np.sqrt(d[k])) <= MAX_KM:
            counts[(cc, names[k])][r.admin1.strip()] += 1
    out = []
    for (cc, shown), c in sorted(counts.items()):
        name, n = c.most_common(1)[0]
        total = sum(c.values())
        similar = difflib.SequenceMatcher(None, shown.lower(), name.lower()).ratio() >= MIN_SIMILAR
        if (n >= MIN_ROWS or similar) and n / total >= MIN_SHARE and name != shown:
            out.append((cc, shown, name, n, round(n / total, 2)))
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else shared_data_dir()
    if root is None or not (root / "acled").is_dir():
        sys.exit("shared data not found: give its path (the folder holding acled/)")
    rows = learn(root)
    lines = ["country_code\tgazetteer_admin1\tacled_admin1\trows\tshare"]
    lines += ["\t".join(map(str, r)) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
