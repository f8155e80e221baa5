"""Operating-system adapters: clock, paths, idle, sleep, notices, autostart, one instance."""
