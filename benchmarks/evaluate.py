"""Measure the core against a hand-made gold annotation of a corpus of real articles.

    python benchmarks/evaluate.py [CORPUS [GOLD]] [--story S05] [--misses] [--json]

CORPUS defaults to ``../shared/corpus`` (beside the repository), GOLD to
``benchmarks/gold`` (one ``Snn.json`` per story; the format is in its README).
It prints, per story and overall:

* figure recall and precision (a core figure matches a gold figure when their spans
  overlap in the cleaned text; one to one), and how often a matched figure's value and
  unit are right;
* for each fact field (subject, measure, role, direction, event date, time of day,
  conversion, source): accuracy over the facts where the core gave a value, and
  coverage (of the gold facts that have a value, how many the core gave one for);
* the English briefing: lines with Hangul, repeated lines, articles with 3+ attributed
  figures but fewer than 3 lines, and lines whose stated figures contradict the gold;
* the comparison: agree/disagree verdicts whose mentions are one fact in the gold.

Nothing here changes the core; it reads only what ``briefings`` exports and the
fields of its model.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ("subject", "measure", "role", "direction", "event_date", "time_of_day", "equivalent_of", "source")
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    unlocated: int = 0
    value_right: int = 0
    # field -> [given (core non-null), right (of given), gold non-null, core non-null where gold non-null]
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0, 0] for f in FIELDS})
    subject_nondate_gold: int = 0
    subject_nondate_given: int = 0
    en_lines: int = 0
    en_hangul: int = 0
    en_repeated: int = 0
    en_wrong: int = 0
    en_short: int = 0  # articles with 3+ attributable figures and fewer than 3 English lines
    en_fact_repeated: int = 0  # lines (headline included) stating a figure another line states
    en_checked: int = 0  # lines (headline included) that state at least one gold figure
    en_lead_ok: int = 0  # headlines that state the gold lead fact (a number or, for a lead without one, its subject)
    en_lead_n: int = 0
    en_short_with_headline: int = 0  # the same, counting the headline as a line
    en_eligible: int = 0
    articles: int = 0
    date_right: int = 0
    date_gold: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, int):
                setattr(self, name, mine + theirs)
        for f in FIELDS:
            for i in range(4):
                self.fields[f][i] += other.fields[f][i]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _norm(s: Any) -> Any:
    return s.casefold().strip() if isinstance(s, str) else s


def _partial_date_fits(partial: str, full: str) -> bool:
    """A partial date ("---25": a day; "--Q4", "--11", "--08-01": no year) names no year because the
    text does not and the article gives no date; the gold resolved it from the story. It is right
    when the parts it does state agree."""
    if partial.startswith("---"):
        return re.fullmatch(r"\d{4}-\d\d-" + re.escape(partial[3:]), full) is not None
    return re.fullmatch(r"\d{4}-" + re.escape(partial[2:]), full) is not None


def _same_value(gold: dict[str, Any], fig: Any) -> bool:
    gv, pv = gold.get("value"), fig.value
    if gold.get("unit") == "duration":
        # The gold writes durations as ISO 8601 ("P4Y5M") or as a number of units; the core's
        # representation may differ: the span match is what counts, plus agreement when comparable.
        return not isinstance(pv, str) or not isinstance(gv, str) or pv == gv
    if isinstance(gv, str) and isinstance(pv, str) and pv.startswith("--"):
        return _partial_date_fits(pv, gv)
    if isinstance(gv, str) or isinstance(pv, str):
        return str(gv) == str(pv)
    if gv is None or pv is None:
        return False
    try:
        same = abs(float(gv) - float(pv)) <= 1e-9 * max(1.0, abs(float(gv)))
    except (TypeError, ValueError):
        return False
    gu, pu = gold.get("unit"), fig.unit
    return same and (gu is None or gu == pu or {gu, pu} <= {"count", "duration"})


def locate(text: str, g: dict[str, Any], used: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The gold figure's span in the cleaned text, found through its anchor."""
    anchor, surface = g["anchor"], g["surface"]
    inner = anchor.find(surface)
    if inner < 0:
        return None
    pos = text.find(anchor)
    if pos < 0:  # the cleaner may have changed spacing: try the squeezed anchor
        squeezed = re.sub(r"\s+", " ", anchor)
        pos = text.find(squeezed)
        if pos < 0:
            return None
        inner = squeezed.find(re.sub(r"\s+", " ", surface))
        if inner < 0:
            return None
    span = (pos + inner, pos + inner + len(surface))
    return None if span in used else span


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(spans: list[tuple[int, int] | None], figures: list[Any]) -> dict[int, int]:
    """gold index -> core figure index, one to one, by largest overlap first."""
    pairs = []
    for gi, span in enumerate(spans):
        if span is None:
            continue
        for fi, fig in enumerate(figures):
            ov = overlap(span, (fig.start, fig.end))
            if ov:
                pairs.append((-ov, gi, fi))
    pairs.sort()
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, fi in pairs:
        if gi not in out and fi not in taken:
            out[gi] = fi
            taken.add(fi)
    return out


def fact_value(fact: Any, name: str) -> Any:
    if fact is None:
        return None
    if name == "event_date":
        return getattr(fact, "date", None)
    return getattr(fact, name, None)


# (article id, core figure index) -> (story, gold figure), filled by evaluate_article for the comparison.
GOLD_OF: dict[tuple[str, int], tuple[str, dict[str, Any]]] = {}


def evaluate_article(entry: dict[str, Any], briefing: Any, misses: list[str], story: str = "") -> Tally:
    t = Tally(articles=1)
    art = briefing.article
    text = art.text
    golds: list[dict[str, Any]] = entry.get("figures", [])
    if entry.get("date"):
        t.date_gold += 1
        t.date_right += int(art.date == entry["date"])
    used: set[tuple[int, int]] = set()
    spans: list[tuple[int, int] | None] = []
    for g in golds:
        span = locate(text, g, used)
        if span is not None:
            used.add(span)
        spans.append(span)
    figures = list(briefing.figures)
    m = match(spans, figures)
    t.gold = len(golds)
    t.predicted = len(figures)
    t.matched = len(m)
    t.unlocated = sum(1 for s in spans if s is None)
    facts_by_fig = {f.figure: f for f in briefing.facts if f.figure is not None}
    fig_to_gold = {fi: gi for gi, fi in m.items()}
    for fi, gi in fig_to_gold.items():
        GOLD_OF[(art.id, fi)] = (story, golds[gi])
    for gi, g in enumerate(golds):
        fi = m.get(gi)
        if fi is None:
            where = "not in cleaned text" if spans[gi] is None else "missed"
            misses.append(f"  {entry['file']}: {where}: {g['surface']!r} in {g['anchor']!r}")
            continue
        fig = figures[fi]
        t.value_right += int(_same_value(g, fig))
        fact = facts_by_fig.get(fi)
        for name in FIELDS:
            gv = g.get(name)
            pv = fact_value(fact, name)
            if name == "equivalent_of":
                gv = None if gv is None else m.get(gv, -1)
            counts = t.fields[name]
            if pv is not None:
                counts[0] += 1
                counts[1] += int(_norm(pv) == _norm(gv))
                if _norm(pv) != _norm(gv):
                    where = f"{g['surface']!r} in {g['anchor']!r}"
                    misses.append(f"  {entry['file']}: {name} {pv!r} should be {gv!r}: {where}")
            if gv is not None:
                counts[2] += 1
                counts[3] += int(pv is not None)
        if g.get("kind") != "date":
            t.subject_nondate_gold += 1
            t.subject_nondate_given += int(fact_value(fact, "subject") is not None)
    for fi, fig in enumerate(figures):
        if fi not in fig_to_gold:
            around = text[max(0, fig.start - 15) : fig.end + 10]
            misses.append(f"  {entry['file']}: extra figure {fig.surface!r}: {around!r}")
    evaluate_english(entry, briefing, golds, m, t, misses)
    return t


_DOWN_WORDS = re.compile(r"\b(fell|lost|plunged|cut|lower|weakened|below|decreased|slid|dropped|sold)\b")
_UP_WORDS = re.compile(r"\b(rose|gained|jumped|raised|higher|rallied|above|surged|grew)\b")
_NUMBER = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]")
_DATES = re.compile(r"\b[0-9]{1,2} (January|February|March|April|May|June|July|August|September|October|November"
                    r"|December)\b|\bQ[1-4]\b")


def _numbers(text: str) -> set[str]:
    """The numbers of a line, without years and days of dates (they say when, not what)."""
    found = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(_DATES.sub(" ", text))}
    return {n for n in found if not re.fullmatch(r"(19|20)[0-9]{2}", n)}


def _close(a: str, b: str) -> bool:
    """Two numbers of English lines that state one figure ("22" and "21.92", "44.006" and "44.0"): within 2%."""
    try:
        x, y = float(a), float(b)
    except ValueError:
        return a == b
    return x == y or (x > 0 and y > 0 and abs(x - y) / max(x, y) <= 0.02)


def _line_is_wrong(text: str, cited: Iterable[int], figures: Any, fig_to_gold: dict[int, int],
                   golds: list[dict[str, Any]], unnamed: frozenset[int] = frozenset()) -> str | None:
    """Why an English line contradicts the gold of a figure it states (subject, role, direction, date), or None.

    ``unnamed``: figures whose fact has no subject; a line says them naming none ("Economic growth is
    forecast at 1.5%"), which leaves the subject out but states no false one."""
    cited = list(cited)
    # a date said as "since 16 March 2009" is the start of a record span, not the fact's own date
    dates = [figures[i].value for i in cited
             if figures[i].kind == "date" and f"since {figures[i].en.strip()}" not in text]
    for fi in cited:
        if figures[fi].kind == "date" or fi not in fig_to_gold:
            continue
        g = golds[fig_to_gold[fi]]
        subj = g.get("subject")
        if subj and fi not in unnamed and not _mentions(text, subj):
            return f"subject (gold {subj})"
        base = figures[fi].value
        said_as_start = g.get("role") == "reference" and (
            f"from {figures[fi].en.strip()}" in text  # "cut … from 2.50% to 2.25%"
            or (isinstance(base, int | float) and float(base).is_integer() and f"-for-{int(base)} " in text)
        )  # "a 5-for-1 stock split": the base of a ratio
        if g.get("role") in ("reference", "date") and not said_as_start:  # "cut … from 2.50% to 2.25%": the start
            return f"role (gold {g.get('role')})"
        direction = g.get("direction")
        if direction == "up" and _DOWN_WORDS.search(text) and not _UP_WORDS.search(text):
            return "direction (gold up)"
        if direction == "down" and _UP_WORDS.search(text) and not _DOWN_WORDS.search(text):
            return "direction (gold down)"
        event_date = g.get("event_date")
        if event_date and dates and not any(str(d).startswith(str(event_date)) or str(event_date).startswith(str(d))
                                            or (str(d).startswith("-") and _partial_date_fits(str(d), str(event_date)))
                                            for d in dates):
            return f"date (gold {event_date})"
    return None


def evaluate_english(entry: dict[str, Any], briefing: Any, golds: list[dict[str, Any]], m: dict[int, int],
                     t: Tally, misses: list[str]) -> None:
    lines = [briefing.headline_en, *(line.text for line in briefing.summary_en)]
    lines = [x for x in lines if x]
    t.en_lines += len(lines)
    t.en_hangul += sum(1 for x in lines if HANGUL.search(x))
    seen: set[str] = set()
    for x in lines:
        key = re.sub(r"\W+", " ", x).casefold().strip()
        if key in seen:
            t.en_repeated += 1
        seen.add(key)
    fig_to_gold = {fi: gi for gi, fi in m.items()}
    figures = briefing.figures
    stated: list[tuple[str, tuple[int, ...]]] = []
    if briefing.headline_en:
        stated.append((briefing.headline_en, tuple(getattr(briefing, "headline_figures", ()))))
    stated += [(line.text, tuple(line.figures)) for line in briefing.summary_en]
    said_values: set[tuple[str, object]] = set()
    unnamed = frozenset(f.figure for f in briefing.facts if f.figure is not None and f.subject is None)
    for text, cited in stated:
        amounts = [i for i in cited if figures[i].kind != "date"]
        if any(i in fig_to_gold for i in amounts):
            t.en_checked += 1
        why = _line_is_wrong(text, cited, figures, fig_to_gold, golds, unnamed)
        if why is not None:
            t.en_wrong += 1
            misses.append(f"  {entry['file']}: wrong English line ({why}): {text!r}")
        values = {(figures[i].unit, figures[i].value) for i in amounts}
        if values and values <= said_values:
            t.en_fact_repeated += 1
            misses.append(f"  {entry['file']}: English line repeats a figure: {text!r}")
        said_values |= values
    lead = entry.get("lead_en") or ""
    if lead:
        t.en_lead_n += 1
        head = briefing.headline_en or ""
        lead_numbers = _numbers(lead)
        if lead_numbers:
            ok = any(_close(a, b) for a in _numbers(head) for b in lead_numbers)
        else:
            names = {g.get("subject") for g in golds if g.get("subject") and _mentions(lead, g["subject"])}
            ok = bool(head) and any(_mentions(head, n) for n in names)
        t.en_lead_ok += int(ok)
        if not ok:
            misses.append(f"  {entry['file']}: headline misses the lead {lead!r}: {head!r}")
    attributable = sum(1 for g in golds if g.get("subject") and g.get("kind") != "date")
    if attributable >= 3:
        t.en_eligible += 1
        short = len(briefing.summary_en) < 3
        t.en_short += int(short)
        t.en_short_with_headline += int(len(briefing.summary_en) + bool(briefing.headline_en) < 3)
        if short:
            misses.append(f"  {entry['file']}: short English briefing: {len(briefing.summary_en)} lines"
                          f" (+{'1' if briefing.headline_en else 'no'} headline) for {attributable}"
                          f" attributable figures")


def _mentions(text: str, name: str) -> bool:
    # a plural name is mentioned by its attributive singular ("memory chips" in "Memory chip exports rose")
    def norm(x: str) -> str:
        words = re.sub(r"[^0-9a-z]+", " ", x.casefold()).split()
        words = [w[:-3] + "y" if len(w) > 4 and w.endswith("ies") else w for w in words]  # "batteries": "battery"
        return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)

    if f" {norm(name)} " in f" {norm(text)} ":
        return True
    # a name of several words is mentioned when the line has every one of them, in any order: English puts a
    # place or a tenor where its grammar wants it ("Apartment prices rose 0.4% in Songpa-gu" names "Songpa-gu
    # apartments"; "the 3-year Korea Treasury bond yield" names "Korea 3-year treasury bond")
    words = norm(name).split()
    if len(words) > 1 and set(words) <= set(norm(text).split()):
        return True
    from briefings.writing.wording import name_phrase

    phrase = name_phrase(name, False, None)  # the way the names table has the line say it ("yen/dollar": "the dollar")
    return phrase != name and f" {norm(phrase)} " in f" {norm(text)} "


def _names_other_subject(text: str, golds: Iterable[dict[str, Any]], subj: str) -> bool:
    others = {g["subject"] for g in golds if g.get("subject") and g["subject"] != subj}
    return any(_mentions(text, o) for o in others if len(o) > 3)


def load_gold(gold_dir: Path, story: str | None) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        sid = doc.get("story", path.stem)
        if story and not re.fullmatch(story, sid):
            continue
        for entry in doc["articles"]:
            out.append((sid, entry))
    return out


def run(corpus: Path, gold_dir: Path, story: str | None = None, show_misses: bool = False,
        gold_facts: bool = False) -> dict[str, Tally]:
    from briefings import brief_many, load_paths

    entries = load_gold(gold_dir, story)
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sid, e in entries:
        by_story[sid].append(e)
    for sid, arts in by_story.items():
        _story_rates(sid, arts)
    paths = [corpus / e["file"] for _, e in entries]
    articles, errors = load_paths(paths)
    for err in errors:
        print(f"skipped {err.path}: {err.error}", file=sys.stderr)
    by_name = {Path(a.path).name: a for a in articles}
    todo = [by_name[e["file"]] for _, e in entries if e["file"] in by_name]
    briefs = {Path(b.article.path).name: b for b in brief_many(todo, cache=None)}
    per_story: dict[str, Tally] = defaultdict(Tally)
    misses: list[str] = []
    for sid, entry in entries:
        b = briefs.get(entry["file"])
        if b is None:
            continue
        per_story[sid].add(evaluate_article(entry, b, misses, sid))
    if show_misses:
        print("\n".join(misses))
    if gold_facts:
        briefs = {name: with_gold_facts(b, next(e for _, e in entries if e["file"] == name))
                  for name, b in briefs.items()}
    ordered = [briefs[e["file"]] for _, e in entries if e["file"] in briefs]
    stories = sorted({sid for sid, _ in entries})
    verdicts: dict[str, Verdicts] = {}
    from briefings import compare

    for sid in stories:
        files = {e["file"] for s, e in entries if s == sid}
        one = [b for b in ordered if Path(b.article.path).name in files]
        verdicts[sid] = judge(compare(one), misses if show_misses else None)
    if len(stories) > 1:
        verdicts["mixed"] = judge(compare(ordered), misses if show_misses else None)
    COMPARE_RESULTS.clear()
    COMPARE_RESULTS.update(verdicts)
    if show_misses:
        for name, v in verdicts.items():
            if v.notes:
                print(f"comparison {name}:")
                print("\n".join(v.notes))
    return dict(per_story)


def with_gold_facts(briefing: Any, entry: dict[str, Any]) -> Any:
    """The briefing with its facts replaced by the gold's, on the figures the core found (``--gold-facts``).

    This measures the comparison stage alone, as if the facts stage were perfect; the figures
    (spans, values, units) stay the core's own.
    """
    from dataclasses import replace

    from briefings.model import Fact

    golds: list[dict[str, Any]] = entry.get("figures", [])
    used: set[tuple[int, int]] = set()
    spans: list[tuple[int, int] | None] = []
    for g in golds:
        span = locate(briefing.article.text, g, used)
        if span is not None:
            used.add(span)
        spans.append(span)
    m = match(spans, list(briefing.figures))
    facts = []
    for gi, fi in sorted(m.items(), key=lambda kv: kv[1]):
        g = golds[gi]
        eq = g.get("equivalent_of")
        facts.append(Fact(
            sentence=briefing.figures[fi].sentence, figure=fi, subject=g.get("subject"),
            subject_ko=g.get("subject_ko"), measure=g.get("measure"), role=g.get("role"),
            direction=g.get("direction"), date=g.get("event_date"), time_of_day=g.get("time_of_day"),
            equivalent_of=None if eq is None else m.get(eq), source=g.get("source"),
        ))
    return replace(briefing, facts=tuple(facts))


@dataclass
class Verdicts:
    verdicts: int = 0  # agree / disagree topics over figures
    right: int = 0
    unjudged: int = 0  # a mention whose figure the gold does not know
    mixing: int = 0  # topics whose mentions come from two stories
    agree: int = 0
    disagree: int = 0
    notes: list[str] = field(default_factory=list)


COMPARE_RESULTS: dict[str, Verdicts] = {}
KEY = ("subject", "measure", "role", "event_date", "time_of_day")


def _sig_round(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    from math import floor, log10

    return round(x, -int(floor(log10(abs(x)))) + digits - 1)


def _sig_digits(x: float) -> int:
    """Significant digits as written: 17 -> 2, 16.97 -> 4, 2663500000000 -> 5."""
    from decimal import Decimal

    return max(1, len(Decimal(repr(float(x))).normalize().as_tuple().digits))


def _gold_interval(g: dict[str, Any]) -> tuple[float, float]:
    """The values a gold figure allows, as its text states them: rounding of the last written digit,
    a range, "N대" (N up to the next step of its last digit), about (±5%), at least / more than
    (up from it), at most / less than (up to it)."""
    v = abs(float(g["value"]))
    h = abs(float(g["high"])) if isinstance(g.get("high"), (int, float)) else v
    q = g.get("qualifier")
    surface = str(g.get("surface") or "").rstrip()
    if surface.endswith("대"):
        digits = re.findall(r"\d[\d,]*(?:\.\d+)?", surface)
        if digits:
            d = digits[-1].replace(",", "")
            whole = d.split(".")[0]
            if "." in d:
                step_digits = 10.0 ** -len(d.split(".")[1])
            else:
                step_digits = 10.0 ** (len(whole) - len(whole.rstrip("0")))
            scale = v / float(d) if float(d) else 1.0
            return v, v + step_digits * scale
    if q in ("at_least", "more_than"):
        return v, float("inf")
    if q in ("at_most", "less_than"):
        return 0.0, h
    if q == "approx":
        return v * 0.95, h * 1.05
    if h != v:
        return v, h
    digits = _sig_digits(v)
    from math import floor, log10

    half = 0.5 * 10 ** (floor(log10(v)) - digits + 1) if v else 0.0
    return v - half, v + half


# story -> (from unit, to unit) -> rate, from the gold's own conversion pairs (equivalent_of)
STORY_RATES: dict[str, dict[tuple[str, str], float]] = {}


def _story_rates(story: str, articles: list[dict[str, Any]]) -> None:
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for entry in articles:
        figs = entry.get("figures", [])
        for g in figs:
            eq = g.get("equivalent_of")
            if eq is None or not 0 <= eq < len(figs):
                continue
            base = figs[eq]
            try:
                ratio = abs(float(g["value"])) / abs(float(base["value"]))
            except (TypeError, ValueError, ZeroDivisionError):
                continue
            if g.get("unit") and base.get("unit") and g["unit"] != base["unit"]:
                found[(base["unit"], g["unit"])].append(ratio)
                found[(g["unit"], base["unit"])].append(1 / ratio)
    STORY_RATES[story] = {k: sorted(v)[len(v) // 2] for k, v in found.items()}


def values_agree(a: dict[str, Any], b: dict[str, Any], story: str = "") -> bool | None:
    """Two gold figures of one fact agree when the values their texts allow overlap (for plain figures:
    the more precise rounds to the less precise).  Amounts in two currencies are set side by side at the
    rate the story's own gold conversions imply (3% leeway for the rate); None when no such rate exists."""
    va, vb = a.get("value"), b.get("value")
    if isinstance(va, str) or isinstance(vb, str) or va is None or vb is None:
        return va == vb
    ua, ub = a.get("unit"), b.get("unit")
    plain = not (a.get("qualifier") or b.get("qualifier") or a.get("high") or b.get("high"))
    plain = plain and not str(a.get("surface") or "").rstrip().endswith("대")
    plain = plain and not str(b.get("surface") or "").rstrip().endswith("대")
    if ua == ub and plain:
        fa, fb = abs(float(va)), abs(float(vb))
        digits = min(_sig_digits(fa), _sig_digits(fb))
        return _sig_round(fa, digits) == _sig_round(fb, digits)
    lo_a, hi_a = _gold_interval(a)
    lo_b, hi_b = _gold_interval(b)
    if ua != ub:
        rate = STORY_RATES.get(story, {}).get((ub, ua)) if ua and ub else None
        if rate is None:
            return None
        lo_b, hi_b = lo_b * rate * 0.97, hi_b * rate * 1.03
    return max(lo_a, lo_b) <= min(hi_a, hi_b) * (1 + 1e-9)


def judge(comparison: Any, misses: list[str] | None) -> Verdicts:
    v = Verdicts()
    for topic in comparison.topics:
        golds = []
        stories = set()
        for mention in topic.mentions:
            if mention.figure is None:
                continue
            hit = GOLD_OF.get((mention.article, mention.figure))
            golds.append(hit[1] if hit else None)
            if hit:
                stories.add(hit[0])
            else:
                stories.add(mention.article[:3])
        if len(stories) > 1:
            v.mixing += 1
        if topic.status not in ("agree", "disagree") or topic.kind not in ("figure", "market_day", "conversion"):
            continue
        v.verdicts += 1
        setattr(v, topic.status, getattr(v, topic.status) + 1)
        if not golds or any(g is None for g in golds):
            v.unjudged += 1
            v.notes.append(f"  verdict unjudged ({topic.status}): {topic.label_en}")
            continue
        keys = {tuple(_norm(g.get(k)) for k in KEY) for g in golds}
        same_fact = len(keys) == 1 and all(next(iter(keys))[:2])
        story = next(iter(stories)) if len(stories) == 1 else ""
        pairs = [values_agree(a, b, story) for i, a in enumerate(golds) for b in golds[i + 1:]]
        if any(p is None for p in pairs):
            v.unjudged += 1
            v.notes.append(f"  verdict unjudged ({topic.status}, amounts in two currencies and no gold rate):"
                           f" {topic.label_en}")
            continue
        fits = all(pairs) if topic.status == "agree" else not all(pairs)
        ok = same_fact and fits
        v.right += int(ok)
        if not ok:
            why = "different facts " + str(sorted(keys, key=str)) if not same_fact else "values do not fit the verdict"
            v.notes.append(f"  wrong {topic.status}: {topic.label_en}: {why}")
    return v


def report(per_story: dict[str, Tally]) -> str:
    total = Tally()
    for t in per_story.values():
        total.add(t)
    rows = [*sorted(per_story.items()), ("all", total)]
    head = f"{'story':6} {'arts':>4} {'gold':>5} {'recall':>6} {'prec':>6} {'value':>6} {'date':>6}"
    out = ["Figures (recall, precision, value right of matched, article date right)", head]
    for name, t in rows:
        line = (f"{name:6} {t.articles:4} {t.gold:5} {ratio(t.matched, t.gold):>6} {ratio(t.matched, t.predicted):>6}"
                f" {ratio(t.value_right, t.matched):>6} {ratio(t.date_right, t.date_gold):>6}")
        out.append(line)
    out.append("")
    out.append("Fact fields: accuracy where the core gave a value / coverage of the gold's values, n = given")
    out.append(f"{'story':6} " + " ".join(f"{f:>19}" for f in FIELDS))
    for name, t in rows:
        cells = []
        for f in FIELDS:
            given, right, gold_n, covered = t.fields[f]
            cells.append(f"{ratio(right, given):>7}/{ratio(covered, gold_n):>6} n={given:<3}")
        out.append(f"{name:6} " + " ".join(f"{c:>19}" for c in cells))
    out.append("")
    out.append(f"subject given for non-date figures: {ratio(total.subject_nondate_given, total.subject_nondate_gold)}"
               f" ({total.subject_nondate_given}/{total.subject_nondate_gold}); gold figures not in the cleaned text:"
               f" {total.unlocated}")
    out.append("")
    out.append("English briefing")
    out.append(f"  lines {total.en_lines} (headlines included); with Hangul {total.en_hangul};"
               f" repeated word for word {total.en_repeated}; repeating a figure {total.en_fact_repeated}")
    out.append(f"  wrong (subject, role, direction or date against the gold): {total.en_wrong} of {total.en_checked}"
               f" lines stating a gold figure ({ratio(total.en_wrong, total.en_checked)})")
    out.append(f"  articles with 3+ attributable figures but < 3 lines: {total.en_short} of {total.en_eligible}"
               f" ({total.en_short_with_headline} counting the headline);"
               f" headline states the lead: {total.en_lead_ok} of {total.en_lead_n}"
               f" ({ratio(total.en_lead_ok, total.en_lead_n)})")
    if COMPARE_RESULTS:
        out.append("")
        out.append(
            "Comparison (agree/disagree verdicts over figures; right = same fact in the gold and the values fit)"
        )
        head = ("folder", "verdicts", "agree", "disagr", "right", "unjudged", "mixing")
        out.append(f"  {head[0]:7} " + " ".join(f"{h:>{w}}" for h, w in zip(head[1:], (8, 6, 6, 6, 8, 6), strict=True)))
        for name, v in COMPARE_RESULTS.items():
            judged = v.verdicts - v.unjudged
            out.append(f"  {name:7} {v.verdicts:8} {v.agree:6} {v.disagree:6} {ratio(v.right, judged):>6}"
                       f" {v.unjudged:8} {v.mixing:6}")
        total_v = sum(v.verdicts - v.unjudged for k, v in COMPARE_RESULTS.items() if k != "mixed")
        total_r = sum(v.right for k, v in COMPARE_RESULTS.items() if k != "mixed")
        out.append(f"  single-story folders together: {ratio(total_r, total_v)} right of {total_v} judged verdicts")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("gold", nargs="?", default=str(ROOT / "benchmarks" / "gold"))
    ap.add_argument("--story", help="only the stories this regular expression matches (S01, 'H0[1-7]', ...)")
    ap.add_argument("--misses", action="store_true", help="list every miss, extra figure and wrong field")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument("--gold-facts", action="store_true",
                    help="compare with the gold's facts on the core's figures (measures the comparison stage alone)")
    args = ap.parse_args(argv)
    corpus, gold = Path(args.corpus), Path(args.gold)
    if not corpus.is_dir():
        print(f"evaluate: no corpus at {corpus}", file=sys.stderr)
        return 2
    if not any(gold.glob("*.json")):
        print(f"evaluate: no gold annotation (*.json) in {gold}", file=sys.stderr)
        return 2
    from briefings import AnalyserUnavailable

    try:
        per_story = run(corpus, gold, args.story, args.misses, args.gold_facts)
    except AnalyserUnavailable as exc:  # e.g. run with a Python the project is not installed in
        print(f"evaluate: {exc} (this Python: {sys.executable})", file=sys.stderr)
        return 2
    if args.json:
        total = Tally()
        for t in per_story.values():
            total.add(t)
        print(json.dumps({k: vars(v) for k, v in {**per_story, "all": total}.items()}, indent=1))
    else:
        print(report(per_story))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
