"""Qt-free domain: catalog, planner, break policy, stats, safety and settings.

Nothing in this package imports PySide6, SQLModel/SQLAlchemy or APScheduler, reads
the clock or uses the global random generator: clocks and generators are passed in.
"""
