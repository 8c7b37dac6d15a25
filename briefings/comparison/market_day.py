"""Market-day topics: how a stock market moved on one day, and its listed shares that day.

A market-day topic forms for (market, day) when some source says how the market
itself moved that day: a ``market_day`` claim ("한국 증시도 … 31일 … 하락세로
마감했다", see ``claims``) or a dated figure of one of its indices (나스닥
종합지수 3% 하락).  The verdict compares directions only: one source says the
market fell and another that it rose → disagree; all say it fell → agree; one
source → single.  An undated market statement joins the one dated day of its
market whose statements go the same way, else it is left out.

The dated market moves (share price, market value: measures dated "event" in
``measures.tsv``) of companies listed on that market (``entities.tsv``,
column ``listed``; a stock code such as "[035420]" after the name marks a
KRX listing) on the same day are listed under the topic: a company figure that
only one source gives is folded into the market-day row (it has no verdict of
its own); one that several sources give keeps its own row.  A company figure
with no market statement that day keeps its own row too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefings.facts.knowledge import (
    change_direction,
    entity_by_name,
    listed_market,
    measure_label,
    question,
    subject_ko,
)
from briefings.model import Briefing, Fact, Mention, Side, Topic
from briefings.writing.wording import all_sources, date_en, source_list

QUESTION = "market_day"
_MAX_SHOWN = 4  # listed moves named in a reason before "and N more"


@dataclass(frozen=True)
class _Say:
    """One source's statement of a market's direction on a day."""

    order: int
    article: str
    direction: str
    mention: Mention
    what: tuple[str, str] | None  # for an index figure: ("the Nasdaq Composite", "fell 3%"), for the reason


def is_market_day(fact: Fact) -> bool:
    """Whether a claim fact is a market-day statement (read by ``compare``, not by the claim topics)."""
    q = question(fact.claim) if fact.claim else None
    return q is not None and q.get("kind") == QUESTION


def market_day_topics(
    briefings: Sequence[Briefing], ids: dict[str, str], figure_topics: Sequence[Topic]
) -> tuple[list[Topic], list[Topic]]:
    """(market-day topics, the figure topics that keep their own rows)."""
    order = {b.article.id: i for i, b in enumerate(briefings)}
    index = _FigureIndex(briefings)
    says: dict[tuple[str, str], list[_Say]] = {}
    folded: dict[tuple[str, str], list[Topic]] = {}
    for topic in figure_topics:
        key = _day_key(topic)
        if key is None:
            continue
        if _is_index(topic.subject):
            for m in topic.mentions:
                direction = index.direction(m)
                if direction in ("up", "down"):
                    what = _index_move(topic, direction, index.en(m))
                    says.setdefault(key, []).append(_Say(order[m.article], m.article, direction, m, what))
        if topic.status == "single":
            folded.setdefault(key, []).append(topic)
    by_index = {(s.article, s.mention.sentence) for v in says.values() for s in v}
    undated: list[tuple[str, _Say]] = []
    for b in briefings:
        for fact in b.facts:
            if fact.claim is None or not is_market_day(fact) or not fact.subject or fact.stance is None:
                continue
            if (b.article.id, fact.sentence) in by_index:
                continue  # the sentence's index figure already says it ("나스닥 종합지수는 3% 하락")
            say = _Say(order[b.article.id], b.article.id, fact.stance, _statement_mention(b, fact), None)
            if fact.date and len(fact.date) == 10:
                says.setdefault((fact.subject, fact.date), []).append(say)
            elif not fact.date:
                undated.append((fact.subject, say))
    days: dict[tuple[str, str], set[str]] = {}  # (market, direction) -> the days it is said to have gone that way
    for (market, day), group in says.items():
        for s in group:
            days.setdefault((market, s.direction), set()).add(day)
    for market, say in undated:
        candidates = days.get((market, say.direction), set())
        if len(candidates) == 1:
            note = "; ".join(n for n in (say.mention.note, "no date stated; taken as the same day") if n)
            says[(market, next(iter(candidates)))].append(
                _Say(say.order, say.article, say.direction, _with_note(say.mention, note), None)
            )
    topics = []
    kept_out: set[int] = set()
    for key, group in says.items():
        listed = folded.get(key, [])
        kept_out.update(id(t) for t in listed)
        topics.append(_topic(key, group, listed, ids, order, index))
    return topics, [t for t in figure_topics if id(t) not in kept_out]


def _day_key(topic: Topic) -> tuple[str, str] | None:
    """(market, day) of a market move (a measure dated "event" in measures.tsv: share price, market value,
    index) of a listed company or an index on a given day, else None."""
    from briefings.lexicon import measure_by_key

    if not topic.date or len(topic.date) != 10 or not topic.subject:
        return None
    measure = measure_by_key().get(topic.measure or "")
    if measure is None or measure.dated != "event":
        return None
    market = listed_market(topic.subject) or _market_by_code(topic)
    return (market, topic.date) if market else None


def _market_by_code(topic: Topic) -> str | None:
    """The market a stock code right after the company's name marks ("네이버[035420]" → KRX)."""
    q = question(QUESTION) or {}
    names = [re.escape(n) for n in _names(topic.subject or "")]
    if not names:
        return None
    for market, code in q.get("listing_codes", {}).items():
        pattern = re.compile(f"(?:{'|'.join(names)})\\s*{code}")
        if any(pattern.search(m.text) for m in topic.mentions):
            return str(market)
    return None


@lru_cache(maxsize=512)
def _names(subject: str) -> tuple[str, ...]:
    """The Korean (and source-script) names of a subject, from the glossary and ``entities.tsv``."""
    from briefings.lexicon import glossary

    names = {g.ko for g in glossary() if g.en == subject}
    entity = entity_by_name().get(subject)
    if entity is not None:
        names.update(entity.aliases)
    return tuple(sorted(names, key=len, reverse=True))


def _topic(
    key: tuple[str, str],
    group: list[_Say],
    listed: list[Topic],
    ids: dict[str, str],
    order: dict[str, int],
    index: _FigureIndex,
) -> Topic:
    market, day = key
    q = question(QUESTION) or {}
    side_words: dict[str, dict[str, str]] = q.get("sides", {})
    group = sorted(group, key=lambda s: (s.order, s.mention.sentence))
    by_side: dict[str, dict[str, None]] = {}
    for s in group:
        by_side.setdefault(s.direction, {})[s.article] = None
    articles = list(dict.fromkeys(s.article for s in group))
    name = _the(market)
    sides: tuple[Side, ...] = ()
    by_article: dict[str, list[tuple[str, str]]] = {}
    for s in group:
        if s.what:
            by_article.setdefault(s.article, []).append(s.what)
    details = "; ".join(f"{ids[a]}: {_listing(w)}" for a, w in by_article.items())
    if len(articles) < 2:
        status = "single"
        what = " and ".join(_side_en(d, side_words) for d in by_side)
        reason = f"Only {ids[articles[0]]} says {name} {what}"
        if by_article:
            reason += f" ({_listing(by_article[articles[0]])})"
    elif len(by_side) == 1:
        status = "agree"
        reason = f"{all_sources(len(articles))} say {name} {_side_en(next(iter(by_side)), side_words)}"
        reason += f" ({details})" if details else ""
    else:
        status = "disagree"
        sides = tuple(
            Side(_side_en(d, side_words), side_words.get(d, {}).get("ko", d), tuple(a)) for d, a in by_side.items()
        )
        reason = "; ".join(
            f"{source_list(s.articles, ids)} {_verb(s.articles)} {name if i == 0 else 'it'} {s.label_en}"
            for i, s in enumerate(sides)
        )
        reason += ": differ" + (f" ({details})" if details else "")
    moves = [_listed_move(t, index) for t in listed if not _is_index(t.subject)]
    if moves:
        shown = ", ".join(moves[:_MAX_SHOWN]) + (
            f" and {len(moves) - _MAX_SHOWN} more" if len(moves) > _MAX_SHOWN else ""
        )
        reason += f"; listed shares that day: {shown}"
    mentions = [_with_side(s.mention, _side_en(s.direction, side_words)) for s in group]
    mentions += [
        _with_note(m, "; ".join(n for n in (_whose(t, m, index), m.note) if n))
        for t in listed
        for m in t.mentions
        if all(m is not s.mention for s in group)
    ]
    mentions.sort(key=lambda m: (order.get(m.article, 0), m.sentence, m.figure if m.figure is not None else -1))
    label_ko = str(q.get("label_ko", "{market} ({date})")).format(market=subject_ko(market), date=day)
    label_en = str(q.get("label_en", "{market} on {date}")).format(market=market, date=date_en(day))
    return Topic(
        id=re.sub(r"[^0-9a-z가-힣]+", "-", f"market-{market}-{day}".lower()).strip("-"),
        label_ko=label_ko,
        label_en=label_en,
        status=status,
        reason=reason,
        mentions=tuple(mentions),
        subject=market,
        date=day,
        kind="market_day",
        sides=sides,
    )


def _statement_mention(b: Briefing, fact: Fact) -> Mention:
    return Mention(
        article=b.article.id,
        path=b.article.path,
        sentence=fact.sentence,
        text=b.sentence_text(fact.sentence),
        note=fact.cue,
        stance=fact.stance,
        hedged=fact.hedged,
    )


def _with_note(m: Mention, note: str) -> Mention:
    from dataclasses import replace

    return replace(m, note=note or None)


def _with_side(m: Mention, side: str) -> Mention:
    from dataclasses import replace

    return replace(m, side=side)


def _whose(topic: Topic, m: Mention, index: _FigureIndex) -> str:
    """Whose figure a folded mention is, for its cell ("Naver up"): the row no longer names the company."""
    moved = {"up": " up", "down": " down"}.get(index.direction(m) or "", "")
    return f"{topic.subject}{moved}"


def _listed_move(topic: Topic, index: _FigureIndex) -> str:
    """ "Naver up 6.13%", "the Nasdaq Composite market value down at least US$1 trillion"."""
    directions = {index.direction(m) for m in topic.mentions}
    direction = directions.pop() if len(directions) == 1 else None
    measure = (
        "" if topic.measure in (None, "share_price", "index_level") else f" {measure_label(topic.measure or '')[1]}"
    )
    values = " and ".join(dict.fromkeys(index.en(m) for m in topic.mentions))
    moved = {"up": " up", "down": " down"}.get(direction or "", "")
    return f"{_the(topic.subject or '')}{measure}{moved} {values}"


class _FigureIndex:
    """A figure mention's English value and direction of change, from its briefing's figures and facts."""

    def __init__(self, briefings: Sequence[Briefing]) -> None:
        self._figures = {b.article.id: b.figures for b in briefings}
        self._facts: dict[tuple[str, int | None], Fact] = {
            (b.article.id, f.figure): f for b in briefings for f in b.facts if f.figure is not None
        }

    def en(self, m: Mention) -> str:
        figures = self._figures.get(m.article, ())
        if m.figure is not None and 0 <= m.figure < len(figures):
            return figures[m.figure].en or figures[m.figure].surface
        return m.surface or ""

    def direction(self, m: Mention) -> str | None:
        fact = self._facts.get((m.article, m.figure))
        if fact is None:
            return None
        if fact.direction in ("up", "down"):
            return fact.direction
        return change_direction(fact.change)


def _listing(statements: list[tuple[str, str]]) -> str:
    """(subject, what it did) pairs said once each, the subject once per run ("the Nasdaq fell 3%, market value …")."""
    out: list[str] = []
    last = ""
    for subject, did in dict.fromkeys(statements):
        out.append(did if subject == last else f"{subject} {did}")
        last = subject
    return ", ".join(out)


def _is_index(subject: str | None) -> bool:
    entity = entity_by_name().get(subject or "")
    return entity is not None and entity.cls == "stock_index"


def _index_move(topic: Topic, direction: str, value: str) -> tuple[str, str]:
    """("the Nasdaq Composite", "fell 3%") or ("the Nasdaq Composite", "market value down at least US$1 trillion")."""
    if topic.measure in (None, "index_level", "share_price"):
        return _the(topic.subject or ""), f"{_moved(direction)} {value}"
    return _the(topic.subject or ""), f"{measure_label(topic.measure or '')[1]} {direction} {value}"


def _side_en(direction: str, side_words: dict[str, dict[str, str]]) -> str:
    return side_words.get(direction, {}).get("en", direction)


def _moved(direction: str) -> str:
    return {"up": "rose", "down": "fell"}.get(direction, direction)


def _verb(articles: Sequence[str]) -> str:
    return "says" if len(articles) == 1 else "say"


def _the(name: str) -> str:
    """ "the Korean stock market", "the Nasdaq Composite"; company names stay bare."""
    entity = entity_by_name().get(name)
    return f"the {name}" if entity is not None and entity.cls in ("stock_market", "stock_index") else name
