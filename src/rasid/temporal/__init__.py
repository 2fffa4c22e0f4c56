"""temporal: when events happened."""
