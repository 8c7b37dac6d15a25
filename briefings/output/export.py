"""Briefings and comparisons out: JSON, Markdown and plain text, and safe file writes.

Every exporter reads the frozen model objects and returns a string; nothing
here parses article text again.  The JSON documents are public and versioned
(``"version": 1``): fields are only ever added, never renamed.  Untrusted text
(titles, sentences, file names) is never interpreted: in Markdown a backslash
goes only before what would make a live link, image or raw HTML (``](``,
``][``, ``]:``, ``<`` before a tag), so ``[x](https://…)`` and ``<img …>`` stay
text while ordinary text and lookalikes such as ``[bold red]`` or
``[link=…]`` are left as they are; table cells also have ``|``, backslashes
and line breaks escaped; plain text has any stray control character made
visible, and JSON escapes everything it must.
"""

from __future__ import annotations

import errno
import hashlib
import json
import math
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from briefings.model import Briefing, Comparison, Event, Fact, Figure, IngestError, Mention, Topic
from briefings.output.atomic import current_umask, describe_os_error, replace_atomically, write_through

FORMAT_VERSION = 1

Lang = Literal["ko", "en", "both"]

_QUALIFIER_SIGN = {
    "approx": "≈",
    "at_least": "≥",
    "at_most": "≤",
    "more_than": ">",
    "less_than": "<",
    "by": "by",
}
_STATUS_WORD = {"agree": "AGREE", "disagree": "DISAGREE", "single": "SINGLE SOURCE", "related": "NO VERDICT"}

# C0 (but tab and newline), DEL, C1, bidi controls, zero-width characters, BOM.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\ud800-\udfff]"
)


class ExportError(Exception):
    """An export could not be written; the message is one line for people."""


# --------------------------------------------------------------------------- helpers


def _visible(text: str) -> str:
    """Make any control character that slipped through visible (``\\x1b``), never active."""

    def show(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _CONTROL_RE.sub(show, text)


# For one-line fields (a path, an error): tab, newline and CR too, which `jq -r` would print raw.
_LINE_CONTROL_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\u061c\ufeff\ud800-\udfff]"
)


def visible_line(text: str) -> str:
    """One line with every control, bidi, zero-width character and lone surrogate shown as an escape
    (``\x1b``, ``\u202e``, ``\udcff``), so it cannot act on a terminal even once JSON is decoded."""

    def show(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _LINE_CONTROL_RE.sub(show, text)


def display_path(path: str, source: str = "") -> str:
    """A path for people: controls made visible, and a name not in Unicode NFC marked as such.

    ``기사.txt`` spelt with decomposed jamo (NFD, as macOS makes them) looks exactly like its NFC twin
    on screen, and ingest shows both as NFC (``Article.path``); ``source`` (``Article.source``, the
    name as the file system has it) tells them apart.  Such a name is shown composed and followed by
    ``(NFD name)`` (``(non-NFC name)`` when mixed), so the two files stay distinguishable.
    """
    shown = visible_line(path)
    raw = source or path
    if unicodedata.is_normalized("NFC", raw):
        return shown
    form = "NFD" if unicodedata.is_normalized("NFD", raw) else "non-NFC"
    return f"{unicodedata.normalize('NFC', shown)} ({form} name)"


def _json_str(text: str | None) -> str | None:
    """A string that can always be encoded as UTF-8 (lone surrogates from odd file names)."""
    if text is None:
        return None
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _json_value(value: float | str | None) -> float | str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return _json_str(value)
    return value


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_number(value: float) -> str:
    """A number written out in full, never rounded: 5600000.0 -> ``5,600,000``; 19341.83 -> ``19,341.83``."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e21:
        return f"{int(value):,}"
    text = repr(float(value))
    if "e" in text or "E" in text:
        from decimal import Decimal

        text = format(Decimal(text), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    return f"{sign}{int(whole):,}.{frac}" if frac else f"{sign}{int(whole):,}"


def _date_value(value: str) -> str:
    """An ISO date as is; a partial one with its unknown parts shown: ``---25`` -> ``????-??-25``."""
    if value.startswith("---"):
        return "????-??-" + value[3:]
    if value.startswith("--"):
        return "????-" + value[2:]
    return value


def format_value(
    value: float | str | None,
    high: float | str | None = None,
    unit: str | None = None,
    qualifier: str | None = None,
    counter: str | None = None,
) -> str:
    """The normalized value of a figure for tables, never rounded: ``≈ 5,600,000 USD``,
    ``589,000,000,000–600,000,000,000 USD``, ``2,048 개``, ``53 개월`` (a duration in its smallest
    time word), ``????-??-25`` (a day whose month and year the text does not give)."""
    if value is None:
        return ""

    def one(v: float | str) -> str:
        return _date_value(_one_line(v)) if isinstance(v, str) else format_number(v)

    text = one(value)
    if high is not None:
        text = f"{text}–{one(high)}"
    if unit in ("count", "duration") and counter:
        text = f"{text} {_one_line(counter)}"
    elif unit and unit != "date":
        text = f"{text}{unit}" if unit in ("%", "x") else f"{text} {unit}"
    if qualifier:
        text = f"{_QUALIFIER_SIGN.get(qualifier, qualifier)} {text}"
    return text


def _display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


# What turns untrusted text into a live link, image or raw HTML when the Markdown is rendered:
# a ``]`` that closes link text before ``(`` (inline link or image), ``[`` (reference) or ``:``
# (a link definition, which would make any ``[label]`` live), and a ``<`` that opens a tag,
# comment, declaration or autolink.  Only these get a backslash, so ordinary text (and markup
# lookalikes such as ``[bold red]``) stays as it was.
_MD_LINK_CLOSE_RE = re.compile(r"\](?=[(\[:])")
_MD_TAG_OPEN_RE = re.compile(r"<(?=[A-Za-z/!?])")
# A backslash before ASCII punctuation is an escape in CommonMark; doubling it keeps it literal
# (and keeps it from cancelling the backslash added above).
_MD_ESCAPING_BACKSLASH_RE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def _md_inert(text: str) -> str:
    """Backslash-escape only what would become a link, an image or HTML (text already free of escapes)."""
    text = _MD_LINK_CLOSE_RE.sub(r"\\]", text)
    return _MD_TAG_OPEN_RE.sub(r"\\<", text)


def _md_cell(text: str | None) -> str:
    """Text safe inside a Markdown table cell: one line, ``|`` and ``\\`` escaped, no links or HTML."""
    if not text:
        return ""
    text = _one_line(_visible(text))
    return _md_inert(text.replace("\\", "\\\\").replace("|", "\\|"))


def _md_inline(text: str | None) -> str:
    """Text for a Markdown paragraph or list item: one line, no active control characters, no links or HTML."""
    text = _one_line(_visible(text or ""))
    return _md_inert(_MD_ESCAPING_BACKSLASH_RE.sub(r"\\\\", text))


def _md_code(text: str | None) -> str:
    """Text inside a Markdown code span: one line, no backticks (nothing is interpreted there)."""
    return _one_line(_visible(text or "")).replace("`", chr(0x2035))


# --------------------------------------------------------------------------- briefing: dict / JSON


def figure_to_dict(f: Figure) -> dict[str, Any]:
    return {
        "surface": f.surface,
        "start": f.start,
        "end": f.end,
        "sentence": f.sentence,
        "kind": f.kind,
        "value": _json_value(f.value),
        "high": _json_value(f.high),
        "unit": f.unit,
        "qualifier": f.qualifier,
        "en": f.en,
        "counter": f.counter,
    }


_FACT_DATE = re.compile(r"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?|-Q[1-4])?$")


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """One figure's fact in the public vocabulary (README: "Facts")."""
    return {
        "figure": fact.figure,
        "subject": _json_str(fact.subject),
        "subject_ko": _json_str(fact.subject_ko),
        "measure": fact.measure,
        "role": fact.role,
        "direction": fact.direction,
        "event_date": fact.date if fact.date and _FACT_DATE.match(fact.date) else None,
        "time_of_day": fact.time_of_day,
        "equivalent_of": fact.equivalent_of,
        "source": _json_str(fact.source),
    }


def briefing_facts(b: Briefing) -> list[dict[str, Any]]:
    """One fact per figure, in figure order: the facts stage's, and for a date figure its own date."""
    by_figure = {f.figure: f for f in b.facts if f.figure is not None and f.claim is None}
    out: list[dict[str, Any]] = []
    for i, figure in enumerate(b.figures):
        fact = by_figure.get(i)
        if fact is None and figure.kind == "date" and isinstance(figure.value, str):
            # A partial date ("---05": a day of a month the text does not name) has no event date.
            day = figure.value if _FACT_DATE.match(figure.value) else None
            fact = Fact(sentence=figure.sentence, figure=i, measure="date", role="date", date=day)
        if fact is None:
            fact = Fact(sentence=figure.sentence, figure=i)
        out.append(fact_to_dict(fact))
    return out


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """The public JSON object for one article (see the README's JSON section)."""
    a = b.article
    return {
        "id": _json_str(a.id),
        "path": _json_str(a.path),
        "title": a.title,
        "date": a.date,
        "outlet": a.outlet,
        "outlet_en": a.outlet_en,
        "byline": a.byline,
        "encoding": a.encoding,
        "warnings": list(a.warnings),
        "text": a.text,
        "sentences": b.sentences,
        "figures": [figure_to_dict(f) for f in b.figures],
        "facts": briefing_facts(b),
        "summary": {
            "ko": [b.sentence_text(i) for i in b.summary_ko],
            "en": [line.text for line in b.summary_en],
            "ko_sentences": list(b.summary_ko),
            "sources": [list(line.sentences) for line in b.summary_en],
            "en_figures": [list(line.figures) for line in b.summary_en],
        },
        "headline_en": b.headline_en,
        "headline_figures": list(b.headline_figures),
        "events": [event_to_dict(e) for e in b.events],
    }


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "action": e.action,
        "sentence": e.sentence,
        "who": list(e.who),
        "what": e.what,
        "also": list(e.also),
        "detail": e.detail,
        "whom": e.whom,
        "amount": list(e.amount),
        "date": e.date,
        "hedged": e.hedged,
    }


def error_to_dict(e: IngestError) -> dict[str, Any]:
    # Error paths often never went through ingest (a name typed on the command line): escaped visibly.
    return {"path": visible_line(e.path), "error": visible_line(e.error)}


def briefings_to_dict(briefings: Iterable[Briefing], errors: Iterable[IngestError] = ()) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "articles": [briefing_to_dict(b) for b in briefings],
        "errors": [error_to_dict(e) for e in errors],
    }


# json.dumps(ensure_ascii=False) escapes only C0 controls; DEL, C1 controls (U+009B is a one-byte
# CSI), bidi controls and zero-width characters would reach a terminal that cats the JSON.
_JSON_UNSAFE_RE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]")


def json_dumps(value: Any) -> str:
    """JSON text (UTF-8, indented) in which no character can act on a terminal; still valid JSON."""
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    return _JSON_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _dumps(doc: dict[str, Any]) -> str:
    return json_dumps(doc) + "\n"


def briefings_to_json(briefings: Iterable[Briefing], errors: Iterable[IngestError] = ()) -> str:
    """``{"version": 1, "articles": [...], "errors": [{"path", "error"}]}``, UTF-8 text, indented."""
    return _dumps(briefings_to_dict(briefings, errors))


# --------------------------------------------------------------------------- briefing: Markdown / text


def _outlet_line(b: Briefing) -> str:
    a = b.article
    if a.outlet and a.outlet_en and a.outlet_en != a.outlet:
        return f"{a.outlet} ({a.outlet_en})"
    return a.outlet or a.outlet_en or "unknown outlet"


def _sources(line_sentences: Sequence[int]) -> str:
    if not line_sentences:
        return ""
    return "[" + ", ".join(f"s{i + 1}" for i in line_sentences) + "]"


NO_ENGLISH = "(no fact could be stated in English with confidence: see the key figures)"
NO_MORE_ENGLISH = "(no further fact stated with confidence: see the key figures)"


def _no_english(b: Briefing) -> str:
    return NO_MORE_ENGLISH if b.headline_en else NO_ENGLISH


def briefing_to_markdown(b: Briefing, lang: Lang = "both") -> str:
    """One article as Markdown: metadata, headline, Korean summary, English briefing, key figures."""
    a = b.article
    out: list[str] = [f"# {_md_inline(a.title) or _md_inline(a.id)}", ""]
    out.append(f"- Outlet: {_md_inline(_outlet_line(b))}")
    out.append(f"- Date: {_md_inline(a.date) or 'not stated'}")
    if a.byline:
        out.append(f"- Byline: {_md_inline(a.byline)}")
    out.append(f"- Source: `{_md_code(display_path(a.path, a.source))}`")
    for w in a.warnings:
        out.append(f"- Warning: {_md_inline(w)}")
    out.append("")
    if lang in ("en", "both") and b.headline_en:
        out += [f"**{_md_inline(b.headline_en)}**", ""]
    if lang in ("ko", "both"):
        out += ["## 요약 (Korean summary)", ""]
        out += [f"- {_md_inline(b.sentence_text(i))}" for i in b.summary_ko] or ["- (no summary)"]
        out.append("")
    if lang in ("en", "both"):
        out += ["## English briefing", ""]
        if b.summary_en:
            for line in b.summary_en:
                src = _sources(line.sentences)
                out.append(f"- {_md_inline(line.text)}" + (f" {src}" if src else ""))
        else:
            out.append(f"- {_no_english(b)}")
        out.append("")
    out += ["## Key figures", ""]
    if b.figures:
        out += ["| Korean | English | Value | Sentence |", "| --- | --- | --- | --- |"]
        for f in b.figures:
            value = format_value(f.value, f.high, f.unit, f.qualifier, f.counter)
            out.append(f"| {_md_cell(f.surface)} | {_md_cell(f.en)} | {_md_cell(value)} | s{f.sentence + 1} |")
    else:
        out.append("No figures found.")
    out.append("")
    return "\n".join(out)


def briefings_to_markdown(briefings: Iterable[Briefing], lang: Lang = "both") -> str:
    return "\n---\n\n".join(briefing_to_markdown(b, lang) for b in briefings)


def briefing_to_text(b: Briefing, lang: Lang = "both") -> str:
    """One article as plain text for a terminal (no markup, no escape sequences)."""
    a = b.article
    out: list[str] = [_visible(_one_line(a.title) or a.id)]
    meta = [_outlet_line(b), a.date or "date not stated"]
    if a.byline:
        meta.append(a.byline)
    out.append(_visible(" · ".join(meta)))
    out.append(display_path(a.path, a.source))
    for w in a.warnings:
        out.append(_visible(f"warning: {w}"))
    if lang in ("en", "both") and b.headline_en:
        out += ["", _visible(_one_line(b.headline_en))]
    if lang in ("ko", "both"):
        out += ["", "요약 (Korean summary)"]
        out += [f"  • {_visible(_one_line(b.sentence_text(i)))}" for i in b.summary_ko] or ["  (none)"]
    if lang in ("en", "both"):
        out += ["", "English briefing"]
        if b.summary_en:
            for line in b.summary_en:
                src = _sources(line.sentences)
                out.append(f"  • {_visible(_one_line(line.text))}" + (f" {src}" if src else ""))
        else:
            out.append(f"  {_no_english(b)}")
    out += ["", "Key figures"]
    if b.figures:
        surfaces = [_visible(_one_line(f.surface)) for f in b.figures]
        ens = [_visible(_one_line(f.en)) for f in b.figures]
        w1 = min(max(map(_display_width, surfaces)), 28)
        w2 = min(max(map(_display_width, ens)), 32)
        for f, surface, en in zip(b.figures, surfaces, ens, strict=True):
            value = format_value(f.value, f.high, f.unit, f.qualifier, f.counter)
            out.append(f"  {_pad(surface, w1)}  {_pad(en, w2)}  [{value}]")
    else:
        out.append("  (none)")
    return "\n".join(out) + "\n"


def briefings_to_text(briefings: Iterable[Briefing], lang: Lang = "both") -> str:
    rule = "\n" + "─" * 60 + "\n\n"
    return rule.join(briefing_to_text(b, lang) for b in briefings)


# --------------------------------------------------------------------------- comparison


ERROR_KINDS = ("self_inconsistency", "unit_mismatch", "scale_slip")  # topics that are errors inside one article


def mention_to_dict(m: Mention) -> dict[str, Any]:
    return {
        "article": _json_str(m.article),
        "path": _json_str(m.path),
        "sentence": m.sentence,
        "figure": m.figure,
        "surface": m.surface,
        "value": _json_value(m.value),
        "high": _json_value(m.high),
        "unit": m.unit,
        "qualifier": m.qualifier,
        "polarity": m.polarity,
        "stance": m.stance,
        "hedged": m.hedged,
        "side": m.side,
        "note": m.note,
        "text": m.text,
    }


def topic_key(t: Topic) -> dict[str, Any]:
    """The topic's key: what makes its figures one fact."""
    return {
        "subject": t.subject,
        "measure": t.measure,
        "role": t.role,
        "event_date": t.date,
        "time_of_day": t.time_of_day,
        "direction": t.direction,
    }


def topic_to_dict(t: Topic) -> dict[str, Any]:
    return {
        "id": t.id,
        "label": {"ko": t.label_ko, "en": t.label_en},
        "status": t.status,
        "reason": t.reason,
        "subject": t.subject,
        "measure": t.measure,
        "date": t.date,
        "kind": t.kind,
        "story": t.story,
        "key": topic_key(t),
        "rates": list(t.rates),
        "sides": [
            {"label": {"ko": side.label_ko, "en": side.label_en}, "articles": list(side.articles)} for side in t.sides
        ],
        "mentions": [mention_to_dict(m) for m in t.mentions],
    }


def _article_error_to_dict(t: Topic) -> dict[str, Any]:
    return {
        "id": t.id,
        "kind": t.kind,
        "story": t.story,
        "article": _json_str(t.mentions[0].article) if t.mentions else None,
        "label": {"ko": t.label_ko, "en": t.label_en},
        "reason": t.reason,
        "mentions": [mention_to_dict(m) for m in t.mentions],
    }


def _related_to_dict(t: Topic) -> dict[str, Any]:
    return {
        "id": t.id,
        "kind": t.kind,
        "story": t.story,
        "label": {"ko": t.label_ko, "en": t.label_en},
        "status": "related",
        "reason": t.reason,
        "key": topic_key(t),
        "rates": list(t.rates),
        "mentions": [mention_to_dict(m) for m in t.mentions],
    }


def comparison_to_dict(c: Comparison, errors: Iterable[IngestError] = ()) -> dict[str, Any]:
    """The public comparison JSON object (see the README's JSON section)."""
    return {
        "version": FORMAT_VERSION,
        "articles": [
            {
                "id": _json_str(a.id),
                "path": _json_str(a.path),
                "title": a.title,
                "date": a.date,
                "outlet": a.outlet,
                "outlet_en": a.outlet_en,
            }
            for a in c.articles
        ],
        "stories": [
            {
                "id": s.id,
                "label": {"ko": s.label_ko, "en": s.label_en},
                "articles": [_json_str(a) for a in s.articles],
                "subjects": list(s.subjects),
                "dates": list(s.dates),
            }
            for s in c.stories
        ],
        "topics": [topic_to_dict(t) for t in c.topics],
        "related": [_related_to_dict(t) for t in c.related],
        "article_errors": [_article_error_to_dict(t) for t in c.topics if t.kind in ERROR_KINDS],
        "notes": list(c.notes),
        "errors": [error_to_dict(e) for e in errors],
    }


def comparison_to_json(c: Comparison, errors: Iterable[IngestError] = ()) -> str:
    return _dumps(comparison_to_dict(c, errors))


def _mention_value(m: Mention) -> str:
    """What a source says on a topic, in a few words: its figure, or the side it takes on a claim."""
    if m.surface:
        said = f"{m.side}: {m.surface}" if m.side else m.surface
    elif m.side:
        said = m.side
    elif m.stance:
        said = m.stance
    elif m.polarity is True:
        said = "yes"
    elif m.polarity is False:
        said = "no"
    else:
        said = ""
    if m.hedged:
        said = f"{said} (hedged)" if said else "(hedged)"
    return said


def _story_names(c: Comparison) -> dict[str | None, str]:
    """Story id -> "Story s2: Korea Zinc (2024-10-11)" (only when the folder has several stories)."""
    if len(c.stories) < 2:
        return {}
    return {s.id: f"Story {s.id}: {s.label_en}" for s in c.stories}


def _by_story(c: Comparison, topics: Sequence[Topic]) -> list[tuple[str | None, list[Topic]]]:
    """Topics grouped by story, in story order (topics of no story last), each group in its own order."""
    order = {s.id: i for i, s in enumerate(c.stories)}
    groups: dict[str | None, list[Topic]] = {}
    for t in topics:
        groups.setdefault(t.story, []).append(t)
    return sorted(groups.items(), key=lambda kv: order.get(kv[0] or "", len(order)))


def comparison_to_markdown(c: Comparison) -> str:
    """Topics as sections, story by story; each a table of sources with their figure or statement."""
    out: list[str] = ["# Cross-source comparison", ""]
    names = _story_names(c)
    story_of = {a: s.id for s in c.stories for a in s.articles}
    out += ["Sources:", ""]
    out += [
        f"- {_md_inline(a.id)}: {_md_inline(a.title)} ({_md_inline(a.outlet or a.outlet_en or 'unknown outlet')}, "
        f"{_md_inline(a.date) or 'no date'})" + (f", story {_md_inline(story_of.get(a.id, '?'))}" if names else "")
        for a in c.articles
    ] or ["- none"]
    out.append("")
    if names:
        out += ["Stories (nothing is compared across stories):", ""]
        out += [f"- {_md_inline(s.id)}: {_md_inline(s.label_en)} / {_md_inline(s.label_ko)}" for s in c.stories]
        out.append("")
    if not c.topics:
        out += ["No shared topics found.", ""]
    for story, topics in _by_story(c, c.topics):
        if names:
            out += [f"## {_md_inline(names.get(story, 'No story'))}", ""]
        for t in topics:
            out.append(f"{'###' if names else '##'} {_md_inline(t.label_en)} / {_md_inline(t.label_ko)}")
            out.append("")
            out.append(f"**{_STATUS_WORD.get(t.status, t.status.upper())}**: {_md_inline(t.reason)}")
            out.append("")
            out += _md_mentions(t)
    if c.related:
        out += ["## Related figures (no verdict)", ""]
        for story, topics in _by_story(c, c.related):
            for t in topics:
                where = f" ({_md_inline(names[story])})" if story in names else ""
                out.append(f"### {_md_inline(t.label_en)} / {_md_inline(t.label_ko)}{where}")
                out.append("")
                out.append(f"**{_STATUS_WORD.get(t.status, t.status.upper())}**: {_md_inline(t.reason)}")
                out.append("")
                out += _md_mentions(t)
    for note in c.notes:
        out.append(f"> {_md_inline(note)}")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_mentions(t: Topic) -> list[str]:
    out = ["| Source | Figure or statement | Value or cue | Sentence |", "| --- | --- | --- | --- |"]
    for m in t.mentions:
        value = format_value(m.value, m.high, m.unit, m.qualifier)
        if m.note:
            value = f"{value} ({m.note})" if value else m.note
        cells = (m.article, _mention_value(m), value, m.text)
        out.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    out.append("")
    return out


def comparison_to_text(c: Comparison) -> str:
    """The comparison as plain text, story by story: one block per topic, status as a word (not color)."""
    out: list[str] = ["Cross-source comparison", ""]
    names = _story_names(c)
    story_of = {a: s.id for s in c.stories for a in s.articles}
    for a in c.articles:
        where = f"  [story {story_of.get(a.id, '?')}]" if names else ""
        out.append(
            _visible(
                f"  {a.id}  {a.outlet or a.outlet_en or 'unknown outlet'}  {a.date or 'no date'}"
                f"  {_one_line(a.title)}{where}"
            )
        )
    if not c.topics:
        out += ["", "No shared topics found."]
    for story, topics in _by_story(c, c.topics):
        if names:
            out += ["", _visible(f"== {names.get(story, 'No story')} ==")]
        for t in topics:
            out += _text_topic(t)
    if c.related:
        out += ["", "Related figures (no verdict)"]
        for story, topics in _by_story(c, c.related):
            for t in topics:
                block = _text_topic(t)
                if story in names:
                    block[1] += _visible(f"  ({names[story]})")
                out += block
    for note in c.notes:
        out += ["", _visible(note)]
    return "\n".join(out) + "\n"


def _text_topic(t: Topic) -> list[str]:
    out = ["", _visible(f"[{_STATUS_WORD.get(t.status, t.status.upper())}] {t.label_en} / {t.label_ko}")]
    out.append(_visible(f"  {_one_line(t.reason)}"))
    for m in t.mentions:
        value = format_value(m.value, m.high, m.unit, m.qualifier)
        shown = _mention_value(m)
        detail = "  ".join(x for x in (shown, f"[{value}]" if value else "", m.note or "") if x)
        out.append(_visible(f"  - {m.article}: {_one_line(detail)}"))
        out.append(_visible(f"      “{_one_line(m.text)}”"))
    return out


# --------------------------------------------------------------------------- files


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` all at once: a temp file beside it, fsync, rename.

    On any failure the temp file is removed, ``path`` is left as it was, and an
    ``ExportError`` says why in one line ("cannot write to /x/y.md: permission denied").

    What is at ``path`` is respected: a symbolic link is followed and its target
    replaced (the link stays); an existing file keeps its mode (and its owner
    when the process may); a file the user may not write is refused, as the
    shell's ``>`` would; a character device or FIFO (``/dev/null``, a named pipe)
    is written through, never replaced by a regular file; a block device, socket
    or directory is refused.
    """
    path = Path(path)
    data = text.encode("utf-8", "surrogateescape")
    shown = _visible(str(path))
    real = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(f"cannot write to {shown}: {describe_os_error(exc)}") from exc
    try:
        if st is None:
            replace_atomically(real, data, prefix=f".{real.name[:60]}.")
        elif stat.S_ISREG(st.st_mode):
            if not os.access(real, os.W_OK):
                raise ExportError(f"cannot write to {shown}: the file is read-only (permission denied)")
            replace_atomically(real, data, prefix=f".{real.name[:60]}.", mode=stat.S_IMODE(st.st_mode),
                               owner=(st.st_uid, st.st_gid))
        elif stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            write_through(real, data)
        else:
            raise ExportError(f"cannot write to {shown}: {_KIND.get(stat.S_IFMT(st.st_mode), 'not a regular file')}")
    except OSError as exc:
        raise ExportError(f"cannot write to {shown}: {describe_os_error(exc)}") from exc
    return path


_KIND = {stat.S_IFDIR: "is a directory", stat.S_IFBLK: "is a block device (refused)", stat.S_IFSOCK: "is a socket"}


APP_NAME = "deepseek-brief"
MAX_SUFFIX = 10_000


def default_export_dir() -> Path:
    """Where the reader's ``e`` writes: ``$XDG_DATA_HOME/deepseek-brief/exports``.

    ``~/.local/share/deepseek-brief/exports`` when ``XDG_DATA_HOME`` is unset or
    not absolute.  Never the working directory: that may be the very folder of
    articles being read.
    """
    base = os.environ.get("XDG_DATA_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / APP_NAME / "exports"


def _candidates(name: str) -> Iterable[str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    yield name
    for n in range(2, MAX_SUFFIX):
        yield f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"


def write_new(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` as a new file in ``folder`` (created if missing) and return its path.

    Never replaces anything: when ``name`` exists the file becomes ``name-2.md``,
    ``name-3.md`` ...  The content is complete before the name appears (a temp
    file, fsync, then a hard link under the first free name, which fails rather
    than overwrite).  Raises ``ExportError`` with a one-line reason.
    """
    folder = Path(folder)
    data = text.encode("utf-8", "surrogateescape")
    shown = _visible(str(folder))
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export.", suffix=".tmp")
        try:
            os.fchmod(fd, 0o666 & ~current_umask())
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        for candidate in _candidates(name):
            target = folder / candidate
            try:
                os.link(tmp, target)
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                    raise
                if os.path.lexists(target):  # no hard links on this file system: rename if still free
                    continue
                os.rename(tmp, target)
                tmp = None
            return target
        raise ExportError(f"cannot write to {shown}: {MAX_SUFFIX} files named like {_visible(name)} already")
    except OSError as exc:
        raise ExportError(f"cannot write to {shown}: {describe_os_error(exc)}") from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def export_filename(b: Briefing, suffix: str = ".md") -> str:
    """A safe file name for an article's export: ASCII slug of the id plus the date (``003-2025-02-01.md``)."""
    ascii_id = unicodedata.normalize("NFKD", b.article.id).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_id).strip("-_")[:60].strip("-_")
    if not slug:
        slug = "article-" + hashlib.sha1(b.article.id.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    if b.article.date and re.fullmatch(r"\d{4}(-\d{2}){0,2}", b.article.date) and b.article.date not in slug:
        slug = f"{slug}-{b.article.date}"
    return slug + suffix


def json_schema(name: Literal["brief", "compare"]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a public document: ``brief`` or ``compare``."""
    from importlib.resources import files

    text = files("briefings.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc
