"""Speed of two small stages on the tests' own sentences: sentence splitting
(``analyse.split_sentences`` on 1,500 paragraphs of tests/test_analyse.py's en/fr texts) and
actor filling (``ActorRegistry.fill`` on tests/test_actors.py's six-language sentences).
Prints sentences per second and exits 0.

Run: ``.venv/bin/python benchmarks/bench_small.py [--repeat N]``. Both were timed tests until
2026-11-30; on a busy machine the actor test failed (814 sentences/s while other suites ran,
about 13,000/s idle), so the figures live here, where a loaded machine only prints lower ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from polemos.actors import ActorRegistry  # noqa: E402
from polemos.analyse import split_sentences  # noqa: E402
from test_actors import CASES  # noqa: E402  (the sentences written for the actor tests)
from test_analyse import TEXTS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=100)
    args = ap.parse_args()
    base = [s for p in TEXTS["en"] + TEXTS["fr"] for s in p]
    text = "\n".join(" ".join(base[i % len(base)] for i in range(j, j + 4)) for j in range(1500))
    split_sentences(text[:2000], "en")  # load sentencex outside the timing
    t = time.perf_counter()
    n = len(split_sentences(text, "en"))
    print(f"sentence splitting: {n / (time.perf_counter() - t):,.0f} sentences/s over {n:,}")
    t0 = time.perf_counter()
    reg = ActorRegistry.default()
    load = time.perf_counter() - t0
    texts = [c[3] for c in CASES] * args.repeat
    subs = [c[1] for c in CASES] * args.repeat
    t = time.perf_counter()
    for text, sub in zip(texts, subs, strict=True):
        reg.fill(text, None, sub, "KE")
    rate = len(texts) / (time.perf_counter() - t)
    print(f"actor fill: {rate:,.0f} sentences/s over {len(texts):,} sentences "
          f"(registry load {load:.2f} s)")


if __name__ == "__main__":
    main()
