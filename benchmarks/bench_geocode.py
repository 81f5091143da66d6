"""Geocoding accuracy and speed on GeoWebNews and GeoVirus (../shared/data/geoparsing).

Usage: python benchmarks/bench_geocode.py [--half even|odd|all] [--data DIR] [--acled dev|test]
GeoWebNews is split by article id: tune on even ids, report on odd ids.
Prints accuracy within 161 km, exact GeoNames id (where the gold id is in the gazetteer),
recognition recall/precision of our own spans, the misses (beyond 161 km) whose gold id the
gazetteer lacks or whose id is right but its point too far, and resolution speed in toponyms/s.
"""

from __future__ import annotations

import argparse
import math
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from polemos.geocode import Geocoder

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def load_gwn(path: Path, half: str) -> list[tuple[str, str, list[dict]]]:
    """(id, text, toponyms with a GeoNames id) per article of the chosen half."""
    out = []
    for a in ET.parse(path).getroot().iter("article"):
        aid = int(a.get("file", "0"))
        if half != "all" and (aid % 2 == 0) != (half == "even"):
            continue
        tops = []
        for t in a.iter("toponym"):
            gid = t.findtext("geonamesID")
            if gid:
                tops.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                             "id": int(gid), "lat": float(t.findtext("latitude")),
                             "lon": float(t.findtext("longitude")), "name": t.findtext("extractedName")})
        out.append((str(aid), a.findtext("text") or "", tops))
    return out


def load_geovirus(path: Path) -> list[tuple[str, str, list[dict]]]:
    """(id, text, locations) per GeoVirus article (coordinates only, no GeoNames ids)."""
    out = []
    for i, a in enumerate(ET.parse(path).getroot().iter("article")):
        tops = [{"start": int(x.findtext("start")), "end": int(x.findtext("end")), "id": None,
                 "lat": float(x.findtext("lat")), "lon": float(x.findtext("lon")),
                 "name": x.findtext("name")} for x in a.iter("location")]
        text = a.findtext("text") or ""
        for t in tops:  # some offsets are one off: snap to the name nearby
            s = t["start"]
            if text[s:t["end"]] != t["name"]:
                for d in (-1, 1, -2, 2):
                    if text[s + d:s + d + len(t["name"])] == t["name"]:
                        t["start"], t["end"] = s + d, s + d + len(t["name"])
                        break
        out.append((str(i), text, tops))
    return out


def evaluate(geo: Geocoder, docs: list[tuple[str, str, list[dict]]], show_errors: int = 0) -> dict:
    """Resolve gold spans and our own spans; return the figures."""
    n = ok161 = n_in = ok_id = miss_absent = miss_same_id = 0
    gold_total = found = ours_total = ours_hit = 0
    seconds = 0.0
    errors = []
    for _aid, text, tops in docs:
        if not tops:
            continue
        spans = [(t["start"], t["end"]) for t in tops]
        t0 = time.perf_counter()
        res = geo.geoparse(text, lang="en", spans=spans)
        seconds += time.perf_counter() - t0
        for t, r in zip(tops, res, strict=True):
            n += 1
            good = r.latitude is not None and km((r.latitude, r.longitude), (t["lat"], t["lon"])) <= 161
            ok161 += good
            if not good and t["id"] is not None:
                miss_absent += geo.gazetteer.get(t["id"]) is None
                miss_same_id += r.geonameid == t["id"]  # right place, its point too far off
            if t["id"] is not None and geo.gazetteer.get(t["id"]) is not None:
                n_in += 1
                ok_id += r.geonameid == t["id"]
                if r.geonameid != t["id"] and len(errors) < show_errors:
                    errors.append((t["name"], t["id"], r.name, r.geonameid, r.feature_code, r.country_code))
        own = [r for r in geo.geoparse(text, lang="en") if r.kind in ("place", "demonym", "metonym")]
        gold_total += len(tops)
        found += sum(any(r.start < t["end"] and t["start"] < r.end for r in own) for t in tops)
        ours_total += len(own)
        ours_hit += sum(any(r.start < t["end"] and t["start"] < r.end for t in tops) for r in own)
    for e in errors:
        print("  error:", e)
    return {"toponyms": n, "acc@161km": ok161 / max(n, 1), "gold_id_in_gazetteer": n_in,
            "exact_id": ok_id / max(n_in, 1), "recall": found / max(gold_total, 1),
            "precision_vs_gold": ours_hit / max(ours_total, 1),
            "misses": n - ok161, "misses_gold_not_in_gazetteer": miss_absent,
            "misses_right_id_far_point": miss_same_id,
            "toponyms_per_s": n / max(seconds, 1e-9)}


def speed(geo: Geocoder, docs: list[tuple[str, str, list[dict]]]) -> float:
    """Toponyms resolved per second (gold spans, warm caches), over all docs."""
    total, t0 = 0, time.perf_counter()
    for _aid, text, tops in docs:
        geo.geoparse(text, lang="en", spans=[(t["start"], t["end"]) for t in tops])
        total += len(tops)
    return total / (time.perf_counter() - t0)


def acled(split: str, geo: Geocoder) -> dict:
    """ACLED notes: share where place_in(geoparse(note)) has ACLED's admin1 (case and accents
    folded) and lies within 25 km of ACLED's point, per country."""
    import unicodedata
    from collections import Counter

    from polemos.datasets import acled_split

    def fold(s: str | None) -> str:
        s = "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c))
        return " ".join(s.lower().replace("-", " ").split())

    n, a1, near = Counter(), Counter(), Counter()
    for r in acled_split(split):
        if not r.notes:
            continue
        p = geo.place_in(geo.geoparse(r.notes), 0, len(r.notes))
        n[r.country] += 1
        a1[r.country] += p is not None and fold(p.admin1) == fold(r.admin1)
        near[r.country] += (p is not None and p.latitude is not None
                            and km((p.latitude, p.longitude), (r.latitude, r.longitude)) <= 25)
    total = sum(n.values()) or 1
    return {"notes": sum(n.values()), "admin1": round(sum(a1.values()) / total, 3),
            "within_25km": round(sum(near.values()) / total, 3),
            "admin1_by_country": {c: round(a1[c] / n[c], 3) for c in sorted(n)}}


def main() -> None:
    """Print the figures for GeoWebNews (one half) and GeoVirus."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--half", default="odd", choices=("even", "odd", "all"))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--acled", choices=("dev", "test"), help="also score ACLED notes of a split")
    args = ap.parse_args()
    gwn = args.data / "GWN.xml"
    if not gwn.is_file():
        raise SystemExit(f"no GeoWebNews at {gwn}")
    geo = Geocoder()
    docs = load_gwn(gwn, args.half)
    print(f"GeoWebNews ({args.half} ids, {len(docs)} articles):", evaluate(geo, docs, args.errors))
    gv = args.data / "GeoVirus.xml"
    if gv.is_file():
        print("GeoVirus (all):", evaluate(geo, load_geovirus(gv), args.errors))
    print(f"speed, warm: {speed(geo, docs):.0f} toponyms/s")
    if args.acled:
        print(f"ACLED {args.acled}:", acled(args.acled, geo))


if __name__ == "__main__":
    main()
