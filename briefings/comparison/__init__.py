"""Across articles: topics, verdicts, conversions, errors inside articles."""
