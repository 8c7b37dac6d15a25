"""CPU per article of each Python stage after Kiwi (``pipeline.brief_from_analysis``).

Builds (or reuses) a synthetic corpus with ``benchmarks/corpus.py``, runs Kiwi
once (``analyse_many``), then times every stage with ``time.process_time``
over ``--passes`` passes and prints the best pass's CPU per article, in ms.
Kiwi itself is not measured: this is the part that runs on the main thread.

    python benchmarks/stages.py --count 100 --passes 3
    python benchmarks/stages.py --profile /tmp/stages.prof   # then pstats
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import build  # noqa: E402

from briefings import pipeline as p  # noqa: E402
from briefings.ingest.files import load_paths  # noqa: E402


def run_stages(pairs, clock):
    """Run the stages of ``brief_from_analysis`` on every (article, analysis); CPU seconds per stage."""
    totals = dict.fromkeys(["figures", "mentions", "facts", "claims", "summary", "events", "english"], 0.0)

    def timed(stage, fn, *args):
        t = clock()
        out = fn(*args)
        totals[stage] += clock() - t
        return out

    for article, analysis in pairs:
        figures = timed("figures", p.extract_figures, article.text, analysis.sentences, article.date)
        mentions = timed("mentions", p.analysis_mentions, article.text, analysis)
        facts = timed("facts", p.extract_facts, article, analysis, figures, mentions)
        facts = facts + timed("claims", p.extract_claims, article, analysis)
        summary = timed("summary", p.summarize_ko, article, analysis, figures, facts)
        events = timed("events", p.extract_events, article, analysis, figures, mentions)
        timed("english", p.brief_english, article, analysis, figures, facts, summary, events, mentions)
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100, help="synthetic articles (default 100)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "deepseek-brief-stages")
    ap.add_argument("--profile", type=Path, default=None, help="write a cProfile of one pass here")
    args = ap.parse_args()
    folder = build(args.work / str(args.count), args.count)
    articles, _ = load_paths([folder])
    p._load_stages()
    analyses = list(p.analyse_many(a.text for a in articles))
    pairs = list(zip(articles, analyses, strict=True))
    run_stages(pairs[:5], time.process_time)  # warm the lazy loaders
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run_stages(pairs, time.process_time)
        prof.disable()
        prof.dump_stats(str(args.profile))
    best: dict[str, float] | None = None
    for _ in range(args.passes):
        totals = run_stages(pairs, time.process_time)
        best = totals if best is None else {k: min(best[k], v) for k, v in totals.items()}
    assert best is not None
    n = len(pairs)
    for k, v in best.items():
        print(f"{k:10s} {1000 * v / n:7.2f} ms/article")
    print(f"{'total':10s} {1000 * sum(best.values()) / n:7.2f} ms/article ({n} articles, best of {args.passes})")


if __name__ == "__main__":
    main()
