"""A reader that stops early (``| head -1``) ends any command quietly with status 141, never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

from orderdesk.cli import EXIT_BROKEN_PIPE, main
from orderdesk.config.profiles import make_profile
from orderdesk.core.outcome import OutcomeKind
from orderdesk.journal import Journal
from tests.outbox.support import example_draft, journal_order

ORDERDESK = Path(sys.executable).parent / "orderdesk"
EXAMPLE = Path(__file__).resolve().parent.parent / "targets" / "dropday" / "examples" / "create-order.json"
PIPE_BUFFER = 65_536
"""Linux's pipe capacity: output larger than this blocks until the reader reads, or fails once it is gone."""


def _full_output(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0
    return out.getvalue()


def _first_line_then_close(*argv: str) -> tuple[str, int, str]:
    """Run the real command into a pipe, read one line and close the pipe, as ``| head -1`` does."""
    process = subprocess.Popen(
        [str(ORDERDESK), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stderr is not None
    try:
        first = process.stdout.readline()
        process.stdout.close()
        status = process.wait(timeout=60)
        return first, status, process.stderr.read()
    finally:
        process.kill()
        process.wait(timeout=10)
        process.stderr.close()


def test_convert_into_a_closed_pipe_exits_141_quietly(tmp_path: Path) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["products"] = body["products"] * 2000
    path = tmp_path / "big.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    argv = ("convert", str(path), "--from", "dropday", "--to", "dropday")
    assert len(_full_output(*argv).encode()) > 4 * PIPE_BUFFER
    first, status, err = _first_line_then_close(*argv)
    assert first == "{\n"
    assert (status, err) == (EXIT_BROKEN_PIPE, "")


def test_outbox_list_json_into_a_closed_pipe_exits_141_quietly() -> None:
    profile = make_profile("dropday", "dropday", account_id="1")
    with Journal() as journal:
        for number in range(400):
            journal_order(journal, profile, example_draft("dropday", f"PH-{number}"), OutcomeKind.FAILED)
    assert len(_full_output("outbox", "list", "--json", "--limit", "0").encode()) > 2 * PIPE_BUFFER
    first, status, err = _first_line_then_close("outbox", "list", "--json", "--limit", "0")
    assert first == "{\n"
    assert (status, err) == (EXIT_BROKEN_PIPE, "")
