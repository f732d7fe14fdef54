"""What every API module of the sandbox provides, so the server treats them alike."""

from __future__ import annotations

from abc import ABC, abstractmethod
from http import HTTPStatus
from typing import Any, ClassVar

from orderdesk.core.findings import Findings
from orderdesk.sandbox.faults import Fault
from orderdesk.sandbox.messages import Reply, Request, json_reply
from orderdesk.sandbox.state import SandboxState

SECRET = "sandbox"
"""The one API key, access token or client secret the sandbox accepts (a demo value, not a secret)."""

REQUIRED = "Required"
"""The targets' message for a missing field (``orderdesk.targets.wire``), which some APIs word their own way."""


class SandboxApi(ABC):
    """One order API as the sandbox speaks it.

    Attributes:
        name: the target's name (``dropday``...).
        base_path: the path prefix of its base URL on the sandbox.
        first_order_number: the number of its first order; each API has its own range, so a
            test that mixes up references across APIs fails.
    """

    name: ClassVar[str]
    base_path: ClassVar[str]
    first_order_number: ClassVar[int]

    @abstractmethod
    def handle(self, request: Request, state: SandboxState) -> Reply:
        """Answer one request as the real API documents it."""

    @abstractmethod
    def error_body(self, status: int, message: str) -> Any:
        """This API's error JSON, also used for injected faults."""

    @abstractmethod
    def creates_order(self, request: Request) -> bool:
        """Whether ``request`` asks to create an order (what a ``reject`` fault refuses)."""

    @abstractmethod
    def rejection(self, field: str, message: str) -> Reply:
        """This API's documented refusal of an order for ``field`` (a body path), saying ``message``."""

    def fault_headers(self, fault: Fault, state: SandboxState) -> dict[str, str]:
        """Headers this API adds to an injected ``429`` (none unless it documents some)."""
        return {}

    def error(self, status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
        """An error answer in this API's shape."""
        return json_reply(status, self.error_body(status, message), headers)

    def not_found(self, request: Request) -> Reply:
        """The answer to a path this API does not have."""
        return self.error(404, f"No such endpoint: {request.method} {request.path or '/'}")


def phrase(status: int) -> str:
    """The standard reason phrase of an HTTP status (``422`` -> ``Unprocessable Entity``)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def summary(findings: Findings) -> str:
    """Every error as ``path: message``, joined, for APIs that answer one message string."""
    return "; ".join(
        f"{path}: {message}" if path else message for path, messages in findings.errors.items() for message in messages
    )


def lacks_required(findings: Findings) -> bool:
    """Whether an error says something required is missing ("Required", "Either id, ean or sku is required")."""
    return any(REQUIRED.lower() in message.lower() for messages in findings.errors.values() for message in messages)
