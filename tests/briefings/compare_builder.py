"""Hand-built briefings for comparison tests (no Kiwi): sentences, figures and facts by hand."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.model import Analysis, Article, Briefing, Fact, Figure, Sentence


@dataclass(frozen=True)
class Fig:
    """A figure to place: ``surface`` is looked up in sentence ``sentence`` (its n-th occurrence)."""

    sentence: int
    surface: str
    kind: str
    value: float | str
    unit: str
    en: str = ""
    high: float | str | None = None
    qualifier: str | None = None
    counter: str | None = None
    occurrence: int = 0


def fig(sentence: int, surface: str, kind: str, value: float | str, unit: str, en: str = "", **kw: object) -> Fig:
    return Fig(sentence, surface, kind, value, unit, en or surface, **kw)  # type: ignore[arg-type]


def fact(
    figure: int | None,
    subject: str | None,
    measure: str | None,
    change: str | None = None,
    date: str | None = None,
    sentence: int | None = None,
    **kw: object,
) -> tuple[int | None, dict[str, object]]:
    """A numeric fact on figure number ``figure`` of the same briefing (sentence taken from the figure)."""
    return figure, {"subject": subject, "measure": measure, "change": change, "date": date, "sentence": sentence, **kw}


def claim(
    sentence: int, claim_id: str, polarity: bool | None = True, subject: str | None = "DeepSeek", **kw: object
) -> tuple[int | None, dict[str, object]]:
    return None, {"sentence": sentence, "claim": claim_id, "polarity": polarity, "subject": subject, **kw}


def make(
    article_id: str,
    sentences: list[str],
    figs: list[Fig] = (),
    facts: list = (),  # type: ignore[assignment]
    date: str | None = None,
) -> Briefing:
    text = "\n".join(sentences)
    spans = []
    pos = 0
    for s in sentences:
        spans.append(Sentence(pos, pos + len(s)))
        pos += len(s) + 1
    figures = []
    for f in figs:
        span = spans[f.sentence]
        start = span.start - 1
        for _ in range(f.occurrence + 1):
            start = text.index(f.surface, start + 1, span.end)
        figures.append(
            Figure(
                f.surface,
                start,
                start + len(f.surface),
                f.sentence,
                f.kind,
                f.value,
                f.unit,
                f.en,
                f.high,
                f.qualifier,
                f.counter,
            )
        )
    built = []
    for index, kw in facts:
        kw = dict(kw)
        if kw.get("sentence") is None:
            kw["sentence"] = figures[index].sentence if index is not None else 0
        built.append(Fact(figure=index, **kw))  # type: ignore[arg-type]
    article = Article(id=article_id, path=f"/corpus/{article_id}.txt", title=sentences[0], text=text, date=date)
    analysis = Analysis(sentences=tuple(spans), tokens=tuple(() for _ in spans))
    return Briefing(article, analysis, tuple(figures), tuple(built), (), "", ())
