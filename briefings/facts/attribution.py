"""Facts: each key figure put in context (who, which measure, what happened, when).

One ``Fact`` per non-date figure.  Within the figure's sentence:

- subject: the nearest glossary entity before the figure that can be a subject
  (marked as topic/subject/genitive or bare before a noun, not "…와 같은" or an
  object); a product stands for its owner (R1 -> DeepSeek).  A sentence opening
  with "이는/이러한 …" continues the previous sentence's fact.  The article's
  main entity stands in only for measures marked ``main`` in measures.tsv.
- measure: the nearest measure cue in the figure's clause (before it, else after),
  among the measures that fit the figure's kind; percentages of a company or an
  index default to share_price / index.
- change: the nearest change cue after the figure in its clause (Korean verbs
  follow), else before it; a copular list sentence ("네이버(6.13%) 등이 대표
  사례다") takes the change of the sentence before.
- date: the nearest date figure before it in the sentence; for market moves
  (measures dated "event") the last date of the few sentences before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.lexicon import Entity, changes, entity_by_ko, entity_pattern, hedges, measure_by_key, measures
from briefings.model import Analysis, Article, Fact, Figure, Sentence, Token
from briefings.analysis.nlp import is_heading

SUBJECT_TYPES = frozenset({"company", "index", "market", "org"})
_SUBJECT_TAGS = frozenset({"JX", "JKS", "JKG"})
_BLOCKING_TAGS = frozenset({"JKB", "JKO", "JC", "JKC", "JKV", "JKQ", "VV", "VA", "EC", "ETM"})
_CLAUSE_EC = frozenset({"고", "며", "으며", "면서", "으면서", "지만", "는데", "은데", "ㄴ데", "으나", "나"})
_ANAPHORA = re.compile(r"^(?:이는|이것은|이같은|이와 같은|이러한|이런|이 같은|이로 인해|이에)")
_NEGATED = re.compile(r"^[이가]? ?아닌")
_LOOKBACK = 3  # sentences a market-move date stays in force


@dataclass(frozen=True)
class EntityMention:
    """A glossary entity found in the text, with its span."""

    start: int
    end: int
    entity: Entity


def entity_mentions(text: str, sentence: Sentence, tokens: Sequence[Token]) -> list[EntityMention]:
    """Glossary names in one sentence whose span starts and ends on token edges."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    by_ko = entity_by_ko()
    found: list[EntityMention] = []
    for m in entity_pattern().finditer(text, sentence.start, sentence.end):
        if m.start() in starts and m.end() in ends:
            found.append(EntityMention(m.start(), m.end(), by_ko[m.group()]))
    return found


def main_entity(text: str, analysis: Analysis) -> str | None:
    """The company the article is clearly about (most named, well ahead of the next)."""
    counts: Counter[str] = Counter()
    for sentence, tokens in zip(analysis.sentences, analysis.tokens, strict=True):
        for m in entity_mentions(text, sentence, tokens):
            if m.entity.type == "company":
                counts[m.entity.en] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def _next_tag(tokens: Sequence[Token], end: int) -> Token | None:
    """The first token after ``end``, skipping bracketed asides ("[035420]", "(NVIDIA)") and quotes."""
    depth = 0
    for t in tokens:
        if t.start < end:
            continue
        if t.tag == "SSO":
            depth += 1
            continue
        if t.tag == "SSC":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        return t
    return None


def _subject_name(mention: EntityMention, tokens: Sequence[Token]) -> str | None:
    entity = mention.entity
    name = entity.owner if entity.type == "product" else (entity.en if entity.type in SUBJECT_TYPES else None)
    if name is None:
        return None
    nxt = _next_tag(tokens, mention.end)
    if nxt is not None and nxt.tag in _BLOCKING_TAGS:
        return None
    return name


def _subject_before(text: str, sentence: Sentence, tokens: Sequence[Token], pos: int) -> str | None:
    best: str | None = None
    for m in entity_mentions(text, sentence, tokens):
        if m.end > pos:
            break
        name = _subject_name(m, tokens)
        if name is not None:
            best = name
    return best


def _clause(text: str, sentence: Sentence, tokens: Sequence[Token], figure: Figure) -> tuple[int, int]:
    """The span of the clause holding the figure: cut at commas and clause-joining endings."""
    start, end = sentence.start, sentence.end
    for t in tokens:
        is_cut = (t.tag == "SP" and text[t.start : t.end] == ",") or (t.tag == "EC" and t.form in _CLAUSE_EC)
        if not is_cut:
            continue
        if t.end <= figure.start:
            start = max(start, t.end)
        elif t.start >= figure.end:
            end = min(end, t.start if t.tag == "SP" else t.end)
            break
    return start, end


def _cue_hits(
    text: str, clause: tuple[int, int], cues: Sequence[tuple[str, str]], skip_negated: bool
) -> list[tuple[int, int, str]]:
    """(start, end, key) of every cue in the clause; a cue inside a longer overlapping one is dropped.

    "학습 비용으로" holds both "학습 비용" (training_cost) and "비용으로": the longer cue speaks.
    """
    hits: list[tuple[int, int, str]] = []
    for cue, key in cues:
        for m in re.finditer(re.escape(cue), text[clause[0] : clause[1]]):
            s, e = clause[0] + m.start(), clause[0] + m.end()
            if skip_negated and _NEGATED.match(text[e : e + 5]):
                continue
            hits.append((s, e, key))
    return [
        (s, e, key) for s, e, key in hits if not any(s2 < e and s < e2 and (e2 - s2) > (e - s) for s2, e2, _ in hits)
    ]


def _nearest_cue(
    text: str,
    clause: tuple[int, int],
    figure: Figure,
    cues: Sequence[tuple[str, str]],
    before_first: bool = False,
    skip_negated: bool = False,
) -> str | None:
    """The key of the cue nearest the figure: first after it (verbs follow), else before it.

    With ``before_first`` a cue before the figure wins (nouns name what a figure measures).
    """
    after: tuple[int, int, str] | None = None
    before: tuple[int, int, str] | None = None
    for s, e, key in _cue_hits(text, clause, cues, skip_negated):
        if e > figure.end and s >= figure.start:  # after, or running on from the figure's own words
            cand = (max(0, s - figure.end), -(e - s), key)  # ("100억 원도 채 들지 않은" + " 비용")
            if after is None or cand < after:
                after = cand
        elif e <= figure.start:
            cand = (figure.start - e, -(e - s), key)
            if before is None or cand < before:
                before = cand
    first, second = (before, after) if before_first else (after, before)
    if first is not None:
        return first[2]
    return second[2] if second is not None else None


def _measure_cues(kind: str) -> list[tuple[str, str]]:
    return [(cue, m.key) for m in measures() if kind in m.kinds for cue in m.cues]


def _change_cues() -> list[tuple[str, str]]:
    return [(cue, c.key) for c in changes() for cue in c.cues]


def change_verb(text: str, sentence: Sentence, tokens: Sequence[Token], figure: Figure, key: str) -> str:
    """The English past-tense verb for a fact's change, as strong as the Korean cue ("폭락" -> plunged)."""
    clause = _clause(text, sentence, tokens, figure)
    rows = [c for c in changes() if c.key == key]
    cues = [(cue, c.en_past) for c in rows for cue in c.cues]
    verb = _nearest_cue(text, clause, figure, cues)
    if verb is not None:
        return verb
    return rows[-1].en_past if rows else key


def _default_measure(kind: str, subject: Entity | None) -> str | None:
    if kind != "percent" or subject is None:
        return None
    if subject.type == "company":
        return "share_price"
    if subject.type in {"index", "market"}:
        return "index"
    return None


def _is_copular(tokens: Sequence[Token]) -> bool:
    predicates = [t for t in tokens if t.tag in {"VV", "VA", "VCP", "VX", "XSV", "XSA"}]
    return bool(predicates) and predicates[-1].tag == "VCP"


def _has_change_cue(text: str, sentence: Sentence) -> str | None:
    body = text[sentence.start : sentence.end]
    best: tuple[int, str] | None = None
    for cue, key in _change_cues():
        i = body.rfind(cue)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, key)
    return best[1] if best else None


def _date_for(
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    figure: Figure,
    measure: str | None,
) -> str | None:
    # a partial date ("---05": the 5th of a month the text does not name) never dates an event
    dates = [f for f in figures if f.kind == "date" and isinstance(f.value, str) and not f.value.startswith("--")]
    same = [d for d in dates if d.sentence == figure.sentence and d.end <= figure.start]
    if same:
        return str(same[-1].value)
    m = measure_by_key().get(measure or "")
    if m is None or m.dated != "event":
        return None
    for back in range(1, _LOOKBACK + 1):
        si = figure.sentence - back
        if si < 0 or is_heading(text, analysis.sentences[si]):
            break
        earlier = [d for d in dates if d.sentence == si]
        if earlier:
            return str(earlier[-1].value)
    return None


def extract_facts(article: Article, analysis: Analysis, figures: Sequence[Figure]) -> tuple[Fact, ...]:
    """One Fact per non-date figure, with whatever subject/measure/change/date is clear."""
    text = article.text
    main = main_entity(text, analysis)
    hedge_cues = hedges()
    change_cues = _change_cues()
    en_names = {e.en: e for e in entity_by_ko().values()}
    facts: list[Fact] = []
    last_by_sentence: dict[int, Fact] = {}
    for index, figure in enumerate(figures):
        if figure.kind == "date" or not (0 <= figure.sentence < len(analysis.sentences)):
            continue
        sentence = analysis.sentences[figure.sentence]
        tokens = analysis.tokens[figure.sentence]
        clause = _clause(text, sentence, tokens, figure)
        subject = _subject_before(text, sentence, tokens, figure.start)
        previous = last_by_sentence.get(figure.sentence - 1)
        anaphoric = previous is not None and bool(_ANAPHORA.match(text[sentence.start : sentence.end]))
        if subject is None and anaphoric and previous is not None:
            subject = previous.subject
        measure = _nearest_cue(text, clause, figure, _measure_cues(figure.kind), before_first=True, skip_negated=True)
        if measure is None and anaphoric and previous is not None and previous.measure is not None:
            if figure.kind in measure_by_key()[previous.measure].kinds:
                measure = previous.measure
        if measure is None:
            measure = _default_measure(figure.kind, en_names.get(subject or ""))
        if subject is None and main is not None and measure is not None and measure_by_key()[measure].main:
            subject = main
        change = _nearest_cue(text, clause, figure, change_cues)
        if change is None and _is_copular(tokens) and figure.sentence > 0:
            change = _has_change_cue(text, analysis.sentences[figure.sentence - 1])
        clause_text = text[clause[0] : clause[1]]
        fact = Fact(
            sentence=figure.sentence,
            subject=subject,
            measure=measure,
            change=change,
            date=_date_for(text, analysis, figures, figure, measure),
            figure=index,
            hedged=any(h in clause_text for h in hedge_cues),
        )
        facts.append(fact)
        last_by_sentence[figure.sentence] = fact
    return tuple(facts)
