"""The briefing text: the Korean summary and the English lines."""
