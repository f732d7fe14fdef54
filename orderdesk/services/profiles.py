"""Profiles and their secrets as the window uses them: the window names these, never the keyring's module.

Every call that reaches the keyring (``Credentials``, ``SecretSource.get``) may wait on an
unlock prompt: the window makes it on ``ui.background``'s keyring lane.
"""

from __future__ import annotations

from orderdesk.config.credentials import (
    SECRET_KIND,
    SECRET_LABEL,
    KeyringUnavailable,
    SecretRejected,
    SecretSource,
)

__all__ = ["SECRET_KIND", "SECRET_LABEL", "KeyringUnavailable", "SecretRejected", "SecretSource"]
