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
                    misses.append(f"  {entry['file']}: {name} {pv!r} should be {gv!r}: {g['surface']!r} in {g['anchor']!r}")
            if gv is not None:
                counts[2] += 1
                counts[3] += int(pv is not None)
        if g.get("kind") != "date":
            t.subject_nondate_gold += 1
            t.subject_nondate_given += int(fact_value(fact, "subject") is not None)
    for fi, fig in enumerate(figures):
        if fi not in fig_to_gold:
            misses.append(f"  {entry['file']}: extra figure {fig.surface!r}: {text[max(0, fig.start - 15):fig.end + 10]!r}")
    evaluate_english(entry, briefing, golds, m, t, misses)
    return t


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
    for line in briefing.summary_en:
        for fi in line.figures:
            gi = fig_to_gold.get(fi)
            if gi is None:
                continue
            g = golds[gi]
            subj = g.get("subject")
            # A line that states a gold figure but names another company's name as its subject.
            if subj and not _mentions(line.text, subj) and _names_other_subject(line.text, golds, subj):
                t.en_wrong += 1
                misses.append(f"  {entry['file']}: English line names another subject for {g['surface']!r}: {line.text!r}")
                break
    attributable = sum(1 for g in golds if g.get("subject") and g.get("kind") != "date")
    if attributable >= 3:
        t.en_eligible += 1
        t.en_short += int(len(briefing.summary_en) < 3)


def _mentions(text: str, name: str) -> bool:
    return name.casefold() in text.casefold()


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


def run(corpus: Path, gold_dir: Path, story: str | None = None, show_misses: bool = False) -> dict[str, Tally]:
    from briefings import brief_many, load_paths

    entries = load_gold(gold_dir, story)
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
        print("\n".join(misses[len(misses) - sum(len(v.notes) for v in verdicts.values()):]))
    return dict(per_story)


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


def values_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two gold figures of one fact agree when the more precise rounds to the less precise."""
    va, vb = a.get("value"), b.get("value")
    if isinstance(va, str) or isinstance(vb, str) or va is None or vb is None:
        return va == vb
    va, vb = abs(float(va)), abs(float(vb))
    if a.get("qualifier") or b.get("qualifier") or a.get("high") or b.get("high"):
        return abs(va - vb) <= 0.05 * max(va, vb)
    digits = min(_sig_digits(va), _sig_digits(vb))
    return _sig_round(va, digits) == _sig_round(vb, digits)


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
        if topic.status not in ("agree", "disagree") or topic.kind not in ("figure", "market_day"):
            continue
        v.verdicts += 1
        setattr(v, topic.status, getattr(v, topic.status) + 1)
        if not golds or any(g is None for g in golds):
            v.unjudged += 1
            v.notes.append(f"  verdict unjudged ({topic.status}): {topic.label_en}")
            continue
        keys = {tuple(_norm(g.get(k)) for k in KEY) for g in golds}
        same_fact = len(keys) == 1 and all(next(iter(keys))[:2])
        if topic.status == "agree":
            fits = all(values_agree(golds[0], g) for g in golds[1:])
        else:
            fits = not all(values_agree(golds[0], g) for g in golds[1:])
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
    out.append(f"  lines {total.en_lines}; with Hangul {total.en_hangul}; repeated {total.en_repeated};"
               f" naming another figure's subject {total.en_wrong};"
               f" articles with 3+ attributable figures but < 3 lines: {total.en_short} of {total.en_eligible}")
    if COMPARE_RESULTS:
        out.append("")
        out.append("Comparison (agree/disagree verdicts over figures; right = same fact in the gold and the values fit)")
        out.append(f"  {'folder':7} {'verdicts':>8} {'agree':>6} {'disagr':>6} {'right':>6} {'unjudged':>8} {'mixing':>6}")
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
    args = ap.parse_args(argv)
    corpus, gold = Path(args.corpus), Path(args.gold)
    if not corpus.is_dir():
        print(f"evaluate: no corpus at {corpus}", file=sys.stderr)
        return 2
    if not any(gold.glob("*.json")):
        print(f"evaluate: no gold annotation (*.json) in {gold}", file=sys.stderr)
        return 2
    per_story = run(corpus, gold, args.story, args.misses)
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
