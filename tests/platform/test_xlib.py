"""Loading the X libraries: by their standard names, without running a program."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from desktop_app.platform.idle import xlib


def test_the_x_libraries_load_without_starting_a_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ctypes.util.find_library runs `ldconfig -p` (a fork of the whole tray process)
    # and loads subprocess into it, at every start; the standard sonames need neither.
    def no_process(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a process was started: {args[0]!r}")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    for name in ("X11", "Xss", "Xrandr"):
        assert xlib.load_library(name) is not None


def test_a_library_with_another_soname_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    # A distribution with another soname: the search falls back to find_library.
    tried: list[str] = []
    real_cdll = xlib.ctypes.CDLL

    def cdll(name: str, *args: Any, **kwargs: Any) -> Any:
        tried.append(name)
        if name == "/opt/x/libX11.so.7":
            return real_cdll(None)
        raise OSError(name)

    monkeypatch.setattr(xlib.ctypes, "CDLL", cdll)
    monkeypatch.setattr("ctypes.util.find_library", lambda name: "/opt/x/libX11.so.7")
    assert xlib.load_library("X11") is not None
    assert tried[-1] == "/opt/x/libX11.so.7"


def test_a_missing_library_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    with pytest.raises(xlib.XlibError, match="libNoSuchLib is not installed"):
        xlib.load_library("NoSuchLib")
