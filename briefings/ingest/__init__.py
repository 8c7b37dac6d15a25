"""Files in: stat, decode, sanitize, strip page furniture, read metadata."""
