"""What a person can do about an outcome: send again (Retry), or act at the API when a retry cannot help.

An ``unknown`` outcome is resolved by looking the order up before it is sent again. An API
that cannot look orders up (``can_look_up``) can never resolve it that way, and sending again
could make the order twice: the person checks at the API instead, and records what they found
(Outbox ▸ Mark resolved…, ``orderdesk outbox resolve``). The window shows this;
the decision lives here so it rests on what the API can do, never on its name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from orderdesk.config.profiles import Profile
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.sending.submit import can_look_up

RETRY_HELPS = (OutcomeKind.FAILED, OutcomeKind.UNKNOWN, OutcomeKind.UNAUTHORIZED)
"""Outcomes that sending again may change (a rejected order needs a fix first)."""


CANNOT_LOOK_UP = (
    "{title} cannot look orders up, so sending again could make this order twice. Check the {title} dashboard, "
    "then say what you found with Outbox ▸ Mark resolved… (or 'orderdesk outbox resolve ID --created REF' or "
    "'--not-created'); an order that is not there is then sent by Send again. To send it at once instead, save the "
    "order as a {title} body (Ctrl+S) and send it with 'orderdesk submit FILE --profile {profile} --force'."
)
"""The advice for an unknown order at an API without lookup, as a template the window translates."""


@dataclass(frozen=True)
class NextStep:
    """Whether to offer Retry, and otherwise what the person can do.

    Attributes:
        retry: sending again can help.
        template: the advice in English with named fields (``""`` when there is none); a front end
            in another language translates the template and fills in ``values`` itself.
        values: the fields of ``template``.
    """

    retry: bool
    template: str = ""
    values: dict[str, str] = field(default_factory=dict)

    @property
    def advice(self) -> str:
        """The advice in English, filled in (empty when there is nothing to do)."""
        return self.template.format(**self.values)


def next_step(outcome: Outcome, profile: Profile) -> NextStep:
    """What to offer after ``outcome`` at ``profile``."""
    if outcome.kind is OutcomeKind.UNKNOWN and not can_look_up(profile.target):
        return NextStep(retry=False, template=CANNOT_LOOK_UP, values={"title": profile.title, "profile": profile.name})
    return NextStep(retry=outcome.kind in RETRY_HELPS)
