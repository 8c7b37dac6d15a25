"""Korean summary: the 3-5 sentences that best cover the article, in article order.

A TextRank over Kiwi content lemmas (nouns, proper nouns, verb and adjective
stems, foreign words): sentences are nodes, edges weigh the sumy-style overlap
``|A ∩ B| / (log|A| + log|B|)``.  Ranks are boosted for sentences that hold key
figures, facts and named entities, then chosen greedily with maximal marginal
relevance so that near-duplicates (a repeated title, an FAQ answer restating
the body) are left out.  Headings, questions, bylines and fragments are not
candidates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from briefings.analysis.nlp import is_heading
from briefings.facts.attribution import entity_mentions
from briefings.lexicon import meta_patterns, stop_lemmas
from briefings.model import Analysis, Article, Fact, Figure, Token

CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "SL", "SH", "XR"})
STOP_LEMMAS = stop_lemmas()
DAMPING = 0.85
MMR_LAMBDA = 0.7
MIN_CHARS = 20
MAX_GRAPH = 400  # sentences ranked at most (the graph is quadratic in them)
FIGURE_BOOST = 0.3  # a briefing wants the sentences that carry key figures (added to rank/top)
FACT_BOOST = 0.2
ENTITY_BOOST = 0.1
LEAD = 2  # the first sentences of a news text usually state the story
LEAD_BOOST = 0.15
META_PENALTY = 0.5  # "…을 분석하고 미래를 전망합니다": about the post, not the story
ANAPHORA_PENALTY = 0.7  # "이는 …", "그는 …" read badly out of context
ANAPHORA = re.compile(r"^(?:이는|이것은|이 때문에|이에|이로 인해|이와 관련해|그는|그러나 이는|이러한|이런)")


def content_lemmas(tokens: Sequence[Token]) -> frozenset[str]:
    """The content words of a sentence, as lemmas (Latin lower-cased)."""
    out: set[str] = set()
    for t in tokens:
        if t.tag not in CONTENT_TAGS:
            continue
        form = t.form.lower() if t.tag == "SL" else t.form
        if form in STOP_LEMMAS or (t.tag != "SL" and len(form) < 1):
            continue
        out.add(form)
    return frozenset(out)


def overlap_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """TextRank's sentence similarity (as in sumy): shared words over the log lengths."""
    if len(a) < 2 or len(b) < 2:
        return 0.0
    shared = len(a & b)
    return shared / (math.log(len(a)) + math.log(len(b))) if shared else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def textrank(words: Sequence[frozenset[str]], iterations: int = 50) -> list[float]:
    """PageRank over the sentence similarity graph (symmetric, so edges are listed once)."""
    n = len(words)
    if n == 0:
        return []
    # Only sentences that share a word are linked: find them through an inverted index.
    holders: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            holders.setdefault(w, []).append(i)
    edges: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n):
        linked = {j for w in words[i] for j in holders[w] if j > i}
        for j in linked:
            weight = overlap_similarity(words[i], words[j])
            if weight > 0:
                edges[i].append((j, weight))
                edges[j].append((i, weight))
    out_sums = [sum(w for _, w in row) for row in edges]
    scores = [1.0 / n] * n
    for _ in range(iterations):
        # share[j]: what sentence j passes to each neighbour per unit of edge weight
        share = [scores[j] / out_sums[j] if out_sums[j] > 0 else 0.0 for j in range(n)]
        new = [(1 - DAMPING) / n + DAMPING * sum(w * share[j] for j, w in edges[i]) for i in range(n)]
        delta = sum(abs(x - y) for x, y in zip(new, scores, strict=True))
        scores = new
        if delta < 1e-6:
            break
    return scores


def _is_candidate(article: Article, analysis: Analysis, index: int, words: frozenset[str]) -> bool:
    sentence = analysis.sentences[index]
    body = article.text[sentence.start : sentence.end]
    if len(body) < MIN_CHARS or len(words) < 3:
        return False
    if is_heading(article.text, sentence) or _is_title(article, body):
        return False
    if body.count('"') % 2 or body.count("“") != body.count("”"):
        return False  # half of a quotation split over lines
    if body.rstrip("\"'”’)").endswith(("?", "？")):
        return False
    tokens = analysis.tokens[index]
    if any(t.tag == "SF" and t.form in {"?", "？"} for t in tokens[-2:]):
        return False
    return any(t.tag == "EF" for t in tokens)  # a finished sentence, not a keyword list


def _is_title(article: Article, body: str) -> bool:
    title = article.title.strip()
    return bool(title) and (body == title or (body in title and len(body) >= 0.6 * len(title)))


def summary_size(candidates: int) -> int:
    """3 sentences for a short article, up to 5 for a long one."""
    return max(3, min(5, round(candidates / 8)))


def summarize_ko(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> tuple[int, ...]:
    """The indices of the 3-5 sentences that best cover the article, in article order."""
    n = len(analysis.sentences)
    words = [content_lemmas(tokens) for tokens in analysis.tokens]
    candidates = [i for i in range(n) if _is_candidate(article, analysis, i, words[i])]
    if len(candidates) < 3:
        candidates = [i for i in range(n) if words[i]] or list(range(n))
    if len(candidates) <= 3:
        return tuple(sorted(candidates))
    if len(candidates) > MAX_GRAPH:
        # A huge text: rank the figure sentences and the opening of the text, not all of it.
        with_figures = {f.sentence for f in figures if f.kind != "date"}
        keep = set(candidates[:MAX_GRAPH]) | (with_figures & set(candidates))
        candidates = sorted(keep)[: 2 * MAX_GRAPH]
    ranks = textrank([words[i] for i in candidates])
    top = max(ranks) or 1.0
    figure_sentences = {f.sentence for f in figures if f.kind != "date"}
    fact_sentences = {f.sentence for f in facts if f.subject and f.measure}
    score: dict[int, float] = {}
    for i, rank in zip(candidates, ranks, strict=True):
        boost = rank / top
        if i in figure_sentences:
            boost += FIGURE_BOOST
        if i in fact_sentences:
            boost += FACT_BOOST
        if entity_mentions(article.text, analysis.sentences[i], analysis.tokens[i]):
            boost += ENTITY_BOOST
        if i in candidates[:LEAD]:
            boost += LEAD_BOOST
        body = article.text[analysis.sentences[i].start : analysis.sentences[i].end]
        if ANAPHORA.match(body):
            boost *= ANAPHORA_PENALTY
        if any(p.search(body) for p in meta_patterns()):
            boost *= META_PENALTY
        score[i] = boost
    best = max(score.values()) or 1.0
    k = summary_size(len(candidates))
    chosen: list[int] = []
    pool = set(candidates)
    while pool and len(chosen) < k:

        def mmr(i: int) -> float:
            redundancy = max((_jaccard(words[i], words[j]) for j in chosen), default=0.0)
            return MMR_LAMBDA * score[i] / best - (1 - MMR_LAMBDA) * redundancy

        pick = max(sorted(pool), key=mmr)
        pool.discard(pick)
        if any(_jaccard(words[pick], words[j]) > 0.6 for j in chosen):
            continue
        chosen.append(pick)
    return tuple(sorted(chosen))
