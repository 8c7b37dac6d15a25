"""deepseek-brief benchmarks: ratios measured side by side in one run.

    python benchmarks/bench.py                   # 100 and 1,000 articles
    python benchmarks/bench.py --sizes 100 1000 10000
    python benchmarks/bench.py --sizes 10 --smoke  # what CI runs

Prints one Markdown table per measure:

* throughput: ``deepseek-brief brief --format json --no-cache`` versus the
  Kiwi floor (a fresh ``Kiwi()`` tokenizing the same files, loading included),
  and a warm second run from the cache versus the cold first run;
* peak memory (max RSS) of each of those processes;
* comparison: ``deepseek-brief compare`` from a warm cache, minus the time the
  same warm ``brief`` takes, i.e. the cost of the comparison itself;
* first paint: launch to the first article text on screen, versus a bare
  Textual app showing one label, both in the same tmux terminal.

Every figure is a wall-clock time on this machine; the ratios are what the
targets in the issues are stated in, because absolute times vary by machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build  # noqa: E402

FLOOR = r"""
import sys
from pathlib import Path
from kiwipiepy import Kiwi
kiwi = Kiwi()
files = sorted(p for p in Path(sys.argv[1]).rglob("*.txt"))
n = 0
for tokens in kiwi.tokenize(p.read_text("utf-8") for p in files):
    n += len(tokens)
print(n)
"""

BARE_APP = r"""
from textual.app import App
from textual.widgets import Label
class Bare(App):
    def compose(self):
        yield Label("BARE-READY")
Bare().run()
"""


def brief_cmd() -> list[str]:
    exe = shutil.which("deepseek-brief")
    return [exe] if exe else [sys.executable, "-m", "tui.cli"]


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``cmd`` in a child that reports its own peak RSS; return (seconds, MB)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "sys.stderr.write('MAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(r.returncode)\n"
    )
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", wrapper, *cmd], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    rss_kb = next(int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("MAXRSS"))
    return elapsed, rss_kb / 1024


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    out = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def bench_throughput(sizes: list[int], work: Path) -> str:
    rows, mem_rows, cmp_rows = [], [], []
    for n in sizes:
        corpus = build(work / f"corpus_{n}", n)
        cache = work / f"cache_{n}"
        shutil.rmtree(cache, ignore_errors=True)
        env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        floor_s, floor_mb = run_measured([sys.executable, "-c", FLOOR, str(corpus)], env)
        ours_s, ours_mb = run_measured([*brief_cmd(), "brief", "--format", "json", "--no-cache", str(corpus)], env)
        cold_s, _ = run_measured([*brief_cmd(), "brief", "--format", "json", str(corpus)], env)
        warm_s, warm_mb = run_measured([*brief_cmd(), "brief", "--format", "json", str(corpus)], env)
        cmp_s, cmp_mb = run_measured([*brief_cmd(), "compare", "--format", "json", str(corpus)], env)
        rows.append([
            f"{n:,}", f"{floor_s:.1f} s", f"{ours_s:.1f} s", f"**{ours_s / floor_s:.2f}x**",
            f"{cold_s:.1f} s", f"{warm_s:.1f} s", f"**{warm_s / cold_s:.2f}x**",
        ])
        mem_rows.append([f"{n:,}", f"{floor_mb:.0f} MB", f"{ours_mb:.0f} MB", f"{warm_mb:.0f} MB", f"{cmp_mb:.0f} MB"])
        cmp_rows.append([f"{n:,}", f"{cmp_s:.1f} s", f"{warm_s:.1f} s", f"{max(0.0, cmp_s - warm_s):.1f} s"])
        print(f"  measured {n:,} articles", file=sys.stderr)
    return (
        table(
            "Throughput: brief --format json (target: ours/floor <= 2.0x, warm/cold <= 0.25x)",
            ["articles", "Kiwi floor", "ours --no-cache", "ours/floor", "cold (cache fill)", "warm", "warm/cold"],
            rows,
        )
        + "\n"
        + table(
            "Peak memory (max RSS; target < 1.5 GB)",
            ["articles", "Kiwi floor", "ours --no-cache", "ours warm", "compare warm"],
            mem_rows,
        )
        + "\n"
        + table(
            "Comparison (target: < 30 s after analysis at 10,000)",
            ["articles", "compare (warm cache)", "brief (warm cache)", "comparison itself"],
            cmp_rows,
        )
    )


def first_paint(cmd: list[str], needle: str, env: dict[str, str], cols: int = 160, rows: int = 48) -> float:
    """Seconds from launching ``cmd`` in a tmux pane until ``needle`` is on screen."""
    sock = f"bench{os.getpid()}"
    tmux = ["tmux", "-L", sock, "-f", "/dev/null"]
    shell_cmd = " ".join(map(_quote, cmd))
    try:
        subprocess.run([*tmux, "new-session", "-d", "-x", str(cols), "-y", str(rows), "sh"], check=True, env=env)
        subprocess.run([*tmux, "set", "-g", "remain-on-exit", "on"], check=True)
        t0 = time.perf_counter()
        subprocess.run([*tmux, "respawn-pane", "-k", shell_cmd], check=True, env=env)
        deadline = t0 + 60
        while time.perf_counter() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if needle in screen:
                return time.perf_counter() - t0
            time.sleep(0.01)
        raise SystemExit(f"'{needle}' never appeared on screen for: {shell_cmd}\n{screen}")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def _quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


def bench_startup(work: Path, repeats: int) -> str:
    if not shutil.which("tmux"):
        return "### First paint\n\n(skipped: tmux is not installed)\n"
    seeds = sorted((HERE.parent / "seeds").glob("*.txt"))
    needle = "딥시크(DeepSeek)가 최근 발표한"  # the first article's first sentence
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    rows = []
    for label, cache in (("cold (no cache)", None), ("warm cache", work / "cache_paint")):
        e = dict(env)
        if cache is None:
            args = [*brief_cmd(), "--no-cache", str(seeds[0].parent)]
        else:
            e["XDG_CACHE_HOME"] = str(cache)
            subprocess.run([*brief_cmd(), "brief", str(seeds[0].parent)], env=e, capture_output=True)
            args = [*brief_cmd(), str(seeds[0].parent)]
        bare, ours = [], []
        for _ in range(repeats):  # interleaved, so both see the same machine load
            bare.append(first_paint([sys.executable, "-c", BARE_APP], "BARE-READY", e))
            ours.append(first_paint(args, needle, e))
        b, o = sorted(bare)[len(bare) // 2], sorted(ours)[len(ours) // 2]
        rows.append([label, f"{b:.2f} s", f"{o:.2f} s", f"**{o / b:.2f}x**"])
    return table(
        f"First paint: launch to first article text, median of {repeats} (target <= 1.5x a bare Textual app)",
        ["start", "bare Textual app, one label", "deepseek-brief", "ratio"],
        rows,
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    py = platform.python_version()
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {py}, {cpu}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "deepseek-brief-bench")
    ap.add_argument("--repeats", type=int, default=5, help="first-paint repetitions (median reported)")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: checks the scripts work")
    ap.add_argument("--skip-startup", action="store_true")
    args = ap.parse_args()
    if args.smoke:
        args.repeats = 1
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"## deepseek-brief benchmarks\n\nMachine: {machine()}\n")
    print(bench_throughput(args.sizes, args.work))
    if not args.skip_startup:
        print(bench_startup(args.work, args.repeats))


if __name__ == "__main__":
    main()
