"""HTML pages: the extractor must load in the installed environment, and keep only the article body."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefings.ingest import extractor
from briefings.ingest.files import read_article
from briefings.model import Article

PARAS = "".join(
    f"<p>{i}번째 문단이다. 반도체 업체들의 주가가 크게 흔들리면서 투자자들의 불안이 커졌다고 시장 관계자들은 전했다.</p>"
    for i in range(1, 8)
)

NOISY_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>반도체주 급락 - 한국경제</title>"
    "<meta property='og:title' content='반도체주 급락'></head><body>"
    "<header><nav><ul><li><a href='/'>홈</a></li><li><a href='/p'>정치</a></li><li><a href='/e'>경제</a></li>"
    "<li><a href='/s'>사회</a></li></ul></nav>"
    "<div class='weather-widget'>• 동두천 15.1℃흐림 • 서울 16.2℃맑음</div></header>"
    f"<main><article><h1>반도체주 급락</h1>{PARAS}</article>"
    "<aside class='most-read'><h3>많이 본 뉴스</h3><ol><li><a href='/1'>연예인 결혼 발표</a></li>"
    "<li><a href='/2'>주말 날씨 전망</a></li><li><a href='/3'>프로야구 결과</a></li></ol></aside>"
    "<section class='related'><h3>관련기사</h3><ul><li><a href='/r1'>환율 1400원 돌파</a></li></ul></section></main>"
    "<footer><p>회사소개 | 광고문의 | 개인정보처리방침</p><p>Copyright ⓒ 한국경제. 무단전재 및 재배포 금지</p></footer>"
    "</body></html>"
)


def _read(tmp_path: Path, name: str, page: str) -> Article:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    art = read_article(path)
    assert isinstance(art, Article), art
    return art


@pytest.mark.deps
def test_extractor_imports_in_the_installed_environment() -> None:
    """Fails when a dependency of trafilatura (lxml_html_clean, justext, ...) is missing or broken."""
    done = subprocess.run(
        [sys.executable, "-c", "from briefings.ingest.extractor import extractor_problem as p; print(p() or 'OK')"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "OK", f"the HTML extractor cannot be loaded: {done.stdout.strip()}"


@pytest.mark.deps
def test_page_keeps_only_its_article_body(tmp_path: Path) -> None:
    art = _read(tmp_path, "page.html", NOISY_PAGE)
    assert art.title == "반도체주 급락"
    # the headline stays once, as the first line
    assert art.text.startswith("반도체주 급락\n1번째 문단이다.") and "7번째 문단이다." in art.text
    for noise in ("정치", "동두천", "15.1℃", "많이 본 뉴스", "연예인 결혼", "관련기사", "환율 1400원", "광고문의", "무단전재"):
        assert noise not in art.text, noise
    assert extractor.HTML_EXTRACTED in art.warnings


def test_a_missing_extractor_is_named_not_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extractor, "_tried", True)
    monkeypatch.setattr(extractor, "_loaded", None)
    monkeypatch.setattr(extractor, "_problem", "ImportError: lxml.html.clean module is now a separate project")
    art = _read(tmp_path, "page.html", NOISY_PAGE)
    assert any("the HTML extractor is not installed" in w and "lxml.html.clean" in w for w in art.warnings)
    assert extractor.extractor_problem().startswith("ImportError")


def test_a_page_the_extractor_cannot_parse_falls_back_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        @staticmethod
        def bare_extraction(*_a: object, **_k: object) -> None:
            raise ValueError("bad tree")

    monkeypatch.setattr(extractor, "_tried", True)
    monkeypatch.setattr(extractor, "_loaded", Broken)
    monkeypatch.setattr(extractor, "_problem", None)
    art = _read(tmp_path, "page.html", NOISY_PAGE)
    assert "read as plain text: the HTML extractor failed on this page (ValueError)" in art.warnings
    assert "7번째 문단이다." in art.text
