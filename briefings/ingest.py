"""PLACEHOLDER (being replaced): files in, Articles or IngestErrors out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .model import Article, IngestError


def seed_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "seeds", here.parent / "seeds"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("bundled seeds not found")


def load_paths(paths: Iterable[str | Path] = ()) -> tuple[list[Article], list[IngestError]]:
    paths = list(paths) or [seed_dir()]
    arts: list[Article] = []
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            text = f.read_text("utf-8")
            arts.append(Article(id=f.stem, path=str(f), title=text.strip().splitlines()[0], text=text))
    return arts, []
