"""macOS sleep/wake and screen lock hints through the Objective-C runtime, with ctypes only.

Qt's event loop on macOS is the Cocoa run loop, so an Objective-C observer registered on
the main thread is called on the main thread. There is no PyObjC here: a small NSObject
subclass is built at run time (``objc_allocateClassPair`` + ``class_addMethod``) whose one
IMP, a ctypes callback, serves one selector per notification, so the handler knows the
notification from its ``_cmd`` argument and never has to read an NSString.

- ``[[NSWorkspace sharedWorkspace] notificationCenter]``: ``NSWorkspaceWillSleepNotification``
  and ``NSWorkspaceDidWakeNotification`` (machine sleep), ``NSWorkspaceScreensDidSleepNotification``
  and ``NSWorkspaceScreensDidWakeNotification`` (display sleep, counted like a screen saver).
- ``[NSDistributedNotificationCenter defaultCenter]``: ``com.apple.screenIsLocked`` and
  ``com.apple.screenIsUnlocked`` with ``NSNotificationSuspensionBehaviorDeliverImmediately``
  (AppKit suspends distributed delivery while an app is inactive, which a tray app nearly
  always is).

Every runtime call goes through an :class:`ObjcRuntime`, so the logic runs on any OS with a
fake one. Written from Apple's documentation and verified with that fake only: it has not
been run on a Mac. Nothing here raises: a missing library, class or selector is logged and
the hint is not offered.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import logging
from _ctypes import CFuncPtr
from collections.abc import Callable
from typing import Protocol, TypeAlias

log = logging.getLogger(__name__)

# The IMP of ``- (void)handler:(NSNotification *)note``: (self, _cmd, note) -> void.
NOTE_IMP = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
NOTE_IMP_TYPES = b"v@:@"
OBSERVER_CLASS_PREFIX = "CounterbalancePowerObserver"
MAX_CLASS_ATTEMPTS = 64
DELIVER_IMMEDIATELY = 4  # NSNotificationSuspensionBehaviorDeliverImmediately

WORKSPACE_HINT = "macos-workspace"
LOCK_HINT = "macos-screen-lock"

# (notification name, selector of our handler). The AppKit constants' values equal their
# names, and notification centres match names by string equality.
WILL_SLEEP = ("NSWorkspaceWillSleepNotification", "counterbalanceWillSleep:")
DID_WAKE = ("NSWorkspaceDidWakeNotification", "counterbalanceDidWake:")
SCREENS_DID_SLEEP = ("NSWorkspaceScreensDidSleepNotification", "counterbalanceScreensDidSleep:")
SCREENS_DID_WAKE = ("NSWorkspaceScreensDidWakeNotification", "counterbalanceScreensDidWake:")
SCREEN_LOCKED = ("com.apple.screenIsLocked", "counterbalanceScreenLocked:")
SCREEN_UNLOCKED = ("com.apple.screenIsUnlocked", "counterbalanceScreenUnlocked:")
WORKSPACE_NOTIFICATIONS = (WILL_SLEEP, DID_WAKE, SCREENS_DID_SLEEP, SCREENS_DID_WAKE)
DISTRIBUTED_NOTIFICATIONS = (SCREEN_LOCKED, SCREEN_UNLOCKED)

# The type of a NOTE_IMP instance: a C function pointer that is also callable from Python.
NoteImp: TypeAlias = CFuncPtr


class ObjcRuntime(Protocol):
    """The few Objective-C runtime calls the observer makes; pointers are ints, 0 is nil."""

    def get_class(self, name: str) -> int:
        """Return the class named ``name`` (``objc_getClass``), 0 if there is none."""
        ...

    def selector(self, name: str) -> int:
        """Return the registered selector ``name`` (``sel_registerName``)."""
        ...

    def allocate_class(self, superclass: int, name: str) -> int:
        """Create a class pair (``objc_allocateClassPair``), 0 if the name is taken."""
        ...

    def add_method(self, cls: int, selector: int, imp: NoteImp, types: bytes) -> bool:
        """Add ``imp`` (a :data:`NOTE_IMP` instance) for ``selector`` (``class_addMethod``)."""
        ...

    def register_class(self, cls: int) -> None:
        """Make an allocated class usable (``objc_registerClassPair``)."""
        ...

    def send(self, receiver: int, selector: int, *args: int) -> int:
        """Send a message whose arguments and result are ids or integers (``objc_msgSend``)."""
        ...

    def send_text(self, receiver: int, selector: int, text: bytes) -> int:
        """Send a message with one C string argument returning an id (``objc_msgSend``)."""
        ...


class CtypesObjcRuntime:
    """The Objective-C runtime of libobjc, with Foundation and AppKit loaded.

    Args:
        find_library: maps a library name (``objc``, ``Foundation``, ``AppKit``) to a path
            for ``ctypes.CDLL``, None when missing.

    Raises:
        OSError: a library is missing (any OS but macOS).
        AttributeError: libobjc lacks a runtime function (e.g. the GNU runtime).
    """

    def __init__(
        self, find_library: Callable[[str], str | None] = ctypes.util.find_library
    ) -> None:
        def load(name: str) -> ctypes.CDLL:
            path = find_library(name)
            if path is None:
                raise OSError(f"library {name!r} not found")
            return ctypes.CDLL(path)

        self._objc = load("objc")
        # Loading the frameworks registers their classes with the runtime.
        self._foundation = load("Foundation")
        self._appkit = load("AppKit")
        objc = self._objc
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.objc_allocateClassPair.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        objc.objc_allocateClassPair.restype = ctypes.c_void_p
        objc.objc_registerClassPair.argtypes = [ctypes.c_void_p]
        objc.objc_registerClassPair.restype = None
        objc.class_addMethod.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            NOTE_IMP,
            ctypes.c_char_p,
        ]
        objc.class_addMethod.restype = ctypes.c_bool
        # objc_msgSend must be called with the exact prototype of the method (on arm64 a
        # variadic call would pass the arguments on the stack): one prototype per arity.
        msg_send = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
        if not msg_send:
            raise OSError("objc_msgSend not found")
        self._msg_send: int = msg_send
        self._prototypes: dict[int, Callable[..., int | None]] = {}
        self._send_text_fn = ctypes.CFUNCTYPE(
            ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p
        )(self._msg_send)

    def get_class(self, name: str) -> int:
        """Return the class named ``name``, 0 if there is none."""
        return int(self._objc.objc_getClass(name.encode()) or 0)

    def selector(self, name: str) -> int:
        """Return the registered selector ``name``."""
        return int(self._objc.sel_registerName(name.encode()) or 0)

    def allocate_class(self, superclass: int, name: str) -> int:
        """Create a class pair, 0 if the name is taken."""
        return int(self._objc.objc_allocateClassPair(superclass, name.encode(), 0) or 0)

    def add_method(self, cls: int, selector: int, imp: NoteImp, types: bytes) -> bool:
        """Add ``imp`` for ``selector`` to ``cls``."""
        return bool(self._objc.class_addMethod(cls, selector, imp, types))

    def register_class(self, cls: int) -> None:
        """Make an allocated class usable."""
        self._objc.objc_registerClassPair(cls)

    def send(self, receiver: int, selector: int, *args: int) -> int:
        """Send a message whose arguments and result are ids or integers."""
        function = self._prototypes.get(len(args))
        if function is None:
            prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, *([ctypes.c_void_p] * (2 + len(args))))
            function = prototype(self._msg_send)
            self._prototypes[len(args)] = function
        return int(function(receiver, selector, *args) or 0)

    def send_text(self, receiver: int, selector: int, text: bytes) -> int:
        """Send a message with one C string argument returning an id."""
        return int(self._send_text_fn(receiver, selector, text) or 0)


class MacPowerObserver:
    """Turn NSWorkspace and screen lock notifications into sleep and lock reports.

    ``on_sleep(True)`` before the machine sleeps, ``on_sleep(False)`` after it woke;
    ``on_lock(True)`` when the screen got locked or the displays went to sleep,
    ``on_lock(False)`` once it is unlocked and the displays are awake again.

    Call :meth:`stop` before dropping the observer: the class's IMP is a ctypes callback
    kept alive by this object.
    """

    def __init__(
        self,
        on_sleep: Callable[[bool], None],
        on_lock: Callable[[bool], None],
        runtime_factory: Callable[[], ObjcRuntime] = CtypesObjcRuntime,
    ) -> None:
        self._on_sleep = on_sleep
        self._on_lock = on_lock
        self._runtime_factory = runtime_factory
        self._runtime: ObjcRuntime | None = None
        self._imp = NOTE_IMP(self._handle)
        self._handlers: dict[int, Callable[[], None]] = {}
        self._observer = 0
        self._centers: list[int] = []
        self._started: list[str] = []
        self._screen_locked = False
        self._screens_asleep = False
        self._class_names = (f"{OBSERVER_CLASS_PREFIX}{n}" for n in itertools.count())

    @property
    def observing(self) -> bool:
        """Whether an observer is registered with at least one notification centre."""
        return bool(self._centers)

    def start(self) -> list[str]:
        """Register the observer and return the names of the hints subscribed."""
        if self._observer:
            return list(self._started)
        try:
            runtime = self._runtime or self._runtime_factory()
        except Exception as error:  # not macOS, or a runtime without the calls we need
            log.info("no Objective-C runtime, no macOS power hints: %s", error)
            return []
        self._runtime = runtime
        pool = 0
        try:
            # A pool for the autoreleased NSStrings (there may be no run loop pass yet).
            pool = self._new(runtime, runtime.get_class("NSAutoreleasePool"))
            self._observer = self._make_observer(runtime)
            if not self._observer:
                return []
            self._started = self._subscribe_all(runtime)
            return list(self._started)
        except Exception:  # hints are optional: the clock gap check still detects sleep
            log.exception("cannot register for macOS power notifications")
            self.stop()
            return []
        finally:
            self._drain(runtime, pool)

    def stop(self) -> None:
        """Remove the observer from every centre and release it (idempotent)."""
        runtime = self._runtime
        if runtime is None:
            return
        try:
            for center in self._centers:
                runtime.send(center, runtime.selector("removeObserver:"), self._observer)
            if self._observer:
                runtime.send(self._observer, runtime.selector("release"))
        except Exception:  # shutting down: nothing else to do
            log.exception("cannot remove the macOS power observer")
        self._centers.clear()
        self._started = []
        self._observer = 0
        self._screen_locked = False
        self._screens_asleep = False

    def _drain(self, runtime: ObjcRuntime, pool: int) -> None:
        if not pool:
            return
        try:
            runtime.send(pool, runtime.selector("drain"))
        except Exception:  # a leaked pool costs a few strings; the hints still work
            log.exception("cannot drain the autorelease pool")

    def _new(self, runtime: ObjcRuntime, cls: int) -> int:
        if not cls:
            return 0
        return runtime.send(runtime.send(cls, runtime.selector("alloc")), runtime.selector("init"))

    def _make_observer(self, runtime: ObjcRuntime) -> int:
        superclass = runtime.get_class("NSObject")
        if not superclass:
            log.info("no NSObject class: no macOS power hints")
            return 0
        # A class pair cannot be created twice under one name (a second watcher, or a
        # restart after stop()); its IMP belongs to one observer, so take a fresh name.
        for name in itertools.islice(self._class_names, MAX_CLASS_ATTEMPTS):
            cls = runtime.allocate_class(superclass, name)
            if cls:
                break
        else:
            log.info("cannot create an observer class: no macOS power hints")
            return 0
        actions: list[tuple[tuple[str, str], Callable[[], None]]] = [
            (WILL_SLEEP, lambda: self._on_sleep(True)),
            (DID_WAKE, lambda: self._on_sleep(False)),
            (SCREENS_DID_SLEEP, lambda: self._set_screens_asleep(True)),
            (SCREENS_DID_WAKE, lambda: self._set_screens_asleep(False)),
            (SCREEN_LOCKED, lambda: self._set_screen_locked(True)),
            (SCREEN_UNLOCKED, lambda: self._set_screen_locked(False)),
        ]
        self._handlers.clear()
        for (_, selector_name), action in actions:
            selector = runtime.selector(selector_name)
            if not runtime.add_method(cls, selector, self._imp, NOTE_IMP_TYPES):
                log.info("cannot add %s to the observer class", selector_name)
                continue
            self._handlers[selector] = action
        runtime.register_class(cls)
        observer = self._new(runtime, cls)
        if not observer:
            log.info("cannot create the macOS power observer")
        return observer

    def _subscribe_all(self, runtime: ObjcRuntime) -> list[str]:
        started: list[str] = []
        workspace_class = runtime.get_class("NSWorkspace")
        if workspace_class:
            workspace = runtime.send(workspace_class, runtime.selector("sharedWorkspace"))
            center = runtime.send(workspace, runtime.selector("notificationCenter"))
            if self._subscribe(runtime, center, WORKSPACE_NOTIFICATIONS, suspension=None):
                started.append(WORKSPACE_HINT)
        else:
            log.info("no NSWorkspace class (AppKit not loaded): no macOS sleep hints")
        distributed_class = runtime.get_class("NSDistributedNotificationCenter")
        if distributed_class:
            center = runtime.send(distributed_class, runtime.selector("defaultCenter"))
            if self._subscribe(
                runtime, center, DISTRIBUTED_NOTIFICATIONS, suspension=DELIVER_IMMEDIATELY
            ):
                started.append(LOCK_HINT)
        else:
            log.info("no NSDistributedNotificationCenter class: no macOS lock hints")
        if not started:
            self.stop()
        return started

    def _subscribe(
        self,
        runtime: ObjcRuntime,
        center: int,
        notifications: tuple[tuple[str, str], ...],
        suspension: int | None,
    ) -> bool:
        if not center:
            log.info("no notification centre for %s", notifications[0][0])
            return False
        string_class = runtime.get_class("NSString")
        make_string = runtime.selector("stringWithUTF8String:")
        if suspension is None:
            add = runtime.selector("addObserver:selector:name:object:")
        else:
            add = runtime.selector("addObserver:selector:name:object:suspensionBehavior:")
        subscribed = False
        for name, selector_name in notifications:
            selector = runtime.selector(selector_name)
            if selector not in self._handlers:
                continue
            ns_name = runtime.send_text(string_class, make_string, name.encode())
            if not ns_name:
                log.info("cannot make an NSString for %s", name)
                continue
            args = [self._observer, selector, ns_name, 0]
            if suspension is not None:
                args.append(suspension)
            runtime.send(center, add, *args)
            subscribed = True
        if subscribed:
            self._centers.append(center)
        return subscribed

    def _set_screens_asleep(self, asleep: bool) -> None:
        self._screens_asleep = asleep
        self._on_lock(self._screen_locked or self._screens_asleep)

    def _set_screen_locked(self, locked: bool) -> None:
        self._screen_locked = locked
        self._on_lock(self._screen_locked or self._screens_asleep)

    def _handle(self, receiver: int | None, selector: int | None, note: int | None) -> None:
        # Called by Cocoa through the IMP: an exception must not cross back into C.
        try:
            action = self._handlers.get(selector or 0)
            if action is None or receiver != self._observer:
                return
            action()
        except Exception:
            log.exception("failed to handle a macOS power notification")
