"""SQLite storage through SQLModel: tables, engine, migrations, backup, repositories.

Import the heavy parts lazily: importing sqlmodel costs ~57 MiB and ~0.35 s.
"""
