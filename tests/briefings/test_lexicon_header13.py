"""A data file's first row is its column names only when it looks like them (round 13).

`english_nouns.tsv` has no header row, and its first noun (국내총생산) was silently dropped as one."""

from __future__ import annotations

from briefings.lexicon import _rows


def test_a_file_without_column_names_keeps_its_first_row() -> None:
    assert _rows("english_nouns.tsv")[0][:2] == ["국내총생산", "gross domestic product"]


def test_a_file_with_column_names_does_not_return_them() -> None:
    corporate = _rows("corporate.tsv")
    assert all(r[0] != "kind" for r in corporate)
    assert corporate[0][:3] == ["issue", "유상증자", "new share sale"]  # the row after the column names is kept
    english = _rows("english.tsv")
    assert english[0][0] != "measure"
    assert english[0][:4] == ["share_price", "change+level", "up", "close"]
