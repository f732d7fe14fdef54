"""Centra's Order API: create orders one at a time (``POST <base>/order``) or in a batch (``POST <base>/orders``).

Modules: ``body`` (the documented request body), ``rules`` (cross-field rules and
warnings), ``validate`` (one order or a batch), ``convert`` (body <-> draft), ``batch``
(telling a batch from one order, building one), ``paths`` (body <-> draft paths),
``extras`` (per-order settings), ``failures`` (Centra's failure answers).
"""

from __future__ import annotations

from orderdesk.targets.centra.batch import batch_body, batch_to_drafts, is_batch
from orderdesk.targets.centra.failures import (
    DUPLICATE_CODE,
    failure_code,
    failure_findings,
    is_success,
)
from orderdesk.targets.centra.target import CentraTarget
from orderdesk.targets.centra.validate import validate_batch, validate_order

TARGET = CentraTarget()
"""The one Centra target the registry lists."""

__all__ = [
    "DUPLICATE_CODE",
    "TARGET",
    "CentraTarget",
    "batch_body",
    "batch_to_drafts",
    "failure_code",
    "failure_findings",
    "is_batch",
    "is_success",
    "validate_batch",
    "validate_order",
]
