"""A Korean analyser that cannot load is said once, as an installation fault, in the reader."""

from __future__ import annotations

import sys

import pytest
from conftest import FakeCorpus, build_app, wait_for_workers

from briefings import brief_many


async def test_the_reader_says_once_that_the_analyser_cannot_load(
    corpus: FakeCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.analysis import nlp

    monkeypatch.setattr(nlp, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy", None)
    corpus.articles = [a for a in corpus.articles if a.id != "c3"]
    app = build_app(corpus, brief_many=brief_many)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert sum("the Korean analyser cannot be loaded" in m for m in said) == 1, said
