"""Property: whatever command runs over whatever small tree, no input file's bytes, mode or owner change.

Hypothesis builds a small tree (articles in the general style of Korean news
with random figures, binary and empty files, odd modes, NFD names, names that
look like cache entries, symbolic links) and one command line: ``brief`` or
``compare`` in each format, to stdout or with ``-o`` aimed anywhere (an input,
a link to an input, a new file inside the tree, outside it, ``-``), or
``cache info`` / ``cache clear`` with a link named like a cache version
directory pointing into the tree.  The command runs in-process; afterwards
every input (each file named, every file under a folder named, what their
links point to; for ``cache`` the whole tree) must be byte-for-byte, mode and
owner what it was, no link replaced, and nothing new inside an input folder.

The default run is modest (``HOSTILE_EXAMPLES``, default 12 examples); CI may
raise it.
"""

from __future__ import annotations

import os
import shutil
import stat
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import main

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "12"))

_SENTENCES = (
    "정부는 올해 예산을 {a}조 {b}천억 원으로 편성했다고 {d}일 밝혔다.",
    "회사의 영업이익은 전년보다 {p}% 늘어난 {a}억 원을 기록했다.",
    "업계에 따르면 신규 주문은 {a}만 건으로 지난해의 {m}배에 이른다.",
    "시장 관계자는 \"금리 인하 효과는 {p}%포인트 수준\"이라고 전망했다.",
    "이 기업은 {d}일 이사회를 열고 {a}억 달러 규모의 투자를 결정했다.",
)

_NAMES = ("기사", "뉴스 속보", "report", "a", "--help", "0123456789abcdef", "x" * 64, "[@click=app.quit]")
_SUFFIXES = (".txt", ".md", ".html", ".htm", ".dsbc", ".tmp", "")
_MODES = (0o644, 0o600, 0o444, 0o640, 0o755)


@st.composite
def articles(draw: Any) -> bytes:
    kind = draw(st.sampled_from(("korean", "korean", "korean", "binary", "empty", "html")))
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=200))
    if kind == "empty":
        return b""
    lines = []
    for _ in range(draw(st.integers(2, 6))):
        template = draw(st.sampled_from(_SENTENCES))
        lines.append(template.format(a=draw(st.integers(1, 999)), b=draw(st.integers(1, 9)),
                                     d=draw(st.integers(1, 31)), p=draw(st.integers(1, 99)),
                                     m=draw(st.integers(2, 9))))
    text = "경제 소식\n\n" + "\n".join(lines) + "\n"
    if kind == "html":
        text = f"<html><head><title>경제 소식</title></head><body><p>{text}</p></body></html>"
    return text.encode(draw(st.sampled_from(("utf-8", "utf-8", "cp949"))))


@st.composite
def trees(draw: Any) -> list[tuple[str, bytes, int]]:
    """``[(relative path, bytes, mode)]``: one to four files, some in a sub-folder."""
    files: dict[str, tuple[bytes, int]] = {}
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(_NAMES)) + draw(st.sampled_from(_SUFFIXES))
        name = unicodedata.normalize(draw(st.sampled_from(("NFC", "NFD"))), name)
        if draw(st.booleans()):
            name = "sub/" + name
        files.setdefault(name, (draw(articles()), draw(st.sampled_from(_MODES))))
    return [(n, data, mode) for n, (data, mode) in files.items()]


@st.composite
def commands(draw: Any, inputs: list[str]) -> list[str]:
    """A command line over the tree ``t`` (its files relative to the working directory)."""
    action = draw(st.sampled_from(("brief", "compare", "cache info", "cache clear")))
    if action.startswith("cache"):
        return action.split()
    argv = [action]
    chosen = draw(st.sampled_from(("folder", "files", "sub")))
    if chosen == "folder" or not inputs:
        argv.append("t")
    elif chosen == "sub":
        argv.append("t/sub" if any(p.startswith("t/sub/") for p in inputs) else "t")
    else:
        argv += draw(st.lists(st.sampled_from(inputs), min_size=1, max_size=3, unique=True))
    argv += ["--format", draw(st.sampled_from(("text", "md", "json")))]
    target = draw(st.sampled_from(("stdout", "input", "link", "inside", "outside", "dash", "folder", "case")))
    if target == "input" and inputs:
        argv += ["-o", draw(st.sampled_from(inputs))]
    elif target == "case" and inputs:
        argv += ["-o", draw(st.sampled_from(inputs)).upper()]
    elif target == "link":
        argv += ["-o", "t/link.md"]
    elif target == "inside":
        argv += ["-o", "t/sub/out.md" if draw(st.booleans()) else "t/new.html"]
    elif target == "outside":
        argv += ["-o", "out/result.txt"]
    elif target == "dash":
        argv += ["-o", "-"]
    elif target == "folder":
        argv += ["-o", "./t/"]
    if draw(st.booleans()):
        argv.append("--no-cache")
    return argv


def _state(root: Path) -> dict[str, tuple[Any, ...]]:
    """Every entry under ``root``: a link's target, a file's bytes, mode and owner."""
    out: dict[str, tuple[Any, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st_ = p.lstat()
            key = str(p.relative_to(root))
            if stat.S_ISLNK(st_.st_mode):
                out[key] = ("link", os.readlink(p))
            elif stat.S_ISDIR(st_.st_mode):
                out[key] = ("dir", stat.S_IMODE(st_.st_mode), st_.st_uid, st_.st_gid)
            else:
                out[key] = ("file", p.read_bytes(), stat.S_IMODE(st_.st_mode), st_.st_uid, st_.st_gid)
    return out


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(tree=trees(), data=st.data())
def test_no_command_changes_any_input_file(tree: list[tuple[str, bytes, int]], data: st.DataObject,
                                           tmp_path_factory: pytest.TempPathFactory,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path_factory.mktemp("prop")
    root = work / "t"
    (root / "sub").mkdir(parents=True)
    (work / "out").mkdir()
    inputs = []
    for rel, content, mode in tree:
        p = root / rel
        p.write_bytes(content)
        p.chmod(mode)
        if os.geteuid() == 0 and data.draw(st.booleans(), label="foreign owner"):
            os.chown(p, 4321, 8765)
        inputs.append(f"t/{rel}")
    first = root / tree[0][0]
    (root / "link.md").symlink_to(os.path.relpath(first, root))
    cache_root = work / "cache" / "deepseek-brief"
    cache_root.mkdir(parents=True)
    (cache_root / "0123456789abcdef").symlink_to(root, target_is_directory=True)  # "a version directory"
    before = _state(root)

    argv = data.draw(commands(inputs), label="argv")
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CACHE_HOME", str(work / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(work / "data"))
    try:
        code = main(argv)
    finally:
        capsys.readouterr()
    assert code in (0, 1, 2), argv
    after = _state(root)
    roots = _input_roots(argv)
    protected = {k for k in before if any(_under(k, r) for r in roots)}
    protected |= {_link_target(k, before[k][1]) for k in protected if before[k][0] == "link"}
    assert {k: after.get(k) for k in protected} == {k: before[k] for k in protected}, argv
    new = set(after) - set(before)
    folders = [r for r in roots if before.get(r, ("dir",))[0] == "dir"]
    assert not [k for k in new if any(_under(k, r) for r in folders)], argv
    target = argv[argv.index("-o") + 1] if "-o" in argv else None
    if target == "out/result.txt":
        assert (work / "out" / "result.txt").exists() == (code != 2), argv
    shutil.rmtree(work, ignore_errors=True)


def _input_roots(argv: list[str]) -> list[str]:
    """The tree-relative inputs of a command line ("" = the whole tree); cache commands: the whole tree."""
    if argv[0] == "cache":
        return [""]
    roots = []
    for arg in argv[1:]:
        if arg.startswith("--"):
            break
        roots.append("" if arg == "t" else arg[len("t/") :])
    return roots


def _under(key: str, root: str) -> bool:
    return root == "" or key == root or key.startswith(root + "/")


def _link_target(key: str, target: str) -> str:
    return os.path.normpath(os.path.join(os.path.dirname(key), target))
