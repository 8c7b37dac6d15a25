"""The analysis cache: hits, misses, identical results, and every way an entry or a directory can be bad."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from briefings import Analysis, Briefing, Cache, brief_many, default_cache_dir, load_paths, pipeline
from briefings.analysis.nlp import analyse_many
from briefings.output.cache import _HEADER, _MAGIC, CACHE_FORMAT, article_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_briefings() -> list[Briefing]:
    articles, errors = load_paths([])
    assert len(articles) == 5 and not errors
    return list(brief_many(articles))


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    return Cache(tmp_path / "cache", warn=pytest.fail)


def entry_path(cache: Cache, b: Briefing) -> Path:
    return cache.dir / (article_key(b.article) + ".dsbc")


def test_miss_then_hit_gives_the_same_briefing(cache: Cache, seed_briefings: list[Briefing]) -> None:
    b = seed_briefings[0]
    assert cache.get(b.article) is None
    assert cache.put(b)
    again = cache.get(b.article)
    assert again == b
    assert again is not None and again.article is b.article  # the article comes from ingest, not the cache
    assert (cache.hits, cache.misses) == (1, 1)


def test_brief_many_is_identical_with_and_without_cache(cache: Cache, seed_briefings: list[Briefing]) -> None:
    articles = [b.article for b in seed_briefings]
    first = list(brief_many(articles, cache=cache))
    assert cache.info()["current_entries"] == 5
    second_cache = Cache(cache.root, warn=pytest.fail)
    second = list(brief_many(articles, cache=second_cache))
    assert second_cache.hits == 5 and second_cache.misses == 0
    assert first == seed_briefings
    assert second == seed_briefings
    assert [b.article.id for b in second] == [a.id for a in articles]


def test_partial_cache_keeps_input_order_and_reports_progress(cache: Cache, seed_briefings: list[Briefing]) -> None:
    cache.put(seed_briefings[1])
    cache.put(seed_briefings[3])
    calls: list[tuple[int, int]] = []
    out = list(brief_many([b.article for b in seed_briefings], progress=lambda d, t: calls.append((d, t)),
                          cache=cache))
    assert out == seed_briefings
    assert calls == [(i, 5) for i in range(1, 6)]
    assert cache.hits == 2 and cache.misses == 3


@pytest.mark.parametrize("cached", [(0, 1), (1, 3), (4,), (0, 2, 4), (0, 1, 2, 3, 4)])
def test_hits_stream_before_kiwi_is_asked(
    cache: Cache, seed_briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch, cached: tuple[int, ...]
) -> None:
    for i in cached:
        cache.put(seed_briefings[i])
    asked: list[int] = []
    real = analyse_many

    def spy(texts: Iterable[str]) -> Iterator[Analysis]:
        asked.append(len(asked))
        yield from real(texts)

    monkeypatch.setattr(pipeline, "analyse_many", spy)
    stream = brief_many([b.article for b in seed_briefings], cache=cache)
    leading_hits = next((i for i in range(5) if i not in cached), 5)
    for i in range(leading_hits):
        assert next(stream) == seed_briefings[i]
        assert asked == []  # Kiwi not involved yet
    rest = list(stream)
    assert rest == seed_briefings[leading_hits:]
    assert asked == ([] if len(cached) == 5 else [0])  # one stream for all misses


def test_warm_cache_never_loads_kiwi(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from briefings import Cache, brief_many, load_paths
        from briefings.output.cache import core_fingerprint
        arts, _ = load_paths([])
        cache = Cache(sys.argv[1])
        out = list(brief_many(arts, cache=cache))
        print(len(out), cache.hits, "kiwipiepy" in sys.modules, core_fingerprint())
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(3):  # the source tree may be edited between the two runs (new fingerprint): retry
        run = [sys.executable, "-c", script, str(tmp_path / f"c{attempt}")]
        cold = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.split()
        warm = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.split()
        if cold[3] == warm[3]:
            break
    assert cold[:3] == ["5", "0", "True"]
    assert warm[:3] == ["5", "5", "False"]


def test_changed_text_or_metadata_is_a_miss(cache: Cache, seed_briefings: list[Briefing]) -> None:
    b = seed_briefings[2]
    cache.put(b)
    assert cache.get(dataclasses.replace(b.article, text=b.article.text + " 추가")) is None
    assert cache.get(dataclasses.replace(b.article, date="1999-01-01")) is None
    assert cache.get(dataclasses.replace(b.article, digest="0" * 64)) is None
    # the same file elsewhere is a hit
    moved = dataclasses.replace(b.article, path="/elsewhere/x.txt", id="x")
    hit = cache.get(moved)
    assert hit is not None and hit.article.path == "/elsewhere/x.txt" and hit.figures == b.figures


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other_format", "bad_crc"])
def test_damaged_entry_is_ignored_and_rebuilt(cache: Cache, seed_briefings: list[Briefing], damage: str) -> None:
    b = seed_briefings[4]
    cache.put(b)
    path = entry_path(cache, b)
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00\xffnot a cache entry" * 10)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other_format":
        magic, _fmt, length, crc = _HEADER.unpack_from(data)
        path.write_bytes(_HEADER.pack(magic, CACHE_FORMAT + 1, length, crc) + data[_HEADER.size :])
    else:
        path.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    assert cache.get(b.article) is None
    rebuilt = list(brief_many([b.article], cache=cache))
    assert rebuilt == [b]
    assert path.read_bytes() == data  # rewritten whole
    assert cache.get(b.article) == b


def test_foreign_pickle_cannot_run_code(cache: Cache, seed_briefings: list[Briefing], tmp_path: Path) -> None:
    b = seed_briefings[0]
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(marker),))

    payload = zlib.compress(pickle.dumps((Evil(), (), (), (), "", ())))
    path = entry_path(cache, b)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_HEADER.pack(_MAGIC, CACHE_FORMAT, len(payload), zlib.crc32(payload)) + payload)
    assert cache.get(b.article) is None
    assert not marker.exists()


def test_entry_of_another_article_is_rejected(cache: Cache, seed_briefings: list[Briefing]) -> None:
    a, b = seed_briefings[0], seed_briefings[1]
    cache.put(a)
    entry_path(cache, b).write_bytes(entry_path(cache, a).read_bytes())  # spans that do not fit b's text
    assert cache.get(b.article) is None


def test_unwritable_directory_runs_without_cache_and_says_so_once(
    tmp_path: Path, seed_briefings: list[Briefing]
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file, not a directory", encoding="utf-8")
    warnings: list[str] = []
    cache = Cache(blocker / "sub", warn=warnings.append)
    out = list(brief_many([b.article for b in seed_briefings], cache=cache))
    assert out == seed_briefings
    assert len(warnings) == 1
    assert "cache disabled" in warnings[0] and "file.txt" in warnings[0]
    assert not cache.enabled
    assert cache.info()["entries"] == 0
    assert blocker.read_text(encoding="utf-8") == "a file, not a directory"


def test_failed_write_leaves_no_temp_file(
    cache: Cache, seed_briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    cache = Cache(cache.root, warn=warnings.append)

    def full(*_a: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    assert cache.put(seed_briefings[0]) is False
    monkeypatch.undo()
    assert list(cache.dir.iterdir()) == []
    assert warnings == [f"cache disabled, running without it (cannot write to {cache.root}: disk full)"]


def test_info_and_clear(cache: Cache, seed_briefings: list[Briefing]) -> None:
    assert cache.info() == {"dir": str(cache.root), "entries": 0, "bytes": 0, "current_entries": 0,
                            "current_bytes": 0, "enabled": True}
    for b in seed_briefings:
        cache.put(b)
    stale = cache.root / ("0" * 16)
    stale.mkdir()
    (stale / "old.dsbc").write_bytes(b"x" * 10)
    keep = cache.root / "not-ours.txt"
    keep.write_text("user file", encoding="utf-8")
    info = cache.info()
    assert info["entries"] == 6 and info["current_entries"] == 5
    assert info["bytes"] == sum(p.stat().st_size for p in cache.dir.iterdir()) + 10
    assert cache.clear() == 6
    assert cache.info()["entries"] == 0
    assert keep.exists()  # clear removes only cache entries
    assert cache.get(seed_briefings[0].article) is None
    assert cache.put(seed_briefings[0])  # usable again after clear


def test_default_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "deepseek-brief"
    assert Cache().root == tmp_path / "deepseek-brief"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the XDG spec says: ignore relative paths
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "deepseek-brief"


# --------------------------------------------------------------------------- hostile entries and directories


def _run_briefly(fn: object, seconds: float = 10.0) -> list[object]:
    """Run ``fn()`` in a daemon thread; fail (instead of hanging the suite) if it does not return in time."""
    import threading

    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(fn()), daemon=True)  # type: ignore[operator]
    thread.start()
    thread.join(seconds)
    assert result, f"did not return within {seconds} s (blocked on the entry)"
    return result


def test_clear_never_follows_a_link_named_like_a_version(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    for name in ("notes.tmp", "data.dsbc", ("a" * 64) + ".dsbc"):
        (victim / name).write_text("precious", encoding="utf-8")
    cache = Cache(tmp_path / "cache", warn=pytest.fail)
    cache.put(seed_briefings[0])
    (cache.root / "0123456789abcdef").symlink_to(victim, target_is_directory=True)
    assert cache.info()["entries"] == 1
    assert cache.clear() == 1
    assert sorted(p.name for p in victim.iterdir()) == sorted(["notes.tmp", "data.dsbc", ("a" * 64) + ".dsbc"])
    assert cache.clear_failures == []


def test_clear_never_removes_through_a_link_or_a_non_regular_file(tmp_path: Path,
                                                                   seed_briefings: list[Briefing]) -> None:
    cache = Cache(tmp_path / "cache", warn=pytest.fail)
    cache.put(seed_briefings[0])
    outside = tmp_path / "outside.dsbc"
    outside.write_text("precious", encoding="utf-8")
    (cache.dir / ("b" * 64 + ".dsbc")).symlink_to(outside)
    os.mkfifo(cache.dir / "pipe.tmp")
    assert cache.clear() == 1
    assert outside.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in cache.dir.iterdir()) == ["b" * 64 + ".dsbc", "pipe.tmp"]  # not ours: left


def test_clear_that_cannot_remove_says_so(tmp_path: Path, seed_briefings: list[Briefing],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path / "cache", warn=pytest.fail)
    cache.put(seed_briefings[0])

    def read_only(*_a: object, **_k: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "unlink", read_only)
    assert cache.clear() == 0
    assert cache.clear_failures == ["read-only file system"]
    monkeypatch.undo()
    assert cache.info()["entries"] == 1


def test_an_entry_replaced_by_a_fifo_is_a_miss_not_a_hang(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    b = seed_briefings[0]
    cache.put(b)
    path = entry_path(cache, b)
    path.unlink()
    os.mkfifo(path)
    assert _run_briefly(lambda: cache.get(b.article)) == [None]
    assert len(warnings) == 1 and "not a regular file" in warnings[0]


def test_an_entry_linked_elsewhere_is_not_read(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    b = seed_briefings[0]
    cache.put(b)
    path = entry_path(cache, b)
    elsewhere = tmp_path / "elsewhere.dsbc"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)  # a valid entry, but reached through a link
    assert cache.get(b.article) is None
    assert len(warnings) == 1 and "symbolic link" in warnings[0]


def test_an_entry_linked_to_dev_zero_is_a_miss_at_once(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    b = seed_briefings[1]
    cache.put(b)
    path = entry_path(cache, b)
    path.unlink()
    path.symlink_to("/dev/zero")
    assert _run_briefly(lambda: cache.get(b.article), 5) == [None]
    assert len(warnings) == 1


def test_a_zlib_bomb_is_a_miss_without_inflating_it(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    b = seed_briefings[2]
    payload = zlib.compress(b"\0" * (64 << 20), 9)  # 64 MB of zeros in about 64 kB, a valid header
    path = entry_path(cache, b)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_HEADER.pack(_MAGIC, CACHE_FORMAT, len(payload), zlib.crc32(payload)) + payload)
    assert cache.get(b.article) is None
    assert len(warnings) == 1 and "decompresses to more than" in warnings[0]
    assert list(brief_many([b.article], cache=cache)) == [b]  # rebuilt
    assert cache.get(b.article) == b


def test_an_oversized_entry_is_not_read_and_odd_entries_are_said_once(
        tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    a, b = seed_briefings[3], seed_briefings[4]
    cache.dir.mkdir(parents=True)
    with open(entry_path(cache, a), "wb") as fh:
        fh.truncate(3 << 30)  # 3 GB, sparse
    os.mkfifo(entry_path(cache, b))
    assert cache.get(a.article) is None and cache.get(b.article) is None
    assert len(warnings) == 1 and "more than any entry" in warnings[0]
    assert cache.odd_entries == 2


def test_a_version_directory_that_is_a_link_is_never_written(tmp_path: Path, seed_briefings: list[Briefing]) -> None:
    warnings: list[str] = []
    cache = Cache(tmp_path / "cache", warn=warnings.append)
    victim = tmp_path / "victim"
    victim.mkdir()
    cache.root.mkdir()
    cache.dir.symlink_to(victim, target_is_directory=True)
    assert cache.put(seed_briefings[0]) is False
    assert list(victim.iterdir()) == []
    assert len(warnings) == 1 and "is a link" in warnings[0]
