"""The English briefing: a one-line headline and 3-6 lines stating the key facts.

Lines are built from facts and templates kept as data (``data/english.tsv``);
names come from the glossary.  Every number in a line is a figure's own English
form (``Figure.en``): a figure's value is never formatted here.  A fact that
cannot be said with confidence (unknown subject, measure or change, or no
template) is given as its figure with the Korean clause it stands in, not
guessed.  Each line names the sentences and figures it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.facts.attribution import change_verb, entity_mentions, main_entity
from briefings.lexicon import english_names, english_templates, entity_by_ko, entity_pattern
from briefings.model import Analysis, Article, BriefLine, Fact, Figure

MAX_LINES = 6
MIN_LINES = 3
GLOSS_CHARS = 36
GPU_MODEL_WINDOW = 16  # characters before a GPU count where its model name may stand
_ARTICLE_TYPES = frozenset({"index", "market"})  # "the Nasdaq Composite", "the … market"
_PREPOSITIONS = ("by ", "on ", "in ", "until ", "since ", "before ", "after ", "from ", "at ")
MEASURE_WEIGHT = {
    "share_price": 3.0,
    "development_cost": 3.0,
    "market_value": 2.5,
    "gpu_count": 2.5,
    "market_size": 2.0,
    "index_level": 1.5,
    "training_cost": 1.0,
    "investment": 1.0,
}
_GPU_MODEL = re.compile(r"\b[HAB][0-9]{2,3}\b")


@dataclass(frozen=True)
class _Statement:
    """One fact (or a fact and the figure paired with it in parentheses) to be said."""

    fact: Fact
    figures: tuple[int, ...]
    extra_en: str = ""  # " (about ₩8 billion)"


def _name(subject: str, lower: bool) -> str:
    entity = english_names().get(subject)
    if entity is not None and entity.type in _ARTICLE_TYPES:
        return ("the " if lower else "The ") + subject
    return subject


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def date_phrase(figure: Figure) -> str:
    """The date said in English: " on 27 January 2025", " by 2030", " in late 2024"."""
    en = figure.en.strip()
    if not en:
        return ""
    if en.lower().startswith(_PREPOSITIONS):
        return " " + en
    if isinstance(figure.value, str) and len(figure.value) == 10:
        return " on " + en
    return " in " + en


def date_figure(fact: Fact, figures: Sequence[Figure]) -> int | None:
    """The date figure a fact's date came from: the nearest one before the fact's figure."""
    if fact.date is None or fact.figure is None:
        return None
    anchor = figures[fact.figure]
    best: int | None = None
    for i, f in enumerate(figures):
        if f.kind != "date" or f.value != fact.date or f.start > anchor.start:
            continue
        best = i
    return best


def _gpus(figure: Figure, text: str, sentence_start: int) -> str:
    """The GPU count with the model names written right before it ("GPU(H800) 2048개" -> "2,048 H800 GPUs")."""
    window = text[max(sentence_start, figure.start - GPU_MODEL_WINDOW) : figure.start]
    models = list(dict.fromkeys(_GPU_MODEL.findall(window)))
    en = figure.en
    if not models:
        return en if re.search(r"GPU|chip", en) else en + " GPUs"
    if en.endswith(" GPUs"):
        return f"{en[: -len(' GPUs')]} {'/'.join(models)} GPUs"
    return f"{en} {'/'.join(models)} GPUs"


def _template(fact: Fact) -> str | None:
    if fact.measure is None:
        return None
    templates = english_templates()
    if fact.change is not None and (fact.measure, fact.change) in templates:
        return templates[(fact.measure, fact.change)]
    return templates.get((fact.measure, "*"))


def _confident(fact: Fact) -> bool:
    return fact.subject is not None and _template(fact) is not None


def _say(statement: _Statement, article: Article, analysis: Analysis, figures: Sequence[Figure]) -> BriefLine:
    fact = statement.fact
    assert fact.figure is not None and fact.subject is not None
    figure = figures[fact.figure]
    template = _template(fact)
    assert template is not None
    sentence = analysis.sentences[fact.sentence]
    tokens = analysis.tokens[fact.sentence]
    cited = list(statement.figures)
    date = ""
    date_index = date_figure(fact, figures)
    if date_index is not None:
        date = date_phrase(figures[date_index])
        cited.append(date_index)
    subject_upper = _name(fact.subject, lower=False)
    subject_lower = _name(fact.subject, lower=True)
    text = template.format(
        Subject=subject_upper,
        subject=subject_lower,
        Subject_poss=_possessive(subject_upper),
        subject_poss=_possessive(subject_lower),
        figure=figure.en + statement.extra_en,
        gpus=_gpus(figure, article.text, sentence.start),
        verb=change_verb(article.text, sentence, tokens, figure, fact.change or ""),
        date=date,
    )
    text = text[0].upper() + text[1:]
    if fact.hedged:
        text = "Reportedly, " + text[0].lower() + text[1:] if not _starts_with_name(text) else "Reportedly, " + text
    return BriefLine(text=text, sentences=(fact.sentence,), figures=tuple(sorted(set(cited))))


def _starts_with_name(text: str) -> bool:
    return any(text.startswith(name) for name in english_names())


def _gloss_line(fact: Fact, article: Article, analysis: Analysis, figures: Sequence[Figure]) -> BriefLine:
    assert fact.figure is not None
    figure = figures[fact.figure]
    snippet = _snippet(figure, article.text, analysis, figures) or figure.surface
    return BriefLine(text=f"Figure: {figure.en} ({snippet})", sentences=(fact.sentence,), figures=(fact.figure,))


def _snippet(figure: Figure, text: str, analysis: Analysis, figures: Sequence[Figure]) -> str:
    """The words around ``figure`` in its own sentence, stopping short of any other figure."""
    sentence = analysis.sentences[figure.sentence]
    lo, hi = sentence.start, sentence.end
    for other in figures:  # never quote a second number as if it were this figure's context
        if other.end <= figure.start:
            lo = max(lo, other.end)
        elif other.start >= figure.end:
            hi = min(hi, other.start)
    start = max(lo, figure.start - GLOSS_CHARS // 2)
    end = min(hi, figure.end + GLOSS_CHARS // 2)
    if start > lo:
        space = text.find(" ", start, figure.start)
        start = space + 1 if space >= 0 else figure.start
    if end < hi:
        space = text.rfind(" ", figure.end, end)
        end = space if space >= 0 else figure.end
    return text[start:end].strip(" ,.")


def _statements(article: Article, facts: Sequence[Fact], figures: Sequence[Figure]) -> list[_Statement]:
    """Facts to say, a figure in parentheses right after its twin folded into one statement."""
    out: list[_Statement] = []
    figure_facts = [f for f in facts if f.figure is not None and f.claim is None]
    skip: set[int] = set()
    for i, fact in enumerate(figure_facts):
        if i in skip:
            continue
        assert fact.figure is not None
        extra = ""
        cited = [fact.figure]
        if i + 1 < len(figure_facts):
            nxt = figure_facts[i + 1]
            assert nxt.figure is not None
            a, b = figures[fact.figure], figures[nxt.figure]
            between = article.text[a.end : b.start]
            same = (nxt.sentence, nxt.subject, nxt.measure) == (fact.sentence, fact.subject, fact.measure)
            if same and between.strip() == "(" and article.text[b.end : b.end + 1] == ")":
                extra = f" ({b.en})"
                cited.append(nxt.figure)
                skip.add(i + 1)
        out.append(_Statement(fact=fact, figures=tuple(cited), extra_en=extra))
    return out


def _importance(statement: _Statement, main: str | None, summary: Sequence[int], position: int) -> float:
    fact = statement.fact
    score = MEASURE_WEIGHT.get(fact.measure or "", 0.5)
    if fact.date:
        score += 0.5
    if fact.subject is not None and fact.subject == main:
        score += 0.5
    if fact.sentence in summary:
        score += 0.25
    if fact.hedged:
        score -= 1.0
    entity = english_names().get(fact.subject or "")
    if entity is not None and entity.type in _ARTICLE_TYPES:
        score -= 0.5  # an index or a market matters less than the companies in the story
    return score - position * 0.01


def _merge_lists(
    statements: Sequence[_Statement], article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> list[BriefLine]:
    """Say each statement; several companies' moves in one sentence become one line.

    "네이버(6.13%), 카카오(7.27%) … 등이 대표 사례다" gives
    "Naver (6.13%) and Kakao (7.27%) shares rose on 31 January 2025."
    """
    lines: list[BriefLine] = []
    i = 0
    while i < len(statements):
        group = [statements[i]]
        head = statements[i].fact
        while i + len(group) < len(statements):
            nxt = statements[i + len(group)].fact
            key = (nxt.sentence, nxt.measure, nxt.change, nxt.date, nxt.hedged)
            if key != (head.sentence, head.measure, head.change, head.date, head.hedged) or nxt.subject == head.subject:
                break
            group.append(statements[i + len(group)])
        if len(group) > 1 and head.measure == "share_price":
            lines.append(_say_list(group, article, analysis, figures))
        else:
            lines.extend(_say(s, article, analysis, figures) for s in group)
        i += len(group)
    return lines


def _say_list(
    group: Sequence[_Statement], article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> BriefLine:
    first = _say(group[0], article, analysis, figures)
    items = [f"{_name(s.fact.subject or '', lower=False)} ({figures[s.fact.figure or 0].en})" for s in group]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    head = group[0].fact
    figure = figures[head.figure or 0]
    sentence = analysis.sentences[head.sentence]
    verb = change_verb(article.text, sentence, analysis.tokens[head.sentence], figure, head.change or "")
    date_index = date_figure(head, figures)
    date = date_phrase(figures[date_index]) if date_index is not None else ""
    cited = {f for s in group for f in s.figures} | set(first.figures)
    return BriefLine(text=f"{listed} shares {verb}{date}.", sentences=(head.sentence,), figures=tuple(sorted(cited)))


def _claim_lines(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> list[BriefLine]:
    """Lines for qualitative claims (from claims.py), one per claim and answer, unhedged first."""
    templates = english_templates()
    lines: list[BriefLine] = []
    said: set[tuple[str, str]] = set()
    for fact in sorted((f for f in facts if f.claim), key=lambda f: (f.hedged, f.sentence)):
        answer = fact.stance or ("true" if fact.polarity else "false" if fact.polarity is not None else "*")
        key = (fact.claim or "", answer)
        if key in said:
            continue
        template = templates.get((f"claim:{fact.claim}", answer)) or templates.get((f"claim:{fact.claim}", "*"))
        if template is None:
            continue
        date = ""
        cited: tuple[int, ...] = ()
        if "{date}" in template:
            index = _date_in_sentence(fact, figures)
            if index is None:
                continue
            date, cited = date_phrase(figures[index]), (index,)
        subject = _name(fact.subject or "", lower=False) or "The article"
        sentence = analysis.sentences[fact.sentence]
        body = article.text[sentence.start : sentence.end]
        model = "DeepSeek's R1" if re.search(r"(?<![A-Za-z0-9])R1(?![0-9])", body) else "DeepSeek's model"
        text = template.format(Subject=subject, subject=subject, date=date, model=model, rival=_rivals(fact.cue or ""))
        if fact.hedged:
            text = text.rstrip(".") + " (reported, not confirmed)."
        said.add(key)
        lines.append(BriefLine(text=text, sentences=(fact.sentence,), figures=cited))
    return lines


def _rivals(cue: str) -> str:
    """The products named in a claim's cue, with their makers ("OpenAI's o1")."""
    by_ko = entity_by_ko()
    names: list[str] = []
    for m in entity_pattern().finditer(cue):
        entity = by_ko[m.group()]
        if entity.type != "product" or entity.owner == "DeepSeek":
            continue
        name = f"{_possessive(entity.owner)} {entity.en}" if entity.owner else entity.en
        if name not in names:
            names.append(name)
    if not names:
        return "leading US models"
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]


def _date_in_sentence(fact: Fact, figures: Sequence[Figure]) -> int | None:
    for i, f in enumerate(figures):
        if f.kind == "date" and f.sentence == fact.sentence and f.value == fact.date:
            return i
    return None


def _entities_line(article: Article, analysis: Analysis, exclude: set[str]) -> BriefLine | None:
    names: list[str] = []
    first: dict[str, int] = {}
    for index, (sentence, tokens) in enumerate(zip(analysis.sentences, analysis.tokens, strict=True)):
        for m in entity_mentions(article.text, sentence, tokens):
            if m.entity.type in {"company", "product", "person", "index"} and m.entity.en not in exclude:
                if m.entity.en not in first:
                    first[m.entity.en] = index
                    names.append(m.entity.en)
    if not names:
        return None
    names = names[:6]
    listed = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    return BriefLine(text=f"Also named: {listed}.", sentences=tuple(sorted({first[n] for n in names})))


def _lead_line(main: str | None, summary: Sequence[int]) -> BriefLine | None:
    if main is None or not summary:
        return None
    return BriefLine(text=f"The article is about {main}.", sentences=(summary[0],))


def _cite_figure_sentences(line: BriefLine, figures: Sequence[Figure]) -> BriefLine:
    cited = set(line.sentences) | {figures[i].sentence for i in line.figures}
    if cited == set(line.sentences):
        return line
    return BriefLine(text=line.text, sentences=tuple(sorted(cited)), figures=line.figures)


def _title_headline(article: Article, figures: Sequence[Figure]) -> str:
    names: list[str] = []
    by_ko = entity_by_ko()
    for m in entity_pattern().finditer(article.title):
        entity = by_ko.get(m.group())
        if entity is not None and entity.type not in {"country", "place"} and entity.en not in names:
            names.append(entity.en)
    if not names:
        amounts = [f.en for f in figures if f.kind != "date"][:3]
        if amounts:
            return "Korean news article; key figures: " + ", ".join(amounts)
        return "A Korean news article (no key figures found)"
    listed = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    return f"News on {listed}"


def brief_en(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    summary: Sequence[int],
) -> tuple[str, tuple[BriefLine, ...]]:
    """A one-line English headline and 3-6 English lines on the article's key facts."""
    main = main_entity(article.text, analysis)
    statements = _statements(article, facts, figures)
    confident = [s for s in statements if _confident(s.fact)]
    unsure = [s for s in statements if not _confident(s.fact)]
    ranked = sorted(enumerate(confident), key=lambda p: -_importance(p[1], main, summary, p[0]))
    chosen = sorted((i for i, _ in ranked[:MAX_LINES]))
    lines = _merge_lists([confident[i] for i in chosen], article, analysis, figures)
    seen_lines = {line.text for line in lines}
    for line in _claim_lines(article, analysis, figures, facts):
        if len(lines) >= MAX_LINES:
            break
        if line.text not in seen_lines:
            lines.append(line)
            seen_lines.add(line.text)
    for statement in unsure:
        if len(lines) >= MAX_LINES:
            break
        line = _gloss_line(statement.fact, article, analysis, figures)
        if line.text not in seen_lines:
            lines.append(line)
            seen_lines.add(line.text)
    # A line rests on every sentence that holds one of its figures (a date may come from an earlier one).
    lines = [_cite_figure_sentences(line, figures) for line in lines]
    # In the article's order: by sentence, then by where the cited figures stand.
    lines.sort(key=lambda line: (min(line.sentences), min(line.figures, default=len(figures))))
    if len(lines) < MIN_LINES:
        lead = _lead_line(main, summary)
        if lead is not None:
            lines.insert(0, lead)
    if len(lines) < MIN_LINES:
        named = {f.subject for f in facts if f.subject} | ({main} if main else set())
        named |= {e.en for e in english_names().values() if any(e.en in line.text for line in lines)}
        extra = _entities_line(article, analysis, named)
        if extra is not None:
            lines.append(extra)
    if ranked:
        firm = [i for i, _ in ranked if not confident[i].fact.hedged]
        top = confident[firm[0] if firm else ranked[0][0]]
        top_line = _say(top, article, analysis, figures).text.rstrip(".")
        if main is None or main in top_line:
            headline = top_line
        else:
            first, _, rest = top_line.partition(" ")
            headline = f"{main}: {first.lower() if first in {'The', 'That'} else first} {rest}"
    else:
        headline = _title_headline(article, figures)
    return headline, tuple(lines)
