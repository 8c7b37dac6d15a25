"""JSON Schemas of the public JSON documents (brief.schema.json, compare.schema.json)."""
