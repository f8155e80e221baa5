"""A bare PySide6 tray app: the baseline the idle benchmark compares Counterbalance with."""

import sys
import time

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#1f8a70"))
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
print(f"TRAY_SHOWN {time.time():.6f}", flush=True)
sys.exit(app.exec())
