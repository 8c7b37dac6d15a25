"""Exports of briefings whose titles, ids, paths and text look like markup: kept literally, nothing active.

Articles come through real ingest (so their text is what a user's file
becomes) and the real pipeline; then every exporter (Markdown, text, JSON, for
briefings and for the comparison) must keep ``[@click=app.quit]x[/]`` and
friends verbatim and hold no control, bidi or zero-width character.  A second
group hands the exporters strings that skipped ingest (an ``IngestError`` path
typed on the command line), which they must not pass through raw either.
"""

from __future__ import annotations

import json
import re

import pytest
from corpus import (
    BIDI_AND_INVISIBLE,
    C1_CSI_CLEAR,
    CLEAR,
    MARKUP_BOLD,
    MARKUP_CLICK,
    MARKUP_CLOSE,
    MARKUP_CLOSE_KO,
    MARKUP_LINK,
    OSC2,
    OSC8_CLOSE,
    OSC8_OPEN,
    OSC52_BEL,
    bad_chars,
    body,
)

from briefings import (
    Briefing,
    IngestError,
    brief_many,
    briefing_to_markdown,
    briefing_to_text,
    briefings_to_json,
    briefings_to_markdown,
    briefings_to_text,
    compare,
    comparison_to_json,
    comparison_to_markdown,
    comparison_to_text,
    export_filename,
    load_paths,
)

# The sentence every article shares, holding every markup lookalike, so it lands in the
# Korean summary, in the figures' sentences and in the comparison's quoted sentences.
MARKUP_SENTENCE = (
    f"{MARKUP_CLICK} {MARKUP_BOLD} {MARKUP_LINK} {MARKUP_CLOSE_KO} {MARKUP_CLOSE} "
    "엔비디아 주가는 2025년 1월 27일 하루 만에 17% 하락했고 시가총액 약 5890억 달러가 사라졌다."
)


@pytest.fixture(scope="module")
def briefed(tmp_path_factory: pytest.TempPathFactory) -> list[Briefing]:
    folder = tmp_path_factory.mktemp("hostile-exports")
    files = {
        "[@click=app.quit]클릭.txt": f"{MARKUP_CLICK}\n\n{MARKUP_SENTENCE}\n" + body(f"{OSC52_BEL}본문", n=1),
        "[bold red]빨강.txt": f"{MARKUP_BOLD} 딥시크 경보{CLEAR}\n\n{MARKUP_SENTENCE}\n"
        + body(f"{OSC8_OPEN}링크{OSC8_CLOSE} {C1_CSI_CLEAR}", n=1),
        f"{OSC2}이름.txt": f"[link=https://evil.example]제목[/link]\n\n{MARKUP_SENTENCE}\n"
        + body(f"\u202e뒤집힌\u202c {MARKUP_CLOSE}", n=1),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    articles, errors = load_paths([folder])
    assert errors == [] and len(articles) == 3
    return list(brief_many(articles))


def _all_exports(briefed: list[Briefing]) -> dict[str, str]:
    comparison = compare(briefed)
    out = {
        "briefings_to_markdown": briefings_to_markdown(briefed),
        "briefings_to_text": briefings_to_text(briefed),
        "briefings_to_json": briefings_to_json(briefed),
        "comparison_to_markdown": comparison_to_markdown(comparison),
        "comparison_to_text": comparison_to_text(comparison),
        "comparison_to_json": comparison_to_json(comparison),
    }
    for b in briefed:
        out[f"briefing_to_markdown:{b.article.id}"] = briefing_to_markdown(b)
        out[f"briefing_to_text:{b.article.id}"] = briefing_to_text(b)
    return out


def test_the_markup_sentence_is_in_the_summaries_and_figures(briefed: list[Briefing]) -> None:
    """The premise of the export tests: markup reaches summary, figures and comparison."""
    for b in briefed:
        assert any(MARKUP_CLICK in b.sentence_text(i) for i in b.summary_ko) or any(
            MARKUP_CLICK in b.sentence_text(f.sentence) for f in b.figures
        ), b.article.id


def test_exports_keep_markup_lookalikes_literally(briefed: list[Briefing]) -> None:
    for name, text in _all_exports(briefed).items():
        if name.endswith("json"):
            text = json.dumps(json.loads(text), ensure_ascii=False)
        for lookalike in (MARKUP_CLICK, MARKUP_BOLD):
            assert lookalike in text, f"{name} lost {lookalike!r}"
    md = briefings_to_markdown(briefed)
    assert f"# {MARKUP_CLICK}" in md  # the title, verbatim
    assert "# [bold red]빨강[/] 딥시크 경보" in md
    assert "# [link=https://evil.example]제목[/link]" in md
    assert "[@click=app.quit]클릭" in md  # the id/path from the file name
    assert MARKUP_LINK in md and MARKUP_CLOSE_KO in md  # inside the Korean summary
    click = next(b for b in briefed if b.article.title == MARKUP_CLICK)
    assert briefing_to_text(click).splitlines()[0] == MARKUP_CLICK


def test_json_exports_round_trip_every_markup_string_exactly(briefed: list[Briefing]) -> None:
    doc = json.loads(briefings_to_json(briefed))
    titles = {a["id"]: a["title"] for a in doc["articles"]}
    assert titles["[@click=app.quit]클릭"] == MARKUP_CLICK
    assert titles["[bold red]빨강"] == "[bold red]빨강[/] 딥시크 경보"
    assert titles["이름"] == "[link=https://evil.example]제목[/link]"
    for a in doc["articles"]:
        assert MARKUP_SENTENCE in a["text"]
        assert any(MARKUP_SENTENCE in s for s in a["summary"]["ko"]) or any(
            MARKUP_SENTENCE in a["sentences"][f["sentence"]] for f in a["figures"]
        )
    comp = json.loads(comparison_to_json(compare(briefed)))
    assert {a["title"] for a in comp["articles"]} == set(titles.values())
    quoted = [m["text"] for t in comp["topics"] for m in t["mentions"]]
    assert any(MARKUP_SENTENCE in q for q in quoted), "the shared NVIDIA sentence is quoted"


def test_exports_hold_no_control_bidi_or_invisible_characters(briefed: list[Briefing]) -> None:
    for name, text in _all_exports(briefed).items():
        assert bad_chars(text) == [], name
        assert "\\u001b" not in text and "\\x1b" not in text, f"{name}: an escape made it this far"
        for word in ("PWNED", "osc8.evil.example", "2J"):
            assert word not in text, f"{name} holds {word!r}"


def test_export_file_names_from_hostile_ids_are_plain(briefed: list[Briefing]) -> None:
    for b in briefed:
        name = export_filename(b)
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*\.md", name), name


# --- strings that never went through ingest --------------------------------------------------------

HOSTILE_PATH = f"/tmp/{C1_CSI_CLEAR}\u202egone{OSC2}[@click=app.quit]x[/].txt"


def test_markdown_and_text_exports_neutralize_controls_that_skipped_ingest(briefed: list[Briefing]) -> None:
    from dataclasses import replace

    b = briefed[0]
    raw = replace(b, article=replace(b.article, title=f"{CLEAR}{MARKUP_CLICK}\u202e", path=HOSTILE_PATH))
    for text in (briefing_to_markdown(raw), briefing_to_text(raw)):
        assert bad_chars(text) == []
        assert MARKUP_CLICK in text


@pytest.mark.parametrize("which", ["brief", "compare"])
def test_json_errors_never_carry_raw_c1_or_bidi(briefed: list[Briefing], which: str) -> None:
    errors = [IngestError(HOSTILE_PATH, "no such file or directory")]
    text = briefings_to_json([], errors) if which == "brief" else comparison_to_json(compare([]), errors)
    assert bad_chars(text) == [], text
    assert not any(ch in text for ch in BIDI_AND_INVISIBLE)
    assert "[@click=app.quit]x[/]" in text
