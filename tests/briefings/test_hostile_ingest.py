"""Hostile inputs at ingest (issue 13, second hostile round): bad charset declarations,
declarations that lie about UTF-8, misleading reasons, disguised and non-Korean files.

Each test failed before its fix.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefings.ingest import files as ingest
from briefings.ingest.files import decode_bytes, load_paths, read_article
from briefings.model import Article, IngestError
from tui.cli import main

KO = "딥시크의 등장으로 엔비디아 주가가 17% 폭락했다.\n시가총액 846조원이 하루 만에 증발했다.\n"
PARAGRAPHS = "".join(
    f"<p>{i}번째 문단이다. 딥시크가 등장하면서 엔비디아 주가가 17% 폭락했다고 전문가들은 설명했다.</p>"
    for i in range(1, 7)
)
NOT_TEXT_CODECS = ["base64", "hex", "zlib", "bz2", "uu", "quopri", "rot13"]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def article(result: Article | IngestError) -> Article:
    assert isinstance(result, Article), result
    return result


def error(result: Article | IngestError) -> str:
    assert isinstance(result, IngestError), result
    assert "\n" not in result.error
    return result.error


def page(charset: str, body: str = PARAGRAPHS) -> str:
    return f'<html><head><meta charset="{charset}"><title>딥시크 충격</title></head><body>{body}</body></html>'


# ------------------------------------------------- 10: codecs that are not text encodings


@pytest.mark.parametrize("charset", NOT_TEXT_CODECS)
def test_a_declared_non_text_codec_is_ignored_with_a_warning(tmp_path: Path, charset: str) -> None:
    art = article(read_article(write(tmp_path, "bad.html", page(charset).encode())))
    assert art.encoding == "utf-8"
    assert "딥시크가 등장하면서" in art.text
    assert any(charset in w and "not a text encoding" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("charset", NOT_TEXT_CODECS + ["undefined", "idna", "klingon-8"])
def test_one_bad_declaration_never_takes_the_folder_with_it(tmp_path: Path, charset: str) -> None:
    for i in range(5):
        write(tmp_path, f"{i}.txt", KO.encode())
    write(tmp_path, "f.html", page(charset).encode())
    arts, errs = load_paths([tmp_path])
    assert errs == []
    assert sorted(a.id for a in arts) == ["0", "1", "2", "3", "4", "f"]


def test_a_crash_on_one_file_is_that_file_s_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        write(tmp_path, f"{i}.txt", KO.encode())
    real = ingest.read_article

    def flaky(path: object, **kw: object) -> Article | IngestError:
        if str(path).endswith("1.txt"):
            raise TypeError("a bug in a decoder")
        return real(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "read_article", flaky)
    arts, errs = load_paths([tmp_path])
    assert [a.id for a in arts] == ["0", "2"]
    assert [(Path(e.path).name, e.error) for e in errs] == [("1.txt", "cannot be read as an article (TypeError)")]


@pytest.mark.parametrize("codec", NOT_TEXT_CODECS + ["undefined"])
def test_forcing_a_non_text_codec_is_a_reason_not_a_crash(codec: str) -> None:
    result = decode_bytes(KO.encode(), encoding=codec)
    assert isinstance(result, str) and "not a text encoding" in result


@pytest.mark.parametrize("codec", ["base64", "rot13", "zlib"])
def test_cli_rejects_a_non_text_encoding_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codec: str
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = write(tmp_path, "a.txt", KO.encode())
    code = main(["brief", "--no-cache", "--encoding", codec, str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "usage: deepseek-brief brief" in err
    assert f"not a text encoding: '{codec}'" in err
    assert "AssertionError" not in err


def test_forced_utf16_without_a_bom_is_read(tmp_path: Path) -> None:
    art = article(read_article(write(tmp_path, "w.txt", KO.encode("utf-16-le")), encoding="utf-16"))
    assert art.text == KO.strip()


# ---------------------------------------------------------- 11: valid UTF-8 beats a declaration


@pytest.mark.parametrize("charset", ["iso-8859-1", "koi8-r", "mac-roman", "cp437", "windows-1252", "euc-kr"])
def test_valid_utf8_beats_a_declared_charset(tmp_path: Path, charset: str) -> None:
    art = article(read_article(write(tmp_path, "u.html", page(charset).encode())))
    assert art.encoding == "utf-8"
    assert "딥시크가 등장하면서 엔비디아 주가가 17% 폭락했다고" in art.text
    assert art.title == "딥시크 충격"
    assert any("declared" in w and "UTF-8" in w for w in art.warnings), art.warnings


def test_a_true_declaration_is_still_used(tmp_path: Path) -> None:
    art = article(read_article(write(tmp_path, "k.html", page("euc-kr").encode("euc-kr"))))
    assert art.encoding == "euc_kr" and "딥시크가 등장하면서" in art.text
    assert not any("declared" in w for w in art.warnings)


def test_an_ascii_page_gives_no_override_warning(tmp_path: Path) -> None:
    hangul = "".join(f"&#{ord(c)};" for c in "딥시크가 등장하면서 엔비디아 주가가 17% 폭락했다.")
    html = f'<html><head><meta charset="iso-8859-1"><title>DeepSeek</title></head><body><p>{hangul}</p></body></html>'
    art = article(read_article(write(tmp_path, "a.html", html.encode("ascii"))))
    assert "엔비디아" in art.text
    assert not any("declared" in w for w in art.warnings), art.warnings


# ------------------------------------------------------------------- 12: the right reasons


def test_max_bytes_1_says_truncated_not_whitespace(tmp_path: Path) -> None:
    reason = error(read_article(write(tmp_path, "one.txt", KO.encode()), max_bytes=1))
    assert "whitespace" not in reason
    assert "truncated" in reason and "1 byte" in reason


def test_whitespace_only_file_still_says_so(tmp_path: Path) -> None:
    assert error(read_article(write(tmp_path, "w.txt", b" \n\n\t "))) == "only whitespace"


def _with_lone_surrogate(codec: str) -> bytes:
    return KO.encode(codec) + "\ud800".encode(codec, "surrogatepass") + "끝이다.\n".encode(codec)


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_a_lone_surrogate_reads_the_same_with_or_without_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    data = _with_lone_surrogate(codec)
    with_bom = article(read_article(write(tmp_path, "bom.txt", bom + data)))
    without = article(read_article(write(tmp_path, "nobom.txt", data)))
    assert without.encoding == codec
    assert without.text == with_bom.text
    assert "엔비디아 주가가 17% 폭락했다" in without.text
    assert any("U+FFFD" in w for w in without.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_whose_text_starts_with_a_nul_byte_syllable(tmp_path: Path, codec: str) -> None:
    # 가 (U+AC00), 관 (U+AD00), 글 (U+AE00): a NUL byte on the "wrong" side of each pair
    text = "가격 관련 글\n가나 가구 가계 가격이 관심을 끌었다.\n" * 3
    art = article(read_article(write(tmp_path, "ga.txt", text.encode(codec))))
    assert art.encoding == codec and art.title == "가격 관련 글" and "가격이 관심을 끌었다." in art.text


# ------------------------------------------------------------- 15: what is not a Korean article


def test_english_readme_is_skipped_for_having_no_korean_text(tmp_path: Path) -> None:
    readme = "# Project\n\nThis folder holds news articles. 17% of them are from 2025.\n"
    assert error(read_article(write(tmp_path, "README.md", readme.encode()))) == "no Korean text"
    write(tmp_path, "a.txt", KO.encode())
    arts, errs = load_paths([tmp_path])
    assert [a.id for a in arts] == ["a"] and [(Path(e.path).name, e.error) for e in errs] == [
        ("README.md", "no Korean text")
    ]


def test_korean_article_with_much_english_is_kept(tmp_path: Path) -> None:
    text = "DeepSeek R1 vs OpenAI o1: benchmark results\nDeepSeek R1은 OpenAI o1과 비슷한 성능을 보였다.\n"
    assert article(read_article(write(tmp_path, "mix.txt", text.encode()))).title


@pytest.mark.parametrize("start", ["<!doctype html>", "<!DOCTYPE HTML>\n", "<html>", "  <html lang='ko'>"])
def test_txt_that_is_really_html_is_read_as_html(tmp_path: Path, start: str) -> None:
    html = f"{start}<head><title>딥시크 충격</title></head><body><article>{PARAGRAPHS}</article></body></html>"
    art = article(read_article(write(tmp_path, "page.txt", html.encode())))
    assert art.title == "딥시크 충격"
    assert "<" not in art.text and "</p>" not in art.text
    assert "1번째 문단이다." in art.text


def test_txt_that_is_really_html_uses_its_declared_charset(tmp_path: Path) -> None:
    art = article(read_article(write(tmp_path, "k.txt", ("<!doctype html>" + page("euc-kr")).encode("euc-kr"))))
    assert art.encoding == "euc_kr" and "딥시크가 등장하면서" in art.text


@pytest.mark.parametrize(
    "html",
    [
        f"<html><head></head><body><!-- note <p>{KO}</p></body></html>",
        f"<!-- unclosed <html><head></head><body><p>{KO}</p></body></html>",
        f"<html><body><!--<div class='x'>{PARAGRAPHS}</div></body></html>",
    ],
    ids=["in-body", "before-html", "before-div"],
)
def test_unclosed_comment_puts_no_markup_in_title_or_text(tmp_path: Path, html: str) -> None:
    art = article(read_article(write(tmp_path, "c.html", html.encode())))
    assert "<" not in art.title and "<" not in art.text, (art.title, art.text[:80])
    assert "엔비디아 주가가 17% 폭락했다" in art.text


def test_a_markup_only_line_is_not_a_title(tmp_path: Path) -> None:
    art = article(read_article(write(tmp_path, "c.txt", ("<!--\n" + KO).encode())))
    assert art.title != "<!--" and "엔비디아" in art.title


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "koi8-r"])
def test_a_cp949_page_declaring_a_western_charset_is_read_as_korean(tmp_path: Path, charset: str) -> None:
    art = article(read_article(write(tmp_path, "w.html", page(charset).encode("cp949"))))
    assert art.encoding == "cp949" and "딥시크가 등장하면서" in art.text
    assert any(f"declared charset {codecs.lookup(charset).name} ignored" in w for w in art.warnings), art.warnings


def test_a_true_western_declaration_is_kept(tmp_path: Path) -> None:
    html = page("iso-8859-1", "<p>Le café coûte 3 € à Paris, déjà 17% de plus.</p>" * 3 + "<p>딥시크</p>")
    data = html.replace("딥시크 충격", "Café").replace("<p>딥시크</p>", "").encode("latin-1", "replace")
    result = decode_bytes(data, html=True)
    assert not isinstance(result, str) and result.encoding == "iso8859-1" and "café" in result.text


def test_unclosed_comment_with_no_later_tag_keeps_the_text_after_it(tmp_path: Path) -> None:
    html = "<html><head><title>딥시크 충격</title></head><body><p>첫 문단이다.</p><!-- " + KO
    art = article(read_article(write(tmp_path, "c.html", html.encode())))
    assert "엔비디아 주가가 17% 폭락했다" in art.text and "<!--" not in art.text
    assert any("never closed" in w for w in art.warnings)


def test_comment_floods_stay_fast(tmp_path: Path) -> None:
    import time

    html = "<html><body>" + "<!-- a -->" * 50_000 + "<!--" * 50_000 + f"<p>{KO}</p></body></html>"
    start = time.perf_counter()
    art = article(read_article(write(tmp_path, "flood.html", html.encode())))
    assert time.perf_counter() - start < 10
    assert "엔비디아" in art.text
