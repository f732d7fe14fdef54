"""The outbox's engine: send failed orders again, one or many, without ever creating one twice.

``plan_retry`` decides which selected orders will be sent and where (the confirmation a
person reads); ``BulkResubmit`` sends them from a worker thread with progress and Cancel,
paced under each API's rate limit, Centra's in batches, each order looked up first when an
earlier attempt may have created it, each claimed in the journal first so that two runs at
once send it once. ``resubmit.send_once`` sends one order a person sends on purpose through the
same plan. The window and ``orderdesk outbox`` (and ``orderdesk submit``) all use these.
"""

from orderdesk.outbox.plan import (
    BATCH_SIZE,
    RETRYABLE_STATES,
    ProfileShare,
    RetryItem,
    RetryPlan,
    Skipped,
    SkipReason,
    plan_retry,
)
from orderdesk.outbox.runner import (
    DEFAULT_WORKERS,
    BulkReport,
    BulkResubmit,
    OrderResult,
    Progress,
    ProgressCallback,
)

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_WORKERS",
    "RETRYABLE_STATES",
    "BulkReport",
    "BulkResubmit",
    "OrderResult",
    "ProfileShare",
    "Progress",
    "ProgressCallback",
    "RetryItem",
    "RetryPlan",
    "SkipReason",
    "Skipped",
    "plan_retry",
]
