"""Run every benchmark in this folder and print its figures, then one JSON line of them all.

Each ``bench_*.py`` module here has ``run() -> dict[str, float]``. Figures are ratios against
a baseline measured in the same run where the issue asks for one, because these machines are
shared and noisy. Not part of the test run: ``uv run python tests/bench/run.py [NAME ...]``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    """Run the named benchmarks (all when none is named) and print their figures."""
    sys.path.insert(0, str(HERE.parent.parent))
    figures: dict[str, float] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        if names and path.stem.removeprefix("bench_") not in names:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        results = module.run()
        for key, value in results.items():
            print(f"{key}: {value:.3f}", flush=True)
        figures.update(results)
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
