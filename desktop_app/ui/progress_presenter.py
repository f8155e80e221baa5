"""Load progress data off the GUI thread and carry out the progress window's intents.

The store query runs on a ``QThreadPool`` worker (the store opens one SQLAlchemy session
per call, so each worker thread has its own) and the view-model comes back by a queued
signal. The window module (and with it Qt Quick and Qt Graphs) is imported the first time
the window is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop_app.core.clock import Clock, Stamp

if TYPE_CHECKING:
    from desktop_app.storage.event_store import EventStore
    from desktop_app.ui.progress_window import ProgressWindow


class _Relay(QObject):
    """Carry a worker's result to the GUI thread.

    Signals:
        finished(int, object): Job number and its result.
        failed(int, str): Job number and an error message.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # any failure is reported, never raised
            self._relay.failed.emit(self._number, str(exc) or type(exc).__name__)
        else:
            self._relay.finished.emit(self._number, result)


class ProgressPresenter(QObject):
    """Own the progress window: load its view-model on a worker, handle its intents.

    ``exercise_regions`` (exercise id -> catalog region) lets the window show which body
    regions were worked this week.

    Signals:
        view_loaded(object): A fresh :class:`ProgressView` arrived (GUI thread).
        data_deleted(): All data was deleted (the sync flow then offers to remove this
            computer's files in the synced folder).
    """

    view_loaded = Signal(object)
    data_deleted = Signal()

    def __init__(
        self,
        store: EventStore,
        clock: Clock,
        week_start: Callable[[], int] = lambda: 0,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        exercise_names: Mapping[str, str] | None = None,
        exercise_regions: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._exercise_names = dict(exercise_names or {})
        #: Exercise id -> target region (catalog); empty hides the "worked this week" row.
        self._exercise_regions = dict(exercise_regions or {})
        self._store = store
        self._clock = clock
        self._week_start = week_start
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one serial executor: loads never race
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._window: ProgressWindow | None = None
        self._weeks = 8
        self._job = 0
        self._handlers: dict[int, Callable[[object], None]] = {}
        #: The computer shown (None: all) and the names to show computers by (sync).
        self._computer: UUID | None = None
        self._computer_names: Callable[[], tuple[Mapping[UUID, str], UUID | None]] = lambda: (
            {},
            None,
        )

    def set_exercise_regions(self, exercise_regions: Mapping[str, str]) -> None:
        """Give the exercise -> body region map (e.g. once the catalog has loaded)."""
        self._exercise_regions = dict(exercise_regions)

    def set_exercise_names(self, exercise_names: Mapping[str, str]) -> None:
        """Give the exercise -> display name map (the PDF report names exercises in full)."""
        self._exercise_names = dict(exercise_names)

    def set_computer_names(
        self, names: Callable[[], tuple[Mapping[UUID, str], UUID | None]]
    ) -> None:
        """Give the computers' names and this computer's id (read at each reload)."""
        self._computer_names = names

    @property
    def window(self) -> ProgressWindow | None:
        """The window, once it has been shown."""
        return self._window

    def show(self) -> None:
        """Show (creating on first use) and raise the window, then reload its data."""
        if self._window is None:
            from desktop_app.ui.progress_window import START_SIZE, ProgressWindow
            from desktop_app.ui.screen_fit import fit_to_screen

            window = ProgressWindow(weeks=self._weeks)
            window.range_changed.connect(self._on_window_range_changed)
            window.computer_filter.computer_changed.connect(self._on_window_computer_changed)
            window.export_csv_requested.connect(self._on_window_export_csv_requested)
            window.export_png_requested.connect(self._on_window_export_png_requested)
            window.export_pdf_requested.connect(self._on_window_export_pdf_requested)
            window.backup_requested.connect(self._on_window_backup_requested)
            window.delete_all_requested.connect(self._on_window_delete_all_requested)
            fit_to_screen(window, START_SIZE)
            self._window = window
        self._window.show_loading()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        self.reload()

    def reload(self) -> None:
        """Load the view-model for the current range on the worker."""
        today = Stamp.now(self._clock).local_date
        week_start = self._week_start()
        weeks, store = self._weeks, self._store
        computer = self._computer
        self._run(lambda: store.progress(today, weeks, week_start, computer), self._deliver)
        if self._window is not None:
            self._run(store.computers, self._deliver_computers)

    def _deliver_computers(self, result: object) -> None:
        if self._window is None or not isinstance(result, list):
            return
        names, this = self._computer_names()
        self._window.computer_filter.set_computers([c for c, _n in result], names, this)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Wait for running jobs (tests and shutdown)."""
        return self._pool.waitForDone(timeout_ms)

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._job += 1
        self._handlers[self._job] = done
        self._pool.start(_Job(self._job, work, self._relay))

    def _deliver(self, result: object) -> None:
        # Loaded here, with the first view, not with the tray (issue 13 §4).
        from desktop_app.core.stats import ProgressView, week_coverage

        if not isinstance(result, ProgressView):
            return
        if self._window is not None and len(result.weeks) == self._weeks:
            coverage = (
                week_coverage(result.this_week, self._exercise_regions)
                if self._exercise_regions
                else None
            )
            self._window.show_view(result, coverage)
        self.view_loaded.emit(result)

    def _on_relay_finished(self, number: int, result: object) -> None:
        handler = self._handlers.pop(number, None)
        if handler is not None:
            handler(result)

    def _on_relay_failed(self, number: int, message: str) -> None:
        self._handlers.pop(number, None)
        text = QCoreApplication.translate("ProgressPresenter", "Something went wrong: %1")
        text = text.replace("%1", message)
        if self._window is not None:
            self._window.show_message(text)

    def _tell(self, text: str) -> None:
        if self._window is not None:
            self._window.show_message(text)

    # -- intents ------------------------------------------------------------------------------

    def _on_window_computer_changed(self, computer: object) -> None:
        self._computer = computer if isinstance(computer, UUID) else None
        self.reload()

    def _on_window_range_changed(self, weeks: int) -> None:
        self._weeks = weeks
        self.reload()

    def _on_window_export_csv_requested(self, directory: str) -> None:
        from desktop_app.storage.csv_export import export_csv

        database = self._store.paths.database
        target = Path(directory)
        self._run(
            lambda: export_csv(database, target),
            lambda files: self._tell(
                self._saved_text(len(files) if isinstance(files, list) else 0, "csv", directory)
            ),
        )

    def _on_window_export_png_requested(self, directory: str) -> None:
        if self._window is None:
            return
        files = self._window.save_charts_png(Path(directory))
        self._tell(self._saved_text(len(files), "png", directory))

    @staticmethod
    def _saved_text(count: int, kind: str, directory: str) -> str:
        """Say how many files were saved where, in proper singular or plural."""
        if kind == "csv":
            text = QCoreApplication.translate(
                "ProgressPresenter", "Saved %n CSV file(s) in %1", "", count
            )
        else:
            text = QCoreApplication.translate(
                "ProgressPresenter", "Saved %n chart image(s) in %1", "", count
            )
        return text.replace("%1", directory)

    def _on_window_export_pdf_requested(self, path: str) -> None:
        view = self._window.view if self._window is not None else None
        if view is None:
            return
        from desktop_app.ui.report_pdf import write_report

        try:
            write_report(view, Path(path), self._exercise_names)
        except OSError as exc:
            self._tell(
                QCoreApplication.translate(
                    "ProgressPresenter", "Could not save the report: %1"
                ).replace("%1", str(exc))
            )
            return
        self._tell(
            QCoreApplication.translate("ProgressPresenter", "Saved the report as %1").replace(
                "%1", path
            )
        )

    def _on_window_backup_requested(self, path: str) -> None:
        # Runs on the GUI thread on purpose: the delete confirmation follows it at once.
        try:
            self._store.backup_to(Path(path))
        except Exception as exc:  # tell the user, keep the data
            self._tell(
                QCoreApplication.translate(
                    "ProgressPresenter", "Could not save a copy: %1"
                ).replace("%1", str(exc))
            )
            return
        self._tell(
            QCoreApplication.translate("ProgressPresenter", "Saved a copy as %1").replace(
                "%1", path
            )
        )

    def _on_window_delete_all_requested(self) -> None:
        store = self._store

        def done(_result: Any) -> None:
            self._tell(
                QCoreApplication.translate("ProgressPresenter", "All your data was deleted.")
            )
            self.data_deleted.emit()
            self.reload()

        self._run(store.delete_all, done)
