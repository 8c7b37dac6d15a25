"""deepseek-brief benchmarks: ratios measured side by side in one run.

    python benchmarks/bench.py                          # 100, 300 and 1,000 articles
    python benchmarks/bench.py --sizes 100 300 1000 10000
    python benchmarks/bench.py --sizes 5 --smoke --skip-startup   # what CI runs

Prints one Markdown table per measure:

* throughput: ``deepseek-brief brief --format json --no-cache`` versus the
  Kiwi floor, and a warm second run from the cache versus the cold first run;
* peak memory (max RSS) of each of those processes;
* comparison: ``compare()`` itself on the briefings of a warm cache, timed
  inside one process (the "after analysis" cost), and the whole
  ``deepseek-brief compare`` command from a warm cache;
* first paint: launch to the first article text on screen, versus a bare
  Textual app showing one label, both in the same tmux terminal;
* growth: each cost per article between consecutive sizes, and its exponent
  (1.0 = linear, above 1 = superlinear).

The Kiwi floor is a separate, fresh Python process that imports kiwipiepy,
builds a Kiwi, reads every ``.txt`` file of the corpus as UTF-8 and tokenizes
the files' texts with ``Kiwi.tokenize`` over an iterator (Kiwi's own
multi-threaded batch path, all cores): loading included, nothing else.  It is
measured in two configurations and the ratio is taken against the FASTER one:

* ``Kiwi()``: the library defaults (typo and multi-word dictionaries loaded);
* ``Kiwi(load_typo_dict=False, load_multi_dict=False)``: the configuration
  deepseek-brief itself uses (it loads faster and needs ~240 MB less).

Every figure is a wall-clock time on this machine; the ratios are what the
targets in the issues are stated in, because absolute times vary by machine
(and by whatever else runs on it: on a shared 2-core machine, expect +-15%).
The command measured is ``deepseek-brief`` when it is on PATH, else
``python -m tui.cli`` run from the source tree (``--source`` forces the
latter); the header says which.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _load_corpus_builder() -> Callable[[Path, int], Path]:
    """``benchmarks/corpus.py``'s ``build``, loaded by path (another ``corpus`` module may be imported)."""
    spec = importlib.util.spec_from_file_location("deepseek_brief_bench_corpus", HERE / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build  # type: ignore[no-any-return]


build = _load_corpus_builder()

TUNED = "Kiwi(load_typo_dict=False, load_multi_dict=False)"
# name -> (how the Kiwi is built, what it tokenizes: whole files or their non-empty lines)
FLOORS = {
    "default": ("Kiwi()", "files"),
    "tuned": (TUNED, "files"),
    "lines": (TUNED, "lines"),
}

FLOOR = r"""
import sys
from pathlib import Path
from kiwipiepy import Kiwi
kiwi = {make}
files = sorted(Path(sys.argv[1]).rglob("*.txt"))
texts = (p.read_text("utf-8") for p in files)
if {lines!r} == "lines":
    texts = (line for text in texts for line in text.splitlines() if line.strip())
n = 0
for tokens in kiwi.tokenize(texts):
    n += len(tokens)
print(n)
"""


def floor_label(name: str) -> str:
    make, what = FLOORS[name]
    return f"`{make}`, {'lines' if what == 'lines' else 'whole files'}"

# compare() alone, on briefings read back from a warm cache, timed in-process.
COMPARE_ONLY = r"""
import sys, time
from briefings import Cache, brief_many, compare, load_paths
articles, _ = load_paths([sys.argv[1]])
briefings = list(brief_many(articles, cache=Cache()))
t0 = time.perf_counter()
result = compare(briefings)
print("COMPARE %.6f %d" % (time.perf_counter() - t0, len(result.topics)))
"""

BARE_APP = r"""
from textual.app import App
from textual.widgets import Label
class Bare(App):
    def compose(self):
        yield Label("BARE-READY")
Bare().run()
"""

_use_source = False


def brief_cmd() -> list[str]:
    exe = None if _use_source else shutil.which("deepseek-brief")
    return [exe] if exe else [sys.executable, "-m", "tui.cli"]


def measured_code() -> str:
    """Which deepseek-brief the benchmark runs (the installed command or the source tree)."""
    cmd = brief_cmd()
    python = sys.executable if len(cmd) > 1 else _shebang_python(cmd[0])
    probe = subprocess.run(
        [python, "-c", "import briefings; print(briefings.__file__)"],
        capture_output=True, text=True, cwd=ROOT if len(cmd) > 1 else tempfile.gettempdir(),
    )
    where = probe.stdout.strip() or "?"
    return f"`{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}` (core: {where})"


def _shebang_python(exe: str) -> str:
    try:
        first = Path(exe).read_text(errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return sys.executable
    return first[2:].strip() if first.startswith("#!") else sys.executable


def run_measured(cmd: list[str], env: dict[str, str], capture: bool = False) -> tuple[float, float, str]:
    """Run ``cmd`` in a child that reports its own peak RSS; return (seconds, MB, stdout if ``capture``).

    The output of a measured command goes to /dev/null (as ``> /dev/null`` would).
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "capture = sys.argv[1] == '1'\n"
        "r = subprocess.run(sys.argv[2:], stdout=None if capture else subprocess.DEVNULL)\n"
        "sys.stderr.write('MAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(r.returncode)\n"
    )
    t0 = time.perf_counter()
    argv = [sys.executable, "-c", wrapper, "1" if capture else "0", *cmd]
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    rss_kb = next(int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("MAXRSS"))
    return elapsed, rss_kb / 1024, proc.stdout


def table(title: str, header: list[str], rows: list[list[str]], note: str = "") -> str:
    out = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out) + "\n" + (f"\n{note}\n" if note else "")


@dataclass
class Point:
    """Everything measured at one corpus size."""

    n: int
    mb: float
    floors: dict[str, tuple[float, float]] = field(default_factory=dict)  # name -> (s, MB)
    ours: tuple[float, float] = (0.0, 0.0)
    cold: tuple[float, float] = (0.0, 0.0)
    warm: tuple[float, float] = (0.0, 0.0)
    compare_cmd: tuple[float, float] = (0.0, 0.0)
    compare_only: float = 0.0
    topics: int = 0

    @property
    def floor(self) -> float:
        return min(s for s, _ in self.floors.values())


def measure(n: int, work: Path, floors: list[str], runs: int = 1, log: bool = True) -> Point:
    corpus = build(work / f"corpus_{n}", n)
    size = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
    cache = work / f"cache_{n}"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    point = Point(n, size)

    def step(what: str) -> None:
        if log:
            print(f"  {n:,} articles: {what} ({time.strftime('%H:%M:%S')})", file=sys.stderr, flush=True)

    def best(old: tuple[float, float] | None, new: tuple[float, float]) -> tuple[float, float]:
        return new if old is None or new[0] < old[0] else (old[0], max(old[1], new[1]))

    ours: tuple[float, float] | None = None
    cold: tuple[float, float] | None = None
    warm: tuple[float, float] | None = None
    for run in range(runs):
        tag = f" run {run + 1}/{runs}" if runs > 1 else ""
        for name in floors:
            step(f"Kiwi floor {name}{tag}")
            make, what = FLOORS[name]
            s, mb, _ = run_measured([sys.executable, "-c", FLOOR.format(make=make, lines=what), str(corpus)], env)
            point.floors[name] = best(point.floors.get(name), (s, mb))
        step(f"ours --no-cache{tag}")
        ours = best(ours, run_measured([*brief_cmd(), "brief", "--format", "json", "--no-cache", str(corpus)], env)[:2])
        shutil.rmtree(cache, ignore_errors=True)
        step(f"cold (filling the cache){tag}")
        cold = best(cold, run_measured([*brief_cmd(), "brief", "--format", "json", str(corpus)], env)[:2])
        step(f"warm{tag}")
        warm = best(warm, run_measured([*brief_cmd(), "brief", "--format", "json", str(corpus)], env)[:2])
    assert ours is not None and cold is not None and warm is not None
    point.ours, point.cold, point.warm = ours, cold, warm
    step("compare command (warm)")
    point.compare_cmd = run_measured([*brief_cmd(), "compare", "--format", "json", str(corpus)], env)[:2]
    step("compare() alone")
    _, _, out = run_measured([sys.executable, "-c", COMPARE_ONLY, str(corpus)], env, capture=True)
    line = next((x for x in out.splitlines() if x.startswith("COMPARE ")), None)
    if line is not None:
        point.compare_only, point.topics = float(line.split()[1]), int(line.split()[2])
    shutil.rmtree(cache, ignore_errors=True)
    return point


def _s(x: float) -> str:
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def throughput_tables(points: list[Point], floors: list[str], runs: int) -> str:
    rows, mem_rows, cmp_rows = [], [], []
    for p in points:
        floor_cells = [_s(p.floors[f][0]) for f in floors]
        rows.append([
            f"{p.n:,}", f"{p.mb:.1f} MB", *floor_cells, _s(p.ours[0]), f"**{p.ours[0] / p.floor:.2f}x**",
            _s(p.cold[0]), _s(p.warm[0]), f"**{p.warm[0] / p.cold[0]:.2f}x**",
        ])
        mem_rows.append([f"{p.n:,}", *[f"{p.floors[f][1]:.0f} MB" for f in floors], f"{p.ours[1]:.0f} MB",
                         f"{p.cold[1]:.0f} MB", f"{p.warm[1]:.0f} MB", f"{p.compare_cmd[1]:.0f} MB"])
        cmp_rows.append([f"{p.n:,}", f"{p.topics:,}", _s(p.compare_only), _s(p.compare_cmd[0]), _s(p.warm[0])])
    floor_heads = [f"floor {floor_label(f)}" for f in floors]
    return (
        table(
            "Throughput: `brief --format json` (targets: ours/floor <= 2.0x, warm/cold <= 0.25x)",
            ["articles", "corpus", *floor_heads, "ours `--no-cache`", "ours/floor", "cold (fills cache)", "warm",
             "warm/cold"],
            rows,
            f"Best of {runs} run(s) each. ours/floor divides by the fastest floor. Floor: a fresh process "
            "builds the Kiwi and tokenizes every file (loading included). Ours: ingest, sanitize, Kiwi, "
            "figures, facts, claims, summaries and the JSON document.",
        )
        + "\n"
        + table(
            "Peak memory, max RSS (target < 1.5 GB at 10,000)",
            ["articles", *floor_heads, "ours `--no-cache`", "cold", "warm", "compare (warm)"],
            mem_rows,
        )
        + "\n"
        + table(
            "Comparison (target: < 30 s after analysis at 10,000)",
            ["articles", "topics", "`compare()` itself", "`compare` command (warm cache)", "`brief` (warm cache)"],
            cmp_rows,
        )
    )


def _exponent(a: float, b: float, na: int, nb: int) -> str:
    if a <= 0 or b <= 0 or na == nb:
        return "-"
    return f"{math.log(b / a) / math.log(nb / na):.2f}"


def growth_table(points: list[Point]) -> str:
    """Marginal cost per article between consecutive sizes, and the growth exponent."""
    if len(points) < 2:
        return ""
    measures = [
        ("Kiwi floor", lambda p: p.floor, "ms"),
        ("ours --no-cache", lambda p: p.ours[0], "ms"),
        ("warm (cache)", lambda p: p.warm[0], "ms"),
        ("compare() itself", lambda p: p.compare_only, "ms"),
        ("peak RSS --no-cache", lambda p: p.ours[1], "MB"),
        ("peak RSS compare", lambda p: p.compare_cmd[1], "MB"),
    ]
    header = ["measure"]
    for a, b in zip(points, points[1:], strict=False):
        header.append(f"{a.n:,} -> {b.n:,}: per extra article")
        header.append("exponent")
    rows = []
    for label, get, unit in measures:
        row = [label]
        for a, b in zip(points, points[1:], strict=False):
            da, db = get(a), get(b)
            per = (db - da) / (b.n - a.n)
            row.append(f"{per * 1000:.1f} ms" if unit == "ms" else f"{per * 1024:.0f} KB")
            row.append(_exponent(da, db, a.n, b.n))
        rows.append(row)
    return table(
        "Growth with corpus size",
        header,
        rows,
        "Per extra article: (cost at the larger size - cost at the smaller) / (extra articles), i.e. the marginal "
        "cost; if it stays flat from one interval to the next, the cost is linear. Exponent k: cost ~ n^k between "
        "the two sizes (fixed start-up costs such as loading Kiwi push it below 1 at small sizes; above 1 is "
        "superlinear).",
    )


def first_paint(cmd: list[str], needle: str, env: dict[str, str], cols: int = 160, rows: int = 48) -> float:
    """Seconds from launching ``cmd`` in a tmux pane until ``needle`` is on screen."""
    sock = f"bench{os.getpid()}"
    tmux = ["tmux", "-L", sock, "-f", "/dev/null"]
    shell_cmd = "cd " + _quote(str(ROOT)) + " && exec " + " ".join(map(_quote, cmd))
    screen = ""
    try:
        for _ in range(3):  # a tmux server can fail to start while another is shutting down
            started = subprocess.run([*tmux, "new-session", "-d", "-x", str(cols), "-y", str(rows), "sh"],
                                     env=env, capture_output=True, text=True)
            if started.returncode == 0:
                break
            time.sleep(0.5)
        if started.returncode != 0:
            raise SystemExit(f"tmux could not start: {started.stderr.strip()}")
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


def bench_startup(work: Path, repeats: int, base: Path | None = None) -> str:
    if not shutil.which("tmux"):
        return "### First paint\n\n(skipped: tmux is not installed)\n"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    needle = "딥시크(DeepSeek)가 최근 발표한"  # the first article's first sentence
    # Both sides start from compiled bytecode, as an installed wheel does (pip compiles it; Textual's own
    # modules are compiled already): PYTHONDONTWRITEBYTECODE would make only our source be compiled again
    # at every launch of an editable install, which measures the compiler, not the reader.
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "PYTHONDONTWRITEBYTECODE"}}
    env.setdefault("TERM", "xterm-256color")
    subprocess.run([*brief_cmd(), "--version"], env=env, capture_output=True, cwd=ROOT)  # writes the bytecode
    subprocess.run([*brief_cmd(), "brief", "--no-cache", str(seeds[0])], env=env, capture_output=True, cwd=ROOT)
    # --startup-base: the reader of another source tree (an older commit's checkout) measured in the same run,
    # interleaved, with the same Python: `python -P -m tui.cli` with that tree first on PYTHONPATH (-P: not the
    # working directory's copy)
    base_env = dict(env, PYTHONPATH=str(base)) if base is not None else None
    base_cmd = [sys.executable, "-P", "-m", "tui.cli"]
    if base_env is not None:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(base / "briefings"), str(base / "tui")],
                       env=base_env, capture_output=True)  # bytecode, as for ours
    rows = []
    for label, cache in (("cold (no cache)", None), ("warm cache", work / "cache_paint")):
        e = dict(env)
        be = dict(base_env) if base_env is not None else None
        if cache is None:
            args = [*brief_cmd(), "--no-cache", str(seeds[0].parent)]
            base_args = [*base_cmd, "--no-cache", str(seeds[0].parent)]
        else:
            e["XDG_CACHE_HOME"] = str(cache)
            subprocess.run([*brief_cmd(), "brief", str(seeds[0].parent)], env=e, capture_output=True, cwd=ROOT)
            args = [*brief_cmd(), str(seeds[0].parent)]
            base_args = [*base_cmd, str(seeds[0].parent)]
            if be is not None:
                be["XDG_CACHE_HOME"] = str(work / "cache_paint_base")
                subprocess.run([*base_cmd, "brief", str(seeds[0].parent)], env=be, capture_output=True, cwd=ROOT)
        bare, ours, theirs = [], [], []
        for _ in range(repeats):  # interleaved, so all see the same machine load
            bare.append(first_paint([sys.executable, "-c", BARE_APP], "BARE-READY", e))
            ours.append(first_paint(args, needle, e))
            if be is not None:
                theirs.append(first_paint(base_args, needle, be))
        b, o = sorted(bare)[len(bare) // 2], sorted(ours)[len(ours) // 2]
        row = [label, f"{b:.2f} s", f"{o:.2f} s", f"**{o / b:.2f}x**"]
        if theirs:
            t = sorted(theirs)[len(theirs) // 2]
            row += [f"{t:.2f} s", f"{t / b:.2f}x"]
        rows.append(row)
    header = ["start", "bare Textual app, one label", "deepseek-brief (reader, 5 seed articles)", "ratio"]
    if base is not None:
        header += [f"base tree `{base.name}`", "base ratio"]
    return table(
        f"First paint: launch to first article text, median of {repeats} (target <= 1.5x a bare Textual app)",
        header,
        rows,
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = next(int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines()
                   if x.startswith("MemTotal"))
        ram = f", {mem / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        ram = ""
    try:
        from importlib.metadata import version

        kiwi = f", kiwipiepy {version('kiwipiepy')}"
    except Exception:  # noqa: BLE001
        kiwi = ""
    py = platform.python_version()
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){ram}, Python {py}{kiwi}"


def main() -> None:
    global _use_source
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "deepseek-brief-bench")
    ap.add_argument("--repeats", type=int, default=5, help="first-paint repetitions (median reported)")
    ap.add_argument("--floors", nargs="+", choices=list(FLOORS), default=list(FLOORS),
                    help="which Kiwi floors to measure (default all; the ratio uses the fastest)")
    ap.add_argument("--runs", type=int, default=1, help="runs per command, interleaved; the best is kept")
    ap.add_argument("--source", action="store_true", help="measure `python -m tui.cli` from this source tree")
    ap.add_argument("--smoke", action="store_true", help="tiny run for CI: checks the scripts work")
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--only-startup", action="store_true", help="measure first paint only")
    ap.add_argument("--startup-base", type=Path, default=None, metavar="TREE",
                    help="also measure the reader of another source tree (e.g. `git archive <commit>` unpacked), "
                         "interleaved in the same first-paint run")
    args = ap.parse_args()
    _use_source = args.source
    if args.smoke:
        args.repeats = 1
        args.runs = 1
        args.floors = args.floors[-1:]
    floors = [f for f in FLOORS if f in args.floors]
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"## deepseek-brief benchmarks\n\nMachine: {machine()}\n\nMeasured: {measured_code()}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n", flush=True)
    points = []
    for n in [] if args.only_startup else sorted(set(args.sizes)):
        points.append(measure(n, args.work, floors, args.runs))
        print(f"  measured {n:,} articles", file=sys.stderr, flush=True)
    if points:
        print(throughput_tables(points, floors, args.runs))
    growth = growth_table(points)
    if growth:
        print(growth)
    if not args.skip_startup:
        print(bench_startup(args.work, args.repeats, args.startup_base))


if __name__ == "__main__":
    main()
