"""Ingest: every file is read correctly or named with a reason; the seeds come out clean."""

from __future__ import annotations

import codecs
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefings.ingest import files as ingest
from briefings.ingest.files import decode_bytes, load_paths, read_article, seed_dir, source_changed
from briefings.model import Article, IngestError

KO = "딥시크의 등장으로 엔비디아 주가가 17% 폭락했다.\n시가총액 846조원이 증발했다.\n"


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


# ------------------------------------------------------------------ bad inputs


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    assert "binary" in error(read_article(write(tmp_path, "x.txt", png)))


def test_binary_without_nul_bytes_is_rejected(tmp_path: Path) -> None:
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200
    reason = error(read_article(write(tmp_path, "ctl.txt", data)))
    assert "binary" in reason or "not text" in reason


def test_empty_file(tmp_path: Path) -> None:
    assert error(read_article(write(tmp_path, "e.txt", b""))) == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    data = b" \n\t\r\n   \n" + "\u00a0\u3000\n".encode()
    assert error(read_article(write(tmp_path, "w.txt", data))) == "only whitespace"


def test_control_characters_only(tmp_path: Path) -> None:
    assert "no readable text" in error(read_article(write(tmp_path, "c.txt", b"\x1b[2J\n\x1b[H\n")))


def test_fifo_is_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(ingest.os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k))
    assert error(read_article(fifo)) == "not a regular file (FIFO)"
    assert opened == []
    arts, errs = load_paths([tmp_path])  # also when found in a folder
    assert arts == [] and [e.error for e in errs] == ["not a regular file (FIFO)"]


def test_socket_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert error(read_article(path)) == "not a regular file (socket)"


def test_directory_named_like_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    assert error(read_article(folder)) == "not a regular file (a folder)"
    write(folder, "inner.txt", KO.encode())
    arts, errs = load_paths([tmp_path])  # a folder is walked into, not read
    assert [a.id for a in arts] == ["inner"] and errs == []


def test_character_device(tmp_path: Path) -> None:
    assert error(read_article("/dev/null")) == "not a regular file (character device)"
    arts, errs = load_paths(["/dev/null"])
    assert arts == [] and errs == [IngestError("/dev/null", "not a regular file (character device)")]


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert error(read_article(link)) == "broken symbolic link"
    arts, errs = load_paths([tmp_path])
    assert arts == [] and [e.error for e in errs] == ["broken symbolic link"]


def test_missing_file(tmp_path: Path) -> None:
    assert error(read_article(tmp_path / "nope.txt")) == "no such file"


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert error(read_article(tmp_path / "loop.txt")) == "too many levels of symbolic links"


def test_unreadable_bytes_in_the_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff\xfe\x1b[2J.txt")
    write(tmp_path, name, KO.encode())
    arts, errs = load_paths([tmp_path])
    assert errs == [] and arts[0].path.endswith("/\ufffd\ufffd.txt")


def test_working_symlink_is_followed(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", KO.encode())
    (tmp_path / "link.txt").symlink_to(target)
    assert article(read_article(tmp_path / "link.txt")).text.startswith("딥시크")


def test_permission_denied_when_open_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # root reads anything whatever the mode, so the refusal is simulated where the OS gives it
    path = write(tmp_path, "locked.txt", KO.encode())

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest.os, "open", refuse)
    assert error(read_article(path)) == "permission denied"


def _as_unprivileged(code: str) -> str:
    """Run ``code`` in a Python that cannot bypass file permissions; return its stdout."""
    repo = Path(__file__).resolve().parents[2]
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root (which reads any file) and setpriv is missing to drop privileges")
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    env = {**os.environ, "PYTHONPATH": str(repo)}

    def run(source: str) -> subprocess.CompletedProcess[str]:
        cmd = [*prefix, sys.executable, "-c", source]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60, check=False)

    probe = run("import briefings.ingest.files")
    if probe.returncode != 0:  # e.g. the venv or the checkout is private to root
        pytest.skip(f"an unprivileged user cannot run this Python/checkout: {probe.stderr.strip()[-200:]}")
    done = run(code)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_permission_denied_for_real() -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        write(folder, "ok.txt", KO.encode()).chmod(0o644)
        write(folder, "locked.txt", KO.encode()).chmod(0)
        (folder / "closed").mkdir(mode=0o700)
        write(folder / "closed", "inner.txt", KO.encode())
        (folder / "closed").chmod(0)
        out = _as_unprivileged(
            "from briefings.ingest.files import load_paths\n"
            f"arts, errs = load_paths([{str(folder)!r}])\n"
            "print([a.id for a in arts])\n"
            "for e in errs: print(e.path.rsplit('/', 1)[-1], '|', e.error)\n"
        )
        assert out.splitlines() == ["['ok']", "closed | permission denied", "locked.txt | permission denied"]
    finally:
        (folder / "closed").chmod(0o700)
        shutil.rmtree(folder)


def test_oversize_file_is_truncated_on_a_line_boundary(tmp_path: Path) -> None:
    line = "딥시크 충격에 반도체 종목이 대거 급락했다.\n"
    data = (line * 2000).encode()
    art = article(read_article(write(tmp_path, "big.txt", data), max_bytes=10_000))
    assert any("truncated" in w and "10 KB" in w for w in art.warnings)
    assert art.text.split("\n")[-1] == line.strip()  # no half line at the end
    assert len(art.text.encode()) <= 10_000
    assert art.digest == hashlib.sha256(data[:10_000]).hexdigest()


def test_oversize_single_line_is_cut_on_a_character_boundary(tmp_path: Path) -> None:
    data = ("가" * 10_000).encode()  # 3 bytes each: 10_000 bytes is not a character boundary
    art = article(read_article(write(tmp_path, "one.txt", data), max_bytes=10_000))
    assert set(art.text) == {"가"} and len(art.text) == 3333
    assert art.warnings and "truncated" in art.warnings[-1]


def test_default_cap_is_5_mb(tmp_path: Path) -> None:
    data = ("가나다라마바사 아자차카타파하.\n" * 250_000).encode()  # ~9.5 MB
    art = article(read_article(write(tmp_path, "huge.txt", data)))
    assert any("larger than 5 MB" in w for w in art.warnings)
    assert len(art.text.encode()) <= 5_000_000


def test_nul_bytes_inside_text_are_removed(tmp_path: Path) -> None:
    data = KO.encode().replace(b" ", b" \x00", 3)
    art = article(read_article(write(tmp_path, "nul.txt", data)))
    assert "\x00" not in art.text
    assert "딥시크의 등장으로 엔비디아" in art.text
    assert any("NUL" in w for w in art.warnings)


def test_600kb_single_line(tmp_path: Path) -> None:
    sentence = "딥시크가 세계 AI 산업과 증시를 흔들고 있다. "
    text = sentence * (600_000 // len(sentence.encode()) + 1)
    art = article(read_article(write(tmp_path, "long.txt", text.encode())))
    assert len(art.text.encode()) > 600_000
    assert "\n" not in art.text and art.warnings == ()


def test_crlf(tmp_path: Path) -> None:
    art = article(read_article(write(tmp_path, "crlf.txt", KO.replace("\n", "\r\n").encode())))
    assert "\r" not in art.text
    assert art.text == KO.strip()


@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_korean_legacy_encodings(tmp_path: Path, codec: str) -> None:
    art = article(read_article(write(tmp_path, f"{codec}.txt", KO.encode(codec))))
    assert art.text == KO.strip()
    assert art.encoding == "cp949"


def test_cp949_only_syllables(tmp_path: Path) -> None:
    text = "똠방각하 햏자가 뷁을 외쳤다.\n"  # not in EUC-KR, only in CP949 (UHC)
    assert article(read_article(write(tmp_path, "uhc.txt", text.encode("cp949")))).text == text.strip()


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    art = article(read_article(write(tmp_path, "bom.txt", bom + KO.encode(codec))))
    assert art.text == KO.strip()
    assert art.encoding == name
    assert "\ufeff" not in art.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_not_binary(tmp_path: Path, codec: str) -> None:
    art = article(read_article(write(tmp_path, "nobom.txt", KO.encode(codec))))
    assert art.text == KO.strip()
    assert art.encoding == codec


def test_encoding_override(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", KO.encode("cp949"))
    art = article(read_article(path, encoding="euc-kr"))
    assert art.text == KO.strip() and art.encoding == "euc_kr"
    assert "unknown encoding" in error(read_article(path, encoding="no-such-codec"))


def test_decode_bytes_names_a_guess() -> None:
    text = "Ceci est un texte français très ordinaire, écrit à la main.\n" * 5
    result = decode_bytes(text.encode("cp1252"))
    assert not isinstance(result, str)
    assert "é" in result.text
    assert any("guessed" in w for w in result.warnings) or result.encoding == "cp949"


def test_escape_sequences_never_survive_ingest(tmp_path: Path) -> None:
    evil = (
        "\x1b]52;c;ZXZpbA==\x07\x1b[2J제목 \x1b]8;;http://x\x1b\\링크\x1b]8;;\x1b\\\n"
        "\u202e본문입니다\u202c. 문장이 이어진다.\n"
    )
    art = article(read_article(write(tmp_path, "evil\x1b[31m.txt", evil.encode())))
    for value in (art.title, art.text, art.path, art.id):
        assert "\x1b" not in value and "\u202e" not in value and "\x07" not in value
    assert art.title == "제목 링크"


def test_source_file_is_opened_read_only_and_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "ro.txt", KO.encode())
    before = path.stat()
    flags: list[int] = []
    real_open = os.open
    monkeypatch.setattr(ingest.os, "open", lambda p, f, *a: flags.append(f) or real_open(p, f, *a))
    article(read_article(path))
    assert flags and all(f & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC) == 0 for f in flags)
    assert all(f & os.O_NONBLOCK for f in flags)
    after = path.stat()
    assert path.read_bytes() == KO.encode() and after.st_mtime_ns == before.st_mtime_ns


# --------------------------------------------------------------------- formats


def test_markdown_headline_loses_its_hashes(tmp_path: Path) -> None:
    md = "# 딥시크 돌풍\n\n## 배경\n\n엔비디아 주가가 17% 폭락했다.\n"
    art = article(read_article(write(tmp_path, "a.md", md.encode())))
    assert art.title == "딥시크 돌풍"
    assert art.text == "딥시크 돌풍\n\n배경\n\n엔비디아 주가가 17% 폭락했다."


def test_markdown_front_matter(tmp_path: Path) -> None:
    md = '---\ntitle: "칩 전쟁"\ndate: 2024-03-05\ntags: [ai]\n---\n\n엔비디아 주가가 17% 폭락했다.\n'
    art = article(read_article(write(tmp_path, "f.md", md.encode())))
    assert (art.title, art.date, art.text) == ("칩 전쟁", "2024-03-05", "엔비디아 주가가 17% 폭락했다.")


HTML_BODY = "".join(
    f"<p>{i}번째 문단이다. 딥시크가 등장하면서 엔비디아 주가가 17% 폭락했다고 전문가들은 설명했다.</p>"
    for i in range(1, 7)
)


def test_html_article_body_and_title(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title>딥시크 충격 - 연합뉴스</title>"
        "<meta property='og:title' content='딥시크 충격'><meta property='og:site_name' content='연합뉴스'>"
        "<script>alert('x')</script></head><body><nav>홈 | 정치 | 경제</nav>"
        f"<article><h1>딥시크 충격</h1>{HTML_BODY}</article>"
        "<footer>ⓒ 연합뉴스 무단전재 및 재배포 금지</footer></body></html>"
    )
    art = article(read_article(write(tmp_path, "page.html", page.encode())))
    assert art.title == "딥시크 충격"
    assert art.text.startswith("딥시크 충격\n1번째 문단이다.") and "6번째 문단이다." in art.text
    assert art.text.count("딥시크 충격") == 1
    assert "alert" not in art.text and "홈 | 정치" not in art.text and "무단전재" not in art.text
    assert (art.outlet, art.outlet_en) == ("연합뉴스", "Yonhap")


def test_tiny_html_falls_back_to_plain_text(tmp_path: Path) -> None:
    page = "<html><head><title>짧은 글</title><style>p{}</style></head><body><p>한 줄&#27;[2J 본문.</p></body></html>"
    art = article(read_article(write(tmp_path, "tiny.htm", page.encode())))
    assert art.title == "짧은 글"
    assert art.text == "한 줄[2J 본문."  # the entity-made ESC is gone, the rest is literal text


def test_html_declared_charset(tmp_path: Path) -> None:
    page = f"<html><head><meta charset='euc-kr'><title>제목</title></head><body>{HTML_BODY}</body></html>"
    art = article(read_article(write(tmp_path, "k.html", page.encode("euc-kr"))))
    assert "딥시크가 등장하면서" in art.text and art.encoding == "euc_kr"


def test_html_meta_claiming_utf16_is_ignored(tmp_path: Path) -> None:
    page = f"<html><head><meta charset='utf-16'><title>제목</title></head><body>{HTML_BODY}</body></html>"
    art = article(read_article(write(tmp_path, "u.html", page.encode())))
    assert art.encoding == "utf-8" and "딥시크가 등장하면서" in art.text


def test_huge_title_is_shortened(tmp_path: Path) -> None:
    page = f"<html><head><title>{'가' * 5000}</title></head><body><p>본문이다.</p></body></html>"
    art = article(read_article(write(tmp_path, "t.html", page.encode())))
    assert len(art.title) == 200 and art.title.endswith("…")


# ----------------------------------------------------------------- load_paths


def test_no_paths_means_the_seeds() -> None:
    arts, errs = load_paths()
    assert errs == []
    assert [a.id for a in arts] == sorted(p.stem for p in seed_dir().glob("*.txt"))
    assert len(arts) == 5


def test_folders_are_read_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    write(tmp_path, "b/2.txt", KO.encode())
    write(tmp_path, "a/z.md", KO.encode())
    write(tmp_path, "a/y.HTML", f"<html><body>{HTML_BODY}</body></html>".encode())
    write(tmp_path, "a/skip.jpg", b"\xff\xd8\xff")
    write(tmp_path, "c.htm", f"<html><body>{HTML_BODY}</body></html>".encode())
    arts, errs = load_paths([tmp_path])
    assert errs == []
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in arts] == ["a/y.HTML", "a/z.md", "b/2.txt", "c.htm"]
    assert load_paths([tmp_path])[0] == arts  # deterministic


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "one.txt", KO.encode())
    arts, errs = load_paths([path, tmp_path, str(path), tmp_path / "." / "one.txt"])
    assert [a.id for a in arts] == ["one"] and errs == []


def test_ids_are_unique_when_stems_repeat(tmp_path: Path) -> None:
    write(tmp_path, "x/article.txt", KO.encode())
    write(tmp_path, "y/article.txt", KO.encode())
    write(tmp_path, "y/article.md", KO.encode())
    arts, _ = load_paths([tmp_path])
    assert [a.id for a in arts] == ["article", "article-2", "article-3"]


def test_bad_files_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    write(tmp_path, "1.txt", KO.encode())
    write(tmp_path, "2.txt", b"")
    write(tmp_path, "3.txt", b"\x00\x01\x02\x03" * 100)
    arts, errs = load_paths([tmp_path, tmp_path / "missing"])
    assert [a.id for a in arts] == ["1"]
    assert [(Path(e.path).name, e.error) for e in errs] == [
        ("2.txt", "empty file"),
        ("3.txt", "binary file (NUL bytes, not text)"),
        ("missing", "no such file"),
    ]


def test_source_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "live.txt", KO.encode())
    art = article(read_article(path))
    assert source_changed(art) is None
    path.write_bytes(KO.encode() + "추가 문장이다.\n".encode())
    assert source_changed(art) == "file changed since it was read"
    path.unlink()
    assert source_changed(art) == "file no longer exists"


# ---------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    arts, errs = load_paths()
    assert errs == []
    return {a.id[:3]: a for a in arts}


def test_seed_files_are_unchanged_and_hashed(seeds: dict[str, Article]) -> None:
    for art in seeds.values():
        raw = Path(art.path).read_bytes()
        assert art.digest == hashlib.sha256(raw).hexdigest()
        assert art.encoding == "utf-8" and art.warnings == ()


@pytest.mark.parametrize(
    ("seed", "title", "date", "outlet", "outlet_en", "byline"),
    [
        ("000", "딥시크의 출현과 인공지능 산업의 변화", None, None, None, None),
        ("001", "딥시크(DeepSeek) 돌풍, AI 시장 판도 바꿀까? 저비용 고성능 AI의 등장", None, None, None, None),
        ("002", "중국 AI 딥시크, 글로벌 AI 시장을 흔들다!", None, None, None, None),
        ("003", "딥시크는 '파괴神'?…AI 산업 활성화 새장 열어", "2025-02-01", "연합뉴스", "Yonhap", "김태균"),
        ("004", "최근 AI 업계에 강력한 충격파를 던진 사건이 있었습니다.", "2025-01-28", None, None, None),
    ],
)
def test_seed_metadata(
    seeds: dict[str, Article],
    seed: str,
    title: str,
    date: str | None,
    outlet: str | None,
    outlet_en: str | None,
    byline: str | None,
) -> None:
    art = seeds[seed]
    assert (art.title, art.date, art.outlet, art.outlet_en, art.byline) == (title, date, outlet, outlet_en, byline)


def test_001_title_is_not_repeated(seeds: dict[str, Article]) -> None:
    art = seeds["001"]
    assert art.text.count(art.title) == 1  # the headline stays once, as the first line
    assert art.text.startswith(art.title + "\n\n중국 AI 스타트업 딥시크(DeepSeek)가 파격적인")


def test_002_comment_prompt_is_gone(seeds: dict[str, Article]) -> None:
    text = seeds["002"].text
    assert "Leave a Comment" not in text
    assert text.endswith("주가 하락이 발생했습니다.")
    assert "(5) 엔비디아의 주가 하락 원인은 무엇인가요?" in text  # the FAQ is body


def test_003_furniture_and_metadata_lines_are_gone(seeds: dict[str, Article]) -> None:
    text = seeds["003"].text
    for gone in (
        "증권 주요 뉴스",
        "많이 본 뉴스",
        "더보기",
        "매일경제",
        "tae@yna.co.kr",
        "(끝)",
        "(AP=연합뉴스)",
        "딥시크 앱 서비스 화면",
        "입력",
        "2025.02.01",
        "(서울=연합뉴스)",
    ):
        assert gone not in text, gone
    assert "김태균" not in text.split("\n")  # the lone byline line
    lines = text.split("\n")
    assert lines[0] == seeds["003"].title  # the headline stays once, as the first line
    assert lines[2].startswith("가성비 오픈소스 AI 봇물")  # the deck stays
    assert lines[4] == "중국이 선보인 생성 AI(인공지능) '딥시크'가 세계 AI 산업과 증시를 발밑에서 흔들고 있다."
    assert text.endswith("오히려 늘어난다는 것이 골자다.")
    assert "시가총액 846조원이 증발했다." in text


def test_004_blog_header_and_category_list_are_gone(seeds: dict[str, Article]) -> None:
    text = seeds["004"].text
    for gone in ("22:39", "떼돈", "카테고리의 다른 글", "(0) |", "2025.01.28", "---|", "Wegovy"):
        assert gone not in text, gone
    assert text.startswith("최근 AI 업계에 강력한 충격파를 던진 사건이 있었습니다.")
    assert text.endswith("주목해야 할 시점입니다.")
    assert "“기술의 발전은 효율성을 통해 가속화된다.”" in text


def test_seed_bodies_keep_their_sentences(seeds: dict[str, Article]) -> None:
    for art in seeds.values():
        raw = Path(art.path).read_text("utf-8").replace("\u00a0", " ")
        long_lines = [s.strip() for s in raw.split("\n") if len(s.strip()) > 100]
        for line in long_lines:  # every paragraph survives (003's dateline loses only its prefix)
            assert line in art.text or line.split(" = ", 1)[-1] in art.text, line[:40]


def test_a_copyright_line_under_a_box_of_links_gives_the_date_and_outlet(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "한빛전자, 새 공장 짓는다",
            "",
            "한빛전자가 19일 충남에 새 공장을 짓는다고 밝혔다.",
            "",
            "회사는 내년 하반기부터 제품을 생산할 계획이다.",
            "",
            "[관련기사]",
            "▶ 한빛전자, 3분기 실적 발표",
            "",
            "ⓒ 파이낸셜뉴스 | 한지민 기자 jmhan@example.com | 2026.11.19",
        ]
    )
    article = read_article(write(tmp_path, "a.txt", text.encode()))
    assert not isinstance(article, IngestError)
    assert (article.date, article.outlet_en, article.byline) == ("2026-11-19", "Financial News", "한지민")
    assert "관련기사" not in article.text and "ⓒ" not in article.text
