"""Qualitative claims: sentences that answer a question kept as data (``data/claims.json``).

Three kinds of question:

* ``polar`` (e.g. ``built_without_nvidia_chips``): an object word (반도체, GPU,
  칩) qualified by a word before it (엔비디아, 고성능, 최신) or an entity of
  the question's class (H800, H100 are NVIDIA GPUs, ``data/entities.tsv``),
  followed within a short window by a cue.  "true" cues (없이, 사용하지 않,
  않고, 않은) assert the claim (polarity True); "false" cues (사용했, 보유,
  만으로, 도입했) deny it (polarity False).  The window ends at the next object.
* ``stance`` (e.g. ``r1_vs_o1``): a comparator (o1, GPT-4, 챗GPT) followed by a
  stance cue (넘어서는 → "surpasses"; 맞먹는/동등한/비슷한 → "matches");
  ``Fact.stance`` keeps the answer, polarity is True for the first stance listed.
* ``date`` (e.g. ``r1_release_date``): a subject word and a release cue with a
  date figure in the same sentence (dates resolved by ``figures``).
* ``market_day``: how a stock market moved on a day.  A market word
  (``entities.tsv``: a ``stock_market`` row's aliases, or a ``stock_index``
  row's, standing for the market it is listed on) used as a subject, then
  direction cues; the last cue in the sentence decides ("…급락하면서
  하락세로 마감했다" is "down"), and the nearest day-precision date before it
  dates the fact (none: undated).  ``Fact.subject`` is the market,
  ``Fact.stance`` the direction; the comparison (``market_day``) reads them.

The subject must be named in the sentence, or (``carry_subject``) in the
previous sentence when the sentence names no other actor.  A sentence with a
hedge (의혹, 가능성, 주장, …수도 있) gives a hedged fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from briefings.facts.knowledge import claim_spec, entities_of_class, stock_market_words
from briefings.model import Analysis, Article, Fact, Figure, Sentence

Span = tuple[int, int]


def extract_claims(article: Article, analysis: Analysis) -> tuple[Fact, ...]:
    """Facts with ``claim`` set, one per (question, sentence, answer), in sentence order."""
    spec = claim_spec()
    texts = [article.text[s.start : s.end] for s in analysis.sentences]
    facts: list[Fact] = []
    for i, text in enumerate(texts):
        previous = texts[i - 1] if i else ""
        hedged = _has_any(text, spec.get("hedges", []))
        for q in spec["questions"]:
            kind = q.get("kind", "polar")
            if kind == "market_day":
                facts += _market_day(article, analysis.sentences[i], i, text, q, hedged)
                continue
            if not _about_subject(text, previous, q, spec):
                continue
            if kind == "polar":
                answers = _polar_answers(text, q)
                facts += [
                    Fact(sentence=i, subject=q["subject"], claim=q["id"], polarity=p, hedged=hedged, cue=cue)
                    for p, cue in answers
                ]
            elif kind == "stance":
                found = _stance(text, q)
                if found is not None:
                    stance, cue = found
                    first = next(iter(q["stances"]))
                    facts.append(
                        Fact(
                            sentence=i,
                            subject=q["subject"],
                            claim=q["id"],
                            polarity=stance == first,
                            hedged=hedged,
                            stance=stance,
                            cue=cue,
                        )
                    )
            elif kind == "date":
                dated = _dated(article, analysis.sentences[i], text, q)
                if dated is not None:
                    date, cue = dated
                    facts.append(
                        Fact(
                            sentence=i,
                            subject=q["subject"],
                            date=date,
                            claim=q["id"],
                            polarity=True,
                            hedged=hedged,
                            cue=cue,
                        )
                    )
    return tuple(facts)


# --------------------------------------------------------------------------- matching


def _alternative(word: str) -> str:
    """Latin words match on word boundaries (case-insensitively); Korean ones as plain substrings.

    The boundary before a Latin word is tested after the word (a lookbehind over the word and the character
    before it): an alternative that opens with its first letter lets the regex engine pass over the places
    where the word cannot start, one that opens with a lookbehind is tried in full at every character.
    """
    escaped = re.escape(word)
    if not word.isascii():
        return escaped
    return rf"{escaped}(?<![A-Za-z0-9](?s:.){{{len(word)}}})(?![A-Za-z0-9])"


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for all ``words`` (longest first, so the longest wins at a position) and matched text -> word."""
    ordered = sorted(set(words), key=len, reverse=True)
    pattern = re.compile("|".join(_alternative(w) for w in ordered) or r"(?!x)x", re.IGNORECASE)
    return pattern, {w.lower(): w for w in ordered}


def _find(text: str, words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of any of ``words``, left to right: (start, end, word)."""
    pattern, by_lower = _alternation(tuple(words))
    return [(m.start(), m.end(), by_lower.get(m.group().lower(), m.group())) for m in pattern.finditer(text)]


def _has_any(text: str, words: Sequence[str]) -> bool:
    return _alternation(tuple(words))[0].search(text) is not None


def _about_subject(text: str, previous: str, q: dict[str, Any], spec: dict[str, Any]) -> bool:
    words = q.get("subject_words", [])
    if _has_any(text, words):
        return True
    if not spec.get("carry_subject") or not previous:
        return False
    return _has_any(previous, words) and not _has_any(text, spec.get("other_actors", []))


# --------------------------------------------------------------------------- polar questions


@lru_cache(maxsize=32)
def _entity_notes(cls: str) -> dict[str, str]:
    notes = {}
    for e in entities_of_class(cls):
        for alias in e.aliases:
            notes[alias] = f"{e.name}: {e.note}" if e.note else e.name
    return notes


def _first_cue(window: str, true_cues: Sequence[str], false_cues: Sequence[str]) -> tuple[bool, int] | None:
    """The earliest cue in ``window``: (polarity, end offset); a "true" cue wins a tie."""
    best: tuple[int, int, bool] | None = None
    for cues, polarity in ((true_cues, True), (false_cues, False)):
        for start, end, _ in _find(window, cues):
            if best is None or start < best[0]:
                best = (start, end, polarity)
            break
    return None if best is None else (best[2], best[1])


def _polar_answers(text: str, q: dict[str, Any]) -> list[tuple[bool, str]]:
    entity_notes = _entity_notes(q.get("entity_class", ""))
    objects = _find(text, [*q["objects"], *entity_notes])
    qwin, cwin = int(q.get("qualifier_window", 20)), int(q.get("cue_window", 25))
    answers: list[tuple[bool, str]] = []
    for k, (start, end, word) in enumerate(objects):
        prev_end = objects[k - 1][1] if k else 0
        next_start = objects[k + 1][0] if k + 1 < len(objects) else len(text)
        before = text[max(prev_end, start - qwin) : start]
        is_entity = word in entity_notes
        if not is_entity and not _has_any(before, q.get("qualifiers", [])):
            continue
        window = text[end : min(next_start, end + cwin)]
        cue = _first_cue(window, q.get("true_cues", []), q.get("false_cues", []))
        if cue is None:
            continue
        polarity, cue_end = cue
        # Show the noun phrase from its qualifier (or object, or the object it glosses: "GPU(H800)") to the cue.
        phrase_start = start
        if k and text[prev_end:start].strip() in ("(", "/", ""):
            phrase_start = objects[k - 1][0]
        qual = _find(before, q.get("qualifiers", []))
        if qual and not is_entity:
            phrase_start = max(prev_end, start - qwin) + qual[0][0]
        shown = text[phrase_start : end + cue_end].strip()
        entities = [entity_notes[w] for _, _, w in objects if w in entity_notes and w in shown]
        if is_entity and entity_notes[word] not in entities:
            entities.append(entity_notes[word])
        cue_text = shown + (" — " + "; ".join(dict.fromkeys(entities)) if entities else "")
        if all(p != polarity for p, _ in answers):
            answers.append((polarity, cue_text))
    return answers


# --------------------------------------------------------------------------- stance questions


_NEGATED_AFTER = ("지 못", "지 않", "지는 못", "지는 않")


def _stance(text: str, q: dict[str, Any]) -> tuple[str, str] | None:
    stances: dict[str, list[str]] = q["stances"]
    window_size = int(q.get("cue_window", 30))
    for start, end, _ in _find(text, q["comparators"]):
        window = text[end : end + window_size]
        best: tuple[int, int, str] | None = None
        for stance, cues in stances.items():
            for s, e, _ in _find(window, cues):
                if best is None or s < best[0]:
                    best = (s, e, stance)
                break
        if best is None:
            continue
        after = window[best[1] : best[1] + 8]
        if any(after.lstrip().startswith(n) or n in after[:6] for n in _NEGATED_AFTER):
            continue
        return best[2], text[start : end + best[1]].strip()
    return None


# --------------------------------------------------------------------------- market-day statements


def _market_day(
    article: Article, sentence: Sentence, index: int, text: str, q: dict[str, Any], hedged: bool
) -> list[Fact]:
    """One fact per market named as a subject in the sentence: its direction (last cue) and its day."""
    words = stock_market_words()
    markers = tuple(q.get("subject_markers", []))
    cues = [(s, e, d) for d, ws in q.get("directions", {}).items() for s, e, _ in _find(text, ws)]
    facts: list[Fact] = []
    seen: set[str] = set()
    for start, end, word in _find(text, list(words)):
        market = words.get(word) or {k.lower(): v for k, v in words.items()}.get(word.lower(), "")
        if not market or market in seen or not text.startswith(markers, end):
            continue
        after = [c for c in cues if c[0] >= end]
        if not after:
            continue
        cue_start, cue_end, direction = max(after, key=lambda c: (c[0], c[1] - c[0]))
        days = [
            f
            for f in _date_figures(text, article.date)
            if isinstance(f.value, str) and len(f.value) == 10 and f.end <= cue_start
        ]
        shown = (
            text[start:end]
            + (" … " if cue_start > end + 1 else " ")
            + _word_at(text, cue_start, cue_end, q.get("closing_words", []))
        )
        seen.add(market)
        facts.append(
            Fact(
                sentence=index,
                subject=market,
                date=str(days[-1].value) if days else None,
                claim=q["id"],
                hedged=hedged,
                stance=direction,
                cue=shown,
            )
        )
    return facts


def _word_at(text: str, start: int, end: int, closing: Sequence[str]) -> str:
    """The cue to the end of its word, and the next word if it closes the phrase ("하락세로 마감했다")."""
    stop = _word_end(text, end)
    nxt = stop
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if nxt < len(text) and text.startswith(tuple(closing), nxt):
        stop = _word_end(text, nxt)
    return text[start:stop].rstrip(" .,")


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


# --------------------------------------------------------------------------- date questions


def _dated(article: Article, sentence: Sentence, text: str, q: dict[str, Any]) -> tuple[str, str] | None:
    """The date figure nearest before the first release cue in the sentence (day or month precision)."""
    cues = _find(text, q.get("cues", []))
    if not cues:
        return None
    cue_start, cue_end, _ = cues[0]
    dates = [f for f in _date_figures(text, article.date) if isinstance(f.value, str) and len(f.value) >= 7]
    before = [f for f in dates if f.end <= cue_start]
    if not before:
        return None
    chosen = before[-1]
    return str(chosen.value), text[chosen.start : cue_end].strip()


def _date_figures(text: str, article_date: str | None) -> list[Figure]:
    """Date figures of one sentence's text, resolved by the figure parser against the article's date."""
    return list(_sentence_dates(text, article_date))


@lru_cache(maxsize=256)
def _sentence_dates(text: str, article_date: str | None) -> tuple[Figure, ...]:
    """``_date_figures``, parsed once per (sentence, article date): the market-day and change-date readers ask for
    the same sentence's dates again, and the figure parser is the costly part (figures are frozen)."""
    from briefings.analysis.figures import extract_figures

    found = extract_figures(text, (Sentence(0, len(text)),), article_date)
    return tuple(f for f in found if f.kind == "date" and not str(f.value).startswith("--"))  # no partial dates
