"""macOS power hints: MacPowerObserver and PowerWatcher against a fake Objective-C runtime.

The fake behaves like the parts of Cocoa the observer touches: classes, selectors,
``alloc``/``init``/``release``, autoreleased NSStrings that need a pool, and the two
notification centres. A notification is delivered the way Cocoa does it: the method for
the registered selector is looked up on the observer's class and its IMP is called through
its C function pointer (a real libffi call into the ctypes callback).
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.platform.macos_power import (
    DELIVER_IMMEDIATELY,
    LOCK_HINT,
    NOTE_IMP,
    NOTE_IMP_TYPES,
    WORKSPACE_HINT,
    CtypesObjcRuntime,
    MacPowerObserver,
    NoteImp,
    ObjcRuntime,
)
from desktop_app.platform.power import PowerWatcher

WORKSPACE_NAMES = {
    "NSWorkspaceWillSleepNotification",
    "NSWorkspaceDidWakeNotification",
    "NSWorkspaceScreensDidSleepNotification",
    "NSWorkspaceScreensDidWakeNotification",
}
LOCK_NAMES = {"com.apple.screenIsLocked", "com.apple.screenIsUnlocked"}
QUIET_MS = 100  # how long "nothing is emitted" is watched for
ALL_SIGNALS = ("away_started", "away_ended")


@dataclass(frozen=True)
class Registration:
    """One ``addObserver:...`` call on a notification centre."""

    observer: int
    selector: int
    name: str
    sender: int
    suspension: int | None


class FakeObjc:
    """A small stand-in for libobjc + Foundation + AppKit."""

    BUILTIN = ("NSObject", "NSString", "NSAutoreleasePool", "NSWorkspace")

    def __init__(self, missing: frozenset[str] = frozenset()) -> None:
        self._ids = itertools.count(0x1000, 0x10)
        self.classes: dict[str, int] = {}
        self.superclass: dict[int, int] = {}
        self.registered: set[int] = set()
        self.class_of: dict[int, int] = {}
        self.methods: dict[tuple[int, int], NoteImp] = {}
        self.selectors: dict[str, int] = {}
        self.selector_names: dict[int, str] = {}
        self.strings: dict[int, str] = {}
        self.open_pools: list[int] = []
        self.drained: list[int] = []
        self.released: list[int] = []
        self.unpooled_strings = 0
        for name in (*self.BUILTIN, "NSDistributedNotificationCenter"):
            if name not in missing:
                self.classes[name] = self._new_id()
                self.registered.add(self.classes[name])
        self.workspace = self._new_id()
        self.workspace_center = self._new_id()
        self.distributed_center = self._new_id()
        self.centers: dict[int, list[Registration]] = {
            self.workspace_center: [],
            self.distributed_center: [],
        }

    def _new_id(self) -> int:
        return next(self._ids)

    # --- ObjcRuntime -------------------------------------------------------------------

    def get_class(self, name: str) -> int:
        return self.classes.get(name, 0)

    def selector(self, name: str) -> int:
        if name not in self.selectors:
            self.selectors[name] = self._new_id()
            self.selector_names[self.selectors[name]] = name
        return self.selectors[name]

    def allocate_class(self, superclass: int, name: str) -> int:
        if name in self.classes:
            return 0  # objc_allocateClassPair returns Nil for a taken name
        cls = self._new_id()
        self.classes[name] = cls
        self.superclass[cls] = superclass
        return cls

    def add_method(self, cls: int, selector: int, imp: NoteImp, types: bytes) -> bool:
        assert cls not in self.registered, "methods must be added before registering"
        assert isinstance(imp, NOTE_IMP) and types == NOTE_IMP_TYPES
        if (cls, selector) in self.methods:
            return False
        self.methods[(cls, selector)] = imp
        return True

    def register_class(self, cls: int) -> None:
        self.registered.add(cls)

    def send(self, receiver: int, selector: int, *args: int) -> int:
        name = self.selector_names[selector]
        if name == "alloc":
            assert receiver in self.registered, "alloc on an unregistered class"
            instance = self._new_id()
            self.class_of[instance] = receiver
            return instance
        if name == "init":
            if self.class_of.get(receiver) == self.classes.get("NSAutoreleasePool"):
                self.open_pools.append(receiver)
            return receiver
        if name == "drain":
            self.open_pools.remove(receiver)
            self.drained.append(receiver)
            return 0
        if name == "release":
            self.released.append(receiver)
            return 0
        if name == "sharedWorkspace" and receiver == self.classes.get("NSWorkspace"):
            return self.workspace
        if name == "notificationCenter" and receiver == self.workspace:
            return self.workspace_center
        if name == "defaultCenter" and receiver == self.classes.get(
            "NSDistributedNotificationCenter"
        ):
            return self.distributed_center
        if name.startswith("addObserver:") and receiver in self.centers:
            observer, handler, ns_name, sender, *rest = args
            assert (receiver == self.distributed_center) == bool(rest), name
            self.centers[receiver].append(
                Registration(
                    observer, handler, self.strings[ns_name], sender, rest[0] if rest else None
                )
            )
            return 0
        if name == "removeObserver:" and receiver in self.centers:
            self.centers[receiver] = [r for r in self.centers[receiver] if r.observer != args[0]]
            return 0
        raise AssertionError(f"unrecognized selector {name!r} sent to {receiver:#x}")

    def send_text(self, receiver: int, selector: int, text: bytes) -> int:
        assert receiver == self.classes["NSString"]
        assert self.selector_names[selector] == "stringWithUTF8String:"
        if not self.open_pools:
            self.unpooled_strings += 1  # an autoreleased object with no pool leaks
        string = self._new_id()
        self.strings[string] = text.decode()
        return string

    # --- test helpers ------------------------------------------------------------------

    def names(self, center: int) -> set[str]:
        return {r.name for r in self.centers[center]}

    def post(self, name: str) -> int:
        """Deliver notification ``name`` to its observers as Cocoa does; return how many."""
        note = self._new_id()
        delivered = 0
        for registrations in self.centers.values():
            for r in list(registrations):
                if r.name != name:
                    continue
                imp = self.methods[(self.class_of[r.observer], r.selector)]
                address = ctypes.cast(imp, ctypes.c_void_p).value
                assert address
                NOTE_IMP(address)(r.observer, r.selector, note)
                delivered += 1
        return delivered


def watcher_on(fake: ObjcRuntime) -> PowerWatcher:
    return PowerWatcher(system="darwin", macos_runtime=lambda: fake)


def test_start_registers_exactly_the_workspace_and_lock_notifications(qtbot: QtBot) -> None:
    fake = FakeObjc()
    watcher = watcher_on(fake)

    assert watcher.start() == [WORKSPACE_HINT, LOCK_HINT]

    assert fake.names(fake.workspace_center) == WORKSPACE_NAMES
    assert len(fake.centers[fake.workspace_center]) == len(WORKSPACE_NAMES)
    assert fake.names(fake.distributed_center) == LOCK_NAMES
    assert len(fake.centers[fake.distributed_center]) == len(LOCK_NAMES)
    registrations = [r for rs in fake.centers.values() for r in rs]
    # One observer, an instance of our own NSObject subclass, a distinct selector per name.
    assert len({r.observer for r in registrations}) == 1
    observer_class = fake.class_of[registrations[0].observer]
    assert fake.superclass[observer_class] == fake.classes["NSObject"]
    assert len({r.selector for r in registrations}) == len(registrations)
    assert all(r.sender == 0 for r in registrations)
    for r in fake.centers[fake.workspace_center]:
        assert r.suspension is None
    for r in fake.centers[fake.distributed_center]:
        assert r.suspension == DELIVER_IMMEDIATELY
    # The autoreleased name strings were made inside a pool that was drained.
    assert fake.unpooled_strings == 0 and not fake.open_pools and len(fake.drained) == 1
    watcher.stop()


@pytest.mark.parametrize(
    ("away", "back", "state", "kind"),
    [
        (
            "NSWorkspaceWillSleepNotification",
            "NSWorkspaceDidWakeNotification",
            "asleep",
            "sleep",
        ),
        ("com.apple.screenIsLocked", "com.apple.screenIsUnlocked", "screen_locked", "lock"),
        (
            "NSWorkspaceScreensDidSleepNotification",
            "NSWorkspaceScreensDidWakeNotification",
            "screen_locked",
            "lock",
        ),
    ],
)
def test_each_notification_maps_to_its_hint_and_an_away_stretch(
    qtbot: QtBot, away: str, back: str, state: str, kind: str
) -> None:
    fake = FakeObjc()
    watcher = watcher_on(fake)
    watcher.start()

    with qtbot.waitSignal(watcher.away_started, timeout=1000):
        assert fake.post(away) == 1
    assert watcher.away and getattr(watcher, state)

    with qtbot.waitSignal(watcher.away_ended, timeout=1000) as ended:
        assert fake.post(back) == 1
    assert ended.args == [kind]
    assert not watcher.away and not getattr(watcher, state)
    watcher.stop()


def test_display_wake_while_locked_is_not_an_unlock(qtbot: QtBot) -> None:
    fake = FakeObjc()
    watcher = watcher_on(fake)
    watcher.start()
    with qtbot.waitSignal(watcher.away_started, timeout=1000):
        fake.post("com.apple.screenIsLocked")
    fake.post("NSWorkspaceScreensDidSleepNotification")

    with qtbot.assertNotEmitted(watcher.away_ended, wait=QUIET_MS):
        fake.post("NSWorkspaceScreensDidWakeNotification")
    assert bool(watcher.screen_locked)

    with qtbot.waitSignal(watcher.away_ended, timeout=1000):
        fake.post("com.apple.screenIsUnlocked")
    assert not watcher.screen_locked
    watcher.stop()


def test_sleep_inside_a_lock_ends_the_away_stretch_as_sleep(qtbot: QtBot) -> None:
    fake = FakeObjc()
    watcher = watcher_on(fake)
    watcher.start()
    with qtbot.waitSignal(watcher.away_started, timeout=1000):
        fake.post("com.apple.screenIsLocked")
    fake.post("NSWorkspaceWillSleepNotification")
    qtbot.waitUntil(lambda: watcher.asleep, timeout=1000)
    with qtbot.assertNotEmitted(watcher.away_ended, wait=QUIET_MS):
        fake.post("NSWorkspaceDidWakeNotification")
    with qtbot.waitSignal(watcher.away_ended, timeout=1000) as ended:
        fake.post("com.apple.screenIsUnlocked")
    assert ended.args == ["sleep"]
    watcher.stop()


def test_stop_removes_and_releases_the_observer(qtbot: QtBot) -> None:
    fake = FakeObjc()
    watcher = watcher_on(fake)
    watcher.start()
    observer = fake.centers[fake.workspace_center][0].observer

    watcher.stop()

    assert fake.centers == {fake.workspace_center: [], fake.distributed_center: []}
    assert fake.released == [observer]
    emitted: list[str] = []
    for name in ALL_SIGNALS:
        getattr(watcher, name).connect(lambda *_, name=name: emitted.append(name))
    for name in WORKSPACE_NAMES | LOCK_NAMES:
        assert fake.post(name) == 0
    qtbot.wait(QUIET_MS)
    assert emitted == []
    watcher.stop()  # idempotent
    assert fake.released == [observer]


def test_restart_and_a_second_watcher_get_their_own_classes(qtbot: QtBot) -> None:
    fake = FakeObjc()
    first = watcher_on(fake)
    first.start()
    first.stop()
    assert first.start() == [WORKSPACE_HINT, LOCK_HINT]  # the first class name is taken
    second = watcher_on(fake)
    assert second.start() == [WORKSPACE_HINT, LOCK_HINT]
    classes = {fake.class_of[r.observer] for r in fake.centers[fake.workspace_center]}
    assert len(classes) == 2

    sleeps: list[str] = []
    first.away_started.connect(lambda: sleeps.append("first"))
    second.away_started.connect(lambda: sleeps.append("second"))
    assert fake.post("NSWorkspaceWillSleepNotification") == 2
    assert sorted(sleeps) == ["first", "second"]
    first.stop()
    second.stop()


@pytest.mark.parametrize(
    ("missing", "hints"),
    [
        (frozenset({"NSWorkspace"}), [LOCK_HINT]),
        (frozenset({"NSDistributedNotificationCenter"}), [WORKSPACE_HINT]),
        (frozenset({"NSWorkspace", "NSDistributedNotificationCenter"}), []),
    ],
)
def test_a_missing_class_drops_only_its_hints(
    qtbot: QtBot, missing: frozenset[str], hints: list[str]
) -> None:
    fake = FakeObjc(missing)
    watcher = watcher_on(fake)

    assert watcher.start() == hints

    registered = fake.names(fake.workspace_center) | fake.names(fake.distributed_center)
    assert registered == (WORKSPACE_NAMES if WORKSPACE_HINT in hints else set()) | (
        LOCK_NAMES if LOCK_HINT in hints else set()
    )
    if not hints:  # nothing subscribed: the observer was released at once
        assert len(fake.released) == 1
    watcher.stop()


class NoClasses(FakeObjc):
    """A runtime in which every class lookup fails."""

    def get_class(self, name: str) -> int:
        return 0


def test_failed_class_lookup_gives_no_hints_and_no_exception(qtbot: QtBot) -> None:
    fake = NoClasses()
    watcher = watcher_on(fake)

    assert watcher.start() == []
    assert fake.centers == {fake.workspace_center: [], fake.distributed_center: []}
    assert not fake.methods
    watcher.stop()


def _raise_os_error() -> ObjcRuntime:
    raise OSError("library 'objc' not found")


def _raise_attribute_error() -> ObjcRuntime:
    raise AttributeError("objc_msgSend")


@pytest.mark.parametrize("factory", [_raise_os_error, _raise_attribute_error])
def test_missing_runtime_gives_no_hints_and_is_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, factory: Callable[[], ObjcRuntime]
) -> None:
    watcher = PowerWatcher(system="darwin", macos_runtime=factory)
    with caplog.at_level(logging.INFO, logger="desktop_app.platform"):
        assert watcher.start() == []
    assert "no Objective-C runtime" in caplog.text
    watcher.stop()


class BrokenSend(FakeObjc):
    """A runtime whose notification centre throws on ``addObserver:``."""

    def send(self, receiver: int, selector: int, *args: int) -> int:
        if self.selector_names[selector].startswith("addObserver:"):
            raise OSError("unrecognized selector")
        return super().send(receiver, selector, *args)


def test_a_failing_call_midway_cleans_up_and_does_not_raise(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = BrokenSend()
    observer = MacPowerObserver(lambda _: None, lambda _: None, lambda: fake)

    assert observer.start() == []

    assert not observer.observing
    assert len(fake.released) == 1 and not fake.open_pools
    assert "cannot register for macOS power notifications" in caplog.text


def test_a_failing_handler_is_logged_not_raised_into_cocoa(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def explode(_: bool) -> None:
        raise RuntimeError("handler failed")

    fake = FakeObjc()
    observer = MacPowerObserver(explode, lambda _: None, lambda: fake)
    observer.start()

    assert fake.post("NSWorkspaceWillSleepNotification") == 1

    assert "failed to handle a macOS power notification" in caplog.text
    assert "handler failed" in caplog.text
    observer.stop()


# --- The real ctypes bindings against a C stand-in for libobjc -----------------------------

# Ids live above 4 GiB, so a pointer truncated to 32 bits anywhere would not match.
STUB_OBJC_C = r"""
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

typedef void (*note_imp)(void *, void *, void *);
#define MAX 256
#define ID(n) ((void *)(uintptr_t)(0x7ff000000000ULL + 16ULL * (n)))

static unsigned next_id = 1;
static char class_names[MAX][64]; static void *class_ids[MAX]; static int n_classes;
static char sel_names[MAX][96]; static int n_sels;
static void *inst_ids[MAX]; static void *inst_class[MAX]; static int n_insts;
static void *meth_class[MAX]; static void *meth_sel[MAX]; static note_imp meth_imp[MAX];
static int n_meths;
static void *str_ids[MAX]; static char str_text[MAX][96]; static int n_strs;
static void *reg_center[MAX], *reg_observer[MAX], *reg_sel[MAX], *reg_object[MAX];
static char reg_name[MAX][96]; static long reg_suspension[MAX]; static int n_regs;
static int released, drained;
static void *workspace, *ws_center, *dist_center;

static void *new_id(void) { return ID(next_id++); }
static void *add_class(const char *name) {
    strcpy(class_names[n_classes], name); class_ids[n_classes] = new_id();
    return class_ids[n_classes++];
}
static void init(void) {
    if (n_classes) return;
    add_class("NSObject"); add_class("NSString"); add_class("NSAutoreleasePool");
    add_class("NSWorkspace"); add_class("NSDistributedNotificationCenter");
    workspace = new_id(); ws_center = new_id(); dist_center = new_id();
}
void *objc_getClass(const char *name) {
    init();
    for (int i = 0; i < n_classes; i++) if (!strcmp(class_names[i], name)) return class_ids[i];
    return 0;
}
void *sel_registerName(const char *name) {
    for (int i = 0; i < n_sels; i++) if (!strcmp(sel_names[i], name)) return sel_names[i];
    strcpy(sel_names[n_sels], name); return sel_names[n_sels++];
}
void *objc_allocateClassPair(void *super, const char *name, size_t extra) {
    init();
    if (!super || extra || objc_getClass(name)) return 0;
    return add_class(name);
}
void objc_registerClassPair(void *cls) { (void)cls; }
_Bool class_addMethod(void *cls, void *sel, note_imp imp, const char *types) {
    if (strcmp(types, "v@:@")) return 0;
    meth_class[n_meths] = cls; meth_sel[n_meths] = sel; meth_imp[n_meths++] = imp;
    return 1;
}
static const char *text_of(void *s) {
    for (int i = 0; i < n_strs; i++) if (str_ids[i] == s) return str_text[i];
    return "";
}
/* Variadic, so it reads only the arguments the selector has (a fixed 7-parameter callee
   may reuse the caller's stack slot of a 7th argument that a 6-argument call never made). On
   x86-64 and Linux arm64 a variadic callee takes integer arguments like a fixed one. */
void *objc_msgSend(void *self, const char *sel, ...) {
    va_list ap;
    void *a = 0, *b = 0, *c = 0, *d = 0;
    long e = -1;
    int n = 0;
    for (const char *p = sel; *p; p++) n += *p == ':';
    va_start(ap, sel);
    if (n > 0) a = va_arg(ap, void *);
    if (n > 1) b = va_arg(ap, void *);
    if (n > 2) c = va_arg(ap, void *);
    if (n > 3) d = va_arg(ap, void *);
    if (n > 4) e = va_arg(ap, long);
    va_end(ap);
    if (!strcmp(sel, "alloc")) {
        inst_ids[n_insts] = new_id(); inst_class[n_insts] = self; return inst_ids[n_insts++];
    }
    if (!strcmp(sel, "init")) return self;
    if (!strcmp(sel, "drain")) { drained++; return 0; }
    if (!strcmp(sel, "release")) { released++; return 0; }
    if (!strcmp(sel, "sharedWorkspace") && self == objc_getClass("NSWorkspace"))
        return workspace;
    if (!strcmp(sel, "notificationCenter") && self == workspace) return ws_center;
    if (!strcmp(sel, "defaultCenter") && self == objc_getClass("NSDistributedNotificationCenter"))
        return dist_center;
    if (!strcmp(sel, "stringWithUTF8String:") && self == objc_getClass("NSString")) {
        str_ids[n_strs] = new_id(); strcpy(str_text[n_strs], (const char *)a);
        return str_ids[n_strs++];
    }
    if (!strncmp(sel, "addObserver:", 12) && (self == ws_center || self == dist_center)) {
        reg_center[n_regs] = self; reg_observer[n_regs] = a; reg_sel[n_regs] = b;
        strcpy(reg_name[n_regs], text_of(c)); reg_object[n_regs] = d;
        reg_suspension[n_regs++] = e;
        return 0;
    }
    if (!strcmp(sel, "removeObserver:") && (self == ws_center || self == dist_center)) {
        int kept = 0;
        for (int i = 0; i < n_regs; i++) {
            if (reg_center[i] == self && reg_observer[i] == a) continue;
            reg_center[kept] = reg_center[i]; reg_observer[kept] = reg_observer[i];
            reg_sel[kept] = reg_sel[i]; reg_object[kept] = reg_object[i];
            strcpy(reg_name[kept], reg_name[i]); reg_suspension[kept++] = reg_suspension[i];
        }
        n_regs = kept; return 0;
    }
    return ID(0xdead);  /* an unknown message: the test sees an unexpected id */
}
/* Deliver a notification as Cocoa would: the observer's class's IMP for the selector. */
int stub_post(const char *name) {
    int delivered = 0;
    for (int i = 0; i < n_regs; i++) {
        if (strcmp(reg_name[i], name)) continue;
        void *cls = 0;
        for (int j = 0; j < n_insts; j++) if (inst_ids[j] == reg_observer[i]) cls = inst_class[j];
        for (int j = 0; j < n_meths; j++)
            if (meth_class[j] == cls && meth_sel[j] == reg_sel[i]) {
                meth_imp[j](reg_observer[i], reg_sel[i], new_id()); delivered++;
            }
    }
    return delivered;
}
int stub_count(const char *name) {
    int n = 0;
    for (int i = 0; i < n_regs; i++) n += !strcmp(reg_name[i], name) && !reg_object[i];
    return n;
}
long stub_suspension(const char *name) {
    for (int i = 0; i < n_regs; i++) if (!strcmp(reg_name[i], name)) return reg_suspension[i];
    return -2;
}
int stub_released(void) { return released; }
int stub_drained(void) { return drained; }
"""


@pytest.fixture(scope="module")
def stub_objc(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Compile the C stand-in for libobjc + Foundation + AppKit; return its path."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    assert compiler, "a C compiler (cc) is needed to build the libobjc stand-in"
    folder = tmp_path_factory.mktemp("objc")
    source = folder / "stub_objc.c"
    source.write_text(STUB_OBJC_C)
    library = folder / "libstub_objc.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(library), str(source)],
        check=True,
        capture_output=True,
    )
    return str(library)


def test_ctypes_runtime_drives_a_c_objc_runtime_end_to_end(qtbot: QtBot, stub_objc: str) -> None:
    runtime = CtypesObjcRuntime(find_library=lambda _: stub_objc)
    watcher = PowerWatcher(system="darwin", macos_runtime=lambda: runtime)
    stub = ctypes.CDLL(stub_objc)
    stub.stub_post.argtypes = stub.stub_count.argtypes = [ctypes.c_char_p]
    stub.stub_suspension.argtypes = [ctypes.c_char_p]
    stub.stub_suspension.restype = ctypes.c_long

    assert watcher.start() == [WORKSPACE_HINT, LOCK_HINT]
    for name in WORKSPACE_NAMES | LOCK_NAMES:
        assert stub.stub_count(name.encode()) == 1, name
    assert stub.stub_suspension(b"com.apple.screenIsLocked") == DELIVER_IMMEDIATELY
    assert stub.stub_suspension(b"NSWorkspaceWillSleepNotification") == -1
    assert stub.stub_drained() == 1

    with qtbot.waitSignal(watcher.away_started, timeout=1000):
        assert stub.stub_post(b"NSWorkspaceWillSleepNotification") == 1
    assert watcher.asleep
    with qtbot.waitSignal(watcher.away_ended, timeout=1000) as ended:
        assert stub.stub_post(b"NSWorkspaceDidWakeNotification") == 1
    assert ended.args == ["sleep"]
    with qtbot.waitSignal(watcher.away_started, timeout=1000):
        assert stub.stub_post(b"com.apple.screenIsLocked") == 1
    assert watcher.screen_locked
    with qtbot.waitSignal(watcher.away_ended, timeout=1000):
        assert stub.stub_post(b"com.apple.screenIsUnlocked") == 1
    assert not watcher.screen_locked

    watcher.stop()
    assert stub.stub_released() == 1
    for name in WORKSPACE_NAMES | LOCK_NAMES:
        assert stub.stub_post(name.encode()) == 0


def test_ctypes_runtime_without_libobjc_fails_cleanly(qtbot: QtBot) -> None:
    with pytest.raises(OSError, match="'objc' not found"):
        CtypesObjcRuntime(find_library=lambda _: None)
    watcher = PowerWatcher(
        system="darwin", macos_runtime=lambda: CtypesObjcRuntime(find_library=lambda _: None)
    )
    assert watcher.start() == []
