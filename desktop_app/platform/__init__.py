"""Operating-system adapters: clock, paths, idle, sleep, notifications, autostart, single instance."""
