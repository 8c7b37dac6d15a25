"""``brief --format json`` streams its document; the bytes must be those of ``briefings_to_json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings import Cache, brief_many, briefings_to_json, load_paths
from tui.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("extra", [[], ["missing-file.txt"]])
def test_streamed_json_is_byte_identical_to_the_document(
    extra: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = [str(SEEDS[0]), str(SEEDS[3]), *extra]
    code = main(["brief", "--format", "json", *paths])
    streamed = capsys.readouterr().out
    articles, errors = load_paths([p for p in paths if Path(p).exists()])
    from briefings import IngestError

    errors = [IngestError(p, "no such file or directory") for p in extra] + list(errors)
    expected = briefings_to_json(list(brief_many(articles, cache=Cache(tmp_path / "cache" / "deepseek-brief"))), errors)
    assert streamed == expected
    assert code == (1 if extra else 0)


def test_streamed_json_of_nothing_is_the_empty_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    code = main(["brief", "--format", "json", "--no-cache", str(tmp_path / "empty")])
    assert capsys.readouterr().out == briefings_to_json([], [])
    assert code == 1
