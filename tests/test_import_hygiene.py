"""The core never loads Textual (or Rich); the command line loads Textual only for the reader.

Each check runs in a fresh interpreter, so what another test imported cannot hide a leak.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    """Run ``code`` in a new interpreter; return the top-level packages it imported."""
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json as _json, sys as _sys
        print("\\nMODULES=" + _json.dumps(sorted({m.split(".")[0] for m in _sys.modules})))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES="))
    return set(json.loads(line.removeprefix("MODULES=")))


def test_core_import_and_brief_load_neither_textual_nor_rich(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    text = "엔비디아 주가가 17% 폭락했다.\n딥시크는 개발비로 560만 달러를 썼다고 밝혔다.\n"
    article.write_text(text, encoding="utf-8")
    mods = loaded_after(
        f"""
        import briefings
        from briefings import brief_many, load_paths, compare, briefings_to_json, Cache
        arts, errs = load_paths([{str(article)!r}])
        out = list(brief_many(arts, cache=Cache()))
        compare(out)
        briefings_to_json(out, errs)
        assert out and out[0].figures is not None
        """,
        tmp_path,
    )
    assert "briefings" in mods and "kiwipiepy" in mods
    assert "textual" not in mods
    assert "rich" not in mods
    assert "tui" not in mods


def test_cli_brief_and_compare_do_not_load_textual(tmp_path: Path) -> None:
    mods = loaded_after(
        """
        from tui.cli import main
        assert main(["brief", "--format", "json"]) == 0
        assert main(["compare", "--format", "md"]) == 0
        assert main(["cache", "info"]) == 0
        """,
        tmp_path,
    )
    assert "briefings" in mods
    assert "textual" not in mods


def test_cli_help_loads_neither_the_core_nor_textual(tmp_path: Path) -> None:
    mods = loaded_after(
        """
        from tui.cli import main
        assert main(["--help"]) == 0
        assert main(["brief", "--help"]) == 0
        """,
        tmp_path,
    )
    assert not mods & {"textual", "rich", "briefings", "kiwipiepy"}
