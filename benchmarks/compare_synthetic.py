"""compare() alone on hand-built briefings (no Kiwi): time per article should stay flat as n grows.

Run: python benchmarks/compare_synthetic.py [n ...]   (default 1000 2000 5000 10000)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "briefings")]

from test_compare import synthetic_corpus  # noqa: E402

from briefings.comparison.topics import compare  # noqa: E402


def main(sizes: list[int]) -> None:
    print("| articles | compare | per article | topics |")
    print("|---:|---:|---:|---:|")
    for n in sizes:
        corpus = synthetic_corpus(n)
        start = time.perf_counter()
        result = compare(corpus)
        took = time.perf_counter() - start
        print(f"| {n:,} | {took:.3f} s | {took / n * 1e6:.0f} µs | {len(result.topics)} |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 2000, 5000, 10000])
