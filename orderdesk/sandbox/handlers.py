"""The sandbox's handler of each API, by the API's target name: one line per API.

The targets' registry cannot list these (targets never import the sandbox), so the sandbox
keeps its own, and a contract test checks that every registered API has its handler here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from orderdesk.sandbox import bigcommerce, centra, dropday, feedbackcompany
from orderdesk.sandbox.api import SandboxApi

HANDLERS: dict[str, SandboxApi] = {
    handler.name: handler for handler in (dropday.API, centra.API, bigcommerce.API, feedbackcompany.API)
}
"""Every API the sandbox speaks, in the order it lists them."""


@contextmanager
def registered(handler: SandboxApi) -> Iterator[SandboxApi]:
    """``handler`` served beside the built-in ones while the block runs (a test's own API)."""
    if handler.name in HANDLERS:
        raise ValueError(f"the sandbox speaks {handler.name!r} already")
    if any(each.base_path == handler.base_path for each in HANDLERS.values()):
        raise ValueError(f"the sandbox serves {handler.base_path} already")
    HANDLERS[handler.name] = handler
    try:
        yield handler
    finally:
        del HANDLERS[handler.name]
