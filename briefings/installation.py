"""What is installed: the versions a bug report needs, and faults of the installation itself."""

from __future__ import annotations

from briefings.ingest.extractor import EXTRACTOR_DISTRIBUTIONS, distribution_version, extractor_problem

# The main dependencies, in the order ``deepseek-brief --version`` lists them.
DISTRIBUTIONS = (
    "textual",
    "rich",
    "kiwipiepy",
    "kiwipiepy_model",
    *EXTRACTOR_DISTRIBUTIONS,
    "charset-normalizer",
    "pyperclip",
    "platformdirs",
)


def dependency_versions() -> list[tuple[str, str | None]]:
    """(distribution, installed version or None) for each main dependency; imports none of them."""
    return [(name, distribution_version(name)) for name in DISTRIBUTIONS]


def installation_problems() -> list[str]:
    """Faults of this installation that degrade output (empty when all is well); loads the HTML extractor."""
    problems = []
    missing = [name for name, version in dependency_versions() if version is None]
    if missing:
        problems.append("not installed: " + ", ".join(missing))
    problem = extractor_problem()
    if problem:
        problems.append(f"the HTML extractor cannot be loaded: {problem}")
    return problems
