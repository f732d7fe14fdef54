"""The drift test's other half: sentences the real code makes (not copies) read Dutch, with nothing English left.

``test_reason_texts`` checks each template's words are still written somewhere in the code; here
the code itself writes the sentence, so a reworded sentence no longer matches its template and
stays English, which fails these tests. Each case names the template it exercises.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringError, KeyringLocked, PasswordDeleteError

import orderdesk.config.credentials as credentials_module
from orderdesk.config.credentials import Credentials, KeyringUnavailable
from orderdesk.config.profiles import ConfigError, Profile, ProfileStore, UnknownProfile
from orderdesk.core.outcome import Outcome
from orderdesk.journal import Journal
from orderdesk.outbox import BulkResubmit, plan_retry
from orderdesk.outbox.resend import Resender, claimed_elsewhere
from orderdesk.outbox.runner import _internal_error
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.sending.submit import client_or_outcome, open_client
from orderdesk.targets.dropday.client import LOOKUP_PAGES
from orderdesk.ui.language.reason_texts import (
    PROFILE_CONTEXT,
    PROFILE_PROBLEMS,
    REASONS,
    profile_problem_text,
    profiles_file_text,
    reason_text,
)
from orderdesk.ui.language.reason_texts import CONTEXT as REASONS_CONTEXT
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.results_panel import outcome_text
from tests.client_support import FAST, SETTING, MemorySecrets, free_port, profile_for, secrets_for, scripted_server
from tests.outbox.support import example_draft, journal_order

_LINUX_INSTALL = (
    "Install and start a Secret Service: GNOME Keyring (sudo apt install gnome-keyring dbus-user-session), "
    "KDE's KWallet (sudo apt install kwalletmanager libkf5wallet-bin) or KeePassXC with its Secret Service "
    "integration turned on; then log out and in to your desktop again."
)
_LINUX_UNLOCK = (
    'Unlock the "Login" keyring in Passwords and Keys (seahorse) or in KWallet Manager, or log out and in '
    "to your desktop again, then try again."
)


def _english_left(template: str, context: str, dutch: str) -> list[str]:
    """The English words of ``template`` (between its fields and clauses) still in ``dutch``, where its translation
    does not keep them itself (a command, a package name)."""
    kept = translate(context, template)
    pieces = (piece.strip(" .():\"'") for piece in re.split(r"\{\w+\}|\. |; |: |, ", template))
    return [piece for piece in pieces if len(piece) >= 8 and piece in dutch and piece not in kept]


def _assert_dutch(made: dict[str, str], shown: Callable[[str], str] = reason_text) -> None:
    """Each sentence the code made (by the template it should match) is shown in Dutch, with no English left."""
    templates = {*REASONS, *PROFILE_PROBLEMS}
    assert set(made) <= templates, set(made) - templates
    wrong = {}
    for template, sentence in made.items():
        context = REASONS_CONTEXT if template in REASONS else PROFILE_CONTEXT
        dutch = shown(sentence)
        if dutch == sentence or _english_left(template, context, dutch):
            wrong[template] = dutch
    assert wrong == {}


def _profile_at(target: str, url: str) -> Profile:
    settings = {SETTING[target]: "101"} if target in SETTING else {}
    return Profile(name="Shop", target=target, base_url=url, settings=settings)


def _lookup_reason(target: str, url: str, body: dict[str, Any]) -> str:
    profile = _profile_at(target, url)
    client = open_client(profile, secrets_for(profile), FAST)
    try:
        return client.lookup(body).reason
    finally:
        client.close()


def test_centra_batch_and_lookup_reasons_read_dutch(speak: Callable[[str], None]) -> None:
    with scripted_server() as server:
        profile = _profile_at("centra", server.url)
        client = open_client(profile, secrets_for(profile), FAST)
        server.script = [(200, {}, b'{"other": {"status": "ok"}}'), (200, {}, b'{"status": "maybe"}')]
        try:
            batch = client.submit_batch({"order-1": {"orderNumber": 5}, "order-2": {}})
            odd = client.submit({"orderNumber": 6})
            unclear = client.lookup({"orderNumber": 5})  # the server's "{}" is no list of orders
            without_number = client.lookup({})
        finally:
            client.close()
    speak("nl")
    _assert_dutch({
        "Centra's answer to the batch said nothing about '{key}'; it has an order number, so sending it again is "
        "safe.": batch["order-1"].reason,
        "Centra's answer to the batch said nothing about '{key}'; it may have been created: look it up before "
        "sending it again.": batch["order-2"].reason,
        'the status "{said}"': odd.reason,
        "{api} answered the lookup with {status}: {said}": unclear.reason,
        "Without an order number Centra cannot look the order up; check Centra's order list before sending it "
        "again.": without_number.reason,
    })


def test_lookups_that_cannot_tell_read_dutch(speak: Callable[[str], None]) -> None:
    many = json.dumps({"data": [{"external_id": "A-10"}], "meta": {"last_page": 99}}).encode()
    with scripted_server() as server:
        server.script = [(200, {}, many)] * LOOKUP_PAGES
        too_many = _lookup_reason("dropday", server.url, {"external_id": "A-1"})
        no_id = _lookup_reason("dropday", server.url, {})
        no_order_id = _lookup_reason("bigcommerce", server.url, {})
        no_lookup = _lookup_reason("feedbackcompany", server.url, {})
    speak("nl")
    _assert_dutch({
        "More than {count} Dropday orders match '{key}' in part.": too_many,
        "The order has no external_id to look it up by.": no_id,
        "The order has no external_order_id to look it up by.": no_order_id,
        "Feedback Company offers no way to look an order up; check its dashboard for the order before sending it "
        "again.": no_lookup,
    })


def _unreadable_attempt_reason(path: Path, profile: Profile) -> str:
    """What Send again says of an unclear order whose journaled request cannot be read back."""
    draft = example_draft("bigcommerce")
    with Journal(path) as journal:  # closed with the request in flight: unknown when opened again
        draft_id = journal.save_draft(draft)
        journal.begin_attempt(draft_id, draft, profile.name, "bigcommerce", "POST", profile.base_url, "{cut off")
    with Journal(path) as reopened:
        [item] = plan_retry(reopened, [reopened.list_outbox()[0].order_key], profiles=[profile]).items
        client = open_client(profile, secrets_for(profile), FAST)
        try:
            return Resender(reopened, secrets_for(profile), FAST).one(item, draft, client).reason
        finally:
            client.close()


def _unreadable_draft_reason(path: Path, profile: Profile) -> str:
    """What a run of Send again says of an order whose saved draft cannot be read."""
    with Journal(path) as journal:
        key = journal_order(journal, profile, example_draft(profile.target, "D-1"))
        plan = plan_retry(journal, [key], profiles=[profile])
        with sqlite3.connect(journal.path) as other:  # damaged behind the journal's back, as test_runner does
            other.execute("UPDATE drafts SET body = '{' WHERE id = ?", (journal.order(key).draft_id,))
        [result] = BulkResubmit(plan, journal, secrets_for(profile), settings=FAST, workers=1).run().results
    return result.outcome.reason


def test_what_send_again_says_of_an_order_it_did_not_send_reads_dutch(
    tmp_path: Path, sandbox: RunningSandbox, speak: Callable[[str], None]
) -> None:
    draft_problem = _unreadable_draft_reason(tmp_path / "drafts.sqlite3", profile_for(sandbox, "dropday"))
    attempt_problem = _unreadable_attempt_reason(tmp_path / "attempts.sqlite3", profile_for(sandbox, "bigcommerce"))
    speak("nl")
    _assert_dutch({
        "OrderDesk could not read this order from the journal ({error}); it was not sent.": draft_problem,
        "The journal cannot show what an earlier attempt sent, so the order cannot be looked up. Check at {title} "
        "whether it exists before sending it again.": attempt_problem,
        "OrderDesk failed while sending this order ({error}); it may or may not have arrived. Look it up before "
        "sending it again.": _internal_error(RuntimeError("bug")).reason,
        "Being sent by {by}; left to it. 'orderdesk outbox show' tells how it ended.": claimed_elsewhere("Anna").reason,
        "desk {name}": claimed_elsewhere("Anna").reason,
        "another process (another 'orderdesk outbox retry' or the window), or just handled by it":
            claimed_elsewhere().reason,
    })
    shown = outcome_text(claimed_elsewhere("Anna"))[1]  # as the Outbox's bulk results and the results panel say it
    assert "Wordt al verstuurd door werkplek Anna; hier is niets verstuurd." in shown and "Being sent" not in shown


class _Backend(KeyringBackend):
    """A system keyring (by its priority) failing every call with ``error``; a lesser one when ``priority`` < 1."""

    def __init__(self, error: Exception | None = None, priority: float = 5) -> None:
        super().__init__()
        self.error = error
        self._priority = priority

    @property
    def priority(self) -> float:  # type: ignore[override]
        return self._priority

    def get_password(self, service: str, username: str) -> str | None:
        if self.error is not None:
            raise self.error
        return "still there"

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("no such entry")


class _FileBackend(_Backend):
    """Named like keyrings.alt's file backends."""


_FileBackend.__module__ = "keyrings.alt.file"


def _keyring_says(backend: KeyringBackend, call: Callable[[Credentials], object] = Credentials.check_backend) -> str:
    with pytest.raises(KeyringUnavailable) as refused:
        call(Credentials(backend))
    return str(refused.value)


def _load_failures(monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """What OrderDesk says of a keyring backend that cannot be loaded: from keyring's config, and from the variable."""

    def broken() -> KeyringBackend:
        raise ImportError("no module named 'gone'")

    monkeypatch.setattr("keyring.get_keyring", broken)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    said = []
    for named in (None, "gone.Keyring"):
        if named is not None:
            monkeypatch.setenv("PYTHON_KEYRING_BACKEND", named)
        with pytest.raises(KeyringUnavailable) as refused:
            credentials_module.system_backend()
        said.append(str(refused.value))
    return said[0], said[1]


@pytest.mark.skipif(not credentials_module.sys.platform.startswith("linux"), reason="the Linux advice is made here")
def test_keyring_messages_read_dutch_with_their_advice(
    monkeypatch: pytest.MonkeyPatch, speak: Callable[[str], None]
) -> None:
    from keyring.backends import fail

    from_config, from_variable = _load_failures(monkeypatch)
    locked = _keyring_says(_Backend(KeyringLocked()), lambda store: store.get_secret("live", "api-key"))
    profile = _profile_at("dropday", "https://dropday.example")
    not_sent = client_or_outcome(profile, _LockedSecrets(locked))
    speak("nl")
    _assert_dutch({
        "No system keyring is available, so OrderDesk cannot store API keys (it never keeps them in a file). "
        "{advice}": _keyring_says(fail.Keyring()),
        "The system keyring is locked and was not unlocked: the unlock prompt was cancelled, refused or could not "
        "be shown. {advice}": locked,
        "The system keyring cannot be reached: no Secret Service is running on this desktop session's D-Bus. "
        "{advice}": _keyring_says(_Backend(InitError()), lambda store: store.get_secret("live", "api-key")),
        "The system keyring could not be loaded ({error}); check keyring's keyringrc.cfg. {advice}": from_config,
        "The keyring backend named by PYTHON_KEYRING_BACKEND ({backend}) cannot be loaded ({error}). Unset "
        "PYTHON_KEYRING_BACKEND, or set it to an installed system keyring such as {name}.": from_variable,
        "The keyring in use ({name}) keeps secrets in a file, which OrderDesk does not allow. Uninstall the "
        "keyrings.alt package, or set PYTHON_KEYRING_BACKEND to your system keyring. {advice}":
            _keyring_says(_FileBackend()),
        "The keyring in use ({name}) is not a system keyring, so OrderDesk will not store secrets in it. {advice}":
            _keyring_says(_Backend(priority=0.5)),
        "The system keyring refused to delete a secret of OrderDesk.":
            _keyring_says(_Backend(), lambda store: store.delete_secret("live", "api-key")),
        "The system keyring refused the request ({error}). Try again, or restart your desktop session.":
            _keyring_says(_Backend(KeyringError()), lambda store: store.get_secret("live", "api-key")),
        _LINUX_INSTALL: _keyring_says(fail.Keyring()),
        _LINUX_UNLOCK: locked,
        "{reason} The order was not sent.": not_sent.reason if isinstance(not_sent, Outcome) else "",
    })


class _LockedSecrets(MemorySecrets):
    """Secrets behind a keyring that says ``message``."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        raise KeyringUnavailable(self.message)


def test_a_missing_secret_and_a_missing_token_read_dutch(speak: Callable[[str], None]) -> None:
    profile = _profile_at("feedbackcompany", f"http://127.0.0.1:{free_port()}")
    missing = client_or_outcome(profile, MemorySecrets())
    client = open_client(profile, secrets_for(profile), FAST)
    try:
        no_token = client.submit({})
    finally:
        client.close()
    speak("nl")
    _assert_dutch({
        "No {label} is stored for profile '{profile}'. Add it to the profile first.":
            missing.reason if isinstance(missing, Outcome) else "",
        "{reason}; no access token, so the order was not sent.": no_token.reason,
    })


PROFILES_FILES: dict[str, object] = {
    "is not valid JSON (line {line}, column {column}: {said})": "{",
    'must hold a JSON object like {"version": 1, "profiles": [...]}': [],
    "has an unknown entry '{name}' (only 'version' and 'profiles' belong there)": {"extra": 1},
    "has version {version}; this OrderDesk reads version {supported}": {"version": 9},
    "'profiles' must be a list": {"profiles": {}},
    "two profiles are called '{name}' (names must differ, ignoring case)": {"profiles": [
        {"name": "Live", "target": "centra", "base_url": "https://x.example"},
        {"name": "live", "target": "centra", "base_url": "https://x.example"},
    ]},
    "profile {number} must be a JSON object": {"profiles": [1]},
    "profile {number} ('{name}'): {problem}": {"profiles": [{"name": "Live", "target": "centra", "base_url": ""}]},
    "profile {number}: {problem}": {"profiles": [{"target": "centra", "base_url": "https://x.example"}]},
    "Unknown API '{target}'; OrderDesk knows {known}": {"profiles": [
        {"name": "Live", "target": "webshop", "base_url": "https://x.example"},
    ]},
}
"""A profiles file for each problem the store finds in one, as JSON (a string as its text)."""


def _file_problem(path: Path, content: object) -> str:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return _load_problem(path)


def _load_problem(path: Path) -> str:
    with pytest.raises(ConfigError) as broken:
        ProfileStore(path, Credentials()).load()
    return broken.value.problem


def test_a_profiles_file_that_cannot_be_used_reads_dutch(tmp_path: Path, speak: Callable[[str], None]) -> None:
    path = tmp_path / "profiles.json"
    made = {template: _file_problem(path, content) for template, content in PROFILES_FILES.items()}
    (tmp_path / "latin.json").write_bytes(b"\xff")
    made["is not UTF-8 text"] = _load_problem(tmp_path / "latin.json")
    (tmp_path / "folder.json").mkdir()
    made["cannot be read ({error})"] = _load_problem(tmp_path / "folder.json")
    with pytest.raises(UnknownProfile) as unknown:
        ProfileStore(tmp_path / "none.json", Credentials()).get("Live")
    speak("nl")
    _assert_dutch(made, profile_problem_text)
    _assert_dutch({"No profile is called '{name}' (profiles: {profiles}).": str(unknown.value)})
    advice = profiles_file_text(ConfigError(tmp_path / "profiles.json", "is not UTF-8 text"), advice=True)
    assert advice.endswith("zolang het stuk is, verandert OrderDesk het niet.")
