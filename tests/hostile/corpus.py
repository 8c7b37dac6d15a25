"""A folder of hostile article files, for attacking the product from outside.

``build_hostile_corpus(folder)`` writes Korean articles whose text, titles and
file names carry terminal escape sequences (CSI, OSC 52 / 8 / 2, C1 CSI),
C0 controls, NUL, DEL, bidi and zero-width characters and Rich/Textual markup
lookalikes; files that must be skipped (binary, empty, whitespace-only, a
FIFO, a broken symlink); files that must be read (a 600 KB single line, a file
over the size cap, CP949, EUC-KR, UTF-16, CRLF); and two copied seeds.

It returns a dict describing what a correct product must do with them (which
files are skipped and why, what must appear literally, what must never appear),
so the tests state expectations in one place.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import stat
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"

CLIPBOARD_PAYLOAD = "PWNED-CLIPBOARD"
CLIPBOARD_B64 = base64.b64encode(CLIPBOARD_PAYLOAD.encode()).decode()  # UFdORUQtQ0xJUEJPQVJE
TITLE_PAYLOAD = "PWNED-TITLE"
LINK_HOST = "osc8.evil.example"  # only ever inside an OSC 8 sequence: must vanish with it

OSC52_BEL = f"{ESC}]52;c;{CLIPBOARD_B64}{BEL}"
OSC52_ST = f"{ESC}]52;c;{CLIPBOARD_B64}{ST}"
OSC8_OPEN = f"{ESC}]8;;https://{LINK_HOST}/x{ST}"
OSC8_CLOSE = f"{ESC}]8;;{ST}"
OSC2 = f"{ESC}]2;{TITLE_PAYLOAD}{BEL}"
OSC0 = f"{ESC}]0;{TITLE_PAYLOAD}{ST}"
CLEAR = f"{ESC}[2J{ESC}[H"
C1_CSI_CLEAR = "\x9b2J"
C1_OSC52 = f"\x9d52;c;{CLIPBOARD_B64}\x9c"

# Markup lookalikes that must be shown literally everywhere.
MARKUP_CLICK = "[@click=app.quit]x[/]"
MARKUP_BOLD = "[bold red]빨강[/]"
MARKUP_LINK = "[link=https://evil.example]여기[/link]"
MARKUP_CLOSE_KO = "[/단독]"
MARKUP_CLOSE = "[/]"

# Strings that must never appear in any output, screen or buffer: each only
# ever occurs inside an escape sequence, which must be removed as a whole.
FORBIDDEN = (CLIPBOARD_PAYLOAD, CLIPBOARD_B64, TITLE_PAYLOAD, LINK_HOST)

BIDI_AND_INVISIBLE = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
)


def body(topic: str, n: int = 3) -> str:
    """A few Korean sentences with key figures (money, percent, date, count)."""
    lines = [
        f"{topic} 중국 스타트업 딥시크는 R1 모델 훈련에 560만 달러를 썼다고 밝혔다.",
        "엔비디아 주가는 2025년 1월 27일 하루 만에 17% 하락했고 시가총액 약 5890억 달러가 사라졌다.",
        "업계 관계자 3명은 이번 발표가 AI 투자 흐름을 바꿀 수 있다고 말했다.",
        "국내 반도체 기업들도 대응 전략 마련에 나섰다.",
    ]
    return "\n".join(lines[: max(1, n)] + lines[3:]) + "\n"


def _write(folder: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def build_hostile_corpus(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """Write the hostile files into ``folder`` (created if needed); return what to expect of them.

    Keys of the result:

    * ``dir``: the folder;
    * ``readable``: name -> path of every file that must become an article;
    * ``skipped``: path -> a word the skip reason must contain (lower case);
    * ``literal``: markup lookalikes that must appear verbatim in exports and on screen;
    * ``literal_titles``: titles (markup lookalikes) that must be shown verbatim;
    * ``forbidden``: strings that must never appear anywhere;
    * ``max_bytes``: the size cap to pass (``--max-bytes``); ``big``: the file over it;
    * ``decoded``: path -> a Korean phrase the decoded text must contain;
    * ``titles_in_list``: short pieces of titles to find in the reader's list;
    * ``fifo``: the FIFO, which nobody may open;
    * ``hostile_names``: paths whose *file names* carry escapes or markup.
    """
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    readable: dict[str, Path] = {}
    skipped: dict[Path, str] = {}
    decoded: dict[Path, str] = {}

    # --- escape sequences in text and title -------------------------------------------------
    readable["csi"] = _write(
        d, "csi_clear.txt",
        f"딥시크 충격{CLEAR} 엔비디아 주가 급락\n\n"
        f"{ESC}[31m빨간 글씨{ESC}[0m 로 시작하는 기사.{ESC}[10;10H{ESC}[A{ESC}[2K{ESC}[?1049h{ESC}[?25l\n"
        + body("화면 지우기:" + CLEAR),
    )
    readable["osc52"] = _write(
        d, "osc52_clipboard.txt",
        f"클립보드 기사{OSC52_BEL} 딥시크 비용 논란\n\n" + body(f"BEL 종료 {OSC52_BEL}")
        + f"ST 종료 {OSC52_ST} 문장 뒤에도 글이 남아야 한다.\n"
        f"종료 없는 시퀀스 {ESC}]52;c;{CLIPBOARD_B64}\n"
        "다음 줄은 살아 있어야 한다.\n",
    )
    readable["osc8"] = _write(
        d, "osc8_link.txt",
        f"하이퍼링크 기사 {OSC8_OPEN}딥시크 공식 발표{OSC8_CLOSE}\n\n"
        + body(f"{OSC8_OPEN}여기를 누르세요{OSC8_CLOSE}"),
    )
    readable["osc2"] = _write(
        d, "osc2_title.txt",
        f"창 제목 기사{OSC2}{OSC0} 딥시크 R1 공개\n\n" + body(f"제목 바꾸기 {OSC2}"),
    )
    readable["c1"] = _write(
        d, "c1_csi.txt",
        f"C1 제어 기사{C1_CSI_CLEAR} 엔비디아 반응\n\n" + body(f"C1 CSI {C1_CSI_CLEAR} C1 OSC {C1_OSC52}")
        + "\x85다음 줄 \x90DCS 문자열\x9c 끝\n",
    )
    c0 = "".join(chr(c) for c in range(0x01, 0x20) if c not in (0x09, 0x0A, 0x0D, 0x1B))
    # controls sprinkled through a real-length article (a file that is mostly controls is binary)
    filler = (SEEDS / "002_c9f66663330b22b0.txt").read_text(encoding="utf-8")
    readable["c0"] = _write(
        d, "c0_nul_del.txt",
        "제어문자 기사\x00\x7f 딥시크 파장\n\n" + body(f"C0 {c0} NUL \x00 DEL \x7f 끝") + filler,
    )
    readable["bidi"] = _write(
        d, "bidi_zero_width.txt",
        "양방향 기사 \u202e1202 고수익\u202c 딥시크\u2066격리\u2069\n\n"
        + body(f"보이지 않는 {BIDI_AND_INVISIBLE} 문자"),
    )

    # --- markup lookalikes in title and body ------------------------------------------------
    readable["markup_click"] = _write(
        d, "markup_click.txt",
        f"{MARKUP_CLICK}\n\n" + body(f"본문 {MARKUP_CLICK} 와 {MARKUP_CLOSE} 그리고 {MARKUP_CLOSE_KO}"),
    )
    readable["markup_bold"] = _write(
        d, "markup_bold.txt",
        f"{MARKUP_BOLD} 딥시크 경보\n\n" + body(f"{MARKUP_LINK} 를 보라. [/단독] 단독 보도 {MARKUP_CLOSE}"),
    )

    # --- markup and escapes in FILE NAMES ---------------------------------------------------
    hostile_names = [
        _write(d, "[@click=app.quit]클릭.txt", "파일 이름 기사 하나\n\n" + body("이름에 클릭 마크업")),
        _write(d, "[bold red]빨강 이름.txt", "파일 이름 기사 둘\n\n" + body("이름에 굵은 빨강")),
        _write(d, f"{ESC}[2J화면{OSC52_BEL}.txt", "파일 이름 기사 셋\n\n" + body("이름에 이스케이프")),
        _write(d, "\u202eevil\u202c\u200b이름.txt", "파일 이름 기사 넷\n\n" + body("이름에 양방향 문자")),
    ]
    bad_bytes = d / os.fsdecode(b"\xff\x9b2J \xed\xa0\x80bytes.txt")  # not UTF-8: a raw C1 CSI byte, a surrogate
    bad_bytes.write_bytes(("파일 이름 기사 다섯\n\n" + body("이름이 UTF-8 아님")).encode())
    hostile_names.append(bad_bytes)
    for p in hostile_names:
        readable[f"name:{p.name!r}"] = p

    # --- escapes hidden as HTML character references (decoded after the first sanitize pass) ---
    # (html.parser drops a referenced ESC, leaving inert text, so these payloads use their own words)
    ent_b64 = base64.b64encode(b"ENTITY-CLIPBOARD").decode()
    ent_osc52 = f"&#x1b;]52;c;{ent_b64}&#7;"
    ent_osc2 = "&#27;]2;ENTITY-TITLE&#x07;"
    html_body = "".join(f"<p>{line}</p>" for line in body("HTML &#x9b;2J &#27;[2J &#x202e;뒤집기 &#0;").splitlines())
    readable["html"] = _write(
        d, "entities.html",
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        f"<title>{ent_osc2}HTML 기사 {ent_osc52}[@click=app.quit]x[/]</title>"
        f"<meta property=\"og:title\" content=\"{ent_osc2}HTML 기사 &#x1b;[2J[@click=app.quit]x[/]\">"
        f"<meta name=\"author\" content=\"{ent_osc52}기자\">"
        "</head><body><article><h1>HTML 기사</h1>"
        f"<a href=\"https://href.evil.example/\">{ent_osc52}링크 글자</a>"
        f"{html_body}<script>document.write('&#x1b;]52;c;{ent_b64}&#7;')</script>"
        "</article></body></html>\n",
    )

    # --- files to skip ------------------------------------------------------------------------
    binary = _write(d, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    skipped[binary] = "binary"
    skipped[_write(d, "empty.txt", b"")] = "empty"
    skipped[_write(d, f"{OSC2}빈{C1_CSI_CLEAR}[bold red].txt", b"")] = "empty"  # a hostile name on stderr
    skipped[_write(d, "blank.txt", " \n\t\n   \r\n\u3000\n")] = "whitespace"
    fifo = d / "pipe.txt"
    os.mkfifo(fifo)
    skipped[fifo] = "fifo"
    gone = d / "gone.txt"
    os.symlink(d / "no-such-target.txt", gone)
    skipped[gone] = "broken"
    loop = d / "loop.txt"
    os.symlink(loop, loop)  # a symlink to itself (ELOOP)
    skipped[loop] = "symbolic"
    if os.path.exists("/dev/zero"):
        zero = d / "zero.txt"  # reading it would never end
        os.symlink("/dev/zero", zero)
        skipped[zero] = "device"
    (d / "dir.txt").mkdir()  # a folder named like an article: walked into, never opened as a file

    # --- big files ----------------------------------------------------------------------------
    sentence = "딥시크는 560만 달러로 모델을 훈련했다고 밝혔다. "  # one line, no newline until the end
    reps = 600_000 // len(sentence.encode()) + 1
    readable["long_line"] = _write(d, "long_line.txt", "한 줄짜리 긴 기사 " + sentence * reps + "\n")
    max_bytes = 1_000_000
    big = _write(d, "big.txt", "크기 제한을 넘는 기사\n\n" + body("큰 파일") + "\n" * (max_bytes + 200_000)
                 + "잘린 뒤에 오는 문장은 보이지 않아야 한다.\n")
    readable["big"] = big

    # --- encodings and line ends ----------------------------------------------------------------
    enc_text = "인코딩 기사 {name}\n\n" + body("인코딩 시험")
    for name, codec, raw_name in (
        ("cp949", "cp949", "cp949.txt"),
        ("euc_kr", "euc-kr", "euc_kr.txt"),
        ("utf16", "utf-16", "utf16.txt"),  # with BOM
        ("utf16le_nobom", "utf-16-le", "utf16le_nobom.txt"),
    ):
        p = _write(d, raw_name, enc_text.format(name=name), codec)
        readable[name] = p
        decoded[p] = "560만 달러"
    crlf = _write(d, "crlf.txt", ("줄바꿈 기사 CRLF\n\n" + body("윈도 줄바꿈")).replace("\n", "\r\n"))
    readable["crlf"] = crlf
    decoded[crlf] = "560만 달러"

    # --- two real articles ------------------------------------------------------------------------
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for s in seeds:
        readable[f"seed:{s.name}"] = Path(shutil.copyfile(s, d / s.name))

    return {
        "dir": d,
        "readable": readable,
        "skipped": skipped,
        "literal": (MARKUP_CLICK, MARKUP_BOLD, MARKUP_LINK, MARKUP_CLOSE_KO, MARKUP_CLOSE),
        "literal_titles": (MARKUP_CLICK, MARKUP_BOLD),
        "forbidden": FORBIDDEN,
        "max_bytes": max_bytes,
        "big": big,
        "decoded": decoded,
        "fifo": fifo,
        "hostile_names": hostile_names,
    }


def snapshot(folder: Path) -> dict[str, tuple[int, int, str | None]]:
    """Every entry under ``folder``: (mode, mtime_ns, sha256 of a regular file's bytes).

    Uses lstat and never opens anything but regular files, so it is safe on the FIFO.
    """
    out: dict[str, tuple[int, int, str | None]] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            st = os.lstat(p)
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else None
            out[os.fsdecode(p)] = (st.st_mode, st.st_mtime_ns, digest)
    return out


# Characters no output may hold: ESC, C1, C0 but tab/newline, DEL, bidi controls, zero-width.
def bad_chars(text: str) -> list[str]:
    """The forbidden characters in ``text`` (as ``U+XXXX`` strings, at most 20)."""
    found: list[str] = []
    for ch in text:
        c = ord(ch)
        if (c < 0x20 and ch not in "\n\t") or 0x7F <= c <= 0x9F or ch in BIDI_AND_INVISIBLE:
            found.append(f"U+{c:04X}")
            if len(found) >= 20:
                break
    return found
