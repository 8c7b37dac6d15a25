"""The dependencies work together as installed (CI runs these on the newest allowed versions too)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.deps


def test_kiwi_and_its_model_analyse_korean(tmp_path: Path) -> None:
    from briefings import brief_many, load_paths

    path = tmp_path / "a.txt"
    path.write_text("반도체 지수 급락\n반도체주가 일제히 약세를 보였다. 필라델피아 반도체 지수는 이날 9.2% 떨어졌다.\n", encoding="utf-8")
    articles, errors = load_paths([path])
    assert not errors
    (briefing,) = brief_many(articles)
    assert [f.surface for f in briefing.figures] == ["9.2%"]
    assert len(briefing.analysis.sentences) == 3  # the headline, then the two body sentences


async def test_textual_app_starts_headless() -> None:
    from textual.app import App
    from textual.widgets import Static

    class Tiny(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("ok", markup=False)

    async with Tiny().run_test() as pilot:
        await pilot.pause()
        assert pilot.app.query_one(Static).render().plain == "ok"


def test_charset_normalizer_reads_cp949() -> None:
    from briefings.ingest.files import decode_bytes

    decoded = decode_bytes("엔비디아 주가가 17% 폭락했다.".encode("cp949"))
    assert not isinstance(decoded, str) and "엔비디아" in decoded.text
