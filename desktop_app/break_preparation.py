"""Break preparation: what a break needs is loaded off the GUI thread before it shows.

The storage layer, the exercise files and the break windows' modules take seconds to
load on a busy machine. :class:`BreakPreparation` loads them on the background worker
(at the pre-break notice, or just before a session starts) so the GUI thread never
waits for them, and owns the exercise catalog once it is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.platform.paths import DataPaths
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.storage.event_store import EventStore

if TYPE_CHECKING:
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.session_plan import SessionPlan

log = logging.getLogger(__name__)


class BreakPreparation(QObject):
    """Loads the catalog and the break's modules on the worker; owns the catalog.

    Signals:
        message(str, str): a title and a text to show the user (exercises left out).
    """

    message = Signal(str, str)

    def __init__(
        self,
        store: EventStore,
        paths: DataPaths,
        background: BackgroundCalls,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._paths = paths
        self._background = background
        self._catalog: Catalog | None = None
        self._closed = False

    def catalog(self) -> Catalog:
        """Return the exercise catalog, reading it here when no break prepared it yet."""
        if self._catalog is None:
            self._adopt(self._load_catalog())
        assert self._catalog is not None
        return self._catalog

    def _load_catalog(self) -> Catalog:
        """Read the exercise files (safe off the GUI thread: touches no widget)."""
        from desktop_app.commands.exercises import load as load_exercises
        from desktop_app.ui.translations import localize_catalog

        return localize_catalog(load_exercises(self._paths))

    def _load(self, need_catalog: bool) -> Catalog | None:
        """Import the break's modules, warm up the store, read the catalog if asked (worker)."""
        import desktop_app.core.planner
        import desktop_app.core.sync_records  # the break's first write gives its event an id
        import desktop_app.ui.break_prompt
        import desktop_app.ui.session_window  # noqa: F401  (imports only: no widgets)

        self._store.warm_up()
        return self._load_catalog() if need_catalog else None

    def _adopt(self, catalog: Catalog) -> None:
        if self._catalog is not None:
            return
        self._catalog = catalog
        for problem in catalog.problems:
            log.warning("exercise catalog: %s", problem)
        errors = catalog.errors
        if errors:
            self.message.emit(
                self.tr("Some exercises were left out"),
                "\n".join(str(p) for p in errors),
            )

    def prepare(self, then: Callable[[], None] | None = None) -> None:
        """Load what a break needs off the GUI thread, then call ``then`` on it.

        When everything is loaded already this is a quick hop through the worker;
        after :meth:`close` (the app quits) ``then`` is not called.
        """
        need_catalog = self._catalog is None

        def work() -> Catalog | None:
            return self._load(need_catalog)

        def done(catalog: Catalog | None) -> None:
            if catalog is not None:
                self._adopt(catalog)
            if then is not None and not self._closed:
                then()

        def failed(exc: Exception) -> None:
            # The step that needs the failed part reports it clearly when it runs.
            log.warning("preparing the break failed: %s", type(exc).__name__)
            done(None)

        self._background.submit(work, done, failed)

    def prepare_plan(
        self,
        make_plan: Callable[[], SessionPlan],
        then: Callable[[SessionPlan | None, Exception | None], None],
    ) -> None:
        """Load what a break needs and plan it, all off the GUI thread; then ``then(plan)``.

        Planning reads the history and the safety state: the first such query of a run
        compiles its SQL, seconds on a busy machine. ``then`` gets the plan, or None and
        the exception when planning failed (a :class:`StoreError` is for the user).
        """

        def work() -> SessionPlan:
            catalog = self._load(self._catalog is None)
            if catalog is not None:
                self._adopt(catalog)  # its message is queued to the GUI
            return make_plan()

        def done(plan: SessionPlan) -> None:
            if not self._closed:
                then(plan, None)

        def failed(exc: Exception) -> None:
            if not self._closed:
                then(None, exc)

        self._background.submit(work, done, failed)

    def close(self) -> None:
        """Call no more ``then`` (the app is quitting)."""
        self._closed = True
