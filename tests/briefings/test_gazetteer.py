"""The gazetteer (briefings/data/glossary.tsv) as data: well-formed rows, and names from each group
(KOSPI 200 / KOSDAQ companies and their short forms, the S&P 100, Asian makers, indices, regulators)
giving a fact its subject in sentences written in the usual style of market news."""

from __future__ import annotations

from collections import Counter
from importlib.resources import files

import pytest

from briefings import Article, brief
from briefings.lexicon import glossary

TYPES = {
    "company", "person", "product", "index", "market", "country", "org", "outlet", "place", "term",
    "crypto", "fx", "exchange", "bank", "research", "commodity", "aggregate", "yield",
}  # fmt: skip


def _rows() -> list[list[str]]:
    text = files("briefings.data").joinpath("glossary.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line.strip() and not line.startswith("#")]


def test_rows_are_well_formed_and_unique() -> None:
    rows = [r for r in _rows() if r[0] != "ko"]
    assert all(len(r) in (3, 4) and r[0].strip() == r[0] and r[1].strip() for r in rows)
    assert {r[2] for r in rows} <= TYPES
    twice = [ko for ko, n in Counter(r[0] for r in rows).items() if n > 1]
    assert twice == []
    # products name a known owner
    english = {e.en for e in glossary()}
    assert all(r[3] in english for r in rows if len(r) == 4 and r[3])


@pytest.mark.parametrize("word", ["현대", "인도", "이란", "비자", "신세계", "파라다이스", "타깃", "예보"])
def test_common_words_are_not_names(word: str) -> None:
    # "인도" is also 인도(引渡, delivery: "차량 인도량"), "이란" the ending "~이란", "비자" a visa:
    # a name that is also a common word would give facts a false subject.
    assert word not in {e.ko for e in glossary()}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("에코프로머티리얼즈 주가는 전 거래일보다 5.2% 올랐다.", "5.2%", "EcoPro Materials"),
        ("삼전은 3분기 영업이익 9조1000억원을 기록했다.", "9조1000억원", "Samsung Electronics"),
        ("한화에어로는 3분기 매출 3조원을 올렸다.", "3조원", "Hanwha Aerospace"),
        ("램리서치 주가는 4.1% 하락했다.", "4.1%", "Lam Research"),
        ("대만 가권지수는 2.1% 내렸다.", "2.1%", "TAIEX"),
        ("항셍지수는 1.5% 올랐다.", "1.5%", "Hang Seng Index"),
        ("효성중공업 주가는 10% 급등했다.", "10%", "Hyosung Heavy Industries"),
        ("LS전선은 3분기 영업이익 1200억원을 기록했다.", "1200억원", "LS Cable & System"),
        ("KB국민은행은 3분기 순이익 9000억원을 냈다.", "9000억원", "KB Kookmin Bank"),
        ("한수원은 올해 매출 12조원을 기록했다.", "12조원", "Korea Hydro & Nuclear Power"),
        ("SKT는 3분기 영업이익 5000억원을 기록했다.", "5000억원", "SK Telecom"),
        ("쿠팡은 3분기 매출 12조원을 올렸다.", "12조원", "Coupang"),
        ("글렌코어 주가는 3.2% 떨어졌다.", "3.2%", "Glencore"),
        ("OCI 주가는 4% 올랐다.", "4%", "OCI"),
    ],
)
def test_names_of_each_group_are_subjects(text: str, surface: str, subject: str) -> None:
    b = brief(Article(id="t", path="t.txt", title="", text=text))
    start = text.index(surface)
    facts = [f for f in b.facts if f.figure is not None and b.figures[f.figure].start == start]
    assert [f.subject for f in facts] == [subject]


def test_a_name_glued_to_more_of_a_longer_name_is_not_that_name() -> None:
    # Kiwi reads "쿠팡이츠서비스" as 쿠팡 + 이(subject particle) unless the longer name is known:
    # the investigators sent to the unit's office are not Coupang's figure
    text = "공정위 시장감시국은 이날 쿠팡이츠서비스 본사에 조사관 10여 명을 보내 자료를 확보했다."
    b = brief(Article(id="t", path="t.txt", title="", text=text))
    assert all(f.subject != "Coupang" for f in b.facts)


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("다올투자증권은 삼성전자 목표주가를 9만원으로 올렸다.", "9만원", "Daol Investment & Securities"),
        ("미래에셋증권은 이날 LS일렉 목표주가를 30만원으로 올렸다.", "30만원", "Mirae Asset Securities"),
    ],
)
def test_brokers_are_the_source_of_a_target_price(text: str, surface: str, source: str) -> None:
    b = brief(Article(id="t", path="t.txt", title="", text=text))
    start = text.index(surface)
    facts = [f for f in b.facts if f.figure is not None and b.figures[f.figure].start == start]
    assert [f.source for f in facts] == [source]
    assert all(f.subject != source for f in facts)
