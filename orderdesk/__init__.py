"""OrderDesk: type a phone order once, send it to the order APIs a shop works with."""

from typing import Any


def __getattr__(name: str) -> Any:
    # Reading the installed version costs a metadata scan; only `about` and packaging need it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("orderdesk")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'orderdesk' has no attribute {name!r}")
