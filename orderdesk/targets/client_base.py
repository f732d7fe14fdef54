"""What every order API client shares: its secret, a redacting session, and what the journal may keep.

Each ``<api>/client.py`` subclasses ``ApiClient`` and adds what its API does its own way:
the requests that create and find an order, and how its answers read.
"""

from __future__ import annotations

from typing import Any, ClassVar

from orderdesk.targets.access import ClientProfile, SecretSource
from orderdesk.transport.pacing import Pacer, QuotaHeaders
from orderdesk.transport.redaction import Redactor
from orderdesk.transport.replies import Lookup, MissingSecret, Reply, TransportError
from orderdesk.transport.session import ApiSession
from orderdesk.transport.settings import HttpSettings


class ApiClient:
    """One profile's connection to its API, with the profile's secret known to its redactor.

    Subclasses set ``api`` (the name a person reads), ``secret_label`` (what the secret is
    called in a message) and ``secret_header`` (the request header that carries it, never
    journaled), and override ``headers`` when the secret travels otherwise.

    Attributes:
        redactor: knows the client's secrets, to scrub them from whatever it returns.
    """

    api: ClassVar[str]
    secret_label: ClassVar[str]
    secret_header: ClassVar[str]
    looks_up_orders: ClassVar[bool] = True
    """Whether the API can find an order, so an ``unknown`` outcome can ever be settled."""
    rate_limit_headers: ClassVar[QuotaHeaders | None] = None
    """The answer headers telling the remaining quota, for APIs that send them."""

    def __init__(
        self,
        profile: ClientProfile,
        secrets: SecretSource,
        settings: HttpSettings | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        """Read the profile's secret; ``MissingSecret`` when none is stored."""
        secret = secrets.get_secret(profile.name, profile.secret_kind)
        if not secret:
            raise MissingSecret(profile.name, self.secret_label)
        self.redactor = Redactor([secret])
        self._profile = profile
        self._secrets = secrets
        self._secret = secret
        self._session = ApiSession(
            self.headers(profile, secret), self.redactor, settings, pacer, self.rate_limit_headers
        )

    def headers(self, profile: ClientProfile, secret: str) -> dict[str, str]:
        """The headers every request carries: by default the secret in ``secret_header``."""
        return {self.secret_header: secret}

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def journal_headers(self) -> dict[str, str]:
        """The request headers that may be stored: everything but the one carrying the secret."""
        return {"Content-Type": "application/json", **self._session.public_headers(self.secret_header)}

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        """The body as it will be sent; unchanged unless the API needs a key added to find it again."""
        return body

    def _ask(self, url: str) -> Reply | Lookup:
        """``GET url`` for a lookup (always safe to repeat); a ``Lookup`` that cannot tell when no answer came."""
        result = self._session.request("GET", url, idempotent=True)
        return Lookup(None, reason=result.reason) if isinstance(result, TransportError) else result

    def _unclear(self, reply: Reply) -> Lookup:
        """A lookup whose answer is not the one the API documents: it cannot tell."""
        return Lookup(None, reason=f"{self.api} answered the lookup with {reply.status}: {reply.snippet}")
