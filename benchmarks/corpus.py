"""Build synthetic corpora of N distinct Korean articles from the bundled seeds.

Each synthetic article is a seed with its paragraphs rotated and a serial line
appended, so every file has different bytes (no accidental cache hits) while
the text stays realistic Korean news prose of the same length distribution.
"""

from __future__ import annotations

import argparse
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]


def synthetic_text(seeds: list[str], n: int) -> str:
    base = seeds[n % len(seeds)]
    paras = [p for p in base.split("\n") if p.strip()]
    k = (n // len(seeds)) % max(1, len(paras))
    # keep the headline first, rotate the body so articles differ
    body = paras[1:]
    if body:
        k %= len(body)
        body = body[k:] + body[:k]
    return "\n".join([paras[0], *body, f"(합성 기사 일련번호 {n})"]) + "\n"


def build(dest: Path, count: int) -> Path:
    """Write ``count`` articles under ``dest`` (reused when already complete)."""
    dest.mkdir(parents=True, exist_ok=True)
    marker = dest / ".complete"
    if marker.exists() and marker.read_text() == str(count):
        return dest
    seeds = seed_texts()
    for n in range(count):
        sub = dest / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article_{n:05d}.txt").write_text(synthetic_text(seeds, n), "utf-8")
    marker.write_text(str(count))
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dest", type=Path)
    ap.add_argument("count", type=int)
    args = ap.parse_args()
    out = build(args.dest, args.count)
    size = sum(p.stat().st_size for p in out.rglob("*.txt"))
    print(f"{args.count} articles, {size / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
