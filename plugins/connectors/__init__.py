"""Plant connectors (placeholder, filled in by the connectors slice)."""
