"""The window's speed and size against a bare PySide6 window measured in the same run.

Figures:
- ``startup_vs_bare``: wall time of ``orderdesk --self-test`` (the real window, event loop
  idle, ``ok``) over that of a script showing an empty ``QMainWindow`` the same way; median
  of ``ROUNDS`` runs each. Goal <= 1.5.
- ``keystroke_error_ms``: from a keystroke that makes a field wrong to its error being on
  screen, with a 200-line order and all four APIs chosen; median of ``KEYSTROKES``. Goal < 16.
- ``rss_vs_bare``: peak resident memory of the self-test over that of the bare window, each
  read by the process itself (``VmHWM``, Linux): the ``ru_maxrss`` a parent gets from
  ``wait4`` starts from the parent's own size at fork, so after a large benchmark in the same
  run both sides read alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROUNDS = 7
KEYSTROKES = 40
ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.show()

    def finish():
        app.processEvents()
        print("ok", flush=True)
        app.quit()

    QTimer.singleShot(0, finish)
    sys.exit(app.exec())
    """
)

KEYSTROKE_PROBE = textwrap.dedent(
    """
    import statistics, sys, time
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication([])
    sys.path.insert(0, sys.argv[1])
    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.ui import MainWindow
    from orderdesk.ui.widgets.field_widgets import MessageLabel
    from tests.ui.conftest import complete_order

    store = ProfileStore()
    store.add(make_profile("Drop", "dropday", account_id="4711"))
    store.add(make_profile("Centra", "centra", "https://shop.example.com/api/order"))
    store.add(make_profile("Big", "bigcommerce", store_hash="abc123"))
    store.add(make_profile("Reviews", "feedbackcompany", client_id="shop"))
    window = MainWindow()
    window.presenter.replace(complete_order(200))
    window.choose("Drop", "Centra", "Big", "Reviews")
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    edit = window.findChild(QLineEdit, "customer.email")
    message = edit.parentWidget().findChild(MessageLabel)
    edit.setFocus()
    edit.end(False)
    window.validation.touch("customer.email")

    def wait_for(condition):
        while not condition():
            app.processEvents()

    samples = []
    for _ in range(int(sys.argv[2])):
        started = time.perf_counter()
        QTest.keyClick(edit, "@")  # anna@example.nl@ is no e-mail address
        wait_for(lambda: message.isVisible() and "e-mail" in message.text())
        samples.append((time.perf_counter() - started) * 1000)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        wait_for(lambda: not message.isVisible())
    print(statistics.median(samples), flush=True)
    window.close()
    """
)


def _environment(home: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": home, "PYTHONPATH": str(ROOT)}


# Run before a program so that, at exit, it prints its own peak resident memory (KiB).
PEAK_REPORTER = (
    "import atexit, sys\n"
    "def _peak():\n"
    "    status = open('/proc/self/status').read()\n"
    "    print('peak-kib', status.split('VmHWM:')[1].split()[0], flush=True)\n"
    "atexit.register(_peak)\n"
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) and output of one run of ``command``."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command} exited {result.returncode}")
    peaks = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("peak-kib ")]
    return elapsed, int(peaks[-1]) if peaks else 0, result.stdout


def run() -> dict[str, float]:
    """Measure startup and memory against the bare window, then keystroke-to-error latency."""
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as home:
        env = _environment(home)
        bare = [sys.executable, "-c", PEAK_REPORTER + BARE_WINDOW]
        window = [
            sys.executable, "-c",
            PEAK_REPORTER + "from orderdesk.cli import main\nsys.exit(main(['--self-test']))\n",
        ]
        _run(bare, env)  # warm the file cache and create the journal, unmeasured
        _run(window, env)
        bare_runs, window_runs = [], []
        for _ in range(ROUNDS):  # interleaved, so a busy moment hits both alike
            bare_runs.append(_run(bare, env))
            window_runs.append(_run(window, env))
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as home:
        _, _, output = _run([sys.executable, "-c", KEYSTROKE_PROBE, str(ROOT), str(KEYSTROKES)], _environment(home))
    return {
        "startup_vs_bare": statistics.median(r[0] for r in window_runs) / statistics.median(r[0] for r in bare_runs),
        "keystroke_error_ms": float(output.strip().splitlines()[-1]),
        "rss_vs_bare": max(r[1] for r in window_runs) / max(r[1] for r in bare_runs),
    }
