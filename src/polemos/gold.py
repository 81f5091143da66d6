"""Readers for the gold sets polemos is measured on: ACLED CSV, classification TSV,
GeoWebNews/LGL/GeoVirus-style XML and GeoWebNews brat pairs.

Each reader returns the usable items and a ``ReadReport`` naming every row it skipped and why,
so that a figure can always be traced back to the rows it was computed on.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from polemos.datasets import AcledRecord, ReadReport, read_acled_csv, split_records
from polemos.errors import InputError
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL

SPLITS = ("train", "dev", "test", "all")

# GeoWebNews annotation types that are not toponyms at all (common nouns, non-places).
NOT_TOPONYM_TYPES = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})


def read_acled_gold(
    paths: Iterable[str | Path], *, split: str = "all", limit: int | None = None,
    report: ReadReport | None = None,
) -> list[AcledRecord]:
    """The gold events of ACLED CSV files: one part of each file's time split, or all rows.

    ``limit`` keeps the first N after splitting (in date order), so runs are reproducible.
    """
    if split not in SPLITS:
        raise InputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}", "evaluate")
    report = report if report is not None else ReadReport()
    out: list[AcledRecord] = []
    for p in paths:
        rows = list(read_acled_csv(p, report))
        if split == "all":
            out.extend(sorted(rows, key=lambda r: (r.event_date, r.event_id)))
        else:
            out.extend(split_records(rows)[split])
    return out[:limit] if limit is not None else out


@dataclass
class ClassifyItem:
    """One gold snippet for the classifier: an id, its text and its sub-event type or "none"."""

    id: str
    text: str
    label: str


def read_classify_tsv(path: str | Path, report: ReadReport | None = None) -> list[ClassifyItem]:
    """Read a TSV with columns ``id``, ``text``, ``label`` (an ACLED sub-event type or "none")."""
    path = Path(path)
    report = report if report is not None else ReadReport()
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot open ({exc.strerror})", str(path)) from None
    known = {s.casefold(): s for s in EVENT_TYPE_OF} | {NONE_LABEL: NONE_LABEL}
    items: list[ClassifyItem] = []
    with fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"text", "label"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"not a classification TSV: no column {sorted(missing)}", str(path))
        for lineno, row in enumerate(reader, start=2):
            where = f"{path.name}:{lineno}"
            text = (row.get("text") or "").strip()
            label = known.get((row.get("label") or "").strip().casefold())
            if not text:
                report.skipped.append((where, "empty text"))
            elif label is None:
                report.skipped.append((where, f"unknown label {row.get('label')!r}"))
            else:
                report.read += 1
                items.append(ClassifyItem((row.get("id") or "").strip() or where, text, label))
    return items


@dataclass
class GoldToponym:
    """One gold place mention: its span in the article, and where it is (if annotated)."""

    start: int
    end: int
    text: str
    type: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None

    @property
    def resolvable(self) -> bool:
        """True when the gold says where the place is (coordinates or a GeoNames id)."""
        return self.latitude is not None or self.geonameid is not None


@dataclass
class GeoArticle:
    """One gold article for geoparsing: text and the toponyms annotated in it."""

    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _num(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _gid(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _fix_span(text: str, start: int, end: int, name: str) -> tuple[int, int] | None:
    """The span of ``name`` at or near (start, end); None when it cannot be found."""
    if text[start:end] == name or not name:
        return (start, end) if 0 <= start < end <= len(text) else None
    for off in range(1, 4):  # off-by-a-few offsets (CRLF counted as two characters)
        for s in (start - off, start + off):
            if 0 <= s and text[s:s + len(name)] == name:
                return s, s + len(name)
    return None


def read_geo_xml(path: str | Path, report: ReadReport | None = None) -> list[GeoArticle]:
    """Read GeoWebNews (``<toponym>``), LGL or GeoVirus (``<location>``) style XML."""
    path = Path(path)
    report = report if report is not None else ReadReport()
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"not readable XML ({exc})", str(path)) from None
    articles: list[GeoArticle] = []
    for n, art in enumerate(root.iter("article")):
        aid = art.get("file") or art.get("docid") or art.get("id") or str(n)
        text = art.findtext("text") or ""
        if not text.strip():
            report.skipped.append((f"{path.name}:article {aid}", "no text"))
            continue
        ga = GeoArticle(aid, text)
        for k, t in enumerate([*art.iter("toponym"), *art.iter("location")]):
            where = f"{path.name}:article {aid}:toponym {k}"
            name = (t.findtext("extractedName") or t.findtext("phrase")
                    or t.findtext("name") or "")
            start, end = _num(t.findtext("start")), _num(t.findtext("end"))
            if start is None or end is None:
                report.skipped.append((where, "no start/end"))
                continue
            span = _fix_span(text, int(start), int(end), name)
            if span is None:
                report.skipped.append((where, f"span {int(start)}-{int(end)} does not hold {name!r}"))
                continue
            gaz = t.find("gaztag")  # LGL keeps the resolution in a <gaztag> child
            src = gaz if gaz is not None else t
            lat = _num(src.findtext("latitude") or src.findtext("lat"))
            lon = _num(src.findtext("longitude") or src.findtext("lon"))
            gid = _gid(src.findtext("geonamesID") or (gaz.get("geonameid") if gaz is not None else None))
            ga.toponyms.append(GoldToponym(span[0], span[1], text[span[0]:span[1]],
                                           (t.findtext("type") or "").strip(),
                                           lat if lon is not None else None,
                                           lon if lat is not None else None, gid))
        report.read += 1
        articles.append(ga)
    if not articles and not report.skipped:
        raise InputError("no <article> elements", str(path))
    return articles


_COORDS = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def read_brat(path: str | Path, report: ReadReport | None = None) -> list[GeoArticle]:
    """Read GeoWebNews brat pairs (``N.txt`` + ``N.ann``): a directory of them or one file.

    Entities (``T``) whose type is a toponym keep the GeoNames id or "lat, lon" of their
    ``AnnotatorNotes``; discontinuous spans are read from their first start to last end.
    """
    path = Path(path)
    report = report if report is not None else ReadReport()
    if path.is_dir():
        anns = sorted(path.glob("*.ann"), key=lambda p: (len(p.stem), p.stem))
    elif path.suffix in (".ann", ".txt"):
        anns = [path.with_suffix(".ann")]
    else:
        raise InputError("expected a brat directory, .ann or .txt file", str(path))
    articles: list[GeoArticle] = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        try:
            text = txt.read_text(encoding="utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            report.skipped.append((ann.stem, f"cannot read pair ({exc})"))
            continue
        ents: dict[str, GoldToponym] = {}
        notes: dict[str, str] = {}
        for lineno, line in enumerate(lines, start=1):
            where = f"{ann.name}:{lineno}"
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                head = parts[1].split(" ", 1)
                nums = re.findall(r"\d+", head[1]) if len(head) == 2 else []
                if head[0] in NOT_TOPONYM_TYPES:
                    continue
                if len(nums) < 2:
                    report.skipped.append((where, "entity without offsets"))
                    continue
                s, e = int(nums[0]), int(nums[-1])
                span = _fix_span(text, s, e, parts[2] if len(nums) == 2 else "")
                if span is None:
                    report.skipped.append((where, f"span {s}-{e} does not hold {parts[2]!r}"))
                    continue
                ents[parts[0]] = GoldToponym(span[0], span[1], text[span[0]:span[1]], head[0])
            elif line.startswith("#") and len(parts) >= 3 and parts[1].startswith("AnnotatorNotes"):
                notes[parts[1].split()[-1]] = parts[2]
        for tid, note in notes.items():
            topo = ents.get(tid)
            if topo is None:
                continue
            m = _COORDS.match(note)
            if m:
                topo.latitude, topo.longitude = float(m.group(1)), float(m.group(2))
            elif _gid(note) is not None:
                topo.geonameid = _gid(note)
            else:
                report.skipped.append((f"{ann.name}:{tid}", f"unreadable note {note!r}"))
        report.read += 1
        toponyms = sorted(ents.values(), key=lambda t: (t.start, t.end))
        articles.append(GeoArticle(ann.stem, text, toponyms))
    return articles


def read_geo_gold(path: str | Path, report: ReadReport | None = None) -> list[GeoArticle]:
    """Read geoparsing gold of either form: XML file, or brat directory / ``.ann`` file."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or directory", str(p))
    if p.is_dir() or p.suffix in (".ann", ".txt"):
        return read_brat(p, report)
    return read_geo_xml(p, report)
