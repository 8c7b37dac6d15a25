"""PLACEHOLDER (being replaced): the deepseek-brief command."""

def main() -> int:
    return 0
