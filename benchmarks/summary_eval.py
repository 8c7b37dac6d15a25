"""Score the Korean summary on sci-news-sum-kr-50 (50 Korean news articles with gold summary sentences).

    python benchmarks/summary_eval.py [DATASET] [-v]

DATASET is the dataset's folder (default ``../shared/sci-news-sum-kr-50`` from the repository root),
holding ``data/NN.json`` files ``{"title", "sentences": [...], "summaries": [indices]}``.

How an article is built: the dataset keeps each article as a list of sentences, with the final
period stripped.  The scorer writes the title on the first line, a blank line, then one sentence
per line, giving back a period to the lines that end in a statement ending (다/요/죠); lines that
do not (sub-headings, captions, "- ..." bullets) stay as they are, as they would in a news page.
That text goes through the normal pipeline (``brief_many``: Kiwi sentence split, figures, facts,
``summarize_ko``), so our sentences are the pipeline's sentences, not the dataset's.

Matching rule (our sentence vs. a gold sentence): both are normalised (runs of whitespace made one
space, ends stripped of spaces and final ``.!?``); they match when the two texts are equal or one
contains the other.  Containment covers both split differences: one of our sentences holding two
dataset sentences (a quotation kept with its "…라고 말했다."), or a dataset sentence that our split
cut in two.  Per article: precision = selected sentences matching some gold sentence / selected;
recall = gold sentences matched by some selected sentence / gold; F1 their harmonic mean (0 when
nothing is selected).  Macro F1 = the mean over the articles.

Baselines, on the same pipeline sentences (the title line excluded), each scored twice: with our
per-article length k (the number of sentences ``summarize_ko`` picked) and with the gold length:
  lead      the first k body sentences;
  longest   the k longest body sentences (in characters);
  textrank  TextRank (sumy's overlap similarity, damping 0.85) over Kiwi nouns (NNG, NNP);
  oracle    the best k sentences there are (greedy cover of the gold sentences by matching ones).
"fragments" counts selected sentences that are only a part of one dataset sentence and start
like a continuation ("라고 말했다.", "고 주장했다.", "는 이론을 …", a lone ".").
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASET_NAME = Path("shared") / "sci-news-sum-kr-50"
_STATEMENT_END = re.compile(r"[다요죠]$")
_FINAL_PUNCT = re.compile(r"[\s.!?]+$")
_CONTINUATION_TAGS = ("J", "E", "XS", "VCP")
# The scorer's own list (independent of the core's data): words that only continue a quotation
_QUOTATIVE_START = re.compile(r"(?:이?라고|이?라며|이?라면서|면서|이?라는|이?란|고|며|는|은)(?![가-힣])")


@dataclass(frozen=True)
class Doc:
    name: str
    title: str
    sentences: tuple[str, ...]
    gold: tuple[int, ...]


def default_dataset() -> Path:
    """``../shared/sci-news-sum-kr-50`` from the repository root (or from a folder above it: a worktree)."""
    for folder in REPO.parents:
        if (folder / DATASET_NAME / "data").is_dir():
            return folder / DATASET_NAME
    return REPO.parent / DATASET_NAME


def load_dataset(folder: Path) -> list[Doc]:
    data = folder / "data"
    files = sorted(data.glob("*.json"))
    if not files:
        raise SystemExit(f"summary_eval: no data/*.json under {folder}")
    docs = []
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        docs.append(Doc(f.stem, d["title"], tuple(d["sentences"]), tuple(d["summaries"])))
    return docs


def article_text(doc: Doc, layout: str = "lines") -> str:
    """Title, blank line, one sentence per line (statement endings get their period back).

    ``layout="paragraph"`` puts the body on one line instead, so that Kiwi alone splits it.
    """
    lines = []
    for s in doc.sentences:
        s = " ".join(s.split())
        lines.append(s + "." if _STATEMENT_END.search(s) else s)
    return doc.title + "\n\n" + (" " if layout == "paragraph" else "\n").join(lines) + "\n"


def norm(s: str) -> str:
    return _FINAL_PUNCT.sub("", " ".join(s.split()))


def matches(ours: str, gold: str) -> bool:
    return bool(ours) and bool(gold) and (ours == gold or ours in gold or gold in ours)


def f1(selected: Sequence[int], ours: Sequence[str], gold: Sequence[str]) -> float:
    if not selected or not gold:
        return 0.0
    precision = sum(any(matches(ours[i], g) for g in gold) for i in selected) / len(selected)
    recall = sum(any(matches(ours[i], g) for i in selected) for g in gold) / len(gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def oracle(body: Sequence[int], ours: Sequence[str], gold: Sequence[str], k: int) -> list[int]:
    """Greedy: the matching sentence covering most uncovered gold sentences, then any others."""
    covered: set[int] = set()
    chosen: list[int] = []
    pool = [i for i in body if any(matches(ours[i], g) for g in gold)]
    while pool and len(chosen) < k:
        best = max(pool, key=lambda i: len({j for j, g in enumerate(gold) if matches(ours[i], g)} - covered))
        pool.remove(best)
        chosen.append(best)
        covered |= {j for j, g in enumerate(gold) if matches(ours[best], g)}
    chosen += [i for i in body if i not in chosen][: k - len(chosen)]
    return chosen


def textrank_nouns(nouns: Sequence[frozenset[str]], iterations: int = 100, damping: float = 0.85) -> list[float]:
    n = len(nouns)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = nouns[i], nouns[j]
            shared = len(a & b)
            if shared and len(a) > 1 and len(b) > 1:
                weights[i][j] = weights[j][i] = shared / (math.log(len(a)) + math.log(len(b)))
    out = [sum(row) for row in weights]
    scores = [1.0 / n] * n if n else []
    for _ in range(iterations):
        scores = [
            (1 - damping) / n + damping * sum(weights[j][i] * scores[j] / out[j] for j in range(n) if out[j])
            for i in range(n)
        ]
    return scores


def top(scores: Sequence[float], body: Sequence[int], k: int) -> list[int]:
    order = sorted(range(len(body)), key=lambda x: (-scores[x], x))
    return sorted(body[x] for x in order[:k])


def is_fragment(text: str, tags: Sequence[str], dataset_sentences: Sequence[str]) -> bool:
    """Part of one dataset sentence, starting like a continuation (or holding no word at all)."""
    t = norm(text)
    inside = any(t != norm(s) and t in norm(s) for s in dataset_sentences)
    starts_badly = (
        not re.search(r"\w", text)
        or bool(tags and tags[0].startswith(_CONTINUATION_TAGS))
        or bool(_QUOTATIVE_START.match(text))
    )
    return inside and (starts_badly or not re.match(r"[\w\"'“‘(\[<「『]", text))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", nargs="?", type=Path, default=None)
    ap.add_argument(
        "--layout",
        choices=("lines", "paragraph"),
        default="lines",
        help="one dataset sentence per line (default), or the whole body as one paragraph",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article lines and the fragments")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from briefings import AnalyserUnavailable, Article, brief_many
    from briefings.analysis.nlp import analyse_many, get_kiwi

    try:
        get_kiwi()
    except AnalyserUnavailable as exc:  # e.g. run with a Python the project is not installed in
        print(f"summary_eval: {exc} (this Python: {sys.executable})", file=sys.stderr)
        return 2

    docs = load_dataset(args.dataset or default_dataset())
    texts = [article_text(d, args.layout) for d in docs]
    articles = [
        Article(id=d.name, path=f"{d.name}.txt", title=d.title, text=t) for d, t in zip(docs, texts, strict=True)
    ]
    started = time.perf_counter()
    briefings = list(brief_many(articles))
    elapsed = time.perf_counter() - started
    analyses = list(analyse_many(texts))  # the tokens (briefings keep only the sentences)

    methods = ("lead", "longest", "textrank_nouns", "oracle")
    totals: dict[str, float] = {}
    stats = {"fragments": 0, "split_fragments": 0, "selected": 0, "first_body_picked": 0, "first_body_gold": 0}
    for doc, b, analysis in zip(docs, briefings, analyses, strict=True):
        text = b.article.text
        first_line_end = text.find("\n")
        ours = [norm(text[s.start : s.end]) for s in b.analysis.sentences]
        body = [i for i, s in enumerate(b.analysis.sentences) if s.start > first_line_end]
        gold = [norm(doc.sentences[i]) for i in doc.gold]
        k = len(b.summary_ko)
        g = len(gold)
        nouns = [frozenset(t.form for t in analysis.tokens[i] if t.tag in ("NNG", "NNP")) for i in body]
        ranks = textrank_nouns(nouns)
        lengths = [float(len(ours[i])) for i in body]
        row = {"ours": f1(b.summary_ko, ours, gold)}
        for length, n_pick in (("k", k), ("gold", g)):
            picks = {
                "lead": body[:n_pick],
                "longest": top(lengths, body, n_pick),
                "textrank_nouns": top(ranks, body, n_pick),
                "oracle": oracle(body, ours, gold, n_pick),
            }
            for name, picked in picks.items():
                row[f"{name}@{length}"] = f1(picked, ours, gold)
        row["ours_len"] = float(k)
        row["gold_len"] = float(g)
        for key, value in row.items():
            totals[key] = totals.get(key, 0.0) + value
        first = next((i for i in body if any(t.tag.startswith("EF") for t in analysis.tokens[i])), None)
        if first is not None:
            stats["first_body_picked"] += first in b.summary_ko
            stats["first_body_gold"] += any(matches(ours[first], x) for x in gold)
        stats["selected"] += k
        frags = [
            i
            for i in body
            if is_fragment(
                text[b.analysis.sentences[i].start : b.analysis.sentences[i].end],
                [t.tag for t in analysis.tokens[i]],
                doc.sentences,
            )
        ]
        stats["split_fragments"] += len(frags)
        frags = [i for i in frags if i in b.summary_ko]
        stats["fragments"] += len(frags)
        if args.verbose:
            print(f"{doc.name}: F1 {row['ours']:.3f}  k={k} gold={g} picked={list(b.summary_ko)}")
            for i in frags:
                print(f"    fragment: {ours[i]!r}")
    n = len(docs)
    mean = {key: value / n for key, value in totals.items()}
    print(f"sci-news-sum-kr-50: {n} articles ({args.layout}), pipeline {elapsed:.1f} s")
    print(f"summary length: ours {mean['ours_len']:.2f} sentences on average, gold {mean['gold_len']:.2f}")
    print(f"{'method':<16}{'at our length':>14}{'at gold length':>16}")
    print(f"{'ours':<16}{mean['ours']:>14.3f}{'':>16}")
    for name in methods:
        print(f"{name:<16}{mean[name + '@k']:>14.3f}{mean[name + '@gold']:>16.3f}")
    print(
        f"first body sentence: picked in {stats['first_body_picked']} of {n}, gold has it in {stats['first_body_gold']}"
    )
    print(
        f"fragments selected: {stats['fragments']} of {stats['selected']} sentences"
        f" (fragments in the sentence split: {stats['split_fragments']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
