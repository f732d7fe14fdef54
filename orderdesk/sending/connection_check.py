"""Testing a profile's connection, said as what to fix: the address, the key, the id, or nothing.

``check_connection`` makes the one cheap authenticated request; this module reads its verdict
against what the API's package declares (``Target.connection``) and says it in words, for the
Profiles dialog's Test connection and ``orderdesk profiles test`` alike. A profile can be
tested before it is saved, with the secret just typed: access tokens fetched for the test stay
in memory, so testing never writes to the keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from http import HTTPStatus

from orderdesk.config.credentials import KeyringUnavailable, SecretSource
from orderdesk.config.profiles import TARGET_SETTINGS, Profile
from orderdesk.targets.answers import describe_status
from orderdesk.sending.submit import check_connection
from orderdesk.transport.replies import ConnectionCheck, ConnectionState
from orderdesk.transport.settings import HttpSettings


class Verdict(StrEnum):
    """What a connection test found, one word a program can act on."""

    OK = "ok"
    NO_SECRET = "no secret"
    REFUSED = "refused"
    WRONG_ADDRESS = "wrong address"
    RATE_LIMITED = "rate limited"
    SERVER_ERROR = "server error"
    UNREACHABLE = "unreachable"
    KEYRING = "keyring"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class ConnectionReport:
    """A connection test's result for a person and for a program.

    Attributes:
        verdict: what was found.
        text: what it means and what to check, in a sentence or two, in English; never a secret.
        check: the request's own verdict; None when the keyring stopped the test before any request.
        template: ``text`` with named fields (``""`` when ``text`` is not made from one); a front end in
            another language translates the template and fills in ``values`` itself.
        values: the fields of ``template``; ``detail`` is the request's own words (``check.detail``),
            ``cause`` and ``hint`` are declared by the API's package (``Connection``).
    """

    verdict: Verdict
    text: str
    check: ConnectionCheck | None = None
    template: str = ""
    values: dict[str, str] = field(default_factory=dict)


def _report(verdict: Verdict, template: str, check: ConnectionCheck | None, **values: str) -> ConnectionReport:
    return ConnectionReport(verdict, template.format(**values), check, template, values)


class FormSecrets:
    """A ``SecretSource`` for testing a profile as a form shows it.

    The secret just typed wins; without one, the stored secret is read once from ``stored``.
    Access tokens live in memory only, so an unsaved profile never leaves entries behind.
    """

    def __init__(self, stored: SecretSource | None, typed: str = "") -> None:
        self._stored = stored
        self._typed = typed.strip() or None
        self._read: dict[tuple[str, str], str | None] = {}
        self._token: tuple[str, float] | None = None

    def get_secret(self, profile_name: str, kind: str) -> str | None:
        """The typed secret, else the stored one (read from the keyring once)."""
        if self._typed is not None:
            return self._typed
        if self._stored is None:
            return None
        if (profile_name, kind) not in self._read:
            self._read[(profile_name, kind)] = self._stored.get_secret(profile_name, kind)
        return self._read[(profile_name, kind)]

    def get_token(self, profile_name: str) -> tuple[str, float] | None:
        """The token fetched during this test, if any."""
        return self._token

    def set_token(self, profile_name: str, token: str, expires_at: float) -> None:
        """Keep the token for this test only."""
        self._token = (token, expires_at)

    def clear_token(self, profile_name: str) -> None:
        """Forget this test's token."""
        self._token = None


def check_profile(
    profile: Profile, stored: SecretSource | None, typed_secret: str = "", settings: HttpSettings | None = None
) -> ConnectionReport:
    """Test ``profile`` with ``typed_secret`` (or its stored secret) and say what was found.

    Blocks for the keyring and one request: call it off the window thread.
    """
    secrets = FormSecrets(stored, typed_secret)
    try:
        secrets.get_secret(profile.name, profile.secret_kind)  # a locked keyring is said as such, not as "unreachable"
    except KeyringUnavailable as exc:
        return ConnectionReport(Verdict.KEYRING, f"{exc} The connection was not tested.")
    return explain(profile, check_connection(profile, secrets, settings))


def explain(profile: Profile, check: ConnectionCheck) -> ConnectionReport:
    """``check`` in words for ``profile``'s API: what was refused, or where to look."""
    settings = TARGET_SETTINGS[profile.target]
    connection = settings.connection
    status = check.status
    if check.state is ConnectionState.VALID:
        return _report(Verdict.OK, OK, check, detail=check.detail)
    if check.state is ConnectionState.INVALID:
        if status is None:  # refused before any request: no secret stored
            return _report(Verdict.NO_SECRET, "{detail}", check, detail=check.detail)
        return _report(
            Verdict.REFUSED, REFUSED, check, title=settings.title, status=describe_status(status), cause=connection.refused
        )
    if status is None:
        return _report(Verdict.UNREACHABLE, UNREACHABLE, check, title=settings.title, url=profile.base_url,
                       detail=check.detail)
    said = describe_status(status)
    if status == HTTPStatus.NOT_FOUND or 300 <= status < 400:
        return _report(Verdict.WRONG_ADDRESS, WRONG_ADDRESS, check, title=settings.title, url=profile.base_url,
                       status=said, hint=connection.wrong_address)
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        return _report(Verdict.RATE_LIMITED, RATE_LIMITED, check, title=settings.title, status=said)
    if status >= 500:
        return _report(Verdict.SERVER_ERROR, SERVER_ERROR, check, title=settings.title, status=said)
    return _report(Verdict.UNEXPECTED, "{detail}", check, detail=check.detail)


OK = "OK: {detail}."
REFUSED = "{title} refused the credentials ({status}): {cause}"
UNREACHABLE = "{title} cannot be reached at {url}: {detail}. Check the base URL and the network connection."
WRONG_ADDRESS = "Something answers at {url}, but not as {title}'s API ({status}): {hint}"
RATE_LIMITED = "{title} is taking no more requests right now ({status}); test again in a minute."
SERVER_ERROR = "{title} has a server error ({status}): the problem is on its side; test again later."
VERDICT_TEMPLATES = (OK, REFUSED, UNREACHABLE, WRONG_ADDRESS, RATE_LIMITED, SERVER_ERROR)
"""Every template ``explain`` says a verdict with, besides ``{detail}`` alone (the request's own words)."""
