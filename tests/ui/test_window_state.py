"""The ticked profiles are remembered between runs; a broken file means defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from orderdesk.config.home import config_dir
from orderdesk.ui.window_state import FILENAME, load_chosen, save_chosen


def test_chosen_profiles_survive_a_restart() -> None:
    assert load_chosen() == []
    save_chosen(["Drop NL", "Reviews"])
    assert load_chosen() == ["Drop NL", "Reviews"]


def test_an_unreadable_file_means_nothing_chosen(tmp_path: Path) -> None:
    (config_dir() / FILENAME).write_text("{not json", encoding="utf-8")
    assert load_chosen() == []
    (config_dir() / FILENAME).write_text('{"send_to": ["a", 3]}', encoding="utf-8")
    assert load_chosen() == ["a"]


@pytest.mark.parametrize("text", ['{"send_to": 5}', '{"send_to": "Drop NL"}', '{"send_to": null}', "[1, 2]", "7"])
def test_values_of_the_wrong_type_mean_nothing_chosen(text: str) -> None:
    (config_dir() / FILENAME).write_text(text, encoding="utf-8")
    assert load_chosen() == []
