"""Opening an API's JSON body into the form and saving the form as any API's body.

No Qt here: the window asks for the file and the API, these functions do the work with
the targets' own conversions, so the form and ``orderdesk convert`` agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from orderdesk.core import jsonio
from orderdesk.core.order import OrderDraft
from orderdesk.targets.base import Target
from orderdesk.ui.language.text import translate


def guess_target(body: Any, targets: Iterable[Target]) -> Target | None:
    """The API whose rules ``body`` breaks least (ties: the first listed); ``None`` for no targets."""
    best: tuple[int, int] | None = None
    chosen: Target | None = None
    for number, target in enumerate(targets):
        try:
            errors = len(target.validate_body(body).errors)
        except Exception:  # noqa: BLE001 - a body this API cannot even read is simply a bad match
            continue
        if best is None or (errors, number) < best:
            best, chosen = (errors, number), target
    return chosen


def open_body(path: str | Path, target: Target) -> OrderDraft:
    """The draft for the body in ``path`` read as ``target``'s; ``BodyError`` when unreadable."""
    body = jsonio.read_body(path)
    if not isinstance(body, dict):
        holds = type(body).__name__
        raise jsonio.BodyError(
            translate("BodyFiles", "{0}: an order body is a JSON object, this file holds {1}").format(path, holds)
        )
    return target.to_draft(body)


def save_body(path: str | Path, draft: OrderDraft, target: Target) -> None:
    """Write ``target``'s body for ``draft`` to ``path`` (UTF-8, numbers as numbers)."""
    Path(path).write_text(jsonio.dumps(target.from_draft(draft)) + "\n", encoding="utf-8")
