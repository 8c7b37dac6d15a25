"""Acts of courts, regulators and unions said as news, for articles whose lead is no figure (``data/acts.tsv``).

- a court's ruling on a motion: "서울중앙지법 민사합의50부는 1일 A 측이 B를 상대로 낸 주주총회 개최금지 가처분 신청을
  기각했다" -> "The Seoul Central District Court rejected A's request for an injunction to block B's shareholders'
  meeting on 1 December 2026"; the passive "A가 낸 가처분 신청이 법원에서 기각됐다" -> "A court rejected A's request
  for an injunction". The motion is the noun right before the verdict (marked 을/를, or 이/가 with the court as agent
  in a passive); the applicant is the subject of the relative clause that files it ("A 측이 … 낸", "A가 제기한"), the
  target the name before "를 상대로" or the owner of what the injunction would stop ("B의 임시 주주총회 개최를
  막아달라며"). No applicant and no target: no line. A judgment on a suit ("…가 낸 손해배상 청구 소송에서 원고 승소
  판결했다") says whom it favours, the plaintiff named.
- a regulator's approval of a product: "A의 간암 신약 '…'이 미국 식품의약국(FDA)의 품목허가를 받았다" (passive: the
  product is the subject, the regulator owns the approval noun), "A는 식약처로부터 비만치료제 '…'의 품목허가를
  받았다" (the owner is the subject), "식약처는 A의 … 신약을 허가했다" (active) -> "The US Food and Drug Administration
  approved HLB's new liver cancer drug". The product is said only as its noun and indication from the data (a drug's
  own name is not romanised); a product noun the data lacks, or an owner the gazetteer lacks: no line.
- a draft rule put out for public comment: "금융위원회는 … '디지털자산기본법 시행령' 제정안을 27일부터 내년 1월 8일까지
  입법예고한다고 밝혔다" -> "The Financial Services Commission will put out a draft enforcement decree of the Digital
  Asset Basic Act for public comment from 27 November 2026 to 8 January 2027": the law named in the data, only dates
  (with 부터/까지) between the draft and the verb, a named institution its subject.
- a draft passed: "상법 개정안이 1일 국회 본회의를 통과했다", "정부는 국무회의에서 … 시행령 개정안을 의결했다" -> "The
  National Assembly passed an amendment to the Commercial Act on 1 December 2026", "The Cabinet approved …".
- a named law taking effect: "상법 개정안은 내년 4월 1일부터 시행된다" -> "The amended Commercial Act will take effect on 1
  April 2027" (the day resolved, else no line).
- a company's wage talks: "현대차 노사가 임금협상을 타결했다" -> "Hyundai Motor's management and union reached a wage
  deal"; "기아 노사의 임금협상이 결렬됐다" -> "Wage talks between Kia's management and union broke down".
- a union's walkout: "서울 시내버스 노조가 30일 첫차부터 파업에 들어갔다" -> "The Seoul city bus union went on strike
  on 30 November 2026"; the union is a company the gazetteer names before a union noun ("Kia's union"), or composed
  of a region and an industry word of the data ("the Seoul city bus union"); a strike only planned ("총파업에 돌입할
  예정이다") is said as a plan, without its day ("plans to stage a general strike"), none on a condition or a threat.

Tense comes from the ending (acts told as done, a law's effect and a union's plan said as such); a sentence that denies, weighs or retracts
(``data/undone.tsv``) or tells an undated background gives none. One act per action: the first telling, or a
fuller retelling (a named court, a date) within two sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions
from briefings.facts.decisions import _day, _subject, _undone_or_background
from briefings.lexicon import kind_table
from briefings.model import Analysis, Event, Figure

_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")
_QUOTED = re.compile(r"\s*['‘\"“「][^'’\"”」]{1,30}['’\"”」](?:\s*\([^()]{0,40}\))?")
_JOIN = re.compile(r"\s*(?:와|과|및|,|·)\s*")
_APPLICANT = re.compile(r"(?:\s*측)?(?:이|가)\s")
_AGAINST = re.compile(r"(?:을|를)\s+상대로")
_SUBJECT = re.compile(r"(?:은|는|이|가)\s")
_NOT_DONE = ("면", "는", "지")  # "기각했다면" if, "기각했다는 보도" a report, "받았는지" whether
_SUBJECT_REACH = 40  # characters between a product subject and the regulator whose approval it won
_RETOLD = 2  # sentences after a first telling where a fuller retelling replaces it
_FILED_REACH = 40  # characters between the filing verb and the motion (the injunction's kind)
_OWNER_TYPES = frozenset({"company", "bank", "org", "country"})


@cache
def _words() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> (Korean, English) rows of ``acts.tsv``, longest Korean first."""
    return {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in kind_table("acts.tsv").items()}


def _starts(text: str, pos: int, kind: str) -> tuple[str, str] | None:
    """The longest row of ``kind`` written at ``pos``: (Korean, English)."""
    return next(((ko, en) for ko, en in _words().get(kind, ()) if text.startswith(ko, pos)), None)


def _found(text: str, ko: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``ko`` is written in ``text[lo:hi]``, each occurrence after the last one's end: the starts
    ``re.finditer(re.escape(ko), text[lo:hi])`` gives, moved by ``lo``, found without building a pattern per word
    and sentence (most words of a row are in no sentence)."""
    at = text.find(ko, lo, hi)
    while at >= 0:
        yield at
        at = text.find(ko, at + (len(ko) or 1), hi)


def _ends(text: str, lo: int, end: int, kind: str) -> tuple[str, str, int] | None:
    """The longest row of ``kind`` ending at ``end`` (after ``lo``): (Korean, English, its start)."""
    for ko, en in _words().get(kind, ()):
        start = end - len(ko)
        if start >= lo and text.startswith(ko, start):
            return ko, en, start
    return None


def _names_ending(
    text: str, end: int, mentions: Sequence[EntityMention], gap: re.Pattern[str], lo: int = 0
) -> list[EntityMention]:
    """The gazetteer names whose last one is followed by ``gap`` right up to ``end``, with those joined before it by
    와/과/및/,/· ("영풍·MBK 측이": Young Poong and MBK Partners)."""
    last = next(
        (
            m
            for m in reversed(mentions)
            if lo <= m.start and m.end <= end and gap.fullmatch(text, m.end, end) and m.entity.type in _OWNER_TYPES
        ),
        None,
    )
    if last is None:
        return []
    names = [last]
    for m in reversed(mentions):
        if lo <= m.start and m.end <= names[0].start and m.entity.type in _OWNER_TYPES:
            if _JOIN.fullmatch(text, m.end, names[0].start):
                names.insert(0, m)
    return names


def _said(names: Sequence[EntityMention]) -> str:
    from briefings.writing.wording import joined, name_phrase  # lazily: the writing layer imports the facts

    return joined([name_phrase(m.entity.en, kind=m.entity.type) for m in names])


def _poss(names: Sequence[EntityMention]) -> str:
    from briefings.writing.wording import joined, name_phrase, possessive

    return joined([possessive(name_phrase(m.entity.en, kind=m.entity.type)) for m in names])


def _done(text: str, stop: int) -> bool:
    """Whether the ending that closes at ``stop`` is no conditional, report or question ("했다면", "했다는")."""
    return not text.startswith(_NOT_DONE, stop)


# ---- court rulings ---------------------------------------------------------------------------------------------


def _ruling(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """The first ruling on a motion in ``text[lo:hi]`` (see the module docstring), else None."""
    words = _words()
    for ko, verb in words.get("verdict", ()):
        for at in _found(text, ko, lo, hi):
            after = at + len(ko)
            if text.startswith(" 결정", after):  # "기각 결정을 내렸다"
                after += 1
            passive = _starts(text, after, "ruling_passive")
            active = _starts(text, after, "ruling_done") if passive is None else None
            ending = passive or active
            if ending is None or not _done(text, after + len(ending[0])):
                continue
            event = _ruled(text, lo, hi, si, figs, names, at, after + len(ending[0]), verb, passive is not None)
            if event is not None:
                return event
    return None


_DIVISION = re.compile(r"\s+[가-힣]{1,8}[0-9]{1,2}부(?:\s*\([^()]{0,40}\))?")


def _court_before(
    text: str, lo: int, end: int, names: Sequence[EntityMention], passive: bool
) -> tuple[str, int] | None:
    """ (the court said, where its words start) when a court is the agent right before the verdict at ``end``: the
    passive's "법원에서"/"서울중앙지법에서" ("A court" when unnamed), or an active subject standing after the motion
    ("가처분 신청을 법원이 기각했다", "… 서울고법 민사1부가 기각했다"); else None."""
    stop = lo + len(text[lo:end].rstrip())
    unnamed = _ends(text, lo, stop, "court_passive" if passive else "court_active")
    if unnamed is not None and (unnamed[2] == lo or text[unnamed[2] - 1].isspace()):
        return "A court", unnamed[2]
    markers = ("에서", "에 의해") if passive else ("이", "가", "은", "는")
    for m in reversed(names):
        if m.end > stop or m.start < lo or "Court" not in m.entity.en:
            continue
        tail = m.end
        division = _DIVISION.match(text, tail)  # "서울중앙지법 민사합의50부가": a bench acts for its court
        tail = division.end() if division else tail
        if any(text.startswith(k, tail) and tail + len(k) == stop for k in markers):
            return _said([m]), m.start
    return None


def _parties(
    text: str, lo: int, motion_start: int, names: Sequence[EntityMention]
) -> tuple[list[EntityMention], list[EntityMention], int]:
    """ (applicants, target, where the applicants' clause starts) of a motion or suit starting at ``motion_start``:
    the subject of the relative clause that files it ("A 측이 B를 상대로 … 낸": A; B the target) or its owner
    ("A의 항소")."""
    clause = text[lo:motion_start]
    filed = None
    for ko, _ in _words().get("filed", ()):
        k = clause.rfind(ko + " ")
        if k >= 0 and len(clause) - k - len(ko) <= _FILED_REACH and (filed is None or k > filed):
            filed = k
    applicants: list[EntityMention] = []
    target: list[EntityMention] = []
    clause_start = lo
    if filed is not None:
        filed_at = lo + filed
        for m in reversed(names):  # "A 측이 B를 상대로 … 낸": the filer is the subject of the relative clause
            if lo <= m.start and m.end <= filed_at and _APPLICANT.match(text, m.end):
                applicants = _names_ending(text, m.end, names, re.compile(r""), lo)
                clause_start = applicants[0].start if applicants else m.start
                break
        for m in reversed(names):
            if clause_start <= m.start and m.end <= filed_at and _AGAINST.match(text, m.end):
                target = _names_ending(text, m.end, names, re.compile(r""), clause_start)
                break
    else:
        owners = _names_ending(text, motion_start, names, re.compile(r"(?:\s*측)?의\s*"), lo)
        if owners:
            applicants, clause_start = owners, owners[0].start
    return applicants, target, clause_start


def _ruled(
    text: str,
    lo: int,
    hi: int,
    si: int,
    figs: Sequence[tuple[int, Figure]],
    names: Sequence[EntityMention],
    at: int,
    stop: int,
    verb: str,
    passive: bool,
) -> Event | None:
    """The ruling whose verdict stands at ``at`` (its ending closing at ``stop``), with its court, motion, applicant
    and target, else None."""
    end = at
    late_day = None  # "… 신청을 서울중앙지법이 1일 기각했다": the day between the court and its verdict
    for i, f in figs:
        if f.kind == "date" and f.end <= at and not text[f.end : at].strip() and len(str(f.value)) == 10:
            late_day, end = i, f.start
    agent = _court_before(text, lo, end, names, passive)  # "법원에서 기각됐다", "… 신청을 법원이 기각했다"
    court = agent[0] if agent else ""
    if passive and agent is None:
        return None
    end = agent[1] if agent else end
    before = text[lo:end].rstrip()
    if not passive and before.endswith(("에 대해", "에 대해서")):  # "신청에 대해 기각 결정을 내렸다"
        before = before.removesuffix("서").removesuffix("에 대해") + "을"
    if not before.endswith(("이", "가") if passive else ("을", "를")):
        return None
    end = lo + len(before) - 1
    motion = _ends(text, lo, end, "motion")
    if motion is None:
        return None
    _, motion_en, motion_start = motion
    applicants, target, clause_start = _parties(text, lo, motion_start, names)
    kind = ""
    if motion_en.endswith("injunction"):
        span = text[clause_start:motion_start]
        for ko, en in _words().get("injunction", ()):
            k = span.find(ko)
            if k < 0:
                continue
            whose = target
            if not whose:  # "B의 임시 주주총회 개최를": the meeting's owner
                whose = _names_ending(text, clause_start + k, names, re.compile(r"의\s*"), clause_start)
            target = target or whose
            kind = " " + en.replace("{whose}", _poss(whose) if whose else "the")  # "to block the issue of new shares"
            break
        if not kind and target:
            kind = f" against {_said(target)}"
    elif target:  # "A가 B를 상대로 낸 항소": A's appeal in its case against B
        kind = f" in its case against {_said(target)}" if motion_en == "appeal" else f" against {_said(target)}"
    if not applicants and not kind:
        return None
    if any(m in applicants for m in target):
        return None  # one name both files and is sued: a misread clause
    if not court:
        who = _subject(text, lo, clause_start, names, institutions=True)
        opening = _starts(text, lo, "court_active")  # "법원은 A의 가처분 신청을 기각했다": the court unnamed
        if who is not None and "Court" in who[0]:
            court = _said([next(m for m in names if m.entity.en == who[0])])
        elif opening is not None and lo + len(opening[0]) <= clause_start:
            court = "A court"
        else:
            return None
    motion_said = f"{_poss(applicants)} {motion_en}" if applicants else f"a {motion_en}"
    day = late_day if late_day is not None else _day(figs, lo, clause_start, text) if not passive else None
    when = f" on {next(f.en for i, f in figs if i == day)}" if day is not None else ""
    # "…기각했다고 1일 밝혔다": the day of a report is not said ("it said" would be the court's, the reporter may be
    # a party)
    detail = f"{court[:1].upper()}{court[1:]} {verb} {motion_said}{kind}{when}"
    date = day
    who_en = court.removeprefix("the ").removeprefix("The ")
    return Event("ruling", "court_ruling", si, at, stop, (who_en,), None, "org", date=date, detail=detail,
                 amount=(date,) if date is not None else ())  # fmt: skip


def _judgment(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """A court's judgment on a suit ("서울중앙지법은 1일 A가 B를 상대로 낸 손해배상 청구 소송에서 원고 승소 판결했다" ->
    "The Seoul Central District Court ruled in favour of A in its damages suit against B on 1 December 2026"): the
    plaintiff the suit's filer, named; the court the sentence's subject; else None."""
    for ko, phrase in _words().get("verdict_for", ()):
        at = text.find(ko, lo, hi)
        if at < 0:
            continue
        pos = at + len(ko) + (1 if text.startswith(" ", at + len(ko)) else 0)  # "원고 승소 판결했다"
        ending = _starts(text, pos, "verdict_end")
        stop = pos + len(ending[0]) if ending else at
        if ending is None or not _done(text, stop):
            continue
        before = text[lo:at].rstrip()
        if not before.endswith("에서"):
            continue
        suit = _ends(text, lo, lo + len(before) - 2, "suit")
        if suit is None:
            continue
        plaintiffs, target, clause_start = _parties(text, lo, suit[2], names)
        if not plaintiffs or any(m in plaintiffs for m in target):
            continue
        who = _subject(text, lo, clause_start, names, institutions=True)
        if who is None or "Court" not in who[0]:
            continue
        court = _said([next(m for m in names if m.entity.en == who[0])])
        their = "their" if len(plaintiffs) > 1 else "its"
        against = f" against {_said(target)}" if target else ""
        day = _day(figs, lo, clause_start, text)
        when = f" on {next(f.en for i, f in figs if i == day)}" if day is not None else ""
        said = phrase.replace("{plaintiff}", _said(plaintiffs))
        detail = f"{court[:1].upper()}{court[1:]} {said} in {their} {suit[1]}{against}{when}"
        return Event("ruling", "court_ruling", si, at, stop, (who[0],), None, "org", date=day, detail=detail,
                     amount=(day,) if day is not None else ())  # fmt: skip
    return None


# ---- regulators' approvals ---------------------------------------------------------------------------------------


def _product(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """ (English, start) of a product noun with its indication ending at ``end`` ("간암 신약": new liver cancer drug),
    a drug's quoted name after it read over; None when the noun is not of the data."""
    end = lo + len(text[lo:end].rstrip())
    quoted = None
    for q in _QUOTED.finditer(text, lo, end):
        if q.end() == end:
            quoted = q
    if quoted is not None:
        end = quoted.start()
    found = _ends(text, lo, end, "product")
    if found is None:
        return None
    ko, _, start = found
    template = dict(_words()["product"])[ko]
    before = text[lo:start]
    indication = ""
    for iko, ien in _words().get("indication", ()):
        stem = before.rstrip()  # "간암 신약", "비만치료제": the disease word right before the noun, a word's start
        k = lo + len(stem) - len(iko)
        if stem.endswith(iko) and (k == lo or text[k - 1].isspace() or text[k - 1] in "(·'‘"):
            indication, start = ien + " ", k
            break
    return template.replace("{for}", indication), start


def _owner_of(text: str, lo: int, start: int, names: Sequence[EntityMention]) -> tuple[str, int] | None:
    """ ("HLB's", its start) when a company the gazetteer names owns the product starting at ``start`` ("HLB의",
    "HLB(028300)의", "HLB가 개발한"), else None."""
    from briefings.writing.wording import name_phrase, possessive

    gaps = "|".join(re.escape(g) for g, _ in _words().get("owner_gap", ()))
    pattern = re.compile(rf"(?:\s*\([^()]{{0,20}}\))?(?:{gaps})\s*")
    for m in reversed(names):
        owned = m.entity.type in {"company", "bank"} and pattern.fullmatch(text, m.end, start) is not None
        if lo <= m.start and m.end <= start and owned:
            return possessive(name_phrase(m.entity.en, kind=m.entity.type)), m.start
    return None


def _regulator_at(text: str, pos: int) -> tuple[str, int] | None:
    """ (English, end) of a regulator written at ``pos`` with its bracketed abbreviation read over."""
    found = _starts(text, pos, "regulator")
    if found is None:
        return None
    end = pos + len(found[0])
    aside = _ASIDE.match(text, end)
    return found[1], aside.end() if aside else end


def _regulator_ending(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """ (English, start) of a regulator (with its bracketed abbreviation) ending at ``end``."""
    for k in range(max(lo, end - 40), end):
        if k > lo and not (text[k - 1].isspace() or text[k - 1] in "(‘'"):
            continue
        found = _regulator_at(text, k)
        if found is not None and found[1] == end:
            return found[0], k
    return None


def _approval(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """The first approval of a product told done in ``text[lo:hi]``, else None."""
    for ko, phrase in _words().get("grant", ()):
        for at in _found(text, ko, lo, hi):
            received = _starts(text, at + len(ko), "received")
            if received is not None and _done(text, at + len(ko) + len(received[0])):
                stop = at + len(ko) + len(received[0])
                said = _passive_approval(text, lo, at, names, phrase)
            else:
                granted = _starts(text, at + len(ko), "granted")
                if granted is None or not _done(text, at + len(ko) + len(granted[0])):
                    continue
                stop = at + len(ko) + len(granted[0])
                said = _active_approval(text, lo, at, names, phrase)
            if said is None:
                continue
            # the day before the verb only: "…를 받았다고 1일 밝혔다" is the owner's report, and "it said" would read
            # as the regulator's
            date = _day(figs, lo, at, text)
            when = f" on {next(f.en for i, f in figs if i == date)}" if date is not None else ""
            detail = said[1] + when
            return Event("approval", "product_approval", si, at, stop, (said[0],), None, "org",
                         date=date, detail=detail[:1].upper() + detail[1:],
                         amount=(date,) if date is not None else ())  # fmt: skip
    return None


def _passive_approval(
    text: str, lo: int, at: int, names: Sequence[EntityMention], phrase: str
) -> tuple[str, str] | None:
    """ (regulator, "the US Food and Drug Administration approved HLB's new liver cancer drug") from "[owner의 product]이
    … [regulator](의) [grant]를 받았다", "[owner]가 [product]의 [regulator] [grant]를 받았다" or "[owner]는
    [regulator]로부터 [product]의 [grant]를 받았다", else None."""
    before = text[lo:at].rstrip()
    for marker in ("으로부터", "로부터"):  # "[HLB의 신약]이 FDA로부터 품목허가를 받았다"
        if before.endswith(marker):
            regulator = _regulator_ending(text, lo, lo + len(before) - len(marker))
            subject = _subject_product(text, lo, regulator[1], names) if regulator else None
            if regulator is None or subject is None:
                return None
            return regulator[0], f"{regulator[0]} {phrase.replace('{what}', subject)}"
    if before.endswith("에 대한"):  # "…에 대한 품목허가를": the product's approval, as "…의"
        before = before[: -len("에 대한")] + "의"
    head = before[:-1] if before.endswith("의") else before
    regulator = _regulator_ending(text, lo, lo + len(head))  # "…(FDA)의 품목허가", "FDA 승인": the regulator's approval
    if regulator is not None:
        ahead = text[lo : regulator[1]].rstrip()
        if ahead.endswith("의"):  # "리보세라닙'의 미국 식품의약국(FDA) 허가를": the product owns the approval
            product = _product(text, lo, lo + len(ahead) - 1)
            if product is None:
                return None
            owned = _owner_of(text, lo, product[1], names)
            owner = owned[0] if owned else _owner_subject(text, lo, product[1], names)
            subject = f"{owner} {product[0]}" if owner else None
        else:
            subject = _subject_product(text, lo, regulator[1], names)
        if subject is None:
            return None
        return regulator[0], f"{regulator[0]} {phrase.replace('{what}', subject)}"
    if not before.endswith("의"):
        return None
    product = _product(text, lo, lo + len(head))  # "식약처로부터 비만치료제 '…'의 품목허가를"
    if product is None:
        return None
    gap = text[lo : product[1]].rstrip()
    for marker in ("으로부터", "로부터"):
        if gap.endswith(marker):
            regulator = _regulator_ending(text, lo, lo + len(gap) - len(marker))
            if regulator is None:
                return None
            owner = _owner_subject(text, lo, regulator[1], names)
            if owner is None:
                return None
            return regulator[0], f"{regulator[0]} {phrase.replace('{what}', owner + ' ' + product[0])}"
    return None


def _subject_product(text: str, lo: int, end: int, names: Sequence[EntityMention]) -> str | None:
    """ "HLB's new liver cancer drug": the product marked as the subject before ``end`` ("HLB의 간암 신약 '…'이 세
    번째 도전 끝에 "), its owner named, else None."""
    for marker in re.finditer(r"(?:이|가|은|는)\s", text[lo:end]):
        k = lo + marker.start()
        if end - k > _SUBJECT_REACH or re.search(r",|[며고]\s", text[k:end]):
            continue  # the product must be the subject of the approval's own clause
        product = _product(text, lo, k)
        if product is None:
            continue
        owner = _owner_of(text, lo, product[1], names)
        if owner is None and re.search(r"자사(?:의)?\s*$", text[lo : product[1]]):
            # "X는 자사의 비만치료제가 …": the product of the sentence's subject
            said = _owner_subject(text, lo, product[1], names)
            owner = (said, product[1]) if said else None
        if owner is not None:
            return f"{owner[0]} {product[0]}"
        return None
    return None


def _owner_subject(text: str, lo: int, end: int, names: Sequence[EntityMention]) -> str | None:
    """ "HLB's": the company marked as the sentence's subject before ``end``, else None."""
    from briefings.writing.wording import name_phrase, possessive

    for m in names:
        if lo <= m.start and m.end <= end and m.entity.type in {"company", "bank"}:
            tail = _ASIDE.match(text, m.end)
            if _SUBJECT.match(text, tail.end() if tail else m.end):
                return possessive(name_phrase(m.entity.en, kind=m.entity.type))
    return None


def _active_approval(
    text: str, lo: int, at: int, names: Sequence[EntityMention], phrase: str
) -> tuple[str, str] | None:
    """ "South Korea's Ministry of Food and Drug Safety approved Daewoong's new obesity drug" from "[regulator]은 …
    [owner의 product]을 [grant]했다" (only day words or a time between the object and the verb), else None."""
    before = text[lo:at].rstrip()
    if not before.endswith(("을", "를")):
        return None
    product = _product(text, lo, lo + len(before) - 1)
    if product is None:
        return None
    owner = _owner_of(text, lo, product[1], names)
    if owner is None:
        return None
    for k in range(lo, owner[1]):
        if k > lo and not text[k - 1].isspace():
            continue
        regulator = _regulator_at(text, k)
        if regulator is not None and _SUBJECT.match(text, regulator[1]):
            return regulator[0], f"{regulator[0]} {phrase.replace('{what}', owner[0] + ' ' + product[0])}"
    return None


# ---- walkouts ----------------------------------------------------------------------------------------------------


def _union_named(text: str, lo: int, at: int, names: Sequence[EntityMention]) -> tuple[str, int] | None:
    """ ("the Seoul city bus union", where its subject marker ends) of the union that is the subject before ``at``:
    a company with a union noun ("기아 노조는": Kia's union) or a region and an industry word of the data ("서울 시내버스
    노조가", "서울시버스노동조합은"), else None."""
    from briefings.writing.wording import name_phrase, possessive

    heads = [h for h, _ in _words().get("union_head", ())]
    best: tuple[str, int] | None = None
    for m in names:
        if not (lo <= m.start and m.end <= at) or m.entity.type != "company":
            continue
        k = m.end + (1 if text.startswith(" ", m.end) else 0)
        head = next((h for h in heads if text.startswith(h, k)), None)
        if head is not None and _SUBJECT.match(text, k + len(head)):
            best = (f"{possessive(name_phrase(m.entity.en, kind='company'))} union", k + len(head))
    if best is not None:
        return best
    for k in range(lo, at):
        if k > lo and not text[k - 1].isspace():
            continue
        pos, region = k, ""
        found = _starts(text, pos, "union_region")
        if found is not None:
            region, pos = found[1], pos + len(found[0])
            pos += 1 if text.startswith(" ", pos) else 0
        trade = _starts(text, pos, "union_trade")
        if trade is None:
            continue
        pos += len(trade[0])
        pos += 1 if text.startswith(" ", pos) else 0
        head = next((h for h in heads if text.startswith(h, pos)), None)
        if head is None or not _SUBJECT.match(text, pos + len(head)):
            continue
        return f"the {region + ' ' if region else ''}{trade[1]} union", pos + len(head)
    return None


def _walkout(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """The walkout told done in ``text[lo:hi]`` by a named union (see the module docstring), else None."""
    for ko, phrase in _words().get("walkout", ()):
        at = text.find(ko, lo, hi)
        if at < 0 or (at > lo and not text[at - 1].isspace()) or not _done(text, at + len(ko)):
            continue
        union = _union_named(text, lo, at, names)
        if union is None:
            continue
        day = _day(figs, union[1], at, text)
        when = f" on {next(f.en for i, f in figs if i == day)}" if day is not None else ""
        detail = f"{union[0][:1].upper()}{union[0][1:]} {phrase}{when}"
        return Event("labour", "walkout", si, at, at + len(ko), (union[0].removeprefix("the "),), None, "org",
                     date=day, detail=detail, amount=(day,) if day is not None else ())  # fmt: skip
    return _planned_strike(text, lo, hi, si, figs, names)


def _planned_strike(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """A strike a named union plans ("서울 지하철 노조는 2일부터 총파업에 돌입할 예정이다" -> "The Seoul subway union
    plans to stage a general strike"), no condition or threat before it; else None."""
    plans = _words().get("strike_plan", ())
    for ko, strike in _words().get("strike_noun", ()):
        for at in _found(text, ko, lo, hi):
            if at > lo and not text[at - 1].isspace():
                continue  # "총파업" is read by its own row, not as "파업"
            plan = next((p for p, _ in plans if text.startswith(p, at + len(ko))), None)
            if plan is None or not _done(text, at + len(ko) + len(plan)):
                continue
            if any(w in text[lo:at] for w, _ in _words().get("strike_if", ())):
                return None
            union = _union_named(text, lo, at, names)
            if union is None:
                continue
            # no day is said: a day of a plan ("30일 파업에 들어갈 예정") is read back to the past month when its month
            # is not written, and the day it starts is not yet the news
            when = ""
            detail = f"{union[0][:1].upper()}{union[0][1:]} plans to stage {strike}{when}"
            return Event("labour", "strike_planned", si, at, at + len(ko) + len(plan),
                         (union[0].removeprefix("the "),), None, "org", detail=detail)  # fmt: skip
    return None


# ---- rule-making --------------------------------------------------------------------------------------------------

_QUOTE = "'‘’\"“”「」"


def _draft(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """ (English, start) of the draft rule ending at ``end`` ("'디지털자산기본법 시행령' 제정안": a draft enforcement
    decree of the Digital Asset Basic Act), its law named in the data; None otherwise."""
    end = lo + len(text[lo:end].rstrip())
    draft = _ends(text, lo, end, "draft")
    if draft is None:
        return None
    pos = draft[2]
    while pos > lo and (text[pos - 1].isspace() or text[pos - 1] in _QUOTE):
        pos -= 1
    decree = _ends(text, lo, pos, "decree")
    rule_end = pos
    if decree is not None:
        rule_end = decree[2]
        while rule_end > lo and text[rule_end - 1].isspace():
            rule_end -= 1
    law = _ends(text, lo, rule_end, "law")
    if law is None:
        return None
    start = law[2]
    if start > lo and not (text[start - 1].isspace() or text[start - 1] in _QUOTE):
        return None  # "…특별법": a longer law whose name ends in a known one
    while start > lo and text[start - 1] in _QUOTE:
        start -= 1
    rule = decree[1].replace("{law}", law[1]) if decree is not None else law[1]
    if draft[1].startswith("a draft {rule}"):  # "시행령 제정안": a draft enforcement decree; "상법 제정안": a draft of the Act
        rule = rule.removeprefix("the ") if decree is not None else "of " + rule
    return draft[1].replace("{rule}", rule), start


def _notice(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """A draft rule put out for public comment by a named institution ("금융위원회는 … '디지털자산기본법 시행령'
    제정안을 27일부터 내년 1월 8일까지 입법예고한다고 밝혔다"), with the period it runs; else None."""
    for ko, _ in _words().get("notice", ()):
        at = text.find(ko, lo, hi)
        if at < 0:
            continue
        after = at + len(ko)
        done = _starts(text, after, "notice_done")
        future = _starts(text, after, "notice_future") if done is None else None
        ending = done or future
        if ending is None or not _done(text, after + len(ending[0])):
            continue
        # the dates of the comment period stand between the draft and the verb: "27일부터 내년 1월 8일까지"
        period = [(i, f) for i, f in figs if f.kind == "date" and f.end <= at]
        obj_end = at
        bounds: dict[str, tuple[int, str]] = {}  # "from" / "to" / "on" -> (figure, its date in English)
        for i, f in reversed(period):
            bound = text[f.end : obj_end].strip()
            if bound not in {"부터", "까지", ""}:
                break
            en = f.en
            side = "from" if bound == "부터" else "to" if bound == "까지" else "on"
            for word, named in (("by ", "to"), ("from ", "from")):  # "내년 1월 8일까지": the figure says its bound
                if en.startswith(word):
                    en, side = en[len(word) :], named
            if side in bounds:
                break
            if not en[:1].isdigit():  # "2일부터" of no known month: the period is not said
                obj_end = f.start
                continue
            bounds[side] = (i, en)
            obj_end = f.start
        before = re.sub(r"\s*(?:마련해|마련하고|마련해서)$", "", text[lo:obj_end].rstrip())  # "개정안을 마련해 …"
        if not before.endswith(("을", "를")):
            continue
        draft = _draft(text, lo, lo + len(before) - 1)
        if draft is None:
            continue
        who = _subject(text, lo, draft[1], names, institutions=True)
        if who is None or who[1] not in {"org", "country"}:
            continue
        actor = _said([next(m for m in names if m.entity.en == who[0])])
        verb = "put out" if done is not None else "will put out"
        if "from" in bounds and "to" in bounds:
            when = f" from {bounds['from'][1]} to {bounds['to'][1]}"
        elif "to" in bounds:
            when = f" until {bounds['to'][1]}"
        elif "from" in bounds:
            when = f" from {bounds['from'][1]}"
        elif "on" in bounds and done is not None:
            when = f" on {bounds['on'][1]}"
        else:
            when, bounds = "", {}
        cited = [i for i, _ in sorted(bounds.values())]
        date = bounds["on"][0] if "on" in bounds and when.startswith(" on ") else None
        detail = f"{actor[:1].upper()}{actor[1:]} {verb} {draft[0]} for public comment{when}"
        date = next((i for i, f in figs if i in cited and when.startswith(" on ")), None)
        return Event("rulemaking", "draft_notice", si, at, after + len(ending[0]), (who[0],), None, who[1],
                     date=date, detail=detail, amount=tuple(cited))  # fmt: skip
    return None


def _passed_said(draft: str) -> str:
    """A draft's English once passed ("a draft amendment to the Commercial Act": an amendment to the Commercial Act)."""
    for ko, en in _words().get("passed_draft", ()):
        if draft.startswith(ko):
            return en + draft[len(ko) :]
    return draft


def _passage(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """A draft rule passed by the National Assembly or the Cabinet: passive "[상법 개정안]이 1일 국회 본회의를
    통과했다", active "정부는 1일 국무회의에서 [개정안]을 의결했다" -> "The National Assembly passed an amendment to
    the Commercial Act on 1 December 2026"; the law named in the data, else None."""
    for ko, body in _words().get("passage", ()):
        at = text.find(ko, lo, hi)
        if at < 0 or (at > lo and not text[at - 1].isspace()):
            continue
        if ko == "본회의" and text[max(lo, at - 3) : at].strip() == "국회":
            continue  # "국회 본회의": read by its longer row
        ending = _starts(text, at + len(ko), "passed_passive")
        if ending is not None and _done(text, at + len(ko) + len(ending[0])):
            stop = at + len(ko) + len(ending[0])
            end = at
            for i, f in figs:  # "…개정안이 1일 국회 본회의를": the day between the draft and the body
                if f.kind == "date" and f.end <= end and not text[f.end : end].strip():
                    end = f.start
            before = text[lo:end].rstrip()
            if not before.endswith(("이", "가", "은", "는")):
                continue
            draft = _draft(text, lo, lo + len(before) - 1)
            if draft is None:
                continue
        else:
            draft, stop = None, at
            for vko, _ in _words().get("passed_active", ()):
                k = text.find(vko, at, hi)
                if k < 0 or not _done(text, k + len(vko)):
                    continue
                before = text[at:k].rstrip()
                if not before.endswith(("을", "를")):
                    continue
                draft = _draft(text, at, at + len(before) - 1)
                if draft is not None and re.match(r"(?:에서|를 열고|을 열고)\s", text[at + len(ko) : draft[1]]):
                    stop = k + len(vko)
                    break
                draft = None
            if draft is None:
                continue
        day = _day(figs, lo, stop, text)
        when = f" on {next(f.en for i, f in figs if i == day)}" if day is not None else ""
        detail = f"{body[:1].upper()}{body[1:]} {_passed_said(draft[0])}{when}"
        who = body.rsplit(" ", 1)[0].removeprefix("the ")
        return Event("rulemaking", "rule_passed", si, at, stop, (who,), None, "org", date=day, detail=detail,
                     amount=(day,) if day is not None else ())  # fmt: skip
    return None


def _wage_talks(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """The outcome of a company's wage talks ("현대차 노사가 1일 임금협상을 타결했다" -> "Hyundai Motor's management and
    union reached a wage deal on 1 December 2026"; "기아 노사의 임금협상이 결렬됐다" -> "Wage talks between Kia's
    management and union broke down"): the company named right before 노사, else None."""
    from briefings.writing.wording import name_phrase, possessive

    for ko, phrase in _words().get("wage", ()):
        at = text.find(ko, lo, hi)
        if at < 0 or (at > lo and not text[at - 1].isspace()) or not _done(text, at + len(ko)):
            continue
        passive = ko.endswith("됐다")
        company = None
        for m in names:
            if not (lo <= m.start and m.end <= at) or m.entity.type != "company":
                continue
            k = m.end + (1 if text.startswith(" ", m.end) else 0)
            if not text.startswith("노사", k):
                continue
            marker = re.compile(r"의\s" if passive else r"(?:가|는)\s").match(text, k + 2)
            if marker is not None:
                gap = text[marker.end() : at]
                # only a day or 이날 between the parties and the talks ("노사가 1일 임금협상을")
                if all(f.kind == "date" for _, f in figs if marker.end() <= f.start < at) and len(gap) <= 16:
                    company = m
        if company is None:
            continue
        parties = f"{possessive(name_phrase(company.entity.en, kind='company'))} management and union"
        day = _day(figs, lo, at, text)
        when = f" on {next(f.en for i, f in figs if i == day)}" if day is not None else ""
        said = phrase.replace("{Parties}", parties[:1].upper() + parties[1:]).replace("{parties}", parties)
        return Event("labour", "wage_talks", si, at, at + len(ko), (company.entity.en,), None, "company", date=day,
                     detail=said + when, amount=(day,) if day is not None else ())  # fmt: skip
    return None


def _effect(
    text: str, lo: int, hi: int, si: int, figs: Sequence[tuple[int, Figure]], names: Sequence[EntityMention]
) -> Event | None:
    """A named law (or its decree, or its amendment) taking effect on a day: "상법 개정안은 내년 4월 1일부터 시행된다" ->
    "The amended Commercial Act will take effect on 1 April 2027"; the law named in the data, the day resolved, else
    None."""
    for ko, verb in _words().get("effect", ()):
        at = text.find(ko, lo, hi)
        if at < 0 or not _done(text, at + len(ko)):
            continue
        day = next(
            (i for i, f in figs if f.kind == "date" and f.end <= at and not re.sub(r"부터|\s", "", text[f.end : at])),
            None,
        )
        if day is None:
            continue
        f = next(g for i, g in figs if i == day)
        en = f.en.removeprefix("from ")
        if not en[:1].isdigit() or len(str(f.value)) != 10:
            continue  # a day of no known month, or a month: the day is what a reader needs
        before = text[lo : f.start].rstrip()
        if not before.endswith(("은", "는", "이", "가")):
            continue
        end = lo + len(before) - 1
        amended = _ends(text, lo, end, "amended")
        if amended is not None:
            end = lo + len(text[lo : amended[2]].rstrip())
        decree = _ends(text, lo, end, "decree")
        if decree is not None:
            end = lo + len(text[lo : decree[2]].rstrip())
        while end > lo and text[end - 1] in _QUOTE:
            end -= 1
        law = _ends(text, lo, end, "law")
        if law is None or (law[2] > lo and not (text[law[2] - 1].isspace() or text[law[2] - 1] in _QUOTE)):
            continue
        rule = decree[1].replace("{law}", law[1]) if decree is not None else law[1]
        if amended is not None or text[lo : law[2]].rstrip().endswith("개정"):  # "개정 근로기준법 시행령은"
            rule = "the amended " + rule.removeprefix("the ")
        detail = f"{rule[:1].upper()}{rule[1:]} {verb} on {en}"
        return Event("rulemaking", "rule_effect", si, at, at + len(ko), (law[1].removeprefix("the "),), None, "org",
                     date=day, detail=detail, amount=(day,))  # fmt: skip
    return None


def acts(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    """The rulings, approvals, labour actions and rule-making steps of an article: one per action, its first telling
    or a fuller retelling (a named court, a date) within ``_RETOLD`` sentences."""
    out: list[Event] = []
    by_sentence: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append((i, f))
    for si, sentence in enumerate(analysis.sentences):
        lo, hi = sentence.start, sentence.end
        figs = by_sentence.get(si, [])
        names = mentions[si] if si < len(mentions) else ()
        if _undone_or_background(text[lo:hi], figs) or _hedged(text[lo:hi]):
            continue
        for reader in (_ruling, _judgment, _approval, _walkout, _wage_talks, _notice, _passage, _effect):
            event = reader(text, lo, hi, si, figs, names)
            if event is None or _of_another_time(event, figs, text, lo):
                continue
            prior = next((k for k, e in enumerate(out) if e.action == event.action), None)
            if prior is None:
                out.append(event)
            elif si - out[prior].sentence <= _RETOLD and _fuller(event, out[prior]):
                out[prior] = event
    return out


def _hedged(sentence: str) -> bool:
    """Whether a sentence tells its act as a report or a possibility ("…받았다고 일부 언론이 보도했다", "…알려졌다",
    the hedge rows of ``data/events.tsv``): an act of a court, a regulator or a union is said only as told done."""
    from briefings.facts.events import lexicon  # lazily: events.py calls this module

    return any(h in sentence for h in lexicon().hedges)


def _of_another_time(event: Event, figs: Sequence[tuple[int, Figure]], text: str, lo: int) -> bool:
    """Whether a date the line does not say stands before the act's verb ("2024년 FDA 품목허가를 받았다", "지난해 9월
    파업에 들어갔다"): the act is of that time, background, and said undated it would read as the news (a planned
    strike's start or a comment period's bound, "2일부터", is left unsaid on purpose)."""
    for i, f in figs:
        if f.kind != "date" or not lo <= f.start < event.start or i in event.amount:
            continue
        if event.action in {"strike_planned", "draft_notice"} and (
            text.startswith(("부터", "까지"), f.end) or str(f.value).startswith("---")
        ):
            continue  # the start of a plan, the bound of a comment period, a day of no known month
        return True
    return False


def _fuller(new: Event, old: Event) -> bool:
    """Whether a retelling says more than the first telling: a named court where it said "A court", or a date."""
    if old.date is None and new.date is not None:
        return True
    return (old.detail or "").startswith("A court") and not (new.detail or "").startswith("A court")
