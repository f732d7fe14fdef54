"""OrderDesk: type a phone order once, send it to the order APIs a shop works with."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("orderdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
