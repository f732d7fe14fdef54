"""Random, deep and huge JSON through ``validate``, ``convert`` and ``submit``: a documented exit status, never a traceback.

``submit`` goes to profiles whose server refuses every connection (127.0.0.1 on a port
nothing listens on), with their secrets in a real Secret Service, and journals into the
test's ORDERDESK_HOME. The commands run in-process through ``main`` for speed; an
exception escaping ``main`` fails the example as a traceback would.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from orderdesk.cli import main
from orderdesk.config.profiles import Profile, ProfileStore
from orderdesk.core.jsonio import MAX_DEPTH
from orderdesk.sandbox.api import SECRET
from orderdesk.targets.registry import TARGET_NAMES
from orderdesk.transport import session
from orderdesk.transport.settings import HttpSettings, RetryPolicy, Timeouts
from tests.client_support import SETTING, free_port
from tests.fixtures_keyring import PrivateSecretService

EXAMPLES = Path(__file__).resolve().parent.parent / "targets"
EXIT_STATUSES = {"validate": {0, 1, 2}, "convert": {0, 1, 2}, "submit": {1, 2, 3}}
"""What each command documents (README, ``--help``); ``submit`` cannot create anything here, so never 0."""
PLACEHOLDER = "__PLACEHOLDER__"


def _example_text(target: str) -> str:
    path = sorted(path for path in (EXAMPLES / target / "examples").glob("*.json") if "error" not in path.name)[0]
    return path.read_text(encoding="utf-8")


EXAMPLE_TEXT = {target: _example_text(target) for target in TARGET_NAMES}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=40,
)


@st.composite
def deep_text(draw: st.DrawFn) -> str:
    """JSON text nested around and far past ``MAX_DEPTH``, written as text (Python could not dump it)."""
    depth = draw(st.sampled_from([1, 50, MAX_DEPTH - 8, MAX_DEPTH, MAX_DEPTH + 1, 900, 5_000, 200_000]))
    shape = draw(st.sampled_from(["[", '{"k": ', "mixed"]))
    if shape == "mixed":
        opening = "".join(draw(st.sampled_from(["[", '{"k": '])) for _ in range(min(depth, 300)))
        opening = opening * (depth // max(1, min(depth, 300)))
    else:
        opening = shape * depth
    closing = "".join("]" if part == "[" else "}" for part in _openers(opening))[::-1]
    return opening + json.dumps(draw(json_values)) + closing


def _openers(text: str) -> list[str]:
    return ["[" if char == "[" else "{" for char in text if char in "[{"]


@st.composite
def huge_text(draw: st.DrawFn, target: str) -> str:
    """The API's example with thousands of lines, or one text field of a megabyte."""
    body = json.loads(EXAMPLE_TEXT[target])
    if "products" in body and draw(st.booleans()):
        body["products"] = body["products"] * draw(st.sampled_from([500, 3_000]))
        return json.dumps(body)
    body[draw(st.sampled_from(sorted(body)))] = "x" * draw(st.sampled_from([100_000, 1_000_000]))
    return json.dumps(body)


FREE_FORM_DEPTH = {"dropday": 4, "centra": 2}
"""Levels of objects and lists around the free-form value (Dropday's ``products[].custom``, Centra's ``extraAttributes``)."""


def with_free_form_placeholder(body: dict[str, Any], target: str) -> None:
    """Put ``PLACEHOLDER`` in the API's free-form object, whose values it sends as they come."""
    if target == "dropday":
        body["products"][0]["custom"] = {"note": PLACEHOLDER}
    else:
        body["extraAttributes"] = {"note": PLACEHOLDER}


@st.composite
def spliced(draw: st.DrawFn, target: str) -> str:
    """The API's example with a random or deep value at a known free-form field, an unknown key or a known one."""
    body = json.loads(EXAMPLE_TEXT[target])
    value = draw(st.one_of(deep_text(), json_values.map(json.dumps)))
    place = draw(st.sampled_from(["free-form", "unknown", "known"]))
    if place == "free-form" and target in FREE_FORM_DEPTH:
        with_free_form_placeholder(body, target)
    elif place == "known":
        body[draw(st.sampled_from(sorted(body)))] = PLACEHOLDER
    else:
        body["zz_unknown"] = PLACEHOLDER
    return json.dumps(body).replace(json.dumps(PLACEHOLDER), value, 1)


@st.composite
def any_input(draw: st.DrawFn) -> tuple[str, str]:
    """``(api, file text)``: what a person might feed a command as that API's body."""
    target = draw(st.sampled_from(TARGET_NAMES))
    kind = draw(st.sampled_from(["random", "deep", "huge", "spliced", "broken"]))
    if kind == "random":
        text = json.dumps(draw(json_values))
    elif kind == "deep":
        text = draw(deep_text())
    elif kind == "huge":
        text = draw(huge_text(target))
    elif kind == "spliced":
        text = draw(spliced(target))
    else:
        whole = EXAMPLE_TEXT[target]
        text = whole[: draw(st.integers(0, len(whole) - 1))] + draw(st.text(max_size=5))
    event(kind)
    return target, text


@pytest.fixture
def refusing_profiles(secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile per API, named after it, on a port where nothing listens; the secret is in the keyring."""
    port = free_port()
    store = ProfileStore()
    for target in TARGET_NAMES:
        fields: dict[str, Any] = {"name": target, "target": target, "base_url": f"http://127.0.0.1:{port}/{target}"}
        if target in SETTING:
            fields[SETTING[target]] = "store1" if target == "bigcommerce" else "101"
        store.add(Profile(**fields), SECRET)
    # The connections really are refused; only the backoff between tries is cut, so that the
    # examples that do get sent take milliseconds rather than seconds each.
    quick = HttpSettings(timeouts=Timeouts(connect=1.0, read=1.0), retry=RetryPolicy(attempts=2, backoff=0.0))
    monkeypatch.setattr(session, "HttpSettings", lambda: quick)


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=any_input(), other=st.sampled_from(TARGET_NAMES))
def test_any_input_ends_in_a_documented_exit_status_without_a_traceback(
    refusing_profiles: None, case: tuple[str, str], other: str
) -> None:
    target, text = case
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "body.json")
        Path(path).write_text(text, encoding="utf-8")
        runs = {
            "validate": _run("validate", path, "--target", target),
            "convert": _run("convert", path, "--from", target, "--to", other),
            "submit": _run("submit", path, "--profile", target),
        }
    for command, (status, out, err) in runs.items():
        assert status in EXIT_STATUSES[command], (command, status, err[-500:])
        assert "Traceback" not in out + err, command
        if status == 2:
            assert err.strip(), f"{command} exited 2 without saying why"
    status, out, err = runs["submit"]
    event(f"submit exit {status}")
    if status == 3:
        assert "Could not connect" in out + err or "keyring" in err, out + err
    assert SECRET not in "".join(out + err for _, out, err in runs.values())


@pytest.mark.parametrize("target", ["dropday", "centra"])
def test_the_deepest_readable_body_is_sent_and_journaled(refusing_profiles: None, tmp_path: Path, target: str) -> None:
    body = json.loads(EXAMPLE_TEXT[target])
    with_free_form_placeholder(body, target)
    depth = MAX_DEPTH - FREE_FORM_DEPTH[target]
    text = json.dumps(body).replace(json.dumps(PLACEHOLDER), "[" * depth + "]" * depth, 1)
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    status, out, err = _run("submit", str(path), "--profile", target)
    assert status == 3 and "Could not connect" in out, out + err
    status, out, err = _run("outbox", "list", "--json")
    assert status == 0 and json.loads(out)["total"] == 1
