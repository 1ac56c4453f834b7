"""Everything that can be decided without a screen. Nothing here imports Qt."""
