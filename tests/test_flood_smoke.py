"""benchmarks/flood.py still runs end to end (at a tiny size: benchmarks are not timed tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_flood_benchmark_prints_a_ratio_per_input(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "flood.py"), "--repeats", "20", "40", "--mb", "0.01"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith(("| flood", "| article"))]
    assert len(rows) == 3
    assert all(float(r) > 0 for r in re.findall(r"\*\*(\d+\.\d+)x\*\*", "\n".join(rows)))
    assert "exponent" in done.stdout
