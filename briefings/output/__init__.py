"""Side effects at the edge: exports, the cache, atomic writes."""
