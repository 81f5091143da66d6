"""The places ACLED codes, as a gazetteer layer: ``src/polemos/data/acled_places.tsv``.

One row per distinct (location, country, admin1, point rounded to 0.01 degree) of the ACLED
rows polemos may train on, located by ACLED at geo_precision 1 or 2 (a town or a place near
it), with the number of events there. No note text. Sources:

- the ``train`` split of ``shared/data/acled/`` (each file's oldest 70 %);
- acled-more rows kept as :func:`polemos.training.acled_more_records` keeps them with
  ``exclude`` = the dev and test splits of ``acled/``: nothing on or after a held-out part's
  first date in that country, never the 2022 global sample (its dev/test parts are held
  out), nor rows of other files on the same day and place as one of its rows. No down-sampling
  here (every kept row counts).

Dev and test rows are read only to know where the held-out periods start (as the detector's
training does); none of their places is written.

Run: ``.venv/bin/python tools/build_acled_places.py [../shared/data]``; the gazetteer build
loads the file (``polemos.gazetteer_acled``). ACLED data: acleddata.com, ACLED's terms of use,
attribution required.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from polemos.datasets import AcledRecord, acled_split, shared_data_dir
from polemos.training import acled_more_records

OUT = Path(__file__).resolve().parents[1] / "src" / "polemos" / "data" / "acled_places.tsv"
HEADER = ("name", "country_code", "admin1", "admin2", "latitude", "longitude", "events")


def _iso2(rows: Iterable[AcledRecord]) -> dict[str, str]:
    """ACLED country name -> ISO alpha-2, from the rows' iso3 column (else the name)."""
    import pycountry

    out: dict[str, str] = {}
    for r in rows:
        if r.country in out:
            continue
        c = None
        if r.iso3 and r.iso3.isalpha():
            c = pycountry.countries.get(alpha_3=r.iso3.upper())
        if c is None:
            try:
                c = pycountry.countries.lookup(r.country)
            except LookupError:
                c = None
        if c is None and r.country == "Kosovo":
            out[r.country] = "XK"
            continue
        if c is not None:
            out[r.country] = c.alpha_2
    return out


def training_rows(root: Path) -> list[AcledRecord]:
    """The ACLED rows the layer is built from (train split + acled-more as training keeps it)."""
    files = sorted((root / "acled").glob("*.csv"))
    rows = acled_split("train", files)
    more = root / "acled-more" / "acled_more.csv"
    if more.is_file():
        held = acled_split("dev", files) + acled_split("test", files)
        rows += acled_more_records(more, exclude=held, us_protest_cap=10**9, per_label_cap=0)
    return rows


def place_rows(rows: list[AcledRecord]) -> list[tuple[str, ...]]:
    """One row per distinct (name, country, admin1, rounded point) located at precision 1-2."""
    iso = _iso2(rows)
    events: Counter[tuple[str, str, str, float, float]] = Counter()
    admin2: dict[tuple, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r.geo_precision not in (1, 2) or r.latitude is None or r.longitude is None:
            continue
        name = " ".join(r.location.split())
        cc = iso.get(r.country)
        if not name or not cc or not r.admin1 or name.upper() == "NA":
            continue
        key = (name, cc, r.admin1, round(r.latitude, 2), round(r.longitude, 2))
        events[key] += 1
        if r.admin2 and r.admin2 != "NA":
            admin2[key][r.admin2] += 1
    out = []
    for key in sorted(events):
        name, cc, a1, la, lo = key
        a2 = admin2[key].most_common(1)[0][0] if admin2[key] else ""
        out.append((name, cc, a1, a2, f"{la:.2f}", f"{lo:.2f}", str(events[key])))
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else shared_data_dir()
    if root is None or not (root / "acled").is_dir():
        print("shared/data not found (give its path or set POLEMOS_DATA)", file=sys.stderr)
        return 1
    rows = place_rows(training_rows(root))
    OUT.write_text("\n".join("\t".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} places -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
