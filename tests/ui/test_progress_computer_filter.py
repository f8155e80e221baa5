"""The progress window shows every computer's history, or one computer's (issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from desktop_app.core import sync_records as sr
from desktop_app.core.clock import Stamp
from desktop_app.core.events import SessionEvent, SessionKind, SessionOutcome
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import sync_rows
from desktop_app.storage.event_store import EventStore
from desktop_app.sync.export import ended_id
from desktop_app.ui.progress_presenter import ProgressPresenter
from tests.helpers.clock import FakeClock

QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
LAPTOP = UUID("cccccccc-cccc-4ccc-8ccc-cccccccccccc")


def _completed(minutes: int) -> SessionEvent:
    start = Stamp(NOW - timedelta(minutes=minutes), "Europe/Berlin")
    end = Stamp(NOW - timedelta(minutes=minutes - 2), "Europe/Berlin")
    return SessionEvent(start, SessionKind.MICROBREAK, SessionOutcome.COMPLETED, end)


def test_choosing_a_computer_shows_only_its_breaks(tmp_path: Path, qtbot) -> None:
    paths = DataPaths.create(tmp_path)
    store = EventStore(paths)
    session_id = store.start_session(_completed(30))
    store.end_session(session_id, SessionOutcome.COMPLETED, _completed(30).ended_at)  # type: ignore[arg-type]
    # Two breaks of the laptop, as imported from the sync folder.
    records = []
    for n, minutes in enumerate((90, 60), start=1):
        event = _completed(minutes)
        session = UUID(int=n, version=4)
        records.append(sr.session_started(event, session=session, computer_id=LAPTOP))
        records.append(
            sr.session_ended(event, event_id=ended_id(session), session=session, computer_id=LAPTOP)
        )
    conn = sync_rows.open_for_import(paths)
    sync_rows.store_records(conn, records)
    conn.close()
    own = store.computer_id()
    presenter = ProgressPresenter(store, FakeClock(NOW, tz="Europe/Berlin"))
    presenter.set_computer_names(lambda: ({LAPTOP: "Laptop", own: "Desk"}, own))
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as loaded:
        presenter.show()
    assert loaded.args[0].weeks[-1].completed == 3
    window = presenter.window
    assert window is not None
    chooser = window.computer_filter
    qtbot.waitUntil(lambda: chooser.combo.count() == 3)
    assert chooser.isVisible()
    labels = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert labels == ["All computers", "Laptop", "Desk (this computer)"]
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as only_laptop:
        chooser.combo.setCurrentIndex(1)
    assert only_laptop.args[0].weeks[-1].completed == 2
    # The list comes again (after each load): the choice stays.
    chooser.set_computers([LAPTOP, own], {LAPTOP: "Laptop", own: "Desk"}, own)
    assert chooser.computer == LAPTOP
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as only_desk:
        chooser.combo.setCurrentIndex(2)
    assert only_desk.args[0].weeks[-1].completed == 1
    presenter.wait()
    window.close()
    window.deleteLater()
    store.close()
