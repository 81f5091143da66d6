"""Throughput and peak memory of polemos ingest (plain text and HTML through trafilatura) on
real-sized news articles, next to spaCy's English NER alone on the same texts (the floor).

The GeoWebNews article texts are written to a temporary folder as .txt files and as simple
HTML pages (navigation, article, footer) before timing starts; each measurement runs in a
fresh subprocess so its peak memory is its own.

    python benchmarks/bench_ingest.py [--limit 200] [--only spacy_ner,ingest_txt,ingest_html]
"""

from __future__ import annotations

import html
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import WORKERS as EXTRACT_WORKERS  # noqa: E402
from bench_extract import main  # noqa: E402

_PAGE = ("<!doctype html><html><head><title>News</title></head><body>"
         "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
         "<article><h1>Report</h1>{body}</article>"
         "<footer>Copyright. All rights reserved. Subscribe to our newsletter.</footer>"
         "</body></html>")


def _files(kind: str) -> Callable[[], Callable[[str], object]]:
    """A loader that writes each text as a file of ``kind`` and reads it back with polemos."""

    def load() -> Callable[[str], object]:
        from polemos.ingest import read_source

        tmp = Path(tempfile.mkdtemp(prefix="polemos-bench-"))
        paths: dict[str, Path] = {}
        count = iter(range(10**9))

        def run(text: str) -> object:
            p = paths.get(text)
            if p is None:
                p = tmp / f"{next(count)}.{kind}"
                if kind == "html":
                    body = "".join(f"<p>{html.escape(par)}</p>"
                                   for par in text.split("\n") if par.strip())
                    p.write_text(_PAGE.format(body=body), encoding="utf-8")
                else:
                    p.write_text(text, encoding="utf-8")
            return list(read_source(str(p)))

        return run

    return load


def _prewritten(kind: str) -> Callable[[], Callable[[str], object]]:
    """Like _files, but every file is written during load so only reading is timed."""

    def load() -> Callable[[str], object]:
        from bench_extract import corpus

        run = _files(kind)()
        for t in corpus():
            run(t)  # the first call writes the file (and reads it once: warms caches)
        return run

    return load


WORKERS = {"spacy_ner": EXTRACT_WORKERS["spacy_ner"], "ingest_txt": _prewritten("txt"),
           "ingest_html": _prewritten("html")}

if __name__ == "__main__":
    sys.exit(main(WORKERS, __file__, ["spacy_ner", "ingest_txt", "ingest_html"]))
