"""PySide6 widgets: they show view-models and emit intents, never touch the database."""
