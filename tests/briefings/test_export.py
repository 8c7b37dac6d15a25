"""Exports: what a user gets in JSON, Markdown, text and on disk."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from briefings.model import (
    Analysis,
    Article,
    Briefing,
    BriefLine,
    Comparison,
    Figure,
    IngestError,
    Mention,
    Sentence,
    Side,
    Topic,
)
from briefings.output.export import (
    ExportError,
    briefing_to_dict,
    briefing_to_markdown,
    briefing_to_text,
    briefings_to_json,
    comparison_to_dict,
    comparison_to_json,
    comparison_to_markdown,
    comparison_to_text,
    export_filename,
    format_number,
    write_atomic,
)

TEXT = "딥시크는 개발비로 560만 달러를 썼다. 엔비디아 주가는 17% 폭락했다. [bold red]주의[/] | 표시"


def make_briefing(text: str = TEXT, title: str = "딥시크 충격 [@click=app.quit]", art_id: str = "003") -> Briefing:
    ends = []
    start = 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        ends.append((start, min(end, len(text))))
        start = end + 1
    sentences = tuple(Sentence(s, e) for s, e in ends)
    article = Article(id=art_id, path=f"/tmp/{art_id}.txt", title=title, text=text, date="2025-02-01",
                      outlet="연합뉴스", outlet_en="Yonhap", byline="김태균 기자", digest="ab" * 32)
    i = text.index("560만 달러")
    j = text.index("17%")
    figures = (
        Figure(surface="560만 달러", start=i, end=i + 7, sentence=0, kind="money", value=5.6e6, unit="USD",
               en="US$5.6 million"),
        Figure(surface="17%", start=j, end=j + 3, sentence=1, kind="percent", value=17.0, unit="%", en="17%",
               qualifier="approx"),
    )
    return Briefing(
        article=article,
        analysis=Analysis(sentences=sentences, tokens=tuple(() for _ in sentences)),
        figures=figures,
        facts=(),
        summary_ko=(0, 1),
        headline_en="NVIDIA shares plunge 17% on DeepSeek",
        summary_en=(BriefLine("DeepSeek spent US$5.6 million on development.", (0,), (0,)),
                    BriefLine("NVIDIA's share price fell 17%.", (1,), (1,))),
    )


def make_comparison() -> Comparison:
    b = make_briefing()
    m = Mention(article="003", path=b.article.path, sentence=1, text=b.sentence_text(1), surface="17%",
                value=17.0, unit="%", figure=1)
    m2 = Mention(article="001", path="/tmp/001.txt", sentence=0, text="주가 | 16.97% [link=x]하락", surface="16.97%",
                 value=16.97, unit="%", note="rounded")
    topic = Topic(id="nvidia-share_price-2025-01-27", label_ko="엔비디아 주가 하락", label_en="NVIDIA share price fall",
                  status="agree", reason="17% agrees with 16.97% (stated precision)", mentions=(m, m2),
                  subject="NVIDIA", measure="share_price", date="2025-01-27")
    return Comparison(articles=(b.article,), topics=(topic,))


def test_briefing_dict_has_public_fields_and_exact_spans() -> None:
    b = make_briefing()
    d = briefing_to_dict(b)
    for key in ("id", "path", "title", "date", "outlet", "text", "sentences", "figures", "summary", "headline_en"):
        assert key in d
    assert d["summary"]["en"] == ["DeepSeek spent US$5.6 million on development.", "NVIDIA's share price fell 17%."]
    assert d["summary"]["sources"] == [[0], [1]]
    for f in d["figures"]:
        assert d["text"][f["start"]:f["end"]] == f["surface"]
        assert set(f) >= {"surface", "start", "end", "sentence", "kind", "value", "high", "unit", "qualifier", "en"}


def test_json_round_trips_with_errors_and_keeps_korean_and_markup_literal() -> None:
    b = make_briefing()
    text = briefings_to_json([b], [IngestError("notes.bin", "binary file")])
    assert "딥시크" in text  # ensure_ascii=False
    doc = json.loads(text)
    assert doc["version"] == 1
    assert doc["errors"] == [{"path": "notes.bin", "error": "binary file"}]
    assert doc["articles"][0]["title"] == "딥시크 충격 [@click=app.quit]"


def test_json_survives_undecodable_file_names() -> None:
    bad = os.fsdecode(b"/tmp/\xff\xfe.txt")
    text = briefings_to_json([], [IngestError(bad, "binary file")])
    text.encode("utf-8")  # would raise on a lone surrogate
    assert json.loads(text)["errors"][0]["error"] == "binary file"


def test_markdown_holds_headline_summary_and_figure_table() -> None:
    md = briefing_to_markdown(make_briefing())
    assert md.startswith("# 딥시크 충격 [@click=app.quit]\n")
    assert "**NVIDIA shares plunge 17% on DeepSeek**" in md
    assert "- 딥시크는 개발비로 560만 달러를 썼다." in md
    assert "- NVIDIA's share price fell 17%. [s2]" in md
    assert "| 560만 달러 | US$5.6 million | 5,600,000 USD | s1 |" in md
    assert "| 17% | 17% | ≈ 17% | s2 |" in md
    assert "연합뉴스 (Yonhap)" in md and "2025-02-01" in md


def test_markdown_languages_select_sections() -> None:
    b = make_briefing()
    assert "English briefing" not in briefing_to_markdown(b, "ko")
    assert "요약" not in briefing_to_markdown(b, "en")
    assert "Key figures" in briefing_to_markdown(b, "en")


def test_markdown_table_cells_escape_pipes_and_newlines() -> None:
    b = make_briefing()
    fig = Figure(surface="1|2\n3", start=0, end=1, sentence=0, kind="count", value=3.0, unit="count", en="a|b")
    b2 = Briefing(b.article, b.analysis, (fig,), (), (), "", ())
    md = briefing_to_markdown(b2)
    row = next(line for line in md.splitlines() if line.startswith("| 1"))
    assert row == "| 1\\|2 3 | a\\|b | 3 count | s1 |"
    assert row.count(" | ") == 3  # still four columns


def test_text_output_is_plain_and_makes_control_characters_visible() -> None:
    b = make_briefing(title="제목\x1b]52;c;aGk=\x07 끝")
    out = briefing_to_text(b)
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]52;c;aGk=\\x07" in out
    assert "NVIDIA shares plunge 17% on DeepSeek" in out
    assert "560만 달러" in out and "US$5.6 million" in out
    assert "딥시크는 개발비로 560만 달러를 썼다." in out


def test_text_keeps_markup_literal() -> None:
    b = make_briefing(title="[bold red]빨강[/] [link=https://x]y[/link]")
    out = briefing_to_text(b)
    assert out.splitlines()[0] == "[bold red]빨강[/] [link=https://x]y[/link]"


def test_format_number_never_rounds() -> None:
    assert format_number(5.6e6) == "5,600,000"
    assert format_number(846687500000000.0) == "846,687,500,000,000"
    assert format_number(19341.83) == "19,341.83"
    assert format_number(0.0001) == "0.0001"
    assert format_number(1.5e-7) == "0.00000015"


def test_comparison_exports() -> None:
    c = make_comparison()
    d = comparison_to_dict(c)
    assert d["version"] == 1
    assert d["articles"][0] == {**d["articles"][0], "id": "003", "path": "/tmp/003.txt"}
    t = d["topics"][0]
    assert t["label"] == {"ko": "엔비디아 주가 하락", "en": "NVIDIA share price fall"}
    assert t["status"] == "agree"
    assert {"article", "path", "surface", "value", "unit", "text"} <= set(t["mentions"][0])
    assert json.loads(comparison_to_json(c)) == d
    md = comparison_to_markdown(c)
    assert "## NVIDIA share price fall / 엔비디아 주가 하락" in md
    assert "**AGREE**" in md
    assert "주가 \\| 16.97% [link=x]하락" in md
    txt = comparison_to_text(c)
    assert "[AGREE] NVIDIA share price fall" in txt
    assert "16.97%" in txt and "rounded" in txt


def test_write_atomic_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    assert write_atomic(target, "새 내용\n") == target
    assert target.read_text(encoding="utf-8") == "새 내용\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_write_atomic_failed_rename_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def boom(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ExportError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_write_atomic_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "new.md"

    def boom(*_a: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", boom)
    with pytest.raises(ExportError, match=r"cannot write to .*new\.md: disk full"):
        write_atomic(target, "x" * 100_000)
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_unwritable_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("i am a file", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write to .*: a parent is not a directory"):
        write_atomic(blocker / "sub" / "out.md", "x")
    with pytest.raises(ExportError, match="directory does not exist"):
        write_atomic(tmp_path / "missing" / "out.md", "x")
    with pytest.raises(ExportError, match="is a directory"):
        write_atomic(tmp_path, "x")
    assert blocker.read_text(encoding="utf-8") == "i am a file"


@pytest.mark.parametrize(
    ("art_id", "expected"),
    [
        ("003_4cf37a44203fc678", "003_4cf37a44203fc678-2025-02-01.md"),
        ("../../etc/passwd", "etc-passwd-2025-02-01.md"),
        ("딥시크\x1b[2J", "2J-2025-02-01.md"),
    ],
)
def test_export_filename_is_safe(art_id: str, expected: str) -> None:
    assert export_filename(make_briefing(art_id=art_id)) == expected


def test_export_filename_of_a_korean_id_is_ascii() -> None:
    name = export_filename(make_briefing(art_id="딥시크기사"))
    assert name.isascii() and "/" not in name and name.endswith("-2025-02-01.md")
    assert name.startswith("article-")


def test_claim_mentions_show_their_side_and_hedge() -> None:
    c = make_comparison()
    claim = Mention(article="001", path="/tmp/001.txt", sentence=3, text="엔비디아 GPU를 사용했을 가능성",
                    polarity=False, side="used or holds NVIDIA GPUs", hedged=True, note="GPU를 사용했")
    topic = dataclasses.replace(c.topics[0], id="claim-x", status="disagree", kind="claim", mentions=(claim,),
                                sides=(Side("used or holds NVIDIA GPUs", "엔비디아 GPU 사용", ("001",)),))
    c2 = dataclasses.replace(c, topics=(topic,))
    d = comparison_to_dict(c2)["topics"][0]
    assert d["kind"] == "claim"
    label = {"ko": "엔비디아 GPU 사용", "en": "used or holds NVIDIA GPUs"}
    assert d["sides"] == [{"label": label, "articles": ["001"]}]
    assert d["mentions"][0]["side"] == "used or holds NVIDIA GPUs" and d["mentions"][0]["hedged"] is True
    assert "| 001 | used or holds NVIDIA GPUs (hedged) | GPU를 사용했 |" in comparison_to_markdown(c2)
    assert "[DISAGREE]" in comparison_to_text(c2)


# --------------------------------------------------------------------------- Markdown: no live links or HTML

HOSTILE_MD = (
    "[x](https://evil.example)",
    "![pixel](https://evil.example/p.png)",
    "<img src=x onerror=alert(1)>",
    "<https://evil.example>",
    "<!-- hidden -->",
    "</p><script>alert(1)</script>",
    "[a\\](https://evil.example)",  # a backslash must not cancel the escape
    "[ref][y]",
)


def rendered(md: str) -> tuple[list[str], str]:
    """What a CommonMark renderer makes of ``md``: the link/image/HTML tokens, and the visible text."""
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    live: list[str] = []
    texts: list[str] = []
    for token in parser.parse(md):
        children = token.children or []
        live += [t.type for t in (token, *children) if t.type.startswith(("link", "image", "html"))]
        if token.type == "inline":
            texts.append("".join(c.content for c in children if c.type in ("text", "code_inline")))
    return live, "\n".join(texts)


def hostile_briefing(bad: str) -> Briefing:
    text = f"딥시크는 개발비로 560만 달러를 썼다 {bad}. 엔비디아 주가는 17% 폭락했다. 끝"
    b = make_briefing(text=text, title=f"제목 {bad}")
    fig = dataclasses.replace(b.figures[0], en=f"US$5.6 million {bad}")
    return dataclasses.replace(
        b, figures=(fig, b.figures[1]), headline_en=f"Headline {bad}",
        summary_en=(BriefLine(f"Line {bad}", (0,), (0,)),),
        article=dataclasses.replace(b.article, outlet=f"연합 {bad}", byline=f"기자 {bad}", date=f"2025 {bad}"),
    )


@pytest.mark.parametrize("bad", HOSTILE_MD)
def test_markdown_shows_links_and_html_from_articles_as_text(bad: str) -> None:
    md = briefing_to_markdown(hostile_briefing(bad))
    live, text = rendered(md)
    assert live == [], md
    assert f"제목 {bad}" in text and f"Headline {bad}" in text and f"Line {bad}" in text  # shown, not dropped
    assert f"US$5.6 million {bad}" in text  # the table cell too


@pytest.mark.parametrize("bad", HOSTILE_MD)
def test_comparison_markdown_shows_links_and_html_as_text(bad: str) -> None:
    c = make_comparison()
    mentions = tuple(dataclasses.replace(m, text=f"문장 {bad}") for m in c.topics[0].mentions)
    topic = dataclasses.replace(c.topics[0], label_en=f"Label {bad}", reason=f"Reason {bad}", mentions=mentions)
    article = dataclasses.replace(c.articles[0], title=f"제목 {bad}")
    md = comparison_to_markdown(Comparison(articles=(article,), topics=(topic,), notes=(f"Note {bad}",)))
    live, text = rendered(md)
    assert live == [], md
    assert f"제목 {bad}" in text and f"Reason {bad}" in text and f"문장 {bad}" in text and f"Note {bad}" in text


def test_link_definitions_in_article_text_define_nothing() -> None:
    b = hostile_briefing("끝")
    b = dataclasses.replace(b, summary_en=(BriefLine("[y]: https://evil.example", (), ()),
                                           BriefLine("see [y]", (1,), ())))
    live, text = rendered(briefing_to_markdown(b))
    assert live == []
    assert "[y]: https://evil.example" in text and "see [y]" in text


def test_a_link_split_across_fields_stays_dead() -> None:
    c = make_comparison()
    article = dataclasses.replace(c.articles[0], id="[a", title="b](https://evil.example)")
    live, _ = rendered(comparison_to_markdown(Comparison(articles=(article,), topics=())))
    assert live == []


def test_markdown_leaves_ordinary_text_and_markup_lookalikes_alone() -> None:
    plain = "[단독] 딥시크 <조선일보> 3 < 5, a]b (c) [bold red]빨강[/] [link=https://evil.example]여기[/link] C:\\temp"
    b = make_briefing(title=plain)
    md = briefing_to_markdown(b)
    assert md.startswith(f"# {plain}\n")  # no backslash added anywhere
    live, text = rendered(md)
    assert live == [] and plain in text


def test_markdown_source_path_stays_verbatim_in_its_code_span() -> None:
    b = make_briefing()
    b = dataclasses.replace(b, article=dataclasses.replace(b.article, path="/tmp/[x](y) <b>.txt"))
    md = briefing_to_markdown(b)
    assert "- Source: `/tmp/[x](y) <b>.txt`" in md
    live, _ = rendered(md)
    assert live == []


def test_markdown_table_cell_with_a_link_keeps_four_columns() -> None:
    b = hostile_briefing("[x](https://evil.example) | <b>")
    row = next(line for line in briefing_to_markdown(b).splitlines() if line.startswith("| 560만"))
    assert row.startswith("| 560만 달러 | US$5.6 million [x\\](https://evil.example) \\| \\<b> |")


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    for mode in (0o600, 0o640, 0o444):
        target.chmod(mode)
        write_atomic(target, f"mode {mode:o}")
        assert target.stat().st_mode & 0o777 == mode
    assert target.read_text(encoding="utf-8") == "mode 444"


def test_write_atomic_follows_a_link_and_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "real.md").write_text("old", encoding="utf-8")
    (tmp_path / "link.md").symlink_to("real.md")
    write_atomic(tmp_path / "link.md", "new")
    assert (tmp_path / "link.md").is_symlink()
    assert (tmp_path / "real.md").read_text(encoding="utf-8") == "new"


def test_write_atomic_writes_into_a_fifo_without_replacing_it(tmp_path: Path) -> None:
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, "통과")
    reader.join(10)
    assert got == ["통과".encode()]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_write_new_never_replaces_it_adds_a_suffix(tmp_path: Path) -> None:
    from briefings import write_new

    folder = tmp_path / "exports" / "deep"
    first = write_new(folder, "003-2025-02-01.md", "one")
    assert first == folder / "003-2025-02-01.md"
    assert write_new(folder, "003-2025-02-01.md", "two") == folder / "003-2025-02-01-2.md"
    assert write_new(folder, "003-2025-02-01.md", "three") == folder / "003-2025-02-01-3.md"
    assert first.read_text(encoding="utf-8") == "one"
    assert sorted(p.name for p in folder.iterdir()) == ["003-2025-02-01-2.md", "003-2025-02-01-3.md",
                                                         "003-2025-02-01.md"]


def test_write_new_does_not_follow_a_planted_link(tmp_path: Path) -> None:
    from briefings import write_new

    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a.md").symlink_to(victim)
    assert write_new(folder, "a.md", "new") == folder / "a-2.md"
    assert victim.read_text(encoding="utf-8") == "keep"


def test_default_export_dir_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings import default_export_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_export_dir() == tmp_path / "deepseek-brief" / "exports"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    assert default_export_dir() == Path.home() / ".local" / "share" / "deepseek-brief" / "exports"


def test_nfc_and_nfd_twins_print_distinguishable_paths() -> None:
    import dataclasses
    import unicodedata

    from briefings import briefings_to_markdown, briefings_to_text

    b = make_briefing()
    nfc = unicodedata.normalize("NFC", "뉴스/기사.txt")
    nfd = unicodedata.normalize("NFD", nfc)
    # ingest shows both names composed (Article.path); Article.source keeps the file system's spelling
    one = dataclasses.replace(b, article=dataclasses.replace(b.article, path=nfc, source=nfc))
    two = dataclasses.replace(b, article=dataclasses.replace(b.article, id="기사-2", path=nfc, source=nfd))
    for render in (briefings_to_text, briefings_to_markdown):
        text = render([one, two])
        assert text.count(f"{nfc} (NFD name)") == 1, render.__name__
        assert text.count(nfc) == 2


def test_json_error_paths_hold_no_raw_control_characters() -> None:
    path = "/tmp/x\x1b[2J\x1b]0;pwned\x07\ny\t\u202e.txt"
    doc = json.loads(briefings_to_json([], [IngestError(path, "no such\x1b[31m file")]))
    got = doc["errors"][0]
    assert got["path"] == "/tmp/x\\x1b[2J\\x1b]0;pwned\\x07\\x0ay\\x09\\u202e.txt"
    assert got["error"] == "no such\\x1b[31m file"
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in got["path"] + got["error"])


def test_write_atomic_refuses_a_file_the_user_may_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.md"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a normal user (root may write anything)
    with pytest.raises(ExportError, match=r"locked\.md: the file is read-only \(permission denied\)"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "keep"
    assert target.stat().st_mode & 0o777 == 0o444


def test_text_and_markdown_say_when_no_english_line_could_be_said() -> None:
    import dataclasses

    from briefings.output.export import NO_ENGLISH, NO_MORE_ENGLISH, briefing_to_markdown, briefing_to_text

    b = dataclasses.replace(make_briefing(), summary_en=(), headline_en="")
    assert NO_ENGLISH in briefing_to_text(b) and NO_ENGLISH in briefing_to_markdown(b)
    b = dataclasses.replace(b, headline_en="NVIDIA shares fell 17%")
    assert NO_MORE_ENGLISH in briefing_to_text(b) and "NVIDIA shares fell 17%" in briefing_to_markdown(b)
