"""Shared pytest set-up: widget tests run offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.qt_workarounds import pin_none_refcount

# PySide6 6.12.0 on Python 3.11 drains None's reference count (see qt_workarounds).
pin_none_refcount()
