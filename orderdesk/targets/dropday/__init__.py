"""Dropday (dropday.io): orders whose product lines Dropday passes on to their suppliers."""

from orderdesk.targets.dropday.target import DropdayTarget

TARGET = DropdayTarget()
"""The one Dropday target the registry lists."""

__all__ = ["TARGET", "DropdayTarget"]
