"""Opening API bodies into drafts and saving drafts as any API's body."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.core import jsonio
from orderdesk.targets.registry import TARGETS, get_target
from orderdesk.ui.order_page.body_files import guess_target, open_body, save_body
from tests.ui.conftest import complete_order


@pytest.mark.parametrize("name", list(TARGETS))
def test_a_body_is_recognised_as_its_own_api(name: str) -> None:
    body = get_target(name).from_draft(complete_order(2))
    guessed = guess_target(body, TARGETS.values())
    assert guessed is not None
    assert guessed.validate_body(body).errors == {}
    assert guess_target(body, []) is None


def test_open_and_save_round_trip(tmp_path: Path) -> None:
    target = get_target("dropday")
    saved = tmp_path / "order.json"
    save_body(saved, complete_order(2), target)
    assert jsonio.read_body(saved) == target.from_draft(complete_order(2))
    draft = open_body(saved, target)
    assert draft.shipping.city == "Amsterdam" and len(draft.lines) == 2


def test_a_file_that_holds_no_order_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(jsonio.BodyError, match="JSON object"):
        open_body(path, get_target("dropday"))
