"""Korean summary: the sentences that best cover the article, in article order.

Every candidate sentence gets three scores in [0, 1], added with equal weights
(no weight is tuned; see README, "Accuracy: Korean summary"):

- centrality: a TextRank over Kiwi content lemmas (nouns, proper nouns, verb
  and adjective stems, foreign words), sentences as nodes, edges weighing the
  sumy-style overlap ``|A ∩ B| / (log|A| + log|B|)``; the rank over the best rank;
- position: ``1 / (1 + p)``, p the sentence's place among the candidates: news
  states the story first (the lead scores 1, the next 1/2, then 1/3 ...);
- length: its characters over the longest candidate's: a longer sentence holds
  more of the story (who, what, how much) than a short one.

A sentence stating an attributed fact (a subject and a measure: "엔비디아 주가가
17% 폭락했다") gets half a score more: it is the point of an economic article
and what the English briefing states.  A bare figure gets nothing: sentences
with numbers are not more often summary sentences than others.  Sentences
opening with an anaphor ("이는 …", "그는 …") or about the post rather than the
story are ranked down.  The summary has ``round(sqrt(n))`` sentences, n the candidates, at least
3 and at most 10, chosen greedily with maximal marginal relevance so that
near-duplicates (a repeated title, an FAQ answer restating the body) are left
out.  Headings, questions, bylines, half quotations and fragments (a piece
starting with a particle or an ending, such as "라고 말했다.") are not
candidates.  A huge text is ranked on its first ``MAX_GRAPH`` candidates only,
so the cost stays linear in its length.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence

from briefings.analysis.nlp import is_heading, starts_as_continuation
from briefings.lexicon import meta_patterns, stop_lemmas
from briefings.model import Analysis, Article, Fact, Figure, Token

CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "SL", "SH", "XR"})
STOP_LEMMAS = stop_lemmas()
DAMPING = 0.85
MMR_LAMBDA = 0.7
MIN_CHARS = 20
MAX_GRAPH = 400  # candidates ranked at most: the graph is quadratic in them
MIN_SENTENCES = 3
MAX_SENTENCES = 10
FACT_BOOST = 0.5  # added to the three scores (each in [0, 1]) of a sentence stating an attributed fact
META_PENALTY = 0.5  # "…을 분석하고 미래를 전망합니다": about the post, not the story
ANAPHORA_PENALTY = 0.7  # "이는 …", "그는 …" read badly out of context
ANAPHORA = re.compile(r"^(?:이는|이것은|이 때문에|이에|이로 인해|이와 관련해|그는|그러나 이는|이러한|이런)")
_OPENS_LIKE_A_SENTENCE = re.compile(r"[^\W_]|[\"'“‘(\[<「『《〈-]")


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
    # overlap_similarity with each sentence's log length computed once: linked sentences share a word
    logs = [math.log(len(ws)) if len(ws) >= 2 else 0.0 for ws in words]
    for i in range(n):
        if len(words[i]) < 2:
            continue  # no similarity to any sentence
        linked = {j for w in words[i] for j in holders[w] if j > i}
        for j in linked:
            if len(words[j]) < 2:
                continue
            weight = len(words[i] & words[j]) / (logs[i] + logs[j])
            if weight > 0:
                edges[i].append((j, weight))
                edges[j].append((i, weight))
    out_sums = [sum(w for _, w in row) for row in edges]
    # each row as its neighbours and their weights, so that sum() runs over map() (no Python loop per edge):
    # the same products added in the same order as summing w * share[j] over the row
    rows = [([j for j, _ in row], [w for _, w in row]) for row in edges]
    teleport = (1 - DAMPING) / n
    scores = [1.0 / n] * n
    for _ in range(iterations):
        # share[j]: what sentence j passes to each neighbour per unit of edge weight
        share = [s / out if out > 0 else 0.0 for s, out in zip(scores, out_sums)]
        new = [teleport + DAMPING * sum(map(operator.mul, ws, map(share.__getitem__, js))) for js, ws in rows]
        delta = sum(map(abs, map(operator.sub, new, scores)))
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
    if is_fragment(body, tokens):
        return False
    return any(t.tag == "EF" for t in tokens)  # a finished sentence, not a keyword list


def is_fragment(body: str, tokens: Sequence[Token]) -> bool:
    """The tail of a sentence cut off ("라고 말했다.", "고 주장했다.", "는 이론을 …", ".")."""
    return not _OPENS_LIKE_A_SENTENCE.match(body) or starts_as_continuation(body, tokens)


def _is_title(article: Article, body: str) -> bool:
    title = article.title.strip()
    return bool(title) and (body == title or (body in title and len(body) >= 0.6 * len(title)))


def summary_size(candidates: int) -> int:
    """round(sqrt(n)) sentences for n candidates, between 3 and 10 (gold summaries grow so)."""
    return max(MIN_SENTENCES, min(MAX_SENTENCES, round(math.sqrt(candidates))))


def summarize_ko(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> tuple[int, ...]:
    """The indices of the sentences that best cover the article, in article order.

    ``figures`` do not weigh in (a bare number does not make a summary sentence); the
    parameter keeps the pipeline's stage signature.
    """
    del figures
    n = len(analysis.sentences)
    words: dict[int, frozenset[str]] = {}
    candidates: list[int] = []
    for i in range(n):
        words[i] = content_lemmas(analysis.tokens[i])
        if _is_candidate(article, analysis, i, words[i]):
            candidates.append(i)
            if len(candidates) >= MAX_GRAPH:
                break  # a huge text: its opening is ranked, the rest never read
    if len(candidates) < MIN_SENTENCES:  # a very short or odd text: any sentence with content, never a fragment
        whole = [i for i in range(min(n, MAX_GRAPH)) if not _fragment(article, analysis, i)]
        candidates = [i for i in whole if _lemmas(words, analysis, i)] or whole[:MIN_SENTENCES]
    if len(candidates) <= MIN_SENTENCES:
        return tuple(sorted(candidates))
    ranks = textrank([words[i] for i in candidates])
    top = max(ranks) or 1.0
    lengths = [analysis.sentences[i].end - analysis.sentences[i].start for i in candidates]
    longest = max(lengths) or 1
    fact_sentences = {f.sentence for f in facts if f.subject and f.measure}
    score: dict[int, float] = {}
    for place, (i, rank, length) in enumerate(zip(candidates, ranks, lengths, strict=True)):
        value = rank / top + 1.0 / (1 + place) + length / longest
        if i in fact_sentences:
            value += FACT_BOOST
        body = article.text[analysis.sentences[i].start : analysis.sentences[i].end]
        if ANAPHORA.match(body):
            value *= ANAPHORA_PENALTY
        if any(p.search(body) for p in meta_patterns()):
            value *= META_PENALTY
        score[i] = value
    best = max(score.values()) or 1.0
    k = summary_size(len(candidates))
    chosen: list[int] = []
    pool = set(candidates)
    # redundancy[i]: the highest Jaccard similarity of sentence i to a chosen one (0 while none is),
    # kept up to date as sentences are chosen rather than recomputed for every pick
    redundancy = dict.fromkeys(candidates, 0.0)

    def mmr(i: int) -> float:
        return MMR_LAMBDA * score[i] / best - (1 - MMR_LAMBDA) * redundancy[i]

    while pool and len(chosen) < k:
        pick = max(sorted(pool), key=mmr)
        pool.discard(pick)
        if redundancy[pick] > 0.6:
            continue  # a near-duplicate of a chosen sentence
        chosen.append(pick)
        for i in pool:
            redundancy[i] = max(redundancy[i], _jaccard(words[i], words[pick]))
    return tuple(sorted(chosen))


def _fragment(article: Article, analysis: Analysis, i: int) -> bool:
    sentence = analysis.sentences[i]
    return is_fragment(article.text[sentence.start : sentence.end], analysis.tokens[i])


def _lemmas(words: dict[int, frozenset[str]], analysis: Analysis, i: int) -> frozenset[str]:
    if i not in words:
        words[i] = content_lemmas(analysis.tokens[i])
    return words[i]
