"""Submissions run on worker threads and always end in an outcome on the window thread."""

from __future__ import annotations

import threading

from orderdesk.config.profiles import Profile, make_profile
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.ui.order_page.submission import SubmitController


def test_each_profile_runs_off_the_window_thread_and_reports_back(qtbot: object) -> None:
    controller = SubmitController()
    window_thread = threading.get_ident()
    threads: list[int] = []
    finished: list[tuple[str, OutcomeKind, int]] = []
    controller.finished.connect(lambda name, result: finished.append((name, result[0].kind, threading.get_ident())))

    def send(profile: Profile) -> Outcome:
        threads.append(threading.get_ident())
        if profile.name == "Broken":
            raise RuntimeError("a bug")
        return Outcome(OutcomeKind.CREATED, reference="1")

    profiles = [make_profile("Drop NL", "dropday", account_id="1"), make_profile("Broken", "dropday", account_id="1")]
    with qtbot.wait_signal(controller.idle, timeout=5000):  # type: ignore[attr-defined]
        assert controller.submit(profiles, send) == ["Drop NL", "Broken"]
        assert controller.busy
    assert window_thread not in threads
    assert sorted(finished) == [
        ("Broken", OutcomeKind.UNKNOWN, window_thread),
        ("Drop NL", OutcomeKind.CREATED, window_thread),
    ]
    assert not controller.busy
    controller.shutdown()


def test_an_unexpected_problem_is_named_without_quoting_its_text(qtbot: object) -> None:
    controller = SubmitController()
    reasons: list[str] = []
    controller.finished.connect(lambda name, result: reasons.append(result[0].reason))

    def send(profile: Profile) -> Outcome:
        raise ValueError("Invalid header value b'api-key: s3cret-value'")

    with qtbot.wait_signal(controller.idle, timeout=5000):  # type: ignore[attr-defined]
        controller.submit([make_profile("Drop NL", "dropday", account_id="1")], send)
    [reason] = reasons
    assert "ValueError" in reason and "s3cret" not in reason
    controller.shutdown()
