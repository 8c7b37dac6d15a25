"""Helpers for writing round 13's gold by hand: each figure is entered by hand below; no text is parsed."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

def F(anchor, surface, kind, value, unit, subject, subject_ko, measure, role, event_date,
      direction=None, qualifier=None, high=None, tod=None, eq=None, source=None):
    return {"anchor": anchor, "surface": surface, "kind": kind, "value": value, "high": high,
            "unit": unit, "qualifier": qualifier, "subject": subject, "subject_ko": subject_ko,
            "measure": measure, "role": role, "direction": direction, "event_date": event_date,
            "time_of_day": tod, "equivalent_of": eq, "source": source}

def D(anchor, surface, value, high=None, qualifier=None):
    return F(anchor, surface, "date", value, "date", None, None, "date", "date", value,
             high=high, qualifier=qualifier)

def article(file, date, outlet, lead_en, figures):
    text = (HERE / "texts" / file).read_text("utf-8")
    # keep text order: sort by the position of the anchor (ties keep entry order)
    pos = []
    for i, f in enumerate(figures):
        n = text.count(f["anchor"])
        assert n == 1, (file, f["anchor"], n)
        assert f["surface"] in f["anchor"], (file, f["anchor"])
        pos.append((text.index(f["anchor"]) + f["anchor"].index(f["surface"]), i))
    order = [i for _, i in sorted(pos)]
    assert order == list(range(len(figures))), (file, "figures not entered in text order", order)
    return {"file": file, "date": date, "outlet": outlet, "lead_en": lead_en, "figures": figures}

def write(story, articles):
    out = HERE / "gold" / f"{story}.json"
    out.write_text(json.dumps({"story": story, "articles": articles}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(out.name, sum(len(a["figures"]) for a in articles), "figures")
