"""The Qt binding must survive many signal emissions (PySide6 6.12.0 on CPython 3.11 does not).

See docs/architecture.md, "Known pitfalls". The crash is an abort of the whole interpreter
("Fatal Python error: bool_dealloc", exit 134), so the soak runs in a subprocess and the test
checks its exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SOAK = textwrap.dedent(
    """
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
    from PySide6.QtWidgets import QApplication

    class Emitter(QObject):
        number = Signal(int)
        flag = Signal(bool)

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 10
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return index.row()

    app = QApplication([])
    emitter, model = Emitter(), Model()
    seen = []
    emitter.number.connect(seen.append)
    emitter.flag.connect(seen.append)
    model.dataChanged.connect(lambda *args: seen.append(args[0].row()))
    for i in range(5000):
        emitter.number.emit(i)
        emitter.flag.emit(i % 2 == 0)
        model.dataChanged.emit(model.index(i % 10), model.index(i % 10), [Qt.ItemDataRole.DisplayRole])
    print(len(seen))
    """
)


def test_thousands_of_signal_emissions_do_not_abort_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "15000"
