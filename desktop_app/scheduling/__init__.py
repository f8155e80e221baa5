"""APScheduler behind a small interface: the timer that wakes the break policy."""
