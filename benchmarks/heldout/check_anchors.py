"""Check that every gold anchor occurs exactly once in its text and contains its surface.

    python benchmarks/heldout/check_anchors.py benchmarks/heldout/gold/HA.json [...]
    python benchmarks/heldout/check_anchors.py benchmarks/heldout/gold/*.json

Each gold file's texts are read from the `texts/` folder beside its `gold/` folder.
"""
import json
import sys
from pathlib import Path

bad = 0
for name in sys.argv[1:]:
    doc = json.loads(Path(name).read_text("utf-8"))
    for art in doc["articles"]:
        text = (Path(name).resolve().parent.parent / "texts" / art["file"]).read_text("utf-8")
        for i, f in enumerate(art["figures"]):
            n = text.count(f["anchor"])
            if n != 1 or f["surface"] not in f["anchor"] or "\n" in f["anchor"]:
                bad += 1
                print(f"{art['file']} #{i}: anchor {f['anchor']!r} occurs {n}x, surface {f['surface']!r}")
            eq = f.get("equivalent_of")
            if eq is not None and not 0 <= eq < len(art["figures"]):
                bad += 1
                print(f"{art['file']} #{i}: equivalent_of {eq} out of range")
        print(f"{art['file']}: {len(art['figures'])} figures checked")
sys.exit(1 if bad else 0)
