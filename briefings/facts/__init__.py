"""Figures put in context: subject, measure, role, date; claims; the gazetteer."""
