"""The benchmark script still runs end to end (at a tiny size: benchmarks are not timed tests).

CI runs ``benchmarks/bench.py`` only as this smoke check; the real figures come
from ``python benchmarks/bench.py --sizes 100 300 1000 10000`` on a quiet machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_smoke_prints_every_table(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--sizes", "4", "--smoke", "--skip-startup",
         "--source", "--work", str(tmp_path / "work")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert out.startswith("## deepseek-brief benchmarks")
    assert re.search(r"^Machine: .+ cores", out, re.M)
    assert re.search(r"^Measured: .*python[0-9.]* -m tui\.cli", out, re.M)  # says which code it measured
    for title in ("### Throughput", "### Peak memory", "### Comparison"):
        assert title in out
    # one row per table for the size, with a ratio against the floor and a warm/cold ratio
    rows = [line for line in out.splitlines() if line.startswith("| 4 | ")]
    assert len(rows) == 3
    throughput = [r for r in rows if r.count("**") == 4]
    assert len(throughput) == 1
    for row in throughput:
        ratios = [float(x) for x in re.findall(r"\*\*(\d+\.\d+)x\*\*", row)]
        assert len(ratios) == 2 and all(r > 0 for r in ratios)
    # the corpus was built from the seeds, and nothing was left in the user's cache
    assert len(list((tmp_path / "work" / "corpus_4").rglob("*.txt"))) == 4
    assert not (tmp_path / "user-cache").exists()


def test_growth_table_shows_marginal_cost_and_exponent() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    small = bench.Point(100, 0.6, floors={"tuned": (4.0, 340.0)}, ours=(4.0, 350.0), warm=(1.0, 60.0),
                        compare_cmd=(1.0, 60.0), compare_only=0.1)
    big = bench.Point(1000, 6.0, floors={"tuned": (40.0, 340.0)}, ours=(22.0, 350.0), warm=(10.0, 150.0),
                      compare_cmd=(10.0, 150.0), compare_only=10.0)
    text = bench.growth_table([small, big])
    row = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("| ")}
    assert "| 40.0 ms | 1.00 |" in row["Kiwi floor"]  # linear: 36 s more for 900 more articles
    assert "| 20.0 ms | 0.74 |" in row["ours --no-cache"]  # a fixed start-up cost: exponent below 1
    assert "| 11.0 ms | 2.00 |" in row["compare() itself"]  # quadratic
    assert bench.growth_table([small]) == ""
