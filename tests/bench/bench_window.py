"""The window's speed and size against a bare PySide6 window measured in the same run.

Figures:
- ``startup_vs_bare``: from starting ``orderdesk --self-test`` to its window's first paint
  (the window is on screen) over the same for a script showing an empty ``QMainWindow``;
  median of ``ROUNDS`` runs each. Goal <= 1.5.
- ``self_test_vs_bare``: the whole run of ``orderdesk --self-test`` (the order form built in
  the window, the event loop idle, ``ok``, exit) over the whole run of the bare script: what
  starting costs in all, beyond the moment the window shows.
- ``keystroke_error_ms``: from a keystroke that makes a field wrong to its error being on
  screen, with a 200-line order and all four APIs chosen; median of ``KEYSTROKES``. Goal < 16.
- ``first_keystroke_error_ms``: the same for the first keystroke after start: the app is
  started as ``orderdesk`` starts it, with that order reopened from the journal, and the
  key is pressed the moment the form is in the window; median over ``ROUNDS`` starts. Goal < 16.
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

    app = QApplication.instance()
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


FIRST_KEYSTROKE_PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication([])
    sys.path.insert(0, sys.argv[1])
    from orderdesk.ui.app import run_app
    from orderdesk.ui.startup import StartupFrame

    def ready(form):
        edit = form.findChild(QLineEdit, "customer.email")
        from orderdesk.ui.widgets.field_widgets import MessageLabel
        message = edit.parentWidget().findChild(MessageLabel)
        edit.setFocus()
        edit.end(False)
        form.validation.touch("customer.email")
        started = time.perf_counter()
        QTest.keyClick(edit, "@")  # anna@example.nl@ is no e-mail address
        while not (message.isVisible() and "e-mail" in message.text()):
            app.processEvents()
        print("first-keystroke-ms", (time.perf_counter() - started) * 1000, flush=True)

    original = StartupFrame.__init__
    def watched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.ready.connect(ready)
    StartupFrame.__init__ = watched
    sys.exit(run_app(self_test=True))
    """
)

FIRST_KEYSTROKE_ORDER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from orderdesk.config.profiles import ProfileStore, make_profile
    from orderdesk.journal import Journal
    from orderdesk.ui import window_state
    from tests.ui.conftest import complete_order

    store = ProfileStore()
    store.add(make_profile("Drop", "dropday", account_id="4711"))
    store.add(make_profile("Centra", "centra", "https://shop.example.com/api/order"))
    store.add(make_profile("Big", "bigcommerce", store_hash="abc123"))
    store.add(make_profile("Reviews", "feedbackcompany", client_id="shop"))
    window_state.save_chosen(["Drop", "Centra", "Big", "Reviews"])
    with Journal() as journal:
        journal.save_draft(complete_order(200))
    """
)


def _environment(home: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": home, "PYTHONPATH": str(ROOT)}


# Run before a program so that, at exit, it prints its own peak resident memory (KiB), and
# prints "painted" when a window is first painted (the application is made here for that;
# both programs take the one that exists).
PEAK_REPORTER = (
    "import atexit, sys\n"
    "def _peak():\n"
    "    status = open('/proc/self/status').read()\n"
    "    print('peak-kib', status.split('VmHWM:')[1].split()[0], flush=True)\n"
    "atexit.register(_peak)\n"
    "from PySide6.QtCore import QEvent, QObject\n"
    "from PySide6.QtWidgets import QApplication\n"
    "class _FirstPaint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():\n"
    "            print('painted', flush=True)\n"
    "            QApplication.instance().removeEventFilter(self)\n"
    "        return False\n"
    "_app = QApplication(sys.argv)\n"
    "_first_paint = _FirstPaint()\n"
    "_app.installEventFilter(_first_paint)\n"
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Seconds to the first paint and to the end, peak RSS (KiB) and output of one run of ``command``."""
    started = time.perf_counter()
    painted = 0.0
    lines = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "painted" and not painted:
                painted = time.perf_counter() - started
            lines.append(line)
        returncode = process.wait()
    elapsed = time.perf_counter() - started
    if returncode != 0 or not painted:
        raise RuntimeError(f"{command} exited {returncode}, painted after {painted} s")
    peaks = [line.split()[1] for line in lines if line.startswith("peak-kib ")]
    return painted, elapsed, int(peaks[-1]) if peaks else 0, "".join(lines)


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
        keystrokes = _output([sys.executable, "-c", KEYSTROKE_PROBE, str(ROOT), str(KEYSTROKES)], _environment(home))
    first_keystrokes = []
    with tempfile.TemporaryDirectory(prefix="orderdesk-bench-") as home:
        env = _environment(home)
        _output([sys.executable, "-c", FIRST_KEYSTROKE_ORDER, str(ROOT)], env)
        for _ in range(ROUNDS):
            first = _output([sys.executable, "-c", FIRST_KEYSTROKE_PROBE, str(ROOT)], env, "first-keystroke-ms ")
            first_keystrokes.append(float(first))
    return {
        "startup_vs_bare": statistics.median(r[0] for r in window_runs) / statistics.median(r[0] for r in bare_runs),
        "self_test_vs_bare": statistics.median(r[1] for r in window_runs) / statistics.median(r[1] for r in bare_runs),
        "keystroke_error_ms": float(keystrokes),
        "first_keystroke_error_ms": statistics.median(first_keystrokes),
        "rss_vs_bare": max(r[2] for r in window_runs) / max(r[2] for r in bare_runs),
    }


def _output(command: list[str], env: dict[str, str], prefix: str = "") -> str:
    """The last line ``command`` prints that starts with ``prefix``, without it ("" when none)."""
    result = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command} exited {result.returncode}: {result.stderr[-2000:]}")
    lines = [line.removeprefix(prefix) for line in result.stdout.splitlines() if line.startswith(prefix)]
    return lines[-1].strip() if lines else ""
