"""Hostile sizes: a figure flood and a 5 MB article, each timed against the Kiwi floor.

    python benchmarks/flood.py                       # flood of 8,000 repeats (24,000 figures), 5 MB article
    python benchmarks/flood.py --repeats 2000 4000 8000 --mb 1 5

Every stage must be near-linear in its input (issue #11 item 5): a text of
``'1억 원, 2% 3배 ' * 8000`` once took 65 s because the English stage compared every
figure with every other one.  For each input this prints the wall-clock time of
``deepseek-brief brief FILE --format json --no-cache`` (the installed command, else
``python -m tui.cli``), the Kiwi floor on the same file (a fresh process that loads
Kiwi as deepseek-brief does and tokenizes the file over its lines, ``benchmarks/bench.py``'s
"lines" floor: Kiwi alone takes minutes on one 5 MB string, so the whole-file floor says
nothing there), and their ratio.  Between two sizes of one kind it prints the growth exponent of
ours (1.0 = linear; 2.0 = quadratic).
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FLOOD_UNIT = "1억 원, 2% 3배 "


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deepseek_brief_bench", HERE / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def flood_text(repeats: int) -> str:
    """A title and one long run of figures with no names: the worst case for anything quadratic in figures."""
    return "숫자 홍수\n" + FLOOD_UNIT * repeats


def big_text(megabytes: float) -> str:
    """The bundled seed articles, one after another, until the text holds ``megabytes`` of UTF-8."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    body = "\n\n".join(p.read_text("utf-8") for p in seeds)
    target = int(megabytes * 1024 * 1024)
    parts = ["대용량 기사\n"]
    size = len(parts[0].encode())
    while size < target:
        parts.append(body + "\n\n")
        size += len(parts[-1].encode())
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, nargs="+", default=[8000], help="flood sizes (repeats of the unit)")
    ap.add_argument("--mb", type=float, nargs="+", default=[5.0], help="big-article sizes in MB")
    ap.add_argument("--work", help="keep the generated files here (default: a temporary folder)")
    args = ap.parse_args(argv)
    bench = _bench()
    make, what = bench.FLOORS["lines"]
    floor_code = bench.FLOOR.format(make=make, lines=what)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work or tmp)
        work.mkdir(parents=True, exist_ok=True)
        cases = [(f"flood x{n:,} ({3 * n:,} figures)", "flood", n, flood_text(n)) for n in args.repeats]
        cases += [(f"article {mb:g} MB", "big", mb, big_text(mb)) for mb in args.mb]
        print("## Hostile sizes against the Kiwi floor")
        print()
        print(f"Measured: {bench.measured_code()}")
        print()
        print("| input | size | floor | ours `--no-cache` | ours/floor |")
        print("| --- | --- | --- | --- | --- |")
        seen: dict[str, tuple[float, float]] = {}
        growth: list[str] = []
        for label, kind, n, text in cases:
            folder = work / f"{kind}-{n}"
            folder.mkdir(exist_ok=True)
            path = folder / "article.txt"
            path.write_text(text, "utf-8")
            size = path.stat().st_size
            floor_s, _, _ = bench.run_measured([sys.executable, "-c", floor_code, str(folder)], env)
            cmd = [*bench.brief_cmd(), "brief", str(path), "--format", "json", "--no-cache", "--max-bytes",
                   str(size + 1024)]  # fmt: skip
            ours_s, _, _ = bench.run_measured(cmd, env)
            ratio = ours_s / floor_s
            print(f"| {label} | {size / 1024:,.0f} KB | {floor_s:.2f} s | {ours_s:.2f} s | **{ratio:.2f}x** |")
            if kind in seen:
                prev_n, prev_s = seen[kind]
                exponent = math.log(ours_s / prev_s) / math.log(float(n) / prev_n) if ours_s > 0 and prev_s > 0 else 0
                growth.append(f"{kind}: {prev_n:g} -> {n:g}: exponent {exponent:.2f}")
            seen[kind] = (float(n), ours_s)
        if growth:
            print()
            print("Growth of ours (1.0 = linear): " + "; ".join(growth))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
